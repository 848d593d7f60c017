import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatCalendarDate } from '../common/time/zoned-time';
import { TransactionRunner } from '../database/transaction-runner';
import { deliverableAddresses, headerText } from '../mail/mail-text';
import { NotificationScheduler } from './notification-scheduler.service';
import { DepartmentCounts, DigestItem, TaskFacts } from './notification-messages';
import { Notification } from './notification.entity';
import { countOf, instantOf, rawQuery } from './raw-sql';
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

const OPEN = `t."completedAt" IS NULL AND t."cancelledAt" IS NULL`;

/**
 * The morning digest. Planning records one digest per department that has
 * overdue or due-soon tasks and one summary for the office, keyed by period, so
 * running a period again adds nothing; the content is read when each message is
 * sent, with one set-based query per recipient.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly scheduler: NotificationScheduler,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  currentPeriod(now = new Date()): string {
    return digestPeriodOf(now, this.config.timeZone);
  }

  /** Plans the period's digests (once per recipient, however often it runs) and queues them. */
  async run(period = this.currentPeriod(), now = new Date()): Promise<DigestRun> {
    const planned = await this.transactions.run((manager) => this.plan(manager, period, now));
    const pending = await this.dataSource.getRepository(Notification).find({
      where: { period, status: 'pending', kind: In(['digest', 'summary']) },
      select: { id: true, deliveryKey: true, scheduledAt: true },
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
    const soon = this.dueSoonLimit(now);
    const departments = await rawQuery<{ id: number; name: string; emails: string }>(
      manager,
      `SELECT d.id, d.name, d.emails FROM departments d
        WHERE d.active = TRUE AND d.id IN (
          SELECT t."leadDepartmentId" FROM tasks t WHERE ${OPEN} AND t."dueAt" <= :soon
          UNION
          SELECT s."departmentId" FROM task_support_departments s JOIN tasks t ON t.id = s."taskId" WHERE ${OPEN} AND t."dueAt" <= :soon
        )
        ORDER BY d.id`,
      { soon },
    );
    const day = formatCalendarDate(period);
    const rows: Array<Partial<Notification>> = departments.map((department) => ({
      kind: 'digest',
      deliveryKey: deliveryKeys.digest(period, Number(department.id)),
      taskId: null,
      deadlineVersion: null,
      reminderOffset: null,
      departmentId: Number(department.id),
      role: 'lead',
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
        subject: `[Báo cáo ngày ${day}] Tình hình thực hiện nhiệm vụ`,
        status: 'pending',
        scheduledAt: now,
        attempts: 0,
      });
    } else {
      this.logger.warn('OFFICE_EMAILS is empty: no office summary is sent');
    }
    const before = await manager.count(Notification, { where: { period } });
    for (let i = 0; i < rows.length; i += 200) {
      await manager.createQueryBuilder().insert().into(Notification).values(rows.slice(i, i + 200)).orIgnore().updateEntity(false).execute();
    }
    return (await manager.count(Notification, { where: { period } })) - before;
  }

  /**
   * A department's overdue and due-soon tasks, as lead or cooperating
   * department, ordered by deadline: the most overdue first, then the soonest due.
   */
  async departmentItems(departmentId: number, now = new Date()): Promise<DigestItem[]> {
    const rows = await rawQuery<TaskRow & { role: 'lead' | 'cooperating' }>(
      this.dataSource.manager,
      `SELECT t.id AS id, t.title AS title, t."dueAt" AS "dueAt", t."dueDate" AS "dueDate", ld.name AS "leadName", 'lead' AS role
         FROM tasks t JOIN departments ld ON ld.id = t."leadDepartmentId"
        WHERE t."leadDepartmentId" = :departmentId AND ${OPEN} AND t."dueAt" <= :soon
       UNION ALL
       SELECT t.id AS id, t.title AS title, t."dueAt" AS "dueAt", t."dueDate" AS "dueDate", ld.name AS "leadName", 'cooperating' AS role
         FROM task_support_departments s
         JOIN tasks t ON t.id = s."taskId"
         JOIN departments ld ON ld.id = t."leadDepartmentId"
        WHERE s."departmentId" = :departmentId AND t."leadDepartmentId" <> :departmentId AND ${OPEN} AND t."dueAt" <= :soon
       ORDER BY "dueAt", id`,
      { departmentId, soon: this.dueSoonLimit(now) },
    );
    return rows.map((row) => ({ ...taskFacts(row), role: row.role }));
  }

  /**
   * Counts per lead department in the government's four classes, and the overdue
   * list. Cancelled tasks are left out; a completed task without a deadline
   * counts as done on time; an open task without a deadline is within deadline.
   */
  async officeSummary(now = new Date()): Promise<OfficeSummary> {
    const manager = this.dataSource.manager;
    const counts = await rawQuery<Record<string, unknown>>(
      manager,
      `SELECT d.id, d.code, d.name,
              SUM(CASE WHEN t."completedAt" IS NOT NULL AND (t."dueAt" IS NULL OR t."completedAt" <= t."dueAt") THEN 1 ELSE 0 END) AS "doneOnTime",
              SUM(CASE WHEN t."completedAt" IS NOT NULL AND t."completedAt" > t."dueAt" THEN 1 ELSE 0 END) AS "doneLate",
              SUM(CASE WHEN t."completedAt" IS NULL AND (t."dueAt" IS NULL OR t."dueAt" >= :now) THEN 1 ELSE 0 END) AS "withinDeadline",
              SUM(CASE WHEN t."completedAt" IS NULL AND t."dueAt" < :now THEN 1 ELSE 0 END) AS "overdue"
         FROM tasks t JOIN departments d ON d.id = t."leadDepartmentId"
        WHERE t."cancelledAt" IS NULL
        GROUP BY d.id, d.code, d.name
        ORDER BY d.code`,
      { now },
    );
    const overdue = await rawQuery<TaskRow>(
      manager,
      `SELECT t.id, t.title, t."dueAt", t."dueDate", d.name AS "leadName"
         FROM tasks t JOIN departments d ON d.id = t."leadDepartmentId"
        WHERE ${OPEN} AND t."dueAt" < :now
        ORDER BY t."dueAt", t.id
        LIMIT 200`,
      { now },
    );
    const departmentCounts = counts.map((row) => ({
      departmentId: Number(row.id),
      code: String(row.code),
      name: String(row.name),
      doneOnTime: countOf(row.doneOnTime),
      doneLate: countOf(row.doneLate),
      withinDeadline: countOf(row.withinDeadline),
      overdue: countOf(row.overdue),
    }));
    return {
      counts: departmentCounts,
      overdue: overdue.map(taskFacts),
      overdueTotal: departmentCounts.reduce((sum, row) => sum + row.overdue, 0),
    };
  }

  /** "Due soon" reaches DUE_SOON_DAYS days ahead of now. */
  private dueSoonLimit(now: Date): Date {
    return new Date(now.getTime() + this.config.dueSoonDays * 86_400_000);
  }
}

interface TaskRow {
  id: number;
  title: string;
  dueAt: unknown;
  dueDate: string | null;
  leadName: string;
}

function taskFacts(row: TaskRow): TaskFacts {
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
