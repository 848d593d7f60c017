import type { TestApp } from '../helpers/create-test-app';
import { defaultDocumentId } from './document.factory';
import { unique } from './unique';

/** Tasks go through the API (POST /api/tasks), as a user creates them, so planning and audit run. */

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
  recurrence?: { every: string; day: number; until: string | null } | null;
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
