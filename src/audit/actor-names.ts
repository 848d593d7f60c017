import { EntityManager, In } from 'typeorm';
import { User } from '../users/user.entity';

/** The full names of the people behind audit entries, by user id; the system's own changes have no actor. */
export async function actorNamesOf(
  manager: EntityManager,
  entries: ReadonlyArray<{ actorId: number | null }>,
): Promise<Map<number, string>> {
  const ids = [...new Set(entries.map((e) => e.actorId).filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await manager.find(User, { where: { id: In(ids) }, select: { id: true, fullName: true } });
  return new Map(users.map((u) => [u.id, u.fullName]));
}
