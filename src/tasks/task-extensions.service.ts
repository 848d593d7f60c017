import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { ruleConflict } from '../common/http/rule-conflict';
import { Page, PageQuery, pageOf } from '../common/pagination/page';
import { AppConfig } from '../config/app-config';
import { RequestExtensionDto } from './dto/task-extension.dto';
import { TaskExtensionResponse } from './dto/task.response';
import { type ExtensionStatus, TaskExtension } from './entities/task-extension.entity';
import { Task } from './entities/task.entity';
import { assertCanDecideExtension, assertCanRequestExtension } from './tasks.policy';
import { resolveDeadline } from './task-deadline';
import {
  assertExtensionMayBeRequested,
  assertExtensionsLeft,
  assertLaterDeadline,
  ExtensionRuleSettings,
} from './extension-rules';
import { toExtensionResponse } from './task-mapper';
import { TaskUnitOfWork } from './task-unit-of-work';
import { assertOccurrenceOpen, assertOpen, TaskService } from './tasks.service';
import { TaskOccurrences } from './task-occurrences';
import { TaskOccurrence } from './entities/task-occurrence.entity';
import { TaskDeadlineChange } from './entities/task-deadline-change.entity';
import { localDateOf } from '../common/time/zoned-time';

/**
 * Extension requests (xin gia hạn): the lead department asks for a later
 * deadline, the office or a leader approves or rejects. An approval is the only
 * way besides an explicit edit that a deadline moves, and the replaced deadline
 * is kept in the task's deadline history.
 */
