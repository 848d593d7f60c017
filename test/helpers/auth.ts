import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/common/auth/actor';
import { AuthService } from '../../src/auth/auth.service';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { Department } from '../../src/departments/department.entity';
import { hashPassword } from '../../src/users/password';
import { User } from '../../src/users/user.entity';
import type { TestApp } from './create-test-app';

/** The password of every account the helpers create; log in with it to test the login itself. */
export const TEST_PASSWORD = 'Kiem-thu-2024!';

let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: number;
  email: string;
  role: Role;
  departmentId: number | null;
  token: string;
  /** `{ Authorization: 'Bearer …' }`, for `.set(user.header)`. */
  header: { Authorization: string };
}

export interface TestUserOptions {
  /** For role "department": the department; a new one is created when omitted. */
  departmentId?: number;
  email?: string;
  fullName?: string;
  active?: boolean;
}

/**
 * Creates an account directly in the database (no HTTP, no rate limit) and
 * signs a token for it with the app's own key.
 */
export async function loginAs(
  t: Pick<TestApp, 'app' | 'dataSource'>,
  role: Role,
  options: TestUserOptions = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const departmentId = role === 'department' ? (options.departmentId ?? (await createTestDepartment(t)).id) : null;
  // Through the app's transaction runner: on SQLite it serialises this write with the app's own
  // transactions (start-up reconciliation, for one), which share its single connection.
  const hash = await passwordHash;
  const user = await t.app.get(TransactionRunner).run((manager) =>
    manager.getRepository(User).save({
      email: options.email ?? `${role}.${randomBytes(4).toString('hex')}@test.local`,
      fullName: options.fullName ?? `Người dùng ${role}`,
      role,
      departmentId,
      passwordHash: hash,
      active: options.active ?? true,
    }),
  );
  const token = await t.app.get(AuthService).issueToken(user);
  return { id: user.id, email: user.email, role, departmentId, token, header: { Authorization: `Bearer ${token}` } };
}

/** A department created directly in the database, for accounts that need one. */
export async function createTestDepartment(
  t: Pick<TestApp, 'dataSource'>,
  overrides: Partial<Department> = {},
): Promise<Department> {
  const code = overrides.code ?? `T${randomBytes(3).toString('hex').toUpperCase()}`;
  return t.dataSource.getRepository(Department).save({
    code,
    name: `Sở thử nghiệm ${code}`,
    kind: 'department',
    emails: [`${code.toLowerCase()}@test.local`],
    active: true,
    ...overrides,
  });
}
