import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Role, UserActor } from '../common/auth/actor';
import { fieldError, takenValue } from '../common/http/field-error';
import { ruleConflict } from '../common/http/rule-conflict';
import { Page, pageOf } from '../common/pagination/page';
import { SqlDialect } from '../database/sql-dialect';
import { TransactionRunner } from '../database/transaction-runner';
import { Department } from '../departments/department.entity';
import { CreateUserDto, LeaderResponse, ListUsersQuery, UpdateUserDto, UserResponse } from './dto/user.dto';
import { hashPassword, verifyPassword } from './password';
import { passwordProblem } from './password-policy';
import { LeaderTitle, User } from './user.entity';

/**
 * How long a user's role, department and active flag are trusted without asking
 * the database again. Short, so that deactivating an account locks it out
 * within seconds everywhere; changes made through this process take effect at once.
 */
const ACTOR_CACHE_MS = 5_000;

/** What a token is checked against: the actor as it is now, and the account's token version. */
export interface SignInState {
  actor: UserActor;
  tokenVersion: number;
}

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    departmentId: user.departmentId ?? null,
    leaderTitle: user.leaderTitle ?? null,
    sectors: user.sectors ?? [],
    active: user.active,
  };
}

@Injectable()
export class UsersService {
  private readonly states = new Map<number, { state: SignInState | null; until: number }>();

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly transactions: TransactionRunner,
    private readonly dialect: SqlDialect,
  ) {}

  async list(query: ListUsersQuery): Promise<Page<UserResponse>> {
    const qb = this.users.createQueryBuilder('u').orderBy('u.id', 'ASC').skip(query.offset).take(query.limit);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.departmentId) qb.andWhere('u.departmentId = :departmentId', { departmentId: query.departmentId });
    if (query.active) qb.andWhere('u.active = :active', { active: query.active === 'true' });
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(rows.map(toUserResponse), total, query);
  }

  async get(id: number): Promise<UserResponse> {
    return toUserResponse(await this.load(this.users.manager, id));
  }

  async create(dto: CreateUserDto): Promise<UserResponse> {
    checkPassword(dto.password);
    const passwordHash = await hashPassword(dto.password);
    const user = await this.transactions.run(async (manager) => {
      const departmentId = await checkRoleAndDepartment(manager, dto.role, dto.departmentId ?? null);
      const leader = checkLeaderFields(dto.role, dto.leaderTitle ?? null, dto.sectors ?? []);
      await assertEmailFree(manager, dto.email);
      return manager.save(
        manager.create(User, {
          email: dto.email,
          fullName: dto.fullName,
          role: dto.role,
          departmentId,
          ...leader,
          passwordHash,
          active: dto.active ?? true,
        }),
      );
    });
    return toUserResponse(user);
  }

  async update(id: number, dto: UpdateUserDto): Promise<UserResponse> {
    if (dto.password !== undefined) checkPassword(dto.password);
    const passwordHash = dto.password !== undefined ? await hashPassword(dto.password) : undefined;
    const user = await this.transactions.run(async (manager) => {
      const user = await this.load(manager, id);
      const role = dto.role ?? user.role;
      // Leaving the department role drops the department unless one is (wrongly) given.
      const requestedDepartment =
        dto.departmentId !== undefined ? dto.departmentId : role === 'department' ? user.departmentId : null;
      const departmentId = await checkRoleAndDepartment(manager, role, requestedDepartment);
      // Leaving the leader role drops the title and sectors.
      const leader = checkLeaderFields(
        role,
        dto.leaderTitle !== undefined ? dto.leaderTitle : role === 'leader' ? user.leaderTitle : null,
        dto.sectors ?? (role === 'leader' ? user.sectors : []),
      );
      const active = dto.active ?? user.active;
      if (user.role === 'admin' && user.active && (role !== 'admin' || !active)) {
        await assertAnotherActiveAdmin(manager, this.dialect, user.id);
      }
      if (dto.email !== undefined && dto.email !== user.email) await assertEmailFree(manager, dto.email);
      const endsSessions =
        passwordHash !== undefined ||
        role !== user.role ||
        departmentId !== user.departmentId ||
        active !== user.active ||
        (dto.email !== undefined && dto.email !== user.email);
      if (endsSessions) user.tokenVersion = (await tokenVersionOf(manager, id)) + 1;
      Object.assign(user, {
        email: dto.email ?? user.email,
        fullName: dto.fullName ?? user.fullName,
        role,
        departmentId,
        ...leader,
        active,
        ...(passwordHash ? { passwordHash } : {}),
      });
      return manager.save(user);
    });
    this.forget(id);
    return toUserResponse(user);
  }

  /**
   * Sets a new password for the user's own account and ends every session of it
   * (the caller starts a fresh one). The current password is checked by the caller.
   */
  async changePassword(id: number, password: string): Promise<User> {
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    const user = await this.transactions.run(async (manager) => {
      const user = await this.load(manager, id);
      user.tokenVersion = (await tokenVersionOf(manager, id)) + 1;
      user.passwordHash = passwordHash;
      return manager.save(user);
    });
    this.forget(id);
    return user;
  }

  /** The account with its password hash and token version, or null. */
  findWithSecrets(id: number): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect(['u.passwordHash', 'u.tokenVersion'])
      .where('u.id = :id', { id })
      .getOne();
  }

  /** Drops what this process cached about the account, so a change applies at once here. */
  forget(id: number): void {
    this.states.delete(id);
  }

  /** The account behind an e-mail address, with its password hash, for login. */
  findForLogin(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect(['u.passwordHash', 'u.tokenVersion'])
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
  }

  /** The actor for a signed-in user, or null when the account is gone or inactive. Cached briefly. */
  async actorFor(userId: number): Promise<UserActor | null> {
    return (await this.signInState(userId))?.actor ?? null;
  }

  /** The actor and token version of an active account, or null. Cached for ACTOR_CACHE_MS at most. */
  async signInState(userId: number): Promise<SignInState | null> {
    const now = Date.now();
    const cached = this.states.get(userId);
    if (cached && cached.until > now) return cached.state;
    const user = await this.users.findOne({
      where: { id: userId },
      select: { id: true, role: true, departmentId: true, active: true, tokenVersion: true },
    });
    const state = user?.active
      ? {
          actor: { userId: user.id, role: user.role, departmentId: user.departmentId ?? null },
          tokenVersion: user.tokenVersion,
        }
      : null;
    if (this.states.size > 10_000) this.states.clear();
    this.states.set(userId, { state, until: now + ACTOR_CACHE_MS });
    return state;
  }

  /** Creates the first admin when there is no account at all; false when accounts exist already. */
  async createFirstAdmin(email: string, password: string): Promise<boolean> {
    const passwordHash = await hashPassword(password);
    return this.transactions.run(async (manager) => {
      if ((await manager.count(User)) > 0) return false;
      await manager.save(
        manager.create(User, {
          email: email.trim().toLowerCase(),
          fullName: 'Quản trị hệ thống',
          role: 'admin',
          departmentId: null,
          passwordHash,
          active: true,
        }),
      );
      return true;
    });
  }

  /**
   * Deactivates every active account whose password is `password` (ending its sessions), bypassing
   * the last-admin rule; answers their e-mails. One hash check per active account.
   */
  async deactivateAccountsWithPassword(password: string): Promise<string[]> {
    const active = await this.users
      .createQueryBuilder('u')
      .addSelect(['u.passwordHash', 'u.tokenVersion'])
      .where('u.active = :active', { active: true })
      .getMany();
    const found: User[] = [];
    for (const user of active) if (await verifyPassword(user.passwordHash, password)) found.push(user);
    for (const user of found) {
      await this.transactions.run(async (manager) => {
        Object.assign(user, { active: false, tokenVersion: user.tokenVersion + 1 });
        await manager.save(user);
      });
      this.forget(user.id);
    }
    return found.map((user) => user.email);
  }

  count(): Promise<number> {
    return this.users.count();
  }

  private async load(manager: EntityManager, id: number): Promise<User> {
    const user = await manager.findOneBy(User, { id });
    if (!user) throw new NotFoundException(`User ${id} not found`);
    return user;
  }
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw fieldError(['password', `password ${problem}`]);
}

