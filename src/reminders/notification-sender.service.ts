import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bull';
import { randomUUID } from 'node:crypto';
import { And, DataSource, IsNull, LessThan, LessThanOrEqual, Like, MoreThan, Or, Repository } from 'typeorm';
import { WorkingCalendar } from '../calendar/working-calendar';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { Department } from '../departments/department.entity';
import { deliverableAddresses, messageIdFor, senderDomain } from '../mail/mail-text';
import { describeMailError, isPermanentMailError, Mailer, MailReceipt } from '../mail/mailer.service';
import { JobQueue } from '../queue/job-queue.service';
import { JobPayloads, JOBS } from '../queue/queue.constants';
import { TaskOccurrence } from '../tasks/entities/task-occurrence.entity';
import { Task } from '../tasks/entities/task.entity';
import { occurrenceTitle } from '../tasks/task-occurrences';
import { BatchedWrites } from './batched-writes';
import { DigestService } from './digest.service';
import {
  ComposedMessage,
  composeDigest,
  composeOverdue,
  composeReminder,
  composeSummary,
  MessageContext,
  officeName,
} from './notification-messages';
import { NotificationReason, REMINDER_STALE_AFTER_MS } from './notification-reasons';
import { isTaskEventKind, Notification, TaskEventKind } from './notification.entity';
import { composeTaskEvent, TaskEventFacts } from './task-event-messages';
import { TaskExtension } from '../tasks/entities/task-extension.entity';
import { TaskProgress } from '../tasks/entities/task-progress.entity';
import { RETURNED_COMPLETION_NOTE } from '../tasks/tasks.service';
import { digestPeriodOf } from './reminder-plan';

/** Whether this process runs the queue's processors (WORKER=on, or the worker process). */
export const PROCESS_JOBS = Symbol('PROCESS_JOBS');

type Preparation =
  | { action: 'send'; message: ComposedMessage; recipients: string[] }
  | { action: 'cancel'; reason: NotificationReason }
  | { action: 'skip'; reason: NotificationReason }
  | { action: 'fail'; reason: string };

/** `superseded`: recorded as skipped (see NotificationReason); `skipped`: nothing to do (not pending, claimed elsewhere). */
export type SendOutcome = 'sent' | 'cancelled' | 'superseded' | 'failed' | 'skipped' | 'retry';

/** Writes of a sent message's record tried before giving up (100, 200, 400, 800 ms apart). */
const RECORD_ATTEMPTS = 5;

/** Thrown to make Bull retry a send later, with backoff. */
class RetryLater extends Error {}

/**
 * Sends one notification, exactly once.
 *
 * The job carries only the notification id. The handler reloads the row and
 * what it is about, cancels it if it is no longer due (task completed or
 * cancelled, deadline changed, department off the task), then claims it with a
 * conditional UPDATE (still pending, no live claim): of two workers, two app
 * instances, a retry or a stalled job re-run, only one gets the claim. The claim
 * is a lease, so a worker that dies mid-send does not block the row forever;
 * only the claim holder records the outcome.
 *
 * The one window left: a worker killed after the SMTP server accepted the
 * message and before the "sent" record commits. The row is then still pending;
 * after the lease expires the reconciler queues it again and the message goes
 * out a second time, with the same Message-ID, so mail clients can fold the
 * copies. The same holds when the connection drops after the server accepted
 * the data but before its reply arrived. Closing it would need the SMTP server
 * to deduplicate, which SMTP does not offer.
 */
