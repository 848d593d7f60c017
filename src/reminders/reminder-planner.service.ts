import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { WorkingCalendar } from '../calendar/working-calendar';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { Department } from '../departments/department.entity';
import { deliverableAddresses } from '../mail/mail-text';
import { TaskOccurrence } from '../tasks/entities/task-occurrence.entity';
import { Task } from '../tasks/entities/task.entity';
import { occurrenceTitle } from '../tasks/task-occurrences';
import { TaskChange, TaskChangeBus, TaskChangeKind, TaskChangeListener } from '../tasks/task-change-bus';
import { NotificationScheduler } from '../notifications/notification-scheduler.service';
import { composeOverdue, composeReminder, TaskFacts } from './notification-messages';
import { NotificationReason } from '../notifications/notification-reasons';
import { Notification } from '../notifications/notification.entity';
import {
  deliveryKeys,
  parseReminderOffsets,
  PlannedNotification,
  PlanRecipient,
  planTaskNotifications,
  ReminderPolicy,
} from './reminder-plan';
import { rawQuery } from '../database/raw-sql';

/** One deadline a task is reminded of: its own, or one open occurrence's. */
interface PlannedDeadline {
  occurrence: TaskOccurrence | null;
  deadlineVersion: number;
  dueAt: Date;
}

export interface PlanOutcome {
  /** Delivery keys (= job ids) of the notifications this plan cancelled. */
  cancelled: string[];
}

/**
 * The changes that can alter a task's plan. Progress notes, extension requests
 * and decisions do not (an approved extension also publishes deadline_changed,
 * a completing progress update also publishes completed).
 */
const PLANNING_CHANGES = new Set<TaskChangeKind>(['created', 'updated', 'deadline_changed', 'completed', 'cancelled']);

/** Tasks planned per transaction by the catch-up sweep, to keep each transaction short. */
const SWEEP_BATCH = 500;

/**
 * Keeps a task's reminders and overdue notice in line with the task, inside the
 * task's own transaction: planned when it gets a deadline, re-planned when the
 * deadline or the departments change, cancelled when it is completed or
 * cancelled. Jobs are queued only after the commit.
 */
@Injectable()
export class ReminderPlanner implements TaskChangeListener, OnModuleInit {
  private readonly logger = new Logger(ReminderPlanner.name);
  private readonly policy: ReminderPolicy;
  /** Jobs to drop once the change that cancelled their rows has committed. */
  private readonly cancelledByChange = new WeakMap<TaskChange, string[]>();

  constructor(
    private readonly bus: TaskChangeBus,
    private readonly config: AppConfig,
    private readonly scheduler: NotificationScheduler,
    private readonly transactions: TransactionRunner,
    private readonly calendar: WorkingCalendar,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.policy = {
      offsets: parseReminderOffsets(config.reminderOffsets),
      reminderTime: config.reminderTime,
      timeZone: config.timeZone,
      workingDay: (date) => calendar.previousWorkingDay(date),
    };
  }

  onModuleInit(): void {
    this.bus.register(this);
  }

  async inTransaction(manager: EntityManager, change: TaskChange): Promise<void> {
    if (change.kind === 'completion_returned') await this.overdueAfterReturn(manager, change);
    if (!PLANNING_CHANGES.has(change.kind)) return;
    const outcome = await this.planTask(manager, change.taskId);
    if (outcome.cancelled.length > 0) this.cancelledByChange.set(change, outcome.cancelled);
  }

  async afterCommit(change: TaskChange): Promise<void> {
    if (!PLANNING_CHANGES.has(change.kind)) return;
    await this.scheduler.scheduleTask(change.taskId);
    const cancelled = this.cancelledByChange.get(change);
    if (cancelled) await this.scheduler.unschedule(cancelled);
  }

