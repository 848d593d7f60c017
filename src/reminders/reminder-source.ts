import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, In, IsNull, LessThanOrEqual, Like, MoreThan, Repository } from 'typeorm';
import { WorkingCalendar } from '../calendar/working-calendar';
import { AppConfig } from '../config/app-config';
import { Department } from '../departments/department.entity';
import { deliverableAddresses } from '../mail/mail-text';
import { NotificationReason, REMINDER_STALE_AFTER_MS } from '../notifications/notification-reasons';
import { NotificationSource, Preparation } from '../notifications/notification-source';
import { isTaskEventKind, Notification, TaskEventKind } from '../notifications/notification.entity';
import { TaskExtension } from '../tasks/entities/task-extension.entity';
import { TaskOccurrence } from '../tasks/entities/task-occurrence.entity';
import { TaskProgress } from '../tasks/entities/task-progress.entity';
import { Task } from '../tasks/entities/task.entity';
import { occurrenceTitle } from '../tasks/task-occurrences';
import { TaskRepository } from '../tasks/task.repository';
import { RETURNED_COMPLETION_NOTE } from '../tasks/tasks.service';
import { DigestService } from './digest.service';
import {
  composeDigest,
  composeOverdue,
  composeReminder,
  composeSummary,
  DigestItem,
  MessageContext,
  officeName,
} from './notification-messages';
import { digestPeriodOf } from './reminder-plan';
import { ReminderPlanner } from './reminder-planner.service';
import { composeTaskEvent, TaskEventFacts } from './task-event-messages';

/**
 * What the reminders feature tells delivery: when a row falls due, whether it
 * still says something true (the task still open, the deadline unchanged, the
 * department still on it, the reminder not overtaken) and what it says; the
 * catch-up plan the reconciler runs first; and the morning digest job.
 */
@Injectable()
export class ReminderSource extends NotificationSource {
  constructor(
    private readonly config: AppConfig,
    private readonly planner: ReminderPlanner,
    private readonly digests: DigestService,
    private readonly calendar: WorkingCalendar,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    private readonly taskRows: TaskRepository,
  ) {
    super();
  }

  planMissing(): Promise<number> {
    return this.planner.planUnplannedTasks();
  }

  /** The repeatable digest job: its period is the local date it was scheduled for. */
  async runDigest(firedAt: Date): Promise<string> {
    const period = digestPeriodOf(firedAt, this.config.timeZone);
    // DIGEST_CRON fires daily; the calendar decides: working days, make-up Saturdays included.
    if (!this.calendar.isWorkingDay(period)) return `${period}: not a working day`;
    const run = await this.digests.run(period);
    return `${run.period}: ${run.planned} planned`;
  }

  /**
   * A batch of a period's rows: the departments of its digests in one query,
   * their items in one more (see DigestService.itemsByDepartment), the office
   * summary once. Other rows are prepared one by one.
   */
  override async prepareAll(rows: readonly Notification[], now: Date): Promise<Preparation[]> {
    const context = this.contextAt(now);
    const digestRows = rows.filter((row) => row.kind === 'digest' && row.departmentId !== null);
    const departments = new Map(
      digestRows.length === 0
        ? []
        : (await this.departments.findBy({ id: In(digestRows.map((row) => row.departmentId as number)) })).map(
            (department) => [department.id, department] as const,
          ),
    );
    const items = await this.digests.itemsByDepartment(
      [...departments.values()].filter((department) => department.active).map((department) => department.id),
      now,
    );
    const out: Preparation[] = [];
    for (const row of rows) {
      if (row.kind === 'digest') {
        const department = row.departmentId === null ? null : (departments.get(row.departmentId) ?? null);
        out.push(this.digestOf(row, department, department ? (items.get(department.id) ?? []) : [], context));
      } else if (row.kind === 'summary') {
        out.push(await this.summaryOf(row, context));
      } else {
        out.push(await this.prepare(row, now));
      }
    }
    return out;
  }

