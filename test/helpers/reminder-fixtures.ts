import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { randomBytes } from 'node:crypto';
import { LessThanOrEqual } from 'typeorm';
import { endOfLocalDay } from '../../src/common/time/zoned-time';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { Department } from '../../src/departments/department.entity';
import { Notification } from '../../src/reminders/notification.entity';
import { Task } from '../../src/tasks/entities/task.entity';
import { TaskChange, TaskChangeBus, TaskChangeKind } from '../../src/tasks/task-change-bus';
import { NOTIFICATION_QUEUE } from '../../src/queue/queue.constants';
import { TestApp } from './create-test-app';
import { waitFor } from './wait-for';

/**
 * Departments, tasks and task changes for the reminder tests. Task changes go
 * through the same transaction-plus-bus path as TaskService: the change and the
 * planning commit together, jobs are queued after the commit.
 */

export async function createDepartment(t: TestApp, overrides: Partial<Department> = {}): Promise<Department> {
  const code = `D${randomBytes(3).toString('hex')}`;
  return t.dataSource.getRepository(Department).save({
    code,
    name: `Sở thử nghiệm ${code}`,
    kind: 'department',
    emails: [`${code.toLowerCase()}@example.gov.vn`],
    active: true,
    ...overrides,
  });
}

export interface TaskInput {
  title?: string;
  description?: string;
  leadDepartmentId: number;
  supportDepartmentIds?: number[];
  dueAt?: Date;
  /** YYYY-MM-DD: the deadline ends at 23:59:59.999 of that day in Asia/Ho_Chi_Minh. */
  dueDate?: string;
}

export async function createTask(t: TestApp, input: TaskInput): Promise<number> {
  return change(t, 'created', async (manager) => {
    const task = await manager.save(Task, {
      title: input.title ?? 'Giải ngân 100% kế hoạch vốn đầu tư công năm 2024',
      description: input.description ?? null,
      leadDepartmentId: input.leadDepartmentId,
      supportDepartments: (input.supportDepartmentIds ?? []).map((id) => ({ id }) as Department),
      dueDate: input.dueDate ?? null,
      dueAt: deadlineOf(input),
    });
    return task.id;
  });
}

export async function completeTask(t: TestApp, taskId: number): Promise<void> {
  await change(t, 'completed', async (manager) => {
    await manager.update(Task, { id: taskId }, { completedAt: new Date(), progressPercent: 100 });
    return taskId;
  });
}

export async function cancelTask(t: TestApp, taskId: number, reason = 'Không còn phù hợp'): Promise<void> {
  await change(t, 'cancelled', async (manager) => {
    await manager.update(Task, { id: taskId }, { cancelledAt: new Date(), cancelReason: reason });
    return taskId;
  });
}

/** An approved extension (or an edited deadline): a new deadline and a new deadline version. */
export async function moveDeadline(t: TestApp, taskId: number, deadline: { dueAt?: Date; dueDate?: string }): Promise<void> {
  await change(t, 'deadline_changed', async (manager) => {
    const task = await manager.findOneByOrFail(Task, { id: taskId });
    await manager.update(Task, { id: taskId }, {
      dueAt: deadlineOf(deadline),
      dueDate: deadline.dueDate ?? null,
      deadlineVersion: task.deadlineVersion + 1,
    });
    return taskId;
  });
}

export function remindersOf(t: TestApp, taskId: number): Promise<Notification[]> {
  return t.dataSource.getRepository(Notification).find({ where: { taskId }, order: { scheduledAt: 'ASC', id: 'ASC' } });
}

function deadlineOf(input: { dueAt?: Date; dueDate?: string }): Date | null {
  if (input.dueDate) return endOfLocalDay(input.dueDate, 'Asia/Ho_Chi_Minh');
  return input.dueAt ?? null;
}

async function change(
  t: TestApp,
  kind: TaskChangeKind,
  write: (manager: import('typeorm').EntityManager) => Promise<number>,
): Promise<number> {
  const bus = t.app.get(TaskChangeBus);
  let published: TaskChange | undefined;
  const taskId = await t.app.get(TransactionRunner).run(async (manager) => {
    const id = await write(manager);
    published = { kind, taskId: id };
    await bus.publishInTransaction(manager, published);
    return id;
  });
  await bus.publishAfterCommit(published as TaskChange);
  return taskId;
}

/**
 * Waits until nothing is left to send: no pending notification in the database
 * and no job waiting or running in the queue.
 */
export async function waitForDelivery(t: TestApp, timeout = 20_000): Promise<void> {
  const queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
  await waitFor(
    async () => {
      const pending = await t.dataSource.getRepository(Notification).count({ where: { status: 'pending', scheduledAt: LessThanOrEqual(new Date()) } });
      const counts = await queue.getJobCounts();
      if (process.env.DEBUG_DELIVERY) console.log(pending, counts, await t.dataSource.getRepository(Notification).find({ where: { status: 'pending', scheduledAt: LessThanOrEqual(new Date()) } }));
      return pending === 0 && counts.waiting === 0 && counts.active === 0;
    },
    { timeout, message: 'every due notification to be settled and the queue to be idle' },
  );
}