  /**
   * Brings the task's notifications in line with its current state. Idempotent:
   * planning twice creates nothing new (the delivery key is unique).
   */
  planTask(manager: EntityManager, taskId: number, now = new Date()): Promise<PlanOutcome> {
    return this.planTasks(manager, [taskId], now);
  }

  /** planTask for many tasks with a fixed number of queries (the catch-up sweep plans thousands). */
  async planTasks(manager: EntityManager, taskIds: readonly number[], now = new Date()): Promise<PlanOutcome> {
    if (taskIds.length === 0) return { cancelled: [] };
    const tasks = await manager.find(Task, {
      where: { id: In([...taskIds]) },
      relations: { leadDepartment: true, supportDepartments: true },
      relationLoadStrategy: 'query',
    });
    const pending = await manager.find(Notification, {
      where: { taskId: In([...taskIds]), status: 'pending', kind: In(['reminder', 'overdue']) },
      select: { id: true, taskId: true, occurrenceId: true, deliveryKey: true, role: true },
    });
    // A recurring task is reminded of each open occurrence, under the occurrence's own key and deadline version.
    const recurringIds = tasks.filter((task) => task.kind === 'recurring').map((task) => task.id);
    const openOccurrences = new Map<number, TaskOccurrence[]>();
    if (recurringIds.length > 0) {
      const rows = await manager.find(TaskOccurrence, {
        where: { taskId: In(recurringIds), completedAt: IsNull() },
        order: { dueAt: 'ASC', id: 'ASC' },
      });
      for (const row of rows) openOccurrences.set(row.taskId, [...(openOccurrences.get(row.taskId) ?? []), row]);
    }
    const tasksById = new Map(tasks.map((task) => [task.id, task]));
    const pendingByTask = new Map<number, Notification[]>();
    for (const row of pending)
      pendingByTask.set(row.taskId as number, [...(pendingByTask.get(row.taskId as number) ?? []), row]);

    const toCancel = new Map<NotificationReason, Notification[]>();
    const cancel = (rows: Notification[], reason: NotificationReason) =>
      toCancel.set(reason, [...(toCancel.get(reason) ?? []), ...rows]);
    const toInsert: Array<Partial<Notification>> = [];

    for (const taskId of new Set(taskIds)) {
      const task = tasksById.get(taskId);
      const rows = pendingByTask.get(taskId) ?? [];
      if (!task || task.completedAt || task.cancelledAt || !task.dueAt) {
        cancel(rows, closedReason(task));
        continue;
      }
      const departments = new Map<number, Department>();
      const recipients: PlanRecipient[] = [];
      if (task.leadDepartment) {
        departments.set(task.leadDepartmentId, task.leadDepartment);
        recipients.push({ departmentId: task.leadDepartmentId, role: 'lead' });
      }
      for (const department of task.supportDepartments ?? []) {
        if (departments.has(department.id)) continue;
        departments.set(department.id, department);
        recipients.push({ departmentId: department.id, role: 'cooperating' });
      }
      const deadlines: PlannedDeadline[] =
        task.kind === 'recurring'
          ? (openOccurrences.get(task.id) ?? []).map((occurrence) => ({
              occurrence,
              deadlineVersion: occurrence.deadlineVersion,
              dueAt: occurrence.dueAt,
            }))
          : [{ occurrence: null, deadlineVersion: task.deadlineVersion, dueAt: task.dueAt }];
      const planned = deadlines.flatMap((deadline) =>
        planTaskNotifications(
          {
            id: task.id,
            deadlineVersion: deadline.deadlineVersion,
            dueAt: deadline.dueAt,
            occurrenceId: deadline.occurrence?.id ?? null,
          },
          recipients,
          this.policy,
        ).map((plan) => ({ ...plan, deadline })),
      );
      const plannedByKey = new Map(planned.map((plan) => [plan.deliveryKey, plan]));
      const currentTags = deadlines.map(
        (d) => `.t${task.id}${d.occurrence ? `.o${d.occurrence.id}` : ''}.v${d.deadlineVersion}.`,
      );
      const openOccurrenceIds = new Set(deadlines.map((d) => d.occurrence?.id));

      // Anything pending that the current deadline and departments no longer call for.
      for (const row of rows) {
        const plan = plannedByKey.get(row.deliveryKey);
        if (!plan) {
          const sameDeadline = currentTags.some((tag) => row.deliveryKey.includes(tag));
          cancel(
            [row],
            row.occurrenceId && !openOccurrenceIds.has(row.occurrenceId)
              ? NotificationReason.TaskCompleted
              : sameDeadline
                ? NotificationReason.NoLongerApplies
                : NotificationReason.DeadlineChanged,
          );
        } else if (plan.role !== row.role) {
          // A department that moved between lead and cooperating keeps its pending reminders under its new role.
          await manager.update(
            Notification,
            { id: row.id, status: 'pending' },
            { role: plan.role, subject: this.subjectOf(plan, task, departments, now, plan.deadline) },
          );
        }
      }

      // Reminders whose time has passed are not sent late when a task is created or re-planned.
      for (const plan of planned) {
        if (plan.scheduledAt.getTime() <= now.getTime()) continue;
        toInsert.push({
          kind: plan.kind,
          deliveryKey: plan.deliveryKey,
          taskId: task.id,
          occurrenceId: plan.deadline.occurrence?.id ?? null,
          deadlineVersion: plan.deadline.deadlineVersion,
          reminderOffset: plan.reminderOffset,
          departmentId: plan.departmentId,
          role: plan.role,
          period: null,
          recipients: deliverableAddresses(departments.get(plan.departmentId)?.emails ?? []),
          subject: this.subjectOf(plan, task, departments, now, plan.deadline),
          status: 'pending',
          scheduledAt: plan.scheduledAt,
          attempts: 0,
        });
      }
    }

    for (const [reason, rows] of toCancel) {
      for (const ids of chunks(
        rows.map((row) => row.id),
        500,
      )) {
        await manager
          .createQueryBuilder()
          .update(Notification)
          .set({ status: 'cancelled', error: reason })
          .where({ id: In(ids), status: 'pending' })
          .execute();
      }
    }
    for (const values of chunks(toInsert, 200)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(values)
        .orIgnore()
        // Rows already planned are skipped; TypeORM must not try to read back ids it did not generate.
        .updateEntity(false)
        .execute();
    }
    // A department taken off the task and put back gets its future reminders again.
    for (const keys of chunks(
      toInsert.map((row) => row.deliveryKey as string),
      500,
    )) {
      await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ status: 'pending', error: null, attempts: 0 })
        .where({ deliveryKey: In(keys), status: 'cancelled', sentAt: IsNull() })
        .execute();
    }
    return { cancelled: [...toCancel.values()].flat().map((row) => row.deliveryKey) };
  }

  /**
   * A completion returned after the deadline: the lead unit gets one overdue
   * notice now, unless one was ever sent for the task (or for the occurrence
   * returned). Its key carries the deadline version the return bumped, so the
   * notice cancelled at the completion does not block it; the re-plan that
   * follows the return keeps it, as the overdue notice of the current version.
   */
  private async overdueAfterReturn(manager: EntityManager, change: TaskChange, now = new Date()): Promise<void> {
    const task = await manager.findOne(Task, { where: { id: change.taskId }, relations: { leadDepartment: true } });
    if (!task || task.cancelledAt || !task.leadDepartment) return;
    const occurrence = change.occurrenceId
      ? await manager.findOne(TaskOccurrence, { where: { id: change.occurrenceId } })
      : null;
    const deadline = occurrence ?? task;
    if (deadline.completedAt || !deadline.dueAt || deadline.dueAt.getTime() >= now.getTime()) return;
    const sent = await manager.exists(Notification, {
      where: { taskId: task.id, occurrenceId: occurrence ? occurrence.id : IsNull(), kind: 'overdue', status: 'sent' },
    });
    if (sent) return;
    const plan: PlannedNotification = {
      kind: 'overdue',
      deliveryKey: deliveryKeys.overdue(task.id, deadline.deadlineVersion, task.leadDepartmentId, occurrence?.id),
      departmentId: task.leadDepartmentId,
      role: 'lead',
      reminderOffset: null,
      scheduledAt: now,
    };
    const departments = new Map([[task.leadDepartmentId, task.leadDepartment]]);
    await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({
        kind: plan.kind,
        deliveryKey: plan.deliveryKey,
        taskId: task.id,
        occurrenceId: occurrence?.id ?? null,
        deadlineVersion: deadline.deadlineVersion,
        reminderOffset: null,
        departmentId: plan.departmentId,
        role: plan.role,
        period: null,
        recipients: deliverableAddresses(task.leadDepartment.emails ?? []),
        subject: this.subjectOf(plan, task, departments, now, {
          occurrence,
          deadlineVersion: deadline.deadlineVersion,
          dueAt: deadline.dueAt,
        }),
        status: 'pending',
        scheduledAt: now,
        attempts: 0,
      })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  /**
   * Plans open tasks with a future deadline that have nothing planned for their
   * current deadline: tasks written before this feature existed, by the seed, or
   * by a bulk import that bypassed TaskService. Returns the ids of the new rows.
   */
  async planUnplannedTasks(now = new Date()): Promise<number> {
    let planned = 0;
    let after = 0;
    for (;;) {
      const batch = await rawQuery<{ id: number }>(
        this.dataSource.manager,
        `SELECT t.id FROM tasks t
          WHERE t.id > :after AND t."completedAt" IS NULL AND t."cancelledAt" IS NULL AND t."dueAt" > :now
            AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n."taskId" = t.id AND n."deadlineVersion" = t."deadlineVersion")
          ORDER BY t.id LIMIT ${SWEEP_BATCH}`,
        { after, now },
      );
      if (batch.length === 0) break;
      after = Number(batch[batch.length - 1].id);
      await this.transactions.run((manager) =>
        this.planTasks(
          manager,
          batch.map((row) => Number(row.id)),
          now,
        ),
      );
      planned += batch.length;
    }
    if (planned > 0)
      this.logger.log(`Planned reminders for ${planned} task(s) that had none for their current deadline`);
    return planned;
  }

  private subjectOf(
    plan: PlannedNotification,
    task: Task,
    departments: Map<number, Department>,
    now: Date,
    deadline?: PlannedDeadline,
  ): string {
    const occurrence = deadline?.occurrence;
    const facts: TaskFacts = {
      id: task.id,
      title: occurrence ? occurrenceTitle(task.title, occurrence) : task.title,
      dueAt: occurrence ? occurrence.dueAt : (task.dueAt as Date),
      dueDate: occurrence ? occurrence.dueDate : task.dueDate,
      leadDepartmentName: task.leadDepartment?.name ?? '',
    };
    const department = { name: departments.get(plan.departmentId)?.name ?? '' };
    // The subject as it will read when sent: the time left is measured from the planned time.
    const context = {
      appUrl: this.config.appUrl,
      timeZone: this.config.timeZone,
      now: plan.scheduledAt > now ? plan.scheduledAt : now,
      province: this.config.provinceName,
    };
    return plan.kind === 'overdue'
      ? composeOverdue(facts, department, context).subject
      : composeReminder(facts, department, plan.role, context).subject;
  }
}

function closedReason(task: Task | undefined): NotificationReason {
  if (!task) return NotificationReason.TaskDeleted;
  if (task.cancelledAt) return NotificationReason.TaskCancelled;
  if (task.completedAt) return NotificationReason.TaskCompleted;
  return NotificationReason.DeadlineRemoved;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
