import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, LessThanOrEqual, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../queue/job-queue.service';
import { ScheduledJob } from '../queue/job-queue.service';
import { JOBS } from '../queue/queue.constants';
import { Notification } from './notification.entity';

/** `period` set: the row is one of a period's set (see periodJobId). */
export type SchedulableRow = Pick<Notification, 'id' | 'deliveryKey' | 'scheduledAt' | 'period'>;

/**
 * The job that sends a period's rows (its department digests and office
 * summary) together, in batches (see PeriodSender): one job per period instead
 * of one per row.
 */
export function periodJobId(period: string): string {
  return `period.${period}`;
}

/**
 * How far ahead jobs are queued: two reconciler intervals. Runs come one
 * interval apart (the lock lasts just under one interval), so every row is
 * inside the horizon of two runs before its time: if one of them is skipped
 * (Redis away at that moment, the lock held by an instance that then stalled)
 * or runs slow, the other still queues it ahead of time.
 */
export function queueHorizonMs(reconcileIntervalMs: number): number {
  return 2 * reconcileIntervalMs;
}

/**
 * Hands pending notifications to the queue as delayed jobs whose id is the
 * delivery key, or, for the rows of a period, one job for the period (see
 * periodJobId). Scheduling the same rows again is harmless: a job that is
 * waiting, delayed or running is left alone, a missing one is added, and one
 * that finished without settling its row (the row is still pending) is
 * replaced.
 *
 * Only rows due within the horizon get a job: Redis holds what falls due in the
 * next two reconciler intervals, not every reminder of every open task, so its
 * memory follows how many reminders fall due per interval rather than how many
 * tasks are open. The rows further ahead stay pending in the database, and the
 * reconciler queues each one while it is still at least one interval ahead
 * (see Reconciler).
 */
@Injectable()
export class NotificationScheduler {
  private readonly logger = new Logger(NotificationScheduler.name);

  constructor(
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
  ) {}

  get available(): boolean {
    return this.jobs.isAvailable();
  }

  /** See queueHorizonMs. */
  get horizonMs(): number {
    return queueHorizonMs(this.config.reconcileIntervalMs);
  }

  /** The last instant whose notifications belong in Redis now. */
  horizon(now = Date.now()): Date {
    return new Date(now + this.horizonMs);
  }

  /**
   * Queues the rows due within the horizon; the others are left to the
   * reconciler. Returns how many jobs were (re)created; 0 without touching
   * Redis when it is unreachable.
   */
  async schedule(rows: readonly SchedulableRow[]): Promise<number> {
    if (rows.length === 0 || !this.jobs.isAvailable()) return 0;
    const horizon = this.horizon().getTime();
    const due = rows.filter((row) => row.scheduledAt.getTime() <= horizon);
    if (due.length === 0) return 0;
    const jobs = jobsFor(due);
    const presence = await this.jobs.presence(jobs.map((job) => job.jobId));
    const finished = jobs.filter((_, i) => presence[i] === 'finished');
    const missing = jobs.filter((_, i) => presence[i] === 'missing');
    if (finished.length > 0) await this.jobs.remove(finished.map((job) => job.jobId));
    const toAdd = [...missing, ...finished];
    await this.jobs.enqueue(toAdd);
    return toAdd.length;
  }

  /**
   * Queues a task's pending notifications that fall due within the horizon;
   * failures are logged and left to the reconciler.
   */
  async scheduleTask(taskId: number): Promise<void> {
    try {
      if (!this.jobs.isAvailable()) {
        this.logger.warn(
          `Redis is unreachable: reminders of task ${taskId} are recorded and will be queued by the reconciler`,
        );
        return;
      }
      await this.schedule(await this.pendingWithinHorizon({ taskId }));
    } catch (error) {
      this.logger.warn(
        `Could not queue reminders of task ${taskId} (${(error as Error).message}); the reconciler will`,
      );
    }
  }

  /** Same as schedule() for rows given by id, never throwing (used right after a commit). */
  async scheduleIds(ids: readonly number[]): Promise<number> {
    if (ids.length === 0) return 0;
    try {
      return await this.schedule(await this.pendingWithinHorizon({ id: In([...ids]) }));
    } catch (error) {
      this.logger.warn(
        `Could not queue ${ids.length} notification(s) (${(error as Error).message}); the reconciler will`,
      );
      return 0;
    }
  }

  /** Drops the jobs of cancelled notifications so they do not sit in Redis until their time. */
  async unschedule(deliveryKeys: readonly string[]): Promise<void> {
    try {
      await this.jobs.remove([...deliveryKeys]);
    } catch (error) {
      // Harmless: the job finds its row cancelled and does nothing.
      this.logger.debug(`Could not remove ${deliveryKeys.length} cancelled job(s): ${(error as Error).message}`);
    }
  }

  private pendingWithinHorizon(where: FindOptionsWhere<Notification>): Promise<SchedulableRow[]> {
    return this.notifications.find({
      where: { ...where, status: 'pending', scheduledAt: LessThanOrEqual(this.horizon()) },
      select: { id: true, deliveryKey: true, scheduledAt: true, period: true },
    });
  }
}

/** One send job per row, and one per period for the rows of a period, due with its earliest row. */
function jobsFor(rows: readonly SchedulableRow[]): ScheduledJob[] {
  const jobs: ScheduledJob[] = [];
  const periods = new Map<string, ScheduledJob<typeof JOBS.sendPeriod>>();
  for (const row of rows) {
    if (row.period === null) {
      jobs.push({ name: JOBS.send, data: { notificationId: row.id }, jobId: row.deliveryKey, runAt: row.scheduledAt });
      continue;
    }
    const job = periods.get(row.period);
    if (job) {
      if (row.scheduledAt < (job.runAt as Date)) job.runAt = row.scheduledAt;
      continue;
    }
    const added = {
      name: JOBS.sendPeriod,
      data: { period: row.period },
      jobId: periodJobId(row.period),
      runAt: row.scheduledAt,
    };
    periods.set(row.period, added);
    jobs.push(added);
  }
  return jobs;
}