/** Only a leader account has a title and sectors; sectors are trimmed and unique. */
function checkLeaderFields(
  role: Role,
  leaderTitle: LeaderTitle | null,
  sectors: string[],
): { leaderTitle: LeaderTitle | null; sectors: string[] } {
  const cleaned = [...new Set(sectors.map((s) => s.trim()).filter((s) => s !== ''))];
  if (role !== 'leader') {
    if (leaderTitle !== null) throw fieldError(['leaderTitle', `leaderTitle must be empty for role ${role}`]);
    if (cleaned.length > 0) throw fieldError(['sectors', `sectors must be empty for role ${role}`]);
  }
  return { leaderTitle, sectors: cleaned };
}

/** Active leader accounts, the chairman first, for GET /api/leaders. */
export async function activeLeaders(manager: EntityManager): Promise<LeaderResponse[]> {
  const rows = await manager.find(User, { where: { role: 'leader', active: true }, order: { fullName: 'ASC' } });
  const rank = (u: User) => (u.leaderTitle === 'chairman' ? 0 : u.leaderTitle === 'vice_chairman' ? 1 : 2);
  return rows
    .sort((a, b) => rank(a) - rank(b) || a.fullName.localeCompare(b.fullName, 'vi') || a.id - b.id)
    .map((u) => ({ id: u.id, fullName: u.fullName, leaderTitle: u.leaderTitle, sectors: u.sectors ?? [] }));
}