  /** Decides whether the row is still due and, if so, what to send and to whom. */
  async prepare(row: Notification, now: Date): Promise<Preparation> {
    const context = this.contextAt(now);
    if (row.kind === 'summary') return this.summaryOf(row, context);

    if (isTaskEventKind(row.kind)) return this.prepareEvent(row, row.kind, context);

    if (row.kind === 'digest') {
      const department = row.departmentId ? await this.departments.findOne({ where: { id: row.departmentId } }) : null;
      const items = department?.active ? await this.digests.departmentItems(department.id, now) : [];
      return this.digestOf(row, department, items, context);
    }
    // A reminder or an overdue notice: the department, the task and the department's role on it in one read.
    const notice = row.departmentId ? await this.taskRows.noticeFacts(row.taskId as number, row.departmentId) : null;
    if (!notice) return { action: 'cancel', reason: NotificationReason.DepartmentDeleted };
    const { department, task, role } = notice;
    if (!department.active) return { action: 'cancel', reason: NotificationReason.DepartmentInactive };
    const recipients = deliverableAddresses(department.emails ?? []);

    if (!task) return { action: 'cancel', reason: NotificationReason.TaskDeleted };
    if (task.cancelledAt) return { action: 'cancel', reason: NotificationReason.TaskCancelled };
    // A reminder of one occurrence of a recurring task follows that occurrence, not the task row.
    const occurrence = row.occurrenceId
      ? await this.notifications.manager.findOne(TaskOccurrence, { where: { id: row.occurrenceId } })
      : null;
    if (row.occurrenceId && !occurrence) return { action: 'cancel', reason: NotificationReason.TaskDeleted };
    const deadline = occurrence ?? task;
    if (deadline.completedAt) return { action: 'cancel', reason: NotificationReason.TaskCompleted };
    if (!deadline.dueAt || deadline.deadlineVersion !== row.deadlineVersion)
      return { action: 'cancel', reason: NotificationReason.DeadlineChanged };
    if (!role || (row.kind === 'overdue' && role !== 'lead')) {
      return { action: 'cancel', reason: NotificationReason.DepartmentLeft };
    }
    if (row.kind === 'reminder' && row.attempts === 0) {
      const superseded = await this.supersededReminder(row, deadline.dueAt, now);
      if (superseded) return { action: 'skip', reason: superseded };
    }
    if (recipients.length === 0) return { action: 'fail', reason: 'department has no valid notification address' };
    const facts = {
      id: task.id,
      title: occurrence ? occurrenceTitle(task.title, occurrence) : task.title,
      dueAt: deadline.dueAt,
      dueDate: deadline.dueDate,
      leadDepartmentName: notice.leadDepartmentName,
    };
    const message =
      row.kind === 'overdue'
        ? composeOverdue(facts, department, context)
        : composeReminder(facts, department, role, context);
    return { action: 'send', message, recipients };
  }

  private contextAt(now: Date): MessageContext {
    return { appUrl: this.config.appUrl, timeZone: this.config.timeZone, now, province: this.config.provinceName };
  }

  private async summaryOf(row: Notification, context: MessageContext): Promise<Preparation> {
    const recipients = deliverableAddresses(this.config.officeEmails);
    if (recipients.length === 0) return { action: 'fail', reason: 'OFFICE_EMAILS has no valid address' };
    const summary = await this.digests.officeSummary(context.now);
    const message = composeSummary(
      summary.counts,
      summary.overdue,
      summary.overdueTotal,
      row.period as string,
      context,
    );
    return { action: 'send', message, recipients };
  }

  /** A department's digest, from its items read beforehand. */
  private digestOf(
    row: Notification,
    department: Department | null,
    items: readonly DigestItem[],
    context: MessageContext,
  ): Preparation {
    if (!department) return { action: 'cancel', reason: NotificationReason.DepartmentDeleted };
    if (!department.active) return { action: 'cancel', reason: NotificationReason.DepartmentInactive };
    if (items.length === 0) return { action: 'cancel', reason: NotificationReason.NothingToReport };
    const recipients = deliverableAddresses(department.emails ?? []);
    if (recipients.length === 0) return { action: 'fail', reason: 'department has no valid notification address' };
    return { action: 'send', message: composeDigest(department, items, row.period as string, context), recipients };
  }