@Injectable()
export class NotificationSender implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationSender.name);
  private readonly leaseMs: number;
  private readonly domain: string;
  private readonly writes: BatchedWrites;

  constructor(
    @Inject(PROCESS_JOBS) private readonly processJobs: boolean,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly digests: DigestService,
    private readonly calendar: WorkingCalendar,
    private readonly transactions: TransactionRunner,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    // Longer than any single send can take (connection, greeting and data each bounded by SMTP_TIMEOUT_MS).
    this.leaseMs = Math.max(60_000, 4 * config.smtpTimeoutMs);
    this.domain = senderDomain(config.mailFrom);
    this.writes = new BatchedWrites(transactions, dataSource);
  }

  onApplicationBootstrap(): void {
    if (!this.processJobs) {
      this.logger.log('WORKER=off: this instance schedules notifications; a worker process sends them');
      return;
    }
    this.jobs.process(JOBS.send, this.config.workerConcurrency, (job) => this.handleSend(job));
    this.jobs.process(JOBS.digest, 1, (job) => this.handleDigest(job));
  }

  async handleSend(job: Job<JobPayloads['send']>): Promise<SendOutcome> {
    const outcome = await this.send(job.data.notificationId);
    if (outcome === 'retry')
      throw new RetryLater(`Notification ${job.data.notificationId}: delivery failed, retrying later`);
    if (outcome === 'failed') {
      // Recorded as failed in the database; the job is failed too, without further Bull retries.
      await job.discard();
      throw new Error(`Notification ${job.data.notificationId} failed; its error is in GET /api/notifications`);
    }
    return outcome;
  }

  /** The repeatable digest job: its period is the local date it was scheduled for. */
  async handleDigest(job: Job<JobPayloads['digest']>): Promise<string> {
    const firedAt = new Date(Number((job.opts as { prevMillis?: number }).prevMillis ?? job.timestamp));
    const period = digestPeriodOf(firedAt, this.config.timeZone);
    // DIGEST_CRON fires daily; the calendar decides: working days, make-up Saturdays included.
    if (!this.calendar.isWorkingDay(period)) return `${period}: not a working day`;
    const run = await this.digests.run(period);
    return `${run.period}: ${run.planned} planned`;
  }

  async send(notificationId: number, now = new Date()): Promise<SendOutcome> {
    const row = await this.notifications.findOne({ where: { id: notificationId } });
    if (!row || row.status !== 'pending') return 'skipped';
    if (row.claimedUntil && row.claimedUntil.getTime() > now.getTime()) return 'skipped';
    if (row.attempts >= this.config.mailMaxAttempts) {
      return this.settle(row, {
        action: 'fail',
        reason: `${row.error ?? 'delivery failed'} (gave up after ${row.attempts} attempts)`,
      });
    }

    const prepared = await this.prepare(row, now);
    if (prepared.action !== 'send') return this.settle(row, prepared);

    const token = randomUUID();
    const claimed = await this.writes.run((manager) =>
      manager
        .createQueryBuilder()
        .update(Notification)
        .set({
          claimToken: token,
          claimedUntil: new Date(now.getTime() + this.leaseMs),
          attempts: () => '"attempts" + 1',
          recipients: prepared.recipients,
          subject: prepared.message.subject,
        })
        .where({ id: row.id, status: 'pending', claimedUntil: Or(IsNull(), LessThan(now)) })
        .execute(),
    );
    if (claimed.affected !== 1) return 'skipped';

    const messageId = messageIdFor(row.deliveryKey, this.domain);
    let receipt: MailReceipt;
    try {
      receipt = await this.mailer.send({
        ...prepared.message,
        to: prepared.recipients,
        messageId,
        fileKey: row.deliveryKey,
      });
    } catch (error) {
      const attempts = row.attempts + 1;
      const final = isPermanentMailError(error) || attempts >= this.config.mailMaxAttempts;
      const description = describeMailError(error);
      await this.release(row.id, token, final ? 'failed' : 'pending', description);
      if (final) {
        this.logger.error(
          `${row.kind} ${row.deliveryKey} failed for good after ${attempts} attempt(s): ${description}`,
        );
        return 'failed';
      }
      this.logger.warn(
        `${row.kind} ${row.deliveryKey}: attempt ${attempts} failed (${description}); retrying with backoff`,
      );
      return 'retry';
    }

    const rejected = receipt.rejected.length > 0 ? `rejected by the server: ${receipt.rejected.join(', ')}` : null;
    const recorded = await this.recordSent(row, token, messageId, rejected);
    if (recorded === null) return 'sent';
    if (recorded.affected !== 1) {
      this.logger.error(`${row.deliveryKey} was sent but its claim had expired; it may be sent again`);
    }
    return 'sent';
  }

  /**
   * Records a message the server accepted. A failed write (the database busy
   * with another instance, a dropped connection) is tried again at once and a
   * few times after, holding the claim: were the error to reach Bull instead,
   * its retry would find the row still claimed, finish without sending, and the
   * row would wait, pending, for the lease to expire and the next reconcile
   * pass — a message recorded a minute or more after it went, and sent twice.
   */
  private async recordSent(
    row: Notification,
    token: string,
    messageId: string,
    rejected: string | null,
  ): Promise<{ affected?: number } | null> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.writes.run((manager) =>
          manager
            .createQueryBuilder()
            .update(Notification)
            .set({
              status: 'sent',
              sentAt: new Date(),
              messageId,
              error: rejected,
              claimToken: null,
              claimedUntil: null,
            })
            .where({ id: row.id, claimToken: token })
            .execute(),
        );
      } catch (error) {
        if (attempt >= RECORD_ATTEMPTS) {
          this.logger.error(
            `${row.deliveryKey} was sent but could not be recorded (${(error as Error).message}); it may be sent again once its lease expires`,
          );
          return null;
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }

  /** Decides whether the row is still due and, if so, what to send and to whom. */
  private async prepare(row: Notification, now: Date): Promise<Preparation> {
    const context: MessageContext = {
      appUrl: this.config.appUrl,
      timeZone: this.config.timeZone,
      now,
      province: this.config.provinceName,
    };
    if (row.kind === 'summary') {
      const recipients = deliverableAddresses(this.config.officeEmails);
      if (recipients.length === 0) return { action: 'fail', reason: 'OFFICE_EMAILS has no valid address' };
      const summary = await this.digests.officeSummary(now);
      const message = composeSummary(
        summary.counts,
        summary.overdue,
        summary.overdueTotal,
        row.period as string,
        context,
      );
      return { action: 'send', message, recipients };
    }

    if (isTaskEventKind(row.kind)) return this.prepareEvent(row, row.kind, context);

    const department = row.departmentId ? await this.departments.findOne({ where: { id: row.departmentId } }) : null;
    if (!department) return { action: 'cancel', reason: NotificationReason.DepartmentDeleted };
    if (!department.active) return { action: 'cancel', reason: NotificationReason.DepartmentInactive };
    const recipients = deliverableAddresses(department.emails ?? []);

    if (row.kind === 'digest') {
      const items = await this.digests.departmentItems(department.id, now);
      if (items.length === 0) return { action: 'cancel', reason: NotificationReason.NothingToReport };
      if (recipients.length === 0) return { action: 'fail', reason: 'department has no valid notification address' };
      return { action: 'send', message: composeDigest(department, items, row.period as string, context), recipients };
    }

    const task = await this.tasks.findOne({
      where: { id: row.taskId as number },
      relations: { leadDepartment: true, supportDepartments: true },
    });
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
    const role =
      task.leadDepartmentId === department.id
        ? 'lead'
        : task.supportDepartments?.some((d) => d.id === department.id)
          ? 'cooperating'
          : null;
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
      leadDepartmentName: task.leadDepartment?.name ?? '',
    };
    const message =
      row.kind === 'overdue'
        ? composeOverdue(facts, department, context)
        : composeReminder(facts, department, role, context);
    return { action: 'send', message, recipients };
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

  /** Records a decision made without sending; a live claim by another worker wins. */
  private async settle(row: Notification, decision: Exclude<Preparation, { action: 'send' }>): Promise<SendOutcome> {
    const status = decision.action === 'cancel' ? 'cancelled' : decision.action === 'skip' ? 'skipped' : 'failed';
    const now = new Date();
    const result = await this.writes.run((manager) =>
      manager
        .createQueryBuilder()
        .update(Notification)
        .set({ status, error: decision.reason })
        .where({ id: row.id, status: 'pending', claimedUntil: Or(IsNull(), LessThan(now)) })
        .execute(),
    );
    if (result.affected !== 1) return 'skipped';
    if (status === 'skipped') {
      this.logger.log(`${row.kind} ${row.deliveryKey} not sent: ${decision.reason}`);
      return 'superseded';
    }
    if (status === 'failed') this.logger.error(`${row.kind} ${row.deliveryKey} failed: ${decision.reason}`);
    return status;
  }

  private async release(id: number, token: string, status: 'pending' | 'failed', error: string): Promise<void> {
    await this.writes.run((manager) =>
      manager
        .createQueryBuilder()
        .update(Notification)
        .set({ status, error, claimToken: null, claimedUntil: null })
        .where({ id, claimToken: token })
        .execute(),
    );
  }
}