/** A department user needs an existing department; the other roles have none. */
async function checkRoleAndDepartment(
  manager: EntityManager,
  role: Role,
  departmentId: number | null,
): Promise<number | null> {
  if (role !== 'department') {
    if (departmentId !== null) throw fieldError(['departmentId', `departmentId must be empty for role ${role}`]);
    return null;
  }
  if (departmentId === null) throw fieldError(['departmentId', 'departmentId is required for role department']);
  if (!(await manager.existsBy(Department, { id: departmentId }))) {
    throw fieldError(['departmentId', `department ${departmentId} does not exist`]);
  }
  return departmentId;
}

async function tokenVersionOf(manager: EntityManager, id: number): Promise<number> {
  const row = await manager
    .createQueryBuilder(User, 'u')
    .select('u.tokenVersion', 'v')
    .where('u.id = :id', { id })
    .getRawOne<{ v: number | string }>();
  return Number(row?.v ?? 0);
}

async function assertEmailFree(manager: EntityManager, email: string): Promise<void> {
  if (await manager.existsBy(User, { email }))
    throw takenValue('email', `Địa chỉ thư điện tử ${email} đã được dùng cho một tài khoản khác`);
}

async function assertAnotherActiveAdmin(manager: EntityManager, dialect: SqlDialect, exceptId: number): Promise<void> {
  const activeAdmins = manager
    .createQueryBuilder(User, 'u')
    .select('u.id', 'id')
    .where('u.role = :role AND u.active = :active', { role: 'admin', active: true });
  // Two demotions running side by side would each still see the other admin as
  // active. Locking every active admin row first makes the second wait for the
  // first to commit and then see it gone (SQLite runs transactions one at a time).
  const ids = (await dialect.lockRows(activeAdmins).getRawMany<{ id: number | string }>()).map((row) => Number(row.id));
  if (!ids.some((id) => id !== exceptId)) {
    throw ruleConflict(
      'last_admin',
      'Đây là tài khoản quản trị cuối cùng còn hoạt động: không thể khóa hoặc chuyển sang vai trò khác',
    );
  }
}
