import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../queue/job-queue.service';
import { JOBS } from '../queue/queue.constants';
import { instantOf, rawQuery } from '../database/raw-sql';
import { NotificationScheduler, SchedulableRow } from './notification-scheduler.service';
import { NotificationSource } from './notification-source';

export interface ReconcileReport {
  /** Tasks that had nothing planned for their current deadline and were planned now. */
  plannedTasks: number;
  /** The last instant this run queued notifications for: two intervals ahead of its start. */
  horizon: Date;
  /** Pending notifications due up to the horizon, all looked at (overdue ones included). */
  pending: number;
  /** Jobs (re-)created: missing from Redis, or ended without settling their row. */
  requeued: number;
  /** Jobs removed because they were due well beyond the horizon (queued under a longer one). */
  removedBeyondHorizon: number;
}

const BATCH = 2000;

/**
 * A read started ahead of its use, marked as handled: if the loop awaiting it
 * stops first (scheduling failed, Redis went away), its own failure must not
 * end the process as an unhandled rejection. Awaiting it still throws.
 */
function readAhead<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

type Cursor = { scheduledAt: unknown; id: number };

/**
 * Makes Redis match the database. The database says what must be sent; Redis
 * only holds the near part of the schedule, and can lose it (a flush, a restart
 * without persistence, jobs added while it was down). Each run has the source
 * plan what has no plan yet (NotificationSource.planMissing: tasks without
 * reminders for their deadline), restores the digest's repeatable job, and
 * makes sure every pending notification due up to the horizon (two intervals ahead, see
 * NotificationScheduler.horizonMs) has its job: the reminders about to fall
 * due are queued, and what fell due during an outage goes out as soon as Redis
 * is back.
 *
 * Every run checks everything that belongs in Redis: one range scan of
 * IDX_notifications_status_scheduledAt from the oldest pending row to the
 * horizon, and a presence check of those jobs. That is the rows of two
 * intervals plus any overdue ones, whatever the number of open tasks, so no run
 * needs to know whether Redis lost its data since the last one: after a flush
 * the next run simply finds the jobs missing. Each row lies within the horizon
 * of the two runs before its time; one skipped or slow run still leaves it
 * queued at least an interval ahead.
 *
 * It runs on a timer in every instance rather than as a Bull repeatable job,
 * because its purpose is to repair Redis and a repeatable job lives in Redis:
 * after a flush nothing would be left to trigger it. A lock in Redis, held for
 * just under one interval, lets a single instance do the periodic run. It also
 * runs without the lock at start and each time the Redis connection comes back.
 * Runs are idempotent (deterministic job ids), so overlapping runs only cost time.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(Reconciler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<ReconcileReport | null>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly source: NotificationSource,
    private readonly scheduler: NotificationScheduler,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.onReady(() => void this.run({ locked: false }));
    this.timer = setInterval(() => void this.run({ locked: true }), this.config.reconcileIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * Runs once now (or right after the run in progress). With `locked`, skips
   * when another instance holds this interval's lock. Resolves to null when
   * skipped.
   */
  run(options: { locked: boolean } = { locked: false }): Promise<ReconcileReport | null> {
    if (this.running) {
      if (!options.locked) this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        let report = await this.runOnce(options.locked);
        while (this.again && !this.stopped) {
          this.again = false;
          report = await this.runOnce(false);
        }
        return report;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async runOnce(locked: boolean): Promise<ReconcileReport | null> {
    if (this.stopped || !this.jobs.isAvailable()) return null;
    try {
      if (locked && !(await this.jobs.tryLock('reconcile', Math.max(100, this.config.reconcileIntervalMs - 500))))
        return null;
      const started = Date.now();
      const report = await this.reconcile();
      if (report.plannedTasks > 0 || report.requeued > 0 || report.removedBeyondHorizon > 0) {
        this.logger.log(
          `Reconciled in ${Date.now() - started} ms: ${report.plannedTasks} task(s) planned, ${report.requeued} job(s) re-created for ${report.pending} notification(s) due by ${report.horizon.toISOString()}, ${report.removedBeyondHorizon} job(s) beyond it removed`,
        );
      }
      return report;
    } catch (error) {
      this.logger.warn(
        `Reconciliation stopped (${(error as Error).message}); it runs again at the next interval or reconnection`,
      );
      return null;
    }
  }

  private async reconcile(): Promise<ReconcileReport> {
    const plannedTasks = await this.source.planMissing();
    await this.jobs.ensureRepeatable(JOBS.digest, {}, this.config.digestCron, this.config.timeZone);
    const horizon = this.scheduler.horizon();
    const removedBeyondHorizon = await this.removeBeyond(new Date(horizon.getTime() + this.config.reconcileIntervalMs));
    let pending = 0;
    let requeued = 0;
    // While Redis takes one batch, the database reads the next.
    let next = readAhead(this.pendingAfter(undefined, horizon));
    while (!this.stopped) {
      const batch = await next;
      if (batch.rows.length === 0) break;
      next =
        batch.rows.length === BATCH
          ? readAhead(this.pendingAfter(batch.last, horizon))
          : Promise.resolve({ rows: [], last: batch.last });
      pending += batch.rows.length;
      requeued += await this.scheduler.schedule(batch.rows);
    }
    await next.catch(() => undefined);
    return { plannedTasks, horizon, pending, requeued, removedBeyondHorizon };
  }

  /**
   * Drops jobs due after `limit`, in batches. The limit is an interval past the
   * horizon so that a job queued after a commit while this run was starting
   * (whose horizon was computed a moment later) is never taken back.
   */
  private async removeBeyond(limit: Date): Promise<number> {
    let removed = 0;
    for (;;) {
      const batch = await this.jobs.removeDelayedAfter(limit, BATCH);
      removed += batch;
      if (batch === 0 || this.stopped) return removed;
    }
  }

  /**
   * One batch of pending notifications due by `horizon` after `cursor`, in
   * (scheduledAt, id) order: a range scan of IDX_notifications_status_scheduledAt.
   * The cursor keeps scheduledAt exactly as the database returned it.
   */
  private async pendingAfter(
    cursor: Cursor | undefined,
    horizon: Date,
  ): Promise<{ rows: SchedulableRow[]; last: Cursor | undefined }> {
    const raw = await rawQuery<{ id: number; deliveryKey: string; scheduledAt: unknown; period: string | null }>(
      this.dataSource.manager,
      `SELECT id, "deliveryKey", "scheduledAt", period FROM notifications
        WHERE status = 'pending' AND "scheduledAt" <= :horizon
          ${cursor ? `AND ("scheduledAt", id) > (:scheduledAt, :id)` : ''}
        ORDER BY "scheduledAt", id
        LIMIT ${BATCH}`,
      { horizon, ...(cursor ?? {}) },
    );
    const lastRow = raw[raw.length - 1];
    return {
      rows: raw.map((row) => ({
        id: Number(row.id),
        deliveryKey: row.deliveryKey,
        scheduledAt: instantOf(row.scheduledAt),
        period: row.period,
      })),
      last: lastRow ? { scheduledAt: lastRow.scheduledAt, id: Number(lastRow.id) } : cursor,
    };
  }
}
