import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/common/auth/actor';
import { createTestDepartment, loginAs, TEST_PASSWORD, TestUser } from './auth';
import type { TestApp } from './create-test-app';
import { defaultDocumentId } from '../factories/document.factory';

/** Who makes a request in the authorization matrix. */
export const WHO = ['admin', 'office', 'leader', 'department', 'anonymous', 'otherDepartment'] as const;
export type Who = (typeof WHO)[number];

/**
 * A small province for access tests: department A leads the tasks, B cooperates
 * on them, C has nothing to do with them. `department` is a user of A,
 * `otherDepartment` a user of C, `support` a user of B.
 */
export interface ApiWorld {
  t: TestApp;
  users: Record<Exclude<Who, 'anonymous'>, TestUser> & { support: TestUser };
  departments: { lead: number; support: number; other: number };
  sessionId: number;
  /** The assigning document of the world's tasks. */
  documentId: number;
  /** Headers for a request made by `who`. */
  headers(who: Who | 'support'): Record<string, string>;
  /** A fresh open task led by A with B cooperating, due in five days. */
  newTask(overrides?: Record<string, unknown>): Promise<{ id: number; version: number }>;
  /** A fresh task of A with a pending extension request. */
  newExtension(): Promise<{ taskId: number; extensionId: number }>;
  /** A fresh report of department A for the session. */
  newReport(): Promise<number>;
  /** A fresh attendee of the session. */
  newAttendee(): Promise<number>;
  /** A string that has not been used before, for codes and e-mails. */
  unique(prefix: string): string;
  password: string;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export async function buildApiWorld(t: TestApp): Promise<ApiWorld> {
  const [lead, support, other] = await Promise.all(
    ['A', 'B', 'C'].map((letter) =>
      createTestDepartment(t, { code: `W${letter}${randomBytes(2).toString('hex').toUpperCase()}` }),
    ),
  );
  const as = (role: Role, departmentId?: number) => loginAs(t, role, { departmentId });
  const users = {
    admin: t.user ?? (await as('admin')),
    office: await as('office'),
    leader: await as('leader'),
    department: await as('department', lead.id),
    otherDepartment: await as('department', other.id),
    support: await as('department', support.id),
  };
  const admin = users.admin.header;
  const session = await t.anonymous
    .post('/api/sessions')
    .set(admin)
    .send({ title: 'Phiên họp thường kỳ tháng 01/2024', kind: 'regular', heldAt: '2024-01-25T08:00:00+07:00' });
  if (session.status !== 201) throw new Error(`session: ${session.status} ${JSON.stringify(session.body)}`);
  const sessionId = session.body.id as number;

  const documentId = await defaultDocumentId(t);

  const world: ApiWorld = {
    t,
    users,
    departments: { lead: lead.id, support: support.id, other: other.id },
    sessionId,
    documentId,
    password: TEST_PASSWORD,
    headers: (who) => (who === 'anonymous' ? {} : users[who].header),
    unique: (prefix) => `${prefix}${randomBytes(4).toString('hex')}`,
    async newTask(overrides = {}) {
      const res = await t.anonymous
        .post('/api/tasks')
        .set(admin)
        .send({
          title: `Nhiệm vụ ${randomBytes(3).toString('hex')}`,
          leadDepartmentId: lead.id,
          supportDepartmentIds: [support.id],
          dueAt: inDays(5),
          sessionId,
          documentId,
          ...overrides,
        });
      if (res.status !== 201) throw new Error(`newTask: ${res.status} ${JSON.stringify(res.body)}`);
      return { id: res.body.id as number, version: res.body.version as number };
    },
    async newReport() {
      const res = await t.anonymous
        .post(`/api/sessions/${sessionId}/reports`)
        .set(admin)
        .send({
          departmentId: lead.id,
          title: `Báo cáo ${randomBytes(3).toString('hex')}`,
          body: 'Tình hình thực hiện nhiệm vụ',
        });
      if (res.status !== 201) throw new Error(`newReport: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as number;
    },
    async newAttendee() {
      const res = await t.anonymous
        .post(`/api/sessions/${sessionId}/attendees`)
        .set(admin)
        .send({ fullName: `Đại biểu ${randomBytes(3).toString('hex')}`, role: 'member' });
      if (res.status !== 201) throw new Error(`newAttendee: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as number;
    },
    async newExtension() {
      const task = await world.newTask();
      const res = await t.anonymous
        .post(`/api/tasks/${task.id}/extensions`)
        .set(users.department.header)
        .send({ dueAt: inDays(20), reason: 'Chờ bố trí kinh phí' });
      if (res.status !== 201) throw new Error(`newExtension: ${res.status} ${JSON.stringify(res.body)}`);
      return { taskId: task.id, extensionId: res.body.id as number };
    },
  };
  return world;
}
