import { randomBytes } from 'node:crypto';
import { Department } from '../../src/departments/department.entity';
import { MeetingSession } from '../../src/sessions/entities/meeting-session.entity';
import type { TestApp } from './create-test-app';
import { defaultDocumentId } from './document-factory';

/**
 * Factories for the task tests. Departments and sessions are written through
 * their repositories so that these tests do not depend on the departments and
 * sessions endpoints; tasks go through the API, as a user would create them.
 */

let counter = 0;
const unique = () => `${++counter}${randomBytes(2).toString('hex')}`;

export async function createDepartment(t: TestApp, overrides: Partial<Department> = {}): Promise<Department> {
  const code = overrides.code ?? `D${unique()}`.toUpperCase().slice(0, 32);
  return t.dataSource.getRepository(Department).save({
    code,
    name: `Sở thử nghiệm ${code}`,
    kind: 'department',
    emails: [`${code.toLowerCase()}@example.gov.vn`],
    active: true,
    ...overrides,
  });
}

export async function createSession(t: TestApp, overrides: Partial<MeetingSession> = {}): Promise<MeetingSession> {
  return t.dataSource.getRepository(MeetingSession).save({
    title: 'Phiên họp thường kỳ tháng 01/2024',
    kind: 'regular',
    heldAt: new Date('2024-01-25T01:00:00Z'),
    status: 'held',
    ...overrides,
  });
}

export interface TaskBody {
  title?: string;
  description?: string | null;
  sessionId?: number | null;
  /** The assigning document; the test app's default one when left out. */
  documentId?: number;
  leaderId?: number | null;
  kind?: string;
  workingDays?: number | null;
  leadDepartmentId: number;
  supportDepartmentIds?: number[];
  dueDate?: string | null;
  dueAt?: string | null;
  isKey?: boolean;
}

/** Creates a task through POST /api/tasks and returns the response body. */
export async function createTask(t: TestApp, body: TaskBody): Promise<TaskJson> {
  const res = await t.http
    .post('/api/tasks')
    .send({ title: `Nhiệm vụ ${unique()}`, documentId: await defaultDocumentId(t), ...body });
  if (res.status !== 201) throw new Error(`createTask: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TaskJson;
}

export interface TaskJson {
  id: number;
  title: string;
  description: string | null;
  sessionId: number | null;
  documentId: number;
  document: { id: number; kind: string; number: string | null; issuedOn: string; summary: string };
  leaderId: number | null;
  leader: { id: number; fullName: string; leaderTitle: string | null } | null;
  kind: string;
  workingDays: number | null;
  originalDueDate: string | null;
  extensionCount: number;
  statusLabel: string;
  allowedActions: string[];
  completedOn: string | null;
  confirmedAt: string | null;
  leadDepartmentId: number;
  supportDepartmentIds: number[];
  dueDate: string | null;
  dueAt: string | null;
  isKey: boolean;
  progressPercent: number;
  status: string;
  completedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  deadlineVersion: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An instant `days` days from now (negative: in the past), as ISO text. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}

/** Today plus `days` as YYYY-MM-DD in `zone`. */
export function dateFromNow(days: number, zone = 'Asia/Ho_Chi_Minh'): string {
  const instant = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}
