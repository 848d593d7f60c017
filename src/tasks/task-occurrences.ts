import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { fieldError } from '../common/http/field-error';
import { endOfLocalDay } from '../common/time/zoned-time';
import { AppConfig } from '../config/app-config';
import { TaskOccurrenceResponse } from './dto/task.response';
import { TaskOccurrence } from './entities/task-occurrence.entity';
import { Task } from './entities/task.entity';
import { TaskAction } from './task-actions';
import { generationEnd, occurrenceSlots, periodInTitle, periodLabel } from './recurrence';
import { deriveTaskStatus, TASK_STATUS_LABELS } from './task-status';

/** Rows inserted per statement when occurrences are generated (a monthly task for two years has 24). */
const INSERT_CHUNK = 100;

/**
 * The occurrences of recurring tasks: generated from the rule, resolved from
 * the `occurrenceId` of a request, and mirrored onto the task row. The task row
 * carries the deadline, extensions, progress and completion of its current
 * occurrence (the earliest not yet completed, else the last), so that the task
 * list, its filters, sorting and status read a recurring task by the occurrence
 * that needs attention now, with the same SQL as every other task.
 */
@Injectable()
export class TaskOccurrences {
  constructor(private readonly config: AppConfig) {}

  /**
   * Adds the occurrences the rule calls for from `assignedOn` (the assigning
   * document's date) to the rule's `until` or the horizon (occurrenceHorizon),
   * skipping those that exist; mirrors the current one onto the task. Returns
   * how many were added.
   */
  async generate(manager: EntityManager, task: Task, assignedOn: string, now = new Date()): Promise<number> {
    if (task.kind !== 'recurring' || !task.recurrence || task.cancelledAt) return 0;
    const zone = this.config.timeZone;
    const slots = occurrenceSlots(task.recurrence, assignedOn, generationEnd(task.recurrence, now, zone));
    const existing = await manager.find(TaskOccurrence, {
      where: { taskId: task.id },
      select: { id: true, periodYear: true, periodNumber: true },
    });
    const have = new Set(existing.map((o) => `${o.periodYear}-${o.periodNumber}`));
    const missing = slots.filter((slot) => !have.has(`${slot.periodYear}-${slot.periodNumber}`));
    for (let i = 0; i < missing.length; i += INSERT_CHUNK) {
      await manager.insert(
        TaskOccurrence,
        missing.slice(i, i + INSERT_CHUNK).map((slot) => ({
          taskId: task.id,
          ...slot,
          dueAt: endOfLocalDay(slot.dueDate, zone),
          originalDueDate: slot.dueDate,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    if (missing.length > 0) await this.mirror(manager, task.id);
    return missing.length;
  }

  /** Copies the current occurrence's deadline, progress and completion onto the task row. */
  async mirror(manager: EntityManager, taskId: number): Promise<void> {
    const occurrences = await manager.find(TaskOccurrence, { where: { taskId }, order: { dueAt: 'ASC', id: 'ASC' } });
    const current = occurrences.find((o) => o.completedAt === null) ?? occurrences[occurrences.length - 1];
    if (!current) return;
    await manager.update(
      Task,
      { id: taskId },
      {
        dueDate: current.dueDate,
        dueAt: current.dueAt,
        originalDueDate: current.originalDueDate,
        extensionCount: current.extensionCount,
        progressPercent: current.progressPercent,
        completedAt: current.completedAt,
        completedOn: current.completedOn,
        completedDayStartAt: current.completedDayStartAt,
        confirmedAt: current.confirmedAt,
        result: current.result,
        resultDocument: current.resultDocument,
        difficulties: current.difficulties,
      },
    );
  }

  /**
   * The occurrence a request names: required for a recurring task (400 naming
   * occurrenceId), refused for any other kind; 404 when it is not the task's.
   */
  async resolve(manager: EntityManager, task: Task, occurrenceId: number | undefined): Promise<TaskOccurrence | null> {
    if (task.kind !== 'recurring') {
      if (occurrenceId !== undefined) {
        throw fieldError(['occurrenceId', 'only a recurring task (kind recurring) has occurrences']);
      }
      return null;
    }
    if (occurrenceId === undefined) {
      throw fieldError(['occurrenceId', 'required for a recurring task: the occurrence this concerns']);
    }
    const occurrence = await manager.findOne(TaskOccurrence, { where: { id: occurrenceId, taskId: task.id } });
    if (!occurrence) throw new NotFoundException(`Occurrence ${occurrenceId} of task ${task.id} not found`);
    return occurrence;
  }

  toResponse(occurrence: TaskOccurrence, task: Task, now: Date, allowedActions: TaskAction[]): TaskOccurrenceResponse {
    const status = deriveTaskStatus({ ...occurrence, cancelledAt: task.cancelledAt }, now, this.config.dueSoonDays);
    return {
      id: occurrence.id,
      taskId: occurrence.taskId,
      periodLabel: periodLabel(occurrence.periodKind, occurrence.periodYear, occurrence.periodNumber),
      dueDate: occurrence.dueDate,
      originalDueDate: occurrence.originalDueDate,
      extensionCount: occurrence.extensionCount,
      status,
      statusLabel: TASK_STATUS_LABELS[status],
      completedOn: occurrence.completedOn,
      confirmedAt: occurrence.confirmedAt ? occurrence.confirmedAt.toISOString() : null,
      percent: occurrence.progressPercent,
      result: occurrence.result,
      allowedActions,
    };
  }
}

/**
 * A task's title with the period of one of its occurrences: "Báo cáo tình hình … (Tháng 1/2024)",
 * "Báo cáo tiến độ … (Tuần 5/2024, 29/01–04/02)".
 */
export function occurrenceTitle(
  title: string,
  occurrence: Pick<TaskOccurrence, 'periodKind' | 'periodYear' | 'periodNumber'>,
): string {
  return `${title} (${periodInTitle(occurrence.periodKind, occurrence.periodYear, occurrence.periodNumber)})`;
}