  /** The reason the office gave for the latest return of the task's completion. */
  private async returnReasonOf(taskId: number): Promise<string | null> {
    const entry = await this.notifications.manager.findOne(TaskProgress, {
      where: { taskId, note: Like(`${RETURNED_COMPLETION_NOTE}%`), departmentId: IsNull() },
      order: { id: 'DESC' },
    });
    return entry ? entry.note.slice(RETURNED_COMPLETION_NOTE.length) : null;
  }

  /** An event e-mail (task assigned, deadline changed, extension requested…): to the units, the office or a leader. */
  private async prepareEvent(row: Notification, kind: TaskEventKind, context: MessageContext): Promise<Preparation> {
    const task = await this.tasks.findOne({
      where: { id: row.taskId as number },
      relations: { leadDepartment: true },
    });
    if (!task) return { action: 'cancel', reason: NotificationReason.TaskDeleted };
    if ((kind === 'assigned' || kind === 'deadline_moved') && task.cancelledAt)
      return { action: 'cancel', reason: NotificationReason.TaskCancelled };
    let to: string;
    let recipients: string[];
    if (row.role === 'office') {
      to = `Lãnh đạo ${officeName(context.province)}`;
      recipients = deliverableAddresses(this.config.officeEmails);
      if (recipients.length === 0) return { action: 'fail', reason: 'OFFICE_EMAILS has no valid address' };
    } else if (row.role === 'leader') {
      to = 'Lãnh đạo UBND';
      recipients = deliverableAddresses(row.recipients);
      if (recipients.length === 0) return { action: 'fail', reason: 'the leader has no valid address' };
    } else {
      const department = row.departmentId ? await this.departments.findOne({ where: { id: row.departmentId } }) : null;
      if (!department) return { action: 'cancel', reason: NotificationReason.DepartmentDeleted };
      if (!department.active) return { action: 'cancel', reason: NotificationReason.DepartmentInactive };
      to = department.name;
      recipients = deliverableAddresses(department.emails ?? []);
      if (recipients.length === 0) return { action: 'fail', reason: 'department has no valid notification address' };
    }
    const extensionId = /\.x(\d+)\./.exec(row.deliveryKey)?.[1];
    const extension = extensionId
      ? await this.notifications.manager.findOne(TaskExtension, { where: { id: Number(extensionId) } })
      : null;
    const facts: TaskEventFacts = {
      id: task.id,
      title: task.title,
      dueAt: task.dueAt ?? new Date(0),
      dueDate: task.dueDate,
      leadDepartmentName: task.leadDepartment?.name ?? '',
      role: row.role === 'department' ? 'lead' : row.role,
      cancelReason: task.cancelReason,
      completedOn: task.completedOn,
      extension,
      returnReason: kind === 'done_returned' ? await this.returnReasonOf(task.id) : null,
    };
    return { action: 'send', message: composeTaskEvent(kind, facts, to, context), recipients };
  }

  /**
   * After an outage, send what is still true. Checked when a reminder is first
   * due (a retry of one already decided goes on): past the deadline it is
   * superseded by the overdue notice; with a later reminder of the same task and
   * recipient also due, only the later one goes.
   */
  private async supersededReminder(row: Notification, dueAt: Date, now: Date): Promise<NotificationReason | null> {
    if (now.getTime() - dueAt.getTime() > REMINDER_STALE_AFTER_MS) return NotificationReason.DeadlinePassed;
    const later = await this.notifications.exists({
      where: {
        kind: 'reminder',
        status: 'pending',
        taskId: row.taskId as number,
        occurrenceId: row.occurrenceId ?? IsNull(),
        deadlineVersion: row.deadlineVersion as number,
        departmentId: row.departmentId as number,
        scheduledAt: And(MoreThan(row.scheduledAt), LessThanOrEqual(now)),
      },
    });
    return later ? NotificationReason.LaterReminderDue : null;
  }
}
