import { ForbiddenException } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';

/**
 * Row rules of the audit trail. The route admits admins and the office; a
 * task's history follows the task's visibility (tasks.policy).
 */

/** Account entries carry every user's e-mail, name, role and unit: only admins (and the system) read them. */
export function readsAccountEntries(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'system';
}

/** Asking for account entries by name is refused outright, rather than answered with an empty page. */
export function assertMayReadEntriesOf(actor: Actor, entity: string | undefined): void {
  if (entity === 'user' && !readsAccountEntries(actor)) {
    throw new ForbiddenException('Only an admin may read the audit entries of accounts');
  }
}
