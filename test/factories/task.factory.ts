import type { TestApp } from '../helpers/create-test-app';
import { unique } from './unique';

/** Tasks go through the API (POST /api/tasks), as a user creates them, so planning and audit run. */

export interface TaskBody {
  title?: string;
  description?: string | null;
  sessionId?: number | null;
  leadDepartmentId: number;
  supportDepartmentIds?: number[];
  dueDate?: string | null;
  dueAt?: string | null;
  isKey?: boolean;
}

/** Creates a task through POST /api/tasks and returns the response body. */
export async function createTask(t: TestApp, body: TaskBody): Promise<TaskJson> {
  const res = await t.http.post('/api/tasks').send({ title: `Nhiệm vụ ${unique()}`, ...body });
  if (res.status !== 201) throw new Error(`createTask: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TaskJson;
}

export interface TaskJson {
  id: number;
  title: string;
  description: string | null;
  sessionId: number | null;
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
