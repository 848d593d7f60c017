import { TaskDeadlineChange } from './entities/task-deadline-change.entity';
import { TaskExtension } from './entities/task-extension.entity';
import { TaskProgress } from './entities/task-progress.entity';
import { Task } from './entities/task.entity';
import { AttachmentSummary } from '../attachments/dto/attachment.response';
import { DocumentSummary } from '../documents/dto/document.dto';
import {
  DeadlineChangeResponse,
  LeaderSummary,
  TaskExtensionResponse,
  TaskProgressResponse,
  TaskResponse,
} from './dto/task.response';
import { TaskAction } from './task-actions';
import { deriveTaskStatus, TASK_STATUS_LABELS } from './task-status';

const iso = (instant: Date | null): string | null => (instant ? instant.toISOString() : null);

/** What a task response carries besides the task row, loaded for a whole page at once. */
export interface TaskView {
  supportDepartmentIds: number[];
  document: DocumentSummary;
  leader: LeaderSummary | null;
  allowedActions: TaskAction[];
}

export function toTaskResponse(task: Task, view: TaskView, now: Date, dueSoonDays: number): TaskResponse {
  const status = deriveTaskStatus(task, now, dueSoonDays);
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    sessionId: task.sessionId,
    documentId: task.documentId,
    document: view.document,
    leaderId: task.leaderId,
    leader: view.leader,
    kind: task.kind,
    leadDepartmentId: task.leadDepartmentId,
    supportDepartmentIds: view.supportDepartmentIds,
    // A recurring task's deadline is its next open occurrence's: none once every occurrence is completed.
    dueDate: task.kind === 'recurring' && task.completedAt ? null : task.dueDate,
    dueAt: task.kind === 'recurring' && task.completedAt ? null : iso(task.dueAt),
    workingDays: task.workingDays,
    recurrence: task.recurrence,
    originalDueDate: task.originalDueDate,
    extensionCount: task.extensionCount,
    isKey: task.isKey,
    progressPercent: task.progressPercent,
    status,
    statusLabel: TASK_STATUS_LABELS[status],
    allowedActions: view.allowedActions,
    completedOn: task.completedOn,
    result: task.result,
    resultDocument: task.resultDocument,
    difficulties: task.difficulties,
    completedAt: iso(task.completedAt),
    confirmedAt: iso(task.confirmedAt),
    cancelledAt: iso(task.cancelledAt),
    cancelReason: task.cancelReason,
    deadlineVersion: task.deadlineVersion,
    version: task.version,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}

export function toProgressResponse(
  progress: TaskProgress,
  attachments: AttachmentSummary[] = [],
): TaskProgressResponse {
  return {
    id: progress.id,
    taskId: progress.taskId,
    occurrenceId: progress.occurrenceId ?? null,
    percent: progress.percent,
    note: progress.note,
    completed: progress.completed,
    departmentId: progress.departmentId,
    authorId: progress.authorId,
    createdAt: progress.createdAt.toISOString(),
    attachments,
  };
}

export function toExtensionResponse(extension: TaskExtension): TaskExtensionResponse {
  return {
    id: extension.id,
    taskId: extension.taskId,
    occurrenceId: extension.occurrenceId ?? null,
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
    forwardedAt: iso(extension.forwardedAt),
    forwardedById: extension.forwardedById,
    forwardOpinion: extension.forwardOpinion,
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
