import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatCalendarDate } from '../common/time/zoned-time';
import { TransactionRunner } from '../database/transaction-runner';
import { deliverableAddresses, headerText } from '../mail/mail-text';
import { NotificationScheduler } from '../notifications/notification-scheduler.service';
import { TaskStatus } from '../tasks/task-status';
import { TaskRepository, UrgentTaskRow } from '../tasks/task.repository';
import { DepartmentCounts, DIGEST_LIST_LIMIT, DigestItem, TaskFacts } from './notification-messages';
import { Notification } from '../notifications/notification.entity';
import { countOf, instantOf } from '../database/raw-sql';
import { deliveryKeys, digestPeriodOf } from './reminder-plan';

export interface DigestRun {
  period: string;
  /** Digests and summaries recorded by this run (0 when the period had already been planned). */
  planned: number;
  /** Pending ones of the period handed to the queue now (0 while Redis is unreachable). */
  queued: number;
}

export interface OfficeSummary {
  counts: DepartmentCounts[];
  overdue: TaskFacts[];
  overdueTotal: number;
}

/**
 * The morning digest. Planning records one digest per department that has
 * overdue or due-soon tasks and one summary for the office, keyed by period, so
 * running a period again adds nothing; the content is read when the messages are
 * sent, with one set-based query for each batch of departments (see PeriodSender).
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly scheduler: NotificationScheduler,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: TaskRepository,
  ) {}

  currentPeriod(now = new Date()): string {
    return digestPeriodOf(now, this.config.timeZone);
  }

  /** Plans the period's digests (once per recipient, however often it runs) and queues them. */
  async run(period = this.currentPeriod(), now = new Date()): Promise<DigestRun> {
    const planned = await this.transactions.run((manager) => this.plan(manager, period, now));
    const pending = await this.dataSource.getRepository(Notification).find({
      where: { period, status: 'pending', kind: In(['digest', 'summary']) },
      select: { id: true, deliveryKey: true, scheduledAt: true, period: true },
    });
    let queued = 0;
    try {
      if (this.scheduler.available) {
        await this.scheduler.schedule(pending);
        queued = pending.length;
      }
    } catch (error) {
      this.logger.warn(`Could not queue the digests of ${period} (${(error as Error).message}); the reconciler will`);
    }
    this.logger.log(`Digest ${period}: ${planned} message(s) planned, ${queued} queued`);
    return { period, planned, queued };
  }

  private async plan(manager: EntityManager, period: string, now: Date): Promise<number> {
    // Departments with overdue or due-soon tasks, as lead or cooperating department.
    const departments = await this.tasks.departmentsWithUrgentTasks(manager, now);
    const day = formatCalendarDate(period);
    const rows: Array<Partial<Notification>> = departments.map((department) => ({
      kind: 'digest',
      deliveryKey: deliveryKeys.digest(period, Number(department.id)),
      taskId: null,
      deadlineVersion: null,
      reminderOffset: null,
      departmentId: Number(department.id),
      role: 'department',
      period,
      recipients: deliverableAddresses(parseEmails(department.emails)),
      subject: headerText(`[Tổng hợp ngày ${day}] ${department.name}`, 250),
      status: 'pending',
      scheduledAt: now,
      attempts: 0,
    }));
    const office = deliverableAddresses(this.config.officeEmails);
    if (office.length > 0) {
      rows.push({
        kind: 'summary',
        deliveryKey: deliveryKeys.summary(period),
        taskId: null,
        deadlineVersion: null,
        reminderOffset: null,
        departmentId: null,
        role: 'office',
        period,
        recipients: office,
        subject: `[Tổng hợp ngày ${day}] Tình hình thực hiện nhiệm vụ`,
        status: 'pending',
        scheduledAt: now,
        attempts: 0,
      });
    } else {
      this.logger.warn('OFFICE_EMAILS is empty: no office summary is sent');
    }
    const before = await manager.count(Notification, { where: { period } });
    for (let i = 0; i < rows.length; i += 200) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(rows.slice(i, i + 200))
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
    return (await manager.count(Notification, { where: { period } })) - before;
  }

  /** One department's digest items (see itemsByDepartment). */
  async departmentItems(departmentId: number, now = new Date()): Promise<DigestItem[]> {
    return (await this.itemsByDepartment([departmentId], now)).get(departmentId) ?? [];
  }

  /**
   * Each department's overdue and due-soon tasks, as lead or cooperating
   * department, ordered by deadline: the most overdue first, then the soonest
   * due. One set-based query for all of `departmentIds` (a batch of digests);
   * a department without any has no entry.
   */
  async itemsByDepartment(departmentIds: readonly number[], now = new Date()): Promise<Map<number, DigestItem[]>> {
    const byDepartment = new Map<number, DigestItem[]>();
    if (departmentIds.length === 0) return byDepartment;
    const rows = await this.tasks.urgentTasksOf(this.dataSource.manager, departmentIds, now);
    for (const row of rows) {
      const id = Number(row.departmentId);
      const items = byDepartment.get(id) ?? [];
      items.push({ ...taskFacts(row), role: row.role! });
      byDepartment.set(id, items);
    }
    return byDepartment;
  }

  /** Counts per lead department in the government's four classes (see SUMMARY_CLASS), and the overdue list. */
  async officeSummary(now = new Date()): Promise<OfficeSummary> {
    const manager = this.dataSource.manager;
    const byStatus = await this.tasks.countsByLeadAndStatus(manager, now);
    const overdue = await this.tasks.overdueTasks(manager, now, DIGEST_LIST_LIMIT);
    const departmentCounts = new Map<number, DepartmentCounts>();
    for (const row of byStatus) {
      const id = Number(row.id);
      const counts = departmentCounts.get(id) ?? {
        departmentId: id,
        code: row.code,
        name: row.name,
        doneOnTime: 0,
        doneLate: 0,
        withinDeadline: 0,
        overdue: 0,
        awaitingConfirmation: 0,
        standing: 0,
      };
      const bucket = SUMMARY_CLASS[row.status];
      if (bucket) counts[bucket] += countOf(row.n);
      departmentCounts.set(id, counts);
    }
    const counts = [...departmentCounts.values()];
    return {
      counts,
      overdue: overdue.map(taskFacts),
      overdueTotal: counts.reduce((sum, row) => sum + row.overdue, 0),
    };
  }
}

type SummaryClass = Exclude<keyof DepartmentCounts, 'departmentId' | 'code' | 'name'>;

/**
 * The summary's classes (I. done on time / late, II. open within the deadline /
 * overdue / awaiting confirmation, III. standing) from the task statuses: due
 * soon is within the deadline, a task without a deadline is standing; cancelled
 * tasks are not counted.
 */
const SUMMARY_CLASS: Partial<Record<TaskStatus, SummaryClass>> = {
  done_on_time: 'doneOnTime',
  done_late: 'doneLate',
  in_progress: 'withinDeadline',
  due_soon: 'withinDeadline',
  overdue: 'overdue',
  awaiting_confirmation: 'awaitingConfirmation',
  standing: 'standing',
};

function taskFacts(row: UrgentTaskRow): TaskFacts {
  return {
    id: Number(row.id),
    title: row.title,
    dueAt: instantOf(row.dueAt),
    dueDate: row.dueDate,
    leadDepartmentName: row.leadName,
  };
}

function parseEmails(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