@Injectable()
export class TaskExtensionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly work: TaskUnitOfWork,
    private readonly tasks: TaskService,
    private readonly config: AppConfig,
    private readonly occurrences: TaskOccurrences,
  ) {}

  /**
   * Records a request. `options.requestedAt` is the moment it was made, for
   * data recorded after the fact (the demo's back-dated session); the rules
   * are checked as of that moment. Requests from the API are made now.
   */
  async request(
    taskId: number,
    dto: RequestExtensionDto,
    actor: Actor,
    options: { requestedAt?: Date } = {},
  ): Promise<TaskExtensionResponse> {
    if (dto.dueDate == null && dto.dueAt == null) {
      throw fieldError(['dueDate', 'give the new deadline as dueDate or dueAt']);
    }
    const requested = resolveDeadline(dto, this.config.timeZone);
    const field = dto.dueDate != null ? 'dueDate' : 'dueAt';
    return this.work.run(async (manager, emit) => {
      const task = await this.work.lock(manager, taskId);
      const access = await this.work.access(manager, task, actor);
      assertCanRequestExtension(actor, access);
      const occurrence = await this.occurrences.resolve(manager, task, dto.occurrenceId);
      assertOpen(task);
      if (occurrence) assertOccurrenceOpen(occurrence);
      // The deadline extended: the occurrence's for a recurring task, else the task's.
      const current = occurrence ?? task;
      if (!current.dueAt) {
        throw ruleConflict('no_deadline', 'Nhiệm vụ thường xuyên không có thời hạn, không có thời hạn để gia hạn');
      }
      const now = options.requestedAt ?? new Date();
      const rules = this.ruleSettings();
      assertExtensionMayBeRequested({ dueAt: current.dueAt, extensionCount: current.extensionCount }, now, rules);
      assertLaterDeadline(current.dueAt, requested.dueAt!, rules);
      if (requested.dueAt!.getTime() <= now.getTime()) {
        throw fieldError([field, 'must be in the future']);
      }
      // One pending request per occurrence of a recurring task, per task otherwise.
      const pending = await manager.exists(TaskExtension, {
        where: { taskId, occurrenceId: occurrence ? occurrence.id : IsNull(), status: 'pending' },
      });
      if (pending) {
        throw ruleConflict(
          'extension_pending',
          `${occurrence ? 'Kỳ thực hiện này của nhiệm vụ' : 'Nhiệm vụ'} đã có một đề nghị gia hạn đang chờ xem xét`,
        );
      }
      const inserted = await manager.insert(TaskExtension, {
        taskId,
        occurrenceId: occurrence?.id ?? null,
        previousDueDate: current.dueDate,
        previousDueAt: current.dueAt,
        requestedDueDate: requested.dueDate,
        requestedDueAt: requested.dueAt!,
        reason: dto.reason,
        status: 'pending',
        requestedById: actor.userId,
        createdAt: now,
      });
      await emit({ kind: 'extension_requested', taskId });
      return this.responseOf(manager, Number(inserted.identifiers[0].id));
    });
  }

  async list(taskId: number, query: PageQuery, actor: Actor): Promise<Page<TaskExtensionResponse>> {
    await this.tasks.assertVisible(taskId, actor);
    const [rows, total] = await this.dataSource.manager.findAndCount(TaskExtension, {
      where: { taskId },
      order: { id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    return pageOf(rows.map(toExtensionResponse), total, query);
  }

  async get(taskId: number, extensionId: number, actor: Actor): Promise<TaskExtensionResponse> {
    await this.tasks.assertVisible(taskId, actor);
    const extension = await this.dataSource.manager.findOne(TaskExtension, { where: { id: extensionId, taskId } });
    if (!extension) throw new NotFoundException(`Extension request ${extensionId} of task ${taskId} not found`);
    return toExtensionResponse(extension);
  }

  /** Applies the requested deadline; the replaced one goes to the deadline history. */
  async approve(
    taskId: number,
    extensionId: number,
    note: string | undefined,
    actor: Actor,
  ): Promise<TaskExtensionResponse> {
    return this.work.run(async (manager, emit) => {
      const { task, extension } = await this.loadPending(manager, taskId, extensionId, actor);
      assertOpen(task);
      const occurrence = extension.occurrenceId
        ? await manager.findOneOrFail(TaskOccurrence, { where: { id: extension.occurrenceId } })
        : null;
      if (occurrence) assertOccurrenceOpen(occurrence);
      const current = occurrence ?? task;
      if (current.dueAt && extension.requestedDueAt.getTime() <= current.dueAt.getTime()) {
        throw ruleConflict(
          'date_not_later',
          'Thời hạn đã thay đổi sau khi đề nghị: thời hạn đề nghị gia hạn không còn sau thời hạn hiện tại',
        );
      }
      // Another request may have been approved since this one was made.
      assertExtensionsLeft({ extensionCount: current.extensionCount }, this.ruleSettings());
      const now = new Date();
      const decidedById = actor.userId;
      await manager.save(
        Object.assign(extension, { status: 'approved', decisionNote: note || null, decidedAt: now, decidedById }),
      );
      const next = { dueDate: extension.requestedDueDate, dueAt: extension.requestedDueAt };
      if (occurrence) {
        await manager.insert(TaskDeadlineChange, {
          taskId,
          occurrenceId: occurrence.id,
          previousDueDate: occurrence.dueDate,
          previousDueAt: occurrence.dueAt,
          newDueDate: next.dueDate,
          newDueAt: next.dueAt,
          deadlineVersion: occurrence.deadlineVersion + 1,
          source: 'extension',
          extensionId,
          reason: extension.reason,
          changedById: decidedById,
          changedAt: now,
        });
        await manager.save(
          Object.assign(occurrence, {
            // An occurrence's deadline is a date: an extension given as an instant keeps its local date.
            dueDate: next.dueDate ?? localDateOf(next.dueAt, this.config.timeZone),
            dueAt: next.dueAt,
            deadlineVersion: occurrence.deadlineVersion + 1,
            extensionCount: occurrence.extensionCount + 1,
            updatedAt: now,
          }),
        );
        await this.occurrences.mirror(manager, taskId);
      } else {
        await this.tasks.recordDeadlineChange(manager, task, next, {
          source: 'extension',
          reason: extension.reason,
          changedById: decidedById,
          at: now,
          extensionId,
        });
        await manager.save(
          Object.assign(task, {
            dueDate: next.dueDate,
            dueAt: next.dueAt,
            deadlineVersion: task.deadlineVersion + 1,
            extensionCount: task.extensionCount + 1,
            updatedAt: now,
          }),
        );
      }
      await emit({ kind: 'extension_decided', taskId });
      await emit({ kind: 'deadline_changed', taskId });
      return this.responseOf(manager, extensionId);
    });
  }

  /** The office sends a pending request on to the deciding leader with its opinion. */
  async forward(taskId: number, extensionId: number, opinion: string, actor: Actor): Promise<TaskExtensionResponse> {
    return this.work.run(async (manager, emit) => {
      const task = await this.work.lock(manager, taskId);
      await this.work.access(manager, task, actor);
      const extension = await manager.findOne(TaskExtension, { where: { id: extensionId, taskId } });
      if (!extension) throw new NotFoundException(`Extension request ${extensionId} of task ${taskId} not found`);
      if (extension.status !== 'pending') throw decidedConflict(extension.status);
      if (extension.forwardedAt) {
        throw ruleConflict('extension_forwarded', 'Đề nghị gia hạn đã được chuyển lãnh đạo xem xét');
      }
      await manager.save(
        Object.assign(extension, {
          forwardedAt: new Date(),
          forwardedById: actor.userId,
          forwardOpinion: opinion,
        }),
      );
      await emit({ kind: 'extension_forwarded', taskId });
      return this.responseOf(manager, extensionId);
    });
  }

  async reject(taskId: number, extensionId: number, note: string, actor: Actor): Promise<TaskExtensionResponse> {
    return this.work.run(async (manager, emit) => {
      const { extension } = await this.loadPending(manager, taskId, extensionId, actor);
      await manager.save(
        Object.assign(extension, {
          status: 'rejected',
          decisionNote: note,
          decidedAt: new Date(),
          decidedById: actor.userId,
        }),
      );
      await emit({ kind: 'extension_decided', taskId });
      return this.responseOf(manager, extensionId);
    });
  }

  private async loadPending(
    manager: EntityManager,
    taskId: number,
    extensionId: number,
    actor: Actor,
  ): Promise<{ task: Task; extension: TaskExtension }> {
    const task = await this.work.lock(manager, taskId);
    await this.work.access(manager, task, actor);
    assertCanDecideExtension(actor, await this.tasks.decisionFacts(manager, task, actor));
    const extension = await manager.findOne(TaskExtension, { where: { id: extensionId, taskId } });
    if (!extension) throw new NotFoundException(`Extension request ${extensionId} of task ${taskId} not found`);
    if (extension.status !== 'pending') throw decidedConflict(extension.status);
    return { task, extension };
  }

  private ruleSettings(): ExtensionRuleSettings {
    return {
      graceDays: this.config.extensions.graceDays,
      maxExtensions: this.config.extensions.max,
      zone: this.config.timeZone,
    };
  }

  private async responseOf(manager: EntityManager, id: number): Promise<TaskExtensionResponse> {
    return toExtensionResponse(await manager.findOneOrFail(TaskExtension, { where: { id } }));
  }
}

/** An extension request decided already (409, `extension_decided`): another leader or tab was first. */
function decidedConflict(status: ExtensionStatus) {
  return ruleConflict(
    'extension_decided',
    `Đề nghị gia hạn đã được ${status === 'approved' ? 'chấp thuận' : 'xem xét và không chấp thuận'} trước đó`,
  );
}
