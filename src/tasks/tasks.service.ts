import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { attachmentsOfProgress, linkAttachments } from '../attachments/attachment-links';
import { Actor, isDepartmentActor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { ruleConflict } from '../common/http/rule-conflict';
import { Page, PageQuery, pageOf } from '../common/pagination/page';
import { foldVietnamese } from '../common/text/fold-vietnamese';
import { addCalendarDays, endOfLocalDay, localDateOf } from '../common/time/zoned-time';
import { AppConfig } from '../config/app-config';
import { Department } from '../departments/department.entity';
import { AssigningDocument } from '../documents/assigning-document.entity';
import { User } from '../users/user.entity';
import { MeetingSession } from '../sessions/entities/meeting-session.entity';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { AddProgressDto } from './dto/task-progress.dto';
import {
  DeadlineChangeResponse,
  TaskOccurrenceResponse,
  TaskProgressResponse,
  TaskResponse,
} from './dto/task.response';
import { lastRequestInstant } from './extension-rules';
import { UpdateTaskDto } from './dto/update-task.dto';
import { TaskDeadlineChange } from './entities/task-deadline-change.entity';
import { TaskProgress } from './entities/task-progress.entity';
import { TaskExtension } from './entities/task-extension.entity';
import { TaskOccurrence } from './entities/task-occurrence.entity';
import { Task, TaskKind } from './entities/task.entity';
import { TaskOccurrences } from './task-occurrences';
import { occurrenceSlots, generationEnd } from './recurrence';
import {
  allowedTaskActions,
  assertCanComplete,
  decidesExtension,
  ExtensionDecisionFacts,
  postsNoteOnly,
  taskAccessOf,
} from './tasks.policy';
import { Deadline, NO_DEADLINE, resolveTaskDeadline, sameDeadline } from './task-deadline';
import { TaskView, toDeadlineChangeResponse, toProgressResponse, toTaskResponse } from './task-mapper';
import { TaskRepository } from './task.repository';
import { Emit, TaskUnitOfWork } from './task-unit-of-work';

/** How the progress entry of a returned completion begins; the reason follows. The inbox looks for it. */
export const RETURNED_COMPLETION_NOTE = 'Văn phòng trả lại báo cáo hoàn thành: ';

/**
 * Directive tasks: creation, edits, progress, cancellation, the deadline history
 * and the scoped, filtered list. Every write runs in one transaction and is
 * published on the TaskChangeBus (see TaskUnitOfWork); extensions live in
 * TaskExtensionService.
 */
@Injectable()
export class TaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly work: TaskUnitOfWork,
    private readonly config: AppConfig,
    private readonly occurrences: TaskOccurrences,
    private readonly repository: TaskRepository,
  ) {}

  async create(dto: CreateTaskDto, actor: Actor): Promise<TaskResponse> {
    checkNewTask(dto);
    return this.work.run(async (manager, emit) => {
      const now = new Date();
      const id = await this.insertTask(manager, emit, dto, now);
      return this.responseOf(manager, id, now, actor);
    });
  }

  /**
   * Creates several tasks in one transaction: all or none. Each is checked as a
   * single task is; an error names the task by its index (`tasks[2].dueDate`).
   */
  async createMany(dtos: CreateTaskDto[], actor: Actor): Promise<TaskResponse[]> {
    dtos.forEach((dto, i) => withFieldPrefix(`tasks[${i}].`, () => checkNewTask(dto)));
    return this.work.run(async (manager, emit) => {
      const now = new Date();
      const ids: number[] = [];
      for (const [i, dto] of dtos.entries()) {
        ids.push(await withFieldPrefixAsync(`tasks[${i}].`, () => this.insertTask(manager, emit, dto, now)));
      }
      const responses: TaskResponse[] = [];
      for (const id of ids) responses.push(await this.responseOf(manager, id, now, actor));
      return responses;
    });
  }

  private async insertTask(manager: EntityManager, emit: Emit, dto: CreateTaskDto, now: Date): Promise<number> {
    const supportIds = dto.supportDepartmentIds ?? [];
    const document = await this.documentOf(manager, dto.documentId);
    const recurring = dto.kind === 'recurring' || (dto.kind === undefined && dto.recurrence != null);
    if (recurring) checkRecurrence(dto, document.issuedOn, this.config.timeZone, now);
    else if (dto.recurrence != null) throw fieldError(['recurrence', 'only a recurring task (kind recurring) has one']);
    const deadline = recurring
      ? { ...NO_DEADLINE, workingDays: null }
      : resolveTaskDeadline(dto, this.config.timeZone, document.issuedOn);
    const kind = recurring ? 'recurring' : kindFor(dto.kind, deadline);
    if (dto.leaderId != null) await this.assertLeader(manager, dto.leaderId);
    await this.assertActiveDepartment(manager, dto.leadDepartmentId);
    await this.assertDepartmentsExist(manager, supportIds);
    if (dto.sessionId != null) await this.assertSessionExists(manager, dto.sessionId);
    const description = dto.description ?? null;
    // Saved as an entity (not a bare insert) so that the audit trail sees the task with its departments.
    const { id } = await manager.save(
      manager.create(Task, {
        title: dto.title,
        description,
        searchText: searchTextOf(dto.title, description),
        sessionId: dto.sessionId ?? null,
        documentId: dto.documentId,
        leaderId: dto.leaderId ?? null,
        kind,
        leadDepartmentId: dto.leadDepartmentId,
        supportDepartments: supportIds.map((departmentId) => ({ id: departmentId })),
        dueDate: deadline.dueDate,
        dueAt: deadline.dueAt,
        workingDays: deadline.workingDays,
        recurrence: recurring
          ? { every: dto.recurrence!.every, day: dto.recurrence!.day, until: dto.recurrence!.until ?? null }
          : null,
        originalDueDate: this.deadlineDate(deadline),
        isKey: dto.isKey ?? false,
        progressPercent: 0,
        createdAt: now,
        updatedAt: now,
      }),
    );
    if (recurring) {
      const task = await manager.findOneOrFail(Task, { where: { id } });
      await this.occurrences.generate(manager, task, document.issuedOn, now);
    }
    await emit({ kind: 'created', taskId: id });
    return id;
  }

  async get(id: number, actor: Actor): Promise<TaskResponse> {
    const manager = this.dataSource.manager;
    const task = await manager.findOne(Task, { where: { id } });
    if (!task) throw new NotFoundException(`Task ${id} not found`);
    await this.work.access(manager, task, actor);
    return this.responseOf(manager, id, new Date(), actor);
  }

  async list(query: ListTasksQuery, actor: Actor): Promise<Page<TaskResponse>> {
    const now = new Date();
    const { ids, total } = await this.repository.page(query, query, actor, now);
    return pageOf(await this.responsesOf(this.dataSource.manager, ids, now, actor), total, query);
  }

  /**
   * Every task the list route would answer for `query` and `actor`, in its
   * order, page and limit ignored, as batches of `batchSize` (for exports). The
   * matching ids are read once, in one query, so that the rows form one
   * consistent list however long the caller takes to write them out.
   */
  async *scan(query: ListTasksQuery, actor: Actor, batchSize = 500): AsyncGenerator<TaskResponse[]> {
    const now = new Date();
    const ids = await this.repository.allIds(query, actor, now);
    for (let start = 0; start < ids.length; start += batchSize) {
      yield this.responsesOf(this.dataSource.manager, ids.slice(start, start + batchSize), now, actor);
    }
  }

  async update(id: number, dto: UpdateTaskDto, actor: Actor): Promise<TaskResponse> {
    return this.work.run(async (manager, emit) => {
      const task = await this.work.lock(manager, id);
      await this.work.access(manager, task, actor);
      if (task.version !== dto.version) {
        throw new ConflictException(
          `Task ${id} has changed since version ${dto.version}; reload it (version ${task.version})`,
        );
      }
      assertOpen(task);
      const now = new Date();
      const patch: Partial<Task> = {};

      if (dto.title !== undefined && dto.title !== task.title) patch.title = dto.title;
      if (dto.description !== undefined && dto.description !== task.description) patch.description = dto.description;
      if (patch.title !== undefined || patch.description !== undefined) {
        patch.searchText = searchTextOf(
          patch.title ?? task.title,
          patch.description !== undefined ? patch.description : task.description,
        );
      }
      if (dto.isKey !== undefined && dto.isKey !== task.isKey) patch.isKey = dto.isKey;
      if (dto.sessionId !== undefined && dto.sessionId !== task.sessionId) {
        if (dto.sessionId !== null) await this.assertSessionExists(manager, dto.sessionId);
        patch.sessionId = dto.sessionId;
      }
      const document =
        dto.documentId !== undefined && dto.documentId !== task.documentId
          ? await this.documentOf(manager, dto.documentId)
          : null;
      if (document) patch.documentId = document.id;
      if (dto.leaderId !== undefined && dto.leaderId !== task.leaderId) {
        if (dto.leaderId !== null) await this.assertLeader(manager, dto.leaderId);
        patch.leaderId = dto.leaderId;
      }
      const leadId = dto.leadDepartmentId ?? task.leadDepartmentId;
      if (leadId !== task.leadDepartmentId) {
        await this.assertActiveDepartment(manager, leadId);
        patch.leadDepartmentId = leadId;
      }
      const currentSupport = (await this.repository.supportDepartmentIds([id], manager)).get(id) ?? [];
      const nextSupport = dto.supportDepartmentIds ?? currentSupport;
      if (nextSupport.includes(leadId)) {
        throw fieldError([
          dto.supportDepartmentIds ? 'supportDepartmentIds' : 'leadDepartmentId',
          'the lead department cannot also be a cooperating department',
        ]);
      }
      const added = nextSupport.filter((d) => !currentSupport.includes(d));
      const removed = currentSupport.filter((d) => !nextSupport.includes(d));
      await this.assertDepartmentsExist(manager, added);

      const current: Deadline = { dueDate: task.dueDate, dueAt: task.dueAt };
      const deadlineEdited = dto.dueDate !== undefined || dto.dueAt !== undefined || dto.workingDays != null;
      if (task.kind === 'recurring' && (deadlineEdited || dto.kind !== undefined)) {
        const fields = (['kind', 'dueDate', 'dueAt', 'workingDays'] as const).filter((f) => dto[f] !== undefined);
        throw fieldError(
          ...fields.map((f): [string, string] => [
            f,
            'a recurring task keeps its kind; its occurrences carry the deadlines (extend one with an extension)',
          ]),
        );
      }
      const documentDate = (document ?? (await this.documentOf(manager, task.documentId))).issuedOn;
      const next = deadlineEdited
        ? resolveTaskDeadline(dto, this.config.timeZone, documentDate)
        : { ...current, workingDays: task.workingDays };
      const deadlineChanged = !sameDeadline(current, next);
      const kind = kindFor(dto.kind ?? (deadlineEdited ? undefined : task.kind), next);
      if (kind !== task.kind) patch.kind = kind;
      if (next.workingDays !== task.workingDays) patch.workingDays = next.workingDays;

      const otherChanges = Object.keys(patch).length > 0 || added.length > 0 || removed.length > 0;
      if (!otherChanges && !deadlineChanged) return this.responseOf(manager, id, now, actor);

      if (deadlineChanged) {
        patch.dueDate = next.dueDate;
        patch.dueAt = next.dueAt;
        patch.deadlineVersion = task.deadlineVersion + 1;
        // An edit corrects the deadline as assigned; after an extension the original stays.
        if (task.extensionCount === 0 || task.originalDueDate === null) {
          patch.originalDueDate = this.deadlineDate(next);
        }
        await this.recordDeadlineChange(manager, task, next, {
          source: 'edit',
          reason: dto.deadlineReason ?? null,
          changedById: actor.userId,
          at: now,
        });
      }
      // The row is locked and its version checked above. Saving the loaded entity (rather than an UPDATE by
      // criteria) lets the audit trail record the values before and after, cooperating departments included.
      Object.assign(task, patch, { updatedAt: now });
      if (added.length > 0 || removed.length > 0)
        task.supportDepartments = nextSupport.map((departmentId) => ({ id: departmentId }) as Department);
      await manager.save(task);
      if (otherChanges) await emit({ kind: 'updated', taskId: id });
      if (deadlineChanged) await emit({ kind: 'deadline_changed', taskId: id });
      return this.responseOf(manager, id, now, actor);
    });
  }

  async cancel(id: number, reason: string, actor: Actor): Promise<TaskResponse> {
    return this.work.run(async (manager, emit) => {
      const task = await this.work.lock(manager, id);
      await this.work.access(manager, task, actor);
      assertOpen(task);
      const now = new Date();
      await manager.save(Object.assign(task, { cancelledAt: now, cancelReason: reason, updatedAt: now }));
      await emit({ kind: 'cancelled', taskId: id });
      return this.responseOf(manager, id, now, actor);
    });
  }

  /**
   * Posts a progress update. From the lead department (or the office) it sets
   * the task's percent and, with `completed`, completes the task. From a
   * cooperating department it is a note: recorded with a null percent, it moves
   * neither the percent nor the status. With `reportedByUnit`, the service
   * records a report the lead unit made (the demo data): the update names the
   * lead unit, and a completion waits for the office's confirmation.
   */
  async addProgress(
    id: number,
    dto: AddProgressDto,
    actor: Actor,
    options: { reportedByUnit?: boolean; recordedAt?: Date } = {},
  ): Promise<TaskProgressResponse> {
    return this.work.run(async (manager, emit) => {
      const task = await this.work.lock(manager, id);
      const access = await this.work.access(manager, task, actor);
      if (dto.completed) assertCanComplete(actor, access);
      const occurrence = await this.occurrences.resolve(manager, task, dto.occurrenceId);
      assertOpen(task);
      if (occurrence) assertOccurrenceOpen(occurrence);
      // What the update moves: the occurrence of a recurring task, else the task itself.
      const target: Task | TaskOccurrence = occurrence ?? task;
      // Data recorded after the fact (the demo's back-dated session) gives the moment it was reported;
      // the completion rules are checked as of that moment. Updates from the API are made now.
      const now = options.recordedAt ?? new Date();
      const noteOnly = postsNoteOnly(access);
      const completes = dto.completed === true && !noteOnly;
      const percent = noteOnly ? null : completes ? 100 : (dto.percent ?? null);
      const completion = completes
        ? await this.completionOf(manager, task, dto, now, isDepartmentActor(actor) || options.reportedByUnit === true)
        : {};
      const inserted = await manager.insert(TaskProgress, {
        taskId: id,
        occurrenceId: occurrence?.id ?? null,
        percent,
        note: dto.note ?? dto.result ?? '',
        completed: completes,
        // The unit that reports: the caller's own, or the lead unit when the service records a unit's report.
        departmentId: isDepartmentActor(actor)
          ? actor.departmentId
          : options.reportedByUnit === true
            ? task.leadDepartmentId
            : null,
        authorId: actor.userId,
        createdAt: now,
      });
      if (completes || (percent !== null && percent !== target.progressPercent)) {
        await manager.save(
          Object.assign(target, {
            progressPercent: percent ?? target.progressPercent,
            ...completion,
            updatedAt: now,
          }),
        );
        if (occurrence) await this.occurrences.mirror(manager, id);
      }
      const progressId = Number(inserted.identifiers[0].id);
      if (dto.attachmentIds?.length) {
        if (noteOnly) throw fieldError(['attachmentIds', 'only the lead department or the office attaches files']);
        await linkAttachments(manager, id, progressId, dto.attachmentIds);
      }
      await emit({ kind: 'progress', taskId: id });
      if (completes) await emit({ kind: 'completed', taskId: id });
      const progress = await manager.findOneOrFail(TaskProgress, { where: { id: progressId } });
      return toProgressResponse(progress, (await attachmentsOfProgress(manager, [progressId])).get(progressId));
    });
  }

  /**
   * The office confirms a completion a unit reported (awaiting_confirmation):
   * from now on it counts as done, on time or late by its actual date. For a
   * recurring task, the completion of the occurrence named.
   */
  async confirm(id: number, actor: Actor, occurrenceId?: number): Promise<TaskResponse> {
    return this.onReportedCompletion(id, occurrenceId, actor, async (manager, target, now, emit) => {
      await manager.save(Object.assign(target, { confirmedAt: now, updatedAt: now }));
      await emit({ kind: 'completion_confirmed', taskId: id });
    });
  }

  /**
   * The office returns a reported completion with its reason: the task (or the
   * occurrence) reopens (its reminders are planned again under a new deadline
   * version, so nothing cancelled at the completion blocks them) and the unit is told.
   */
  async returnCompletion(id: number, reason: string, actor: Actor, occurrenceId?: number): Promise<TaskResponse> {
    return this.onReportedCompletion(id, occurrenceId, actor, async (manager, target, now, emit) => {
      await manager.insert(TaskProgress, {
        taskId: id,
        occurrenceId: target instanceof TaskOccurrence ? target.id : null,
        percent: null,
        note: `${RETURNED_COMPLETION_NOTE}${reason}`,
        completed: false,
        departmentId: null,
        authorId: actor.userId,
        createdAt: now,
      });
      await manager.save(
        Object.assign(target, {
          completedAt: null,
          completedOn: null,
          completedDayStartAt: null,
          confirmedAt: null,
          deadlineVersion: target.deadlineVersion + 1,
          updatedAt: now,
        }),
      );
      await emit({
        kind: 'completion_returned',
        taskId: id,
        ...(target instanceof TaskOccurrence ? { occurrenceId: target.id } : {}),
      });
      await emit({ kind: 'updated', taskId: id });
    });
  }

  /** The frame of the office's confirm and return: a completion a unit reported and nobody confirmed. */
  private onReportedCompletion(
    id: number,
    occurrenceId: number | undefined,
    actor: Actor,
    act: (manager: EntityManager, target: Task | TaskOccurrence, now: Date, emit: Emit) => Promise<void>,
  ): Promise<TaskResponse> {
    return this.work.run(async (manager, emit) => {
      const task = await this.work.lock(manager, id);
      await this.work.access(manager, task, actor);
      const occurrence = await this.occurrences.resolve(manager, task, occurrenceId);
      if (task.cancelledAt) throw cancelledConflict();
      const target: Task | TaskOccurrence = occurrence ?? task;
      const what = occurrence ? 'Kỳ thực hiện này của nhiệm vụ' : 'Nhiệm vụ';
      if (!target.completedAt) {
        throw ruleConflict(
          'no_completion',
          `${what} chưa được báo cáo hoàn thành, không có báo cáo hoàn thành để xác nhận hoặc trả lại`,
        );
      }
      if (target.confirmedAt) {
        throw ruleConflict('completion_confirmed', `${what} đã được Văn phòng xác nhận hoàn thành`);
      }
      const now = new Date();
      await act(manager, target, now, emit);
      if (occurrence) await this.occurrences.mirror(manager, id);
      return this.responseOf(manager, id, now, actor);
    });
  }

  /** The columns a completion sets, after checking its actual date. */
  private async completionOf(
    manager: EntityManager,
    task: Task,
    dto: AddProgressDto,
    now: Date,
    byUnit: boolean,
  ): Promise<Partial<Task>> {
    const zone = this.config.timeZone;
    const today = localDateOf(now, zone);
    const completedOn = dto.completedOn ?? today;
    if (completedOn > today) throw fieldError(['completedOn', 'must not be in the future']);
    const assignedOn = (await this.documentOf(manager, task.documentId)).issuedOn;
    if (completedOn < assignedOn) {
      throw fieldError(['completedOn', `must not be before the assignment date ${assignedOn}`]);
    }
    const earliest = addCalendarDays(today, -this.config.completionBackdateDays);
    if (completedOn < earliest) {
      throw fieldError([
        'completedOn',
        `must be at most ${this.config.completionBackdateDays} days before today (COMPLETION_BACKDATE_DAYS)`,
      ]);
    }
    return {
      completedAt: now,
      completedOn,
      completedDayStartAt: new Date(endOfLocalDay(addCalendarDays(completedOn, -1), zone).getTime() + 1),
      // A completion the office records itself is confirmed at once.
      confirmedAt: byUnit && this.config.confirmCompletion ? null : now,
      result: dto.result ?? dto.note ?? null,
      resultDocument: dto.resultDocument
        ? { number: dto.resultDocument.number ?? null, issuedOn: dto.resultDocument.issuedOn ?? null }
        : null,
      difficulties: dto.difficulties || null,
    };
  }

  async listProgress(id: number, query: PageQuery, actor: Actor): Promise<Page<TaskProgressResponse>> {
    await this.assertVisible(id, actor);
    const [rows, total] = await this.dataSource.manager.findAndCount(TaskProgress, {
      where: { taskId: id },
      order: { id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    const attachments = await attachmentsOfProgress(
      this.dataSource.manager,
      rows.map((r) => r.id),
    );
    return pageOf(
      rows.map((r) => toProgressResponse(r, attachments.get(r.id))),
      total,
      query,
    );
  }

  /**
   * The occurrences of a recurring task in deadline order, each with what the
   * caller may do to it (allowedActions, by the rules of a task's actions); an
   * empty list for any other kind.
   */
  async listOccurrences(id: number, actor: Actor): Promise<TaskOccurrenceResponse[]> {
    const manager = this.dataSource.manager;
    const task = await manager.findOne(Task, { where: { id } });
    if (!task) throw new NotFoundException(`Task ${id} not found`);
    const access = await this.work.access(manager, task, actor);
    if (task.kind !== 'recurring') return [];
    const rows = await manager.find(TaskOccurrence, { where: { taskId: id }, order: { dueAt: 'ASC', id: 'ASC' } });
    const pending = new Set(
      (
        await manager.find(TaskExtension, { where: { taskId: id, status: 'pending' }, select: { occurrenceId: true } })
      ).map((e) => e.occurrenceId),
    );
    const decides = decidesExtension(actor, await this.decisionFacts(manager, task, actor));
    const now = new Date();
    return rows.map((occurrence) => {
      const open = occurrence.completedAt === null && task.cancelledAt === null;
      const actions = allowedTaskActions({
        role: actor.role,
        access,
        open,
        awaitingConfirmation:
          occurrence.completedAt !== null && occurrence.confirmedAt === null && task.cancelledAt === null,
        hasDeadline: true,
        pendingExtension: pending.has(occurrence.id),
        decidesExtension: decides,
        extensionRulesMet: open && this.extensionRulesMet(occurrence, now),
      }).filter((action) => action !== 'edit' && action !== 'cancel');
      return this.occurrences.toResponse(occurrence, task, now, actions);
    });
  }

  /** The extension rules a request would meet now (deadline with its grace days, EXTENSION_MAX). */
  extensionRulesMet(deadline: { dueAt: Date | null; extensionCount: number }, now: Date): boolean {
    if (!deadline.dueAt) return false;
    const settings = {
      graceDays: this.config.extensions.graceDays,
      maxExtensions: this.config.extensions.max,
      zone: this.config.timeZone,
    };
    return (
      now.getTime() <= lastRequestInstant(deadline.dueAt, settings).getTime() &&
      deadline.extensionCount < settings.maxExtensions
    );
  }

  async listDeadlineChanges(id: number, query: PageQuery, actor: Actor): Promise<Page<DeadlineChangeResponse>> {
    await this.assertVisible(id, actor);
    const [rows, total] = await this.dataSource.manager.findAndCount(TaskDeadlineChange, {
      where: { taskId: id },
      order: { id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    return pageOf(rows.map(toDeadlineChangeResponse), total, query);
  }

  /** 404 unless the task exists and the actor may see it. */
  async assertVisible(id: number, actor: Actor): Promise<void> {
    const manager = this.dataSource.manager;
    const task = await manager.findOne(Task, { where: { id }, select: { id: true, leadDepartmentId: true } });
    if (!task) throw new NotFoundException(`Task ${id} not found`);
    await this.work.access(manager, task, actor);
  }

  /** The task as the API answers it, read through `manager` (inside a transaction, its own writes). */
  async responseOf(manager: EntityManager, id: number, now = new Date(), actor: Actor): Promise<TaskResponse> {
    const [response] = await this.responsesOf(manager, [id], now, actor);
    if (!response) throw new NotFoundException(`Task ${id} not found`);
    return response;
  }

  /**
   * The tasks `ids` as the API answers them, in that order, with what each
   * carries besides its row (cooperating departments, document, leader, the
   * caller's allowed actions): one query for a page's rows, no entities built.
   * The tasks are ones the actor may see.
   */
  private async responsesOf(manager: EntityManager, ids: number[], now: Date, actor: Actor): Promise<TaskResponse[]> {
    if (ids.length === 0) return [];
    const rows = await this.repository.rows(ids, manager);
    const leaderTitle = await this.leaderTitleOf(manager, actor);
    return rows.map(({ task, document, leader, supportDepartmentIds, pendingExtension }) => {
      // The tasks are ones the actor sees: a department that does not lead one cooperates on it.
      const access = taskAccessOf(actor, task.leadDepartmentId, true)!;
      const view: TaskView = {
        supportDepartmentIds,
        document,
        leader,
        allowedActions: allowedTaskActions({
          role: actor.role,
          access,
          open: task.completedAt === null && task.cancelledAt === null,
          awaitingConfirmation: task.completedAt !== null && task.confirmedAt === null && task.cancelledAt === null,
          hasDeadline: task.dueAt !== null,
          pendingExtension,
          extensionRulesMet: this.extensionRulesMet(task, now),
          decidesExtension: decidesExtension(actor, {
            leaderTitle,
            taskLeaderId: task.leaderId,
            officeDecides: this.config.officeDecidesExtensions,
          }),
        }),
      };
      return toTaskResponse(task, view, now, this.config.dueSoonDays);
    });
  }

  /** What decides whether `actor` may decide the task's extension requests. */
  async decisionFacts(manager: EntityManager, task: Task, actor: Actor): Promise<ExtensionDecisionFacts> {
    return {
      leaderTitle: await this.leaderTitleOf(manager, actor),
      taskLeaderId: task.leaderId,
      officeDecides: this.config.officeDecidesExtensions,
    };
  }

  private async leaderTitleOf(manager: EntityManager, actor: Actor): Promise<ExtensionDecisionFacts['leaderTitle']> {
    if (actor.role !== 'leader') return null;
    const user = await manager.findOne(User, { where: { id: actor.userId }, select: { id: true, leaderTitle: true } });
    return user?.leaderTitle ?? null;
  }

  /** The date of a deadline: the given date, or the local date of the instant. */
  private deadlineDate(deadline: Deadline): string | null {
    if (deadline.dueDate) return deadline.dueDate;
    return deadline.dueAt ? localDateOf(deadline.dueAt, this.config.timeZone) : null;
  }

  /** Records the deadline being replaced by `next` and the new one, in the task's history. */
  async recordDeadlineChange(
    manager: EntityManager,
    task: Task,
    next: Deadline,
    change: {
      source: 'edit' | 'extension';
      reason: string | null;
      changedById: number | null;
      at: Date;
      extensionId?: number;
    },
  ): Promise<void> {
    await manager.insert(TaskDeadlineChange, {
      taskId: task.id,
      previousDueDate: task.dueDate,
      previousDueAt: task.dueAt,
      newDueDate: next.dueDate,
      newDueAt: next.dueAt,
      deadlineVersion: task.deadlineVersion + 1,
      source: change.source,
      extensionId: change.extensionId ?? null,
      reason: change.reason,
      changedById: change.changedById,
      changedAt: change.at,
    });
  }

  /** The assigning document a body names; unknown → 400 on documentId. */
  private async documentOf(manager: EntityManager, id: number): Promise<AssigningDocument> {
    const document = await manager.findOne(AssigningDocument, { where: { id } });
    if (!document) throw fieldError(['documentId', `document ${id} does not exist`]);
    return document;
  }

  private async assertLeader(manager: EntityManager, id: number): Promise<void> {
    const user = await manager.findOne(User, { where: { id }, select: { id: true, role: true, active: true } });
    if (!user || user.role !== 'leader' || !user.active) {
      throw fieldError(['leaderId', `user ${id} is not an active leader account`]);
    }
  }

  private async assertActiveDepartment(manager: EntityManager, id: number): Promise<void> {
    const department = await manager.findOne(Department, { where: { id }, select: { id: true, active: true } });
    if (!department) throw fieldError(['leadDepartmentId', `department ${id} does not exist`]);
    if (!department.active) throw fieldError(['leadDepartmentId', `department ${id} is not active`]);
  }

  private async assertDepartmentsExist(manager: EntityManager, ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await manager.find(Department, {
      where: { id: In(ids) },
      select: { id: true, successorId: true },
    });
    const missing = ids.filter((id) => !found.some((d) => d.id === id));
    if (missing.length > 0) {
      throw fieldError(['supportDepartmentIds', `departments ${missing.join(', ')} do not exist`]);
    }
    // A unit merged into another takes part in no new task: its successor does.
    const merged = found.filter((d) => d.successorId !== null);
    if (merged.length > 0) {
      throw fieldError([
        'supportDepartmentIds',
        merged.map((d) => `department ${d.id} was merged into department ${d.successorId}`).join('; '),
      ]);
    }
  }

  private async assertSessionExists(manager: EntityManager, id: number): Promise<void> {
    if (!(await manager.exists(MeetingSession, { where: { id } }))) {
      throw fieldError(['sessionId', `session ${id} does not exist`]);
    }
  }
}

/**
 * The kind a task gets from the request and its deadline: deadline with one,
 * standing without; a kind that contradicts the deadline is a 400.
 */
export function kindFor(requested: TaskKind | undefined, deadline: Deadline): TaskKind {
  const has = deadline.dueAt !== null;
  if (requested === undefined) return has ? 'deadline' : 'standing';
  if (requested === 'deadline' && !has) {
    throw fieldError(['dueDate', 'a deadline task needs dueDate, dueAt or workingDays']);
  }
  if (requested === 'standing' && has) {
    throw fieldError(['kind', 'a standing task (thường xuyên) has no deadline; remove dueDate, dueAt and workingDays']);
  }
  return requested;
}

/**
 * The rule of a new recurring task: given, without a deadline, ending no
 * earlier than the assignment date and calling for at least one occurrence.
 */
function checkRecurrence(dto: CreateTaskDto, assignedOn: string, zone: string, now: Date): void {
  const given = (['dueDate', 'dueAt', 'workingDays'] as const).filter((f) => dto[f] != null);
  if (given.length > 0) {
    throw fieldError(
      ...given.map((f): [string, string] => [f, 'a recurring task has no deadline of its own; its occurrences do']),
    );
  }
  const rule = dto.recurrence;
  if (rule == null) throw fieldError(['recurrence', 'a recurring task needs its rule { every, day, until }']);
  if (rule.every === 'week' && rule.day > 7) {
    throw fieldError(['recurrence.day', 'a weekly rule’s day is the weekday: 1 (Monday) to 7 (Sunday)']);
  }
  if (rule.until != null && rule.until < assignedOn) {
    throw fieldError(['recurrence.until', `must not be before the assignment date ${assignedOn}`]);
  }
  const rules = { every: rule.every, day: rule.day, until: rule.until ?? null };
  if (occurrenceSlots(rules, assignedOn, generationEnd(rules, now, zone)).length === 0) {
    throw fieldError(['recurrence.until', 'no occurrence falls between the assignment date and this date']);
  }
}

/** Checks of a new task that need no database; the rest run inside its transaction. */
function checkNewTask(dto: CreateTaskDto): void {
  if ((dto.supportDepartmentIds ?? []).includes(dto.leadDepartmentId)) {
    throw fieldError(['supportDepartmentIds', 'must not contain the lead department']);
  }
}

export function searchTextOf(title: string, description: string | null): string {
  return foldVietnamese(`${title} ${description ?? ''}`);
}

/** A completed occurrence of a recurring task changes no more, until the office returns its completion. */
export function assertOccurrenceOpen(occurrence: Pick<TaskOccurrence, 'completedAt'>): void {
  if (occurrence.completedAt) {
    throw ruleConflict(
      'occurrence_completed',
      'Kỳ thực hiện này của nhiệm vụ đã được báo cáo hoàn thành, không thay đổi được nữa',
    );
  }
}

/**
 * Completed and cancelled tasks are closed: nothing about them changes any more. The refusals (409, `task_cancelled`,
 * `task_completed`) are worded for the clerk whose page was opened before another user closed the task.
 */
export function assertOpen(task: Pick<Task, 'cancelledAt' | 'completedAt'>): void {
  if (task.cancelledAt) throw cancelledConflict();
  if (task.completedAt) {
    throw ruleConflict(
      'task_completed',
      'Nhiệm vụ đã được báo cáo hoàn thành, không thay đổi được nữa (Văn phòng có thể trả lại báo cáo hoàn thành)',
    );
  }
}

function cancelledConflict() {
  return ruleConflict('task_cancelled', 'Nhiệm vụ đã dừng thực hiện, không thay đổi được nữa');
}

/** Renames the fields of a 400 raised for one task of a batch: `dueDate` → `tasks[2].dueDate`. */
function prefixed(prefix: string, error: unknown): unknown {
  if (!(error instanceof BadRequestException)) return error;
  const body = error.getResponse() as { message?: unknown; errors?: Array<{ field: string; message: string }> };
  if (!Array.isArray(body.errors)) return error;
  return fieldError(...body.errors.map((e): [string, string] => [`${prefix}${e.field}`, e.message]));
}

function withFieldPrefix<T>(prefix: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw prefixed(prefix, error);
  }
}

async function withFieldPrefixAsync<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw prefixed(prefix, error);
  }
}
