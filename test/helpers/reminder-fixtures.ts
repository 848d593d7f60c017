import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { LessThanOrEqual } from 'typeorm';
import { Notification } from '../../src/notifications/notification.entity';
import { NOTIFICATION_QUEUE } from '../../src/queue/queue.constants';
import { TestApp } from './create-test-app';
import { defaultDocumentId } from '../factories/document.factory';
import { waitFor } from './wait-for';

/**
 * Tasks for the reminder tests, created and changed through the tasks API as a
 * user would (departments through their repository, see task-factory.ts).
 */

export { createDepartment } from '../factories/department.factory';

export interface TaskInput {
  title?: string;
  description?: string;
  leadDepartmentId: number;
  supportDepartmentIds?: number[];
  dueAt?: Date;
  /** YYYY-MM-DD: the deadline ends at 23:59:59.999 of that day in APP_TIMEZONE. */
  dueDate?: string;
}

/** POST /api/tasks; returns the new task's id. */
export async function createTask(t: TestApp, input: TaskInput): Promise<number> {
  const res = await t.http.post('/api/tasks').send({
    title: input.title ?? 'Giải ngân 100% kế hoạch vốn đầu tư công năm 2024',
    documentId: await defaultDocumentId(t),
    ...(input.description !== undefined ? { description: input.description } : {}),
    leadDepartmentId: input.leadDepartmentId,
    supportDepartmentIds: input.supportDepartmentIds ?? [],
    ...(input.dueAt ? { dueAt: input.dueAt.toISOString() } : {}),
    ...(input.dueDate ? { dueDate: input.dueDate } : {}),
  });
  return expectStatus(res, 201, 'POST /api/tasks').id as number;
}

/** POST /api/tasks/:id/progress with completed: true. */
export async function completeTask(t: TestApp, taskId: number): Promise<void> {
  const res = await t.http
    .post(`/api/tasks/${taskId}/progress`)
    .send({ percent: 100, note: 'Đã hoàn thành', completed: true });
  expectStatus(res, 201, 'POST /api/tasks/:id/progress');
}

/** POST /api/tasks/:id/cancel. */
export async function cancelTask(t: TestApp, taskId: number, reason = 'Không còn phù hợp'): Promise<void> {
  expectStatus(await t.http.post(`/api/tasks/${taskId}/cancel`).send({ reason }), 200, 'POST /api/tasks/:id/cancel');
}

/** PATCH /api/tasks/:id with a new deadline (an edit; the old one goes to the deadline history). */
export async function moveDeadline(
  t: TestApp,
  taskId: number,
  deadline: { dueAt?: Date; dueDate?: string },
): Promise<void> {
  const task = expectStatus(await t.http.get(`/api/tasks/${taskId}`), 200, 'GET /api/tasks/:id');
  const res = await t.http.patch(`/api/tasks/${taskId}`).send({
    version: task.version,
    ...(deadline.dueAt
      ? { dueAt: deadline.dueAt.toISOString(), dueDate: null }
      : { dueDate: deadline.dueDate, dueAt: null }),
    deadlineReason: 'Điều chỉnh hạn theo chỉ đạo',
  });
  expectStatus(res, 200, 'PATCH /api/tasks/:id');
}

/** An extension requested and approved through the API. */
export async function extendDeadline(
  t: TestApp,
  taskId: number,
  deadline: { dueAt?: Date; dueDate?: string },
): Promise<void> {
  const request = await t.http.post(`/api/tasks/${taskId}/extensions`).send({
    ...(deadline.dueAt ? { dueAt: deadline.dueAt.toISOString() } : { dueDate: deadline.dueDate }),
    reason: 'Chờ bố trí vốn',
  });
  const extension = expectStatus(request, 201, 'POST /api/tasks/:id/extensions');
  const approve = await t.http.post(`/api/tasks/${taskId}/extensions/${extension.id}/approve`).send({});
  expectStatus(approve, 200, 'POST /api/tasks/:id/extensions/:extensionId/approve');
}

function expectStatus(
  res: { status: number; body: Record<string, unknown> },
  status: 200 | 201,
  what: string,
): Record<string, any> {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export function remindersOf(t: TestApp, taskId: number): Promise<Notification[]> {
  return t.dataSource.getRepository(Notification).find({ where: { taskId }, order: { scheduledAt: 'ASC', id: 'ASC' } });
}

/**
 * Waits until nothing is left to send: no pending notification in the database
 * and no job waiting or running in the queue.
 */
export async function waitForDelivery(t: TestApp, timeout = 20_000): Promise<void> {
  const queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
  await waitFor(
    async () => {
      const pending = await t.dataSource
        .getRepository(Notification)
        .count({ where: { status: 'pending', scheduledAt: LessThanOrEqual(new Date()) } });
      const counts = await queue.getJobCounts();
      return pending === 0 && counts.waiting === 0 && counts.active === 0;
    },
    { timeout, message: 'every due notification to be settled and the queue to be idle' },
  );
}
