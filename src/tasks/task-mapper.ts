import { TaskDeadlineChange } from './entities/task-deadline-change.entity';
import { TaskExtension } from './entities/task-extension.entity';
import { TaskProgress } from './entities/task-progress.entity';
import { Task } from './entities/task.entity';
import { DeadlineChangeResponse, TaskExtensionResponse, TaskProgressResponse, TaskResponse } from './dto/task.response';
import { deriveTaskStatus } from './task-status';

const iso = (instant: Date | null): string | null => (instant ? instant.toISOString() : null);

export function toTaskResponse(
  task: Task,
  supportDepartmentIds: number[],
  now: Date,
  dueSoonDays: number,
): TaskResponse {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    sessionId: task.sessionId,
    leadDepartmentId: task.leadDepartmentId,
    supportDepartmentIds,
    dueDate: task.dueDate,
    dueAt: iso(task.dueAt),
    isKey: task.isKey,
    progressPercent: task.progressPercent,
    status: deriveTaskStatus(task, now, dueSoonDays),
    completedAt: iso(task.completedAt),
    cancelledAt: iso(task.cancelledAt),
    cancelReason: task.cancelReason,
    deadlineVersion: task.deadlineVersion,
    version: task.version,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}

export function toProgressResponse(progress: TaskProgress): TaskProgressResponse {
  return {
    id: progress.id,
    taskId: progress.taskId,
    percent: progress.percent,
    note: progress.note,
    completed: progress.completed,
    departmentId: progress.departmentId,
    authorId: progress.authorId,
    createdAt: progress.createdAt.toISOString(),
  };
}

export function toExtensionResponse(extension: TaskExtension): TaskExtensionResponse {
  return {
    id: extension.id,
    taskId: extension.taskId,
    previousDueDate: extension.previousDueDate,
    previousDueAt: iso(extension.previousDueAt),
    requestedDueDate: extension.requestedDueDate,
    requestedDueAt: extension.requestedDueAt.toISOString(),
    reason: extension.reason,
    status: extension.status,
    decisionNote: extension.decisionNote,
    decidedAt: iso(extension.decidedAt),
    requestedById: extension.requestedById,
    decidedById: extension.decidedById,
    createdAt: extension.createdAt.toISOString(),
  };
}

export function toDeadlineChangeResponse(change: TaskDeadlineChange): DeadlineChangeResponse {
  return {
    id: change.id,
    taskId: change.taskId,
    previousDueDate: change.previousDueDate,
    previousDueAt: iso(change.previousDueAt),
    newDueDate: change.newDueDate,
    newDueAt: iso(change.newDueAt),
    deadlineVersion: change.deadlineVersion,
    source: change.source,
    extensionId: change.extensionId,
    reason: change.reason,
    changedById: change.changedById,
    changedAt: change.changedAt.toISOString(),
  };
}
