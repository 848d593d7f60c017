import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../queue/job-queue.service';
import { JOBS } from '../queue/queue.constants';
import { NotificationScheduler, SchedulableRow } from './notification-scheduler.service';
import { instantOf, rawQuery } from './raw-sql';
import { ReminderPlanner } from './reminder-planner.service';

export interface ReconcileReport {
  /** Tasks that had nothing planned for their current deadline and were planned now. */
  plannedTasks: number;
  /** Pending notifications looked at. */
  pending: number;
  /** Jobs re-created because Redis had lost them (or they ended without settling their row). */
  requeued: number;
  /** True when every pending notification was looked at; false for a run limited to the next ones due. */
  full: boolean;
}

const BATCH = 2000;

type Cursor = { scheduledAt: unknown; id: number };

/**
 * Makes Redis match the database. The database says what must be sent; Redis
 * only holds the schedule, and can lose it (a flush, a restart without
 * persistence, jobs added while it was down). Each run plans tasks that have no
 * plan, restores the digest's repeatable job, and re-creates the job of every
 * pending notification that has none, so what fell due during an outage goes
 * out as soon as Redis is back.
 *
 * It runs on a timer in every instance rather than as a Bull repeatable job,
 * because its purpose is to repair Redis and a repeatable job lives in Redis:
 * after a flush nothing would be left to trigger it. A lock in Redis, held for
 * one interval, lets a single instance do the periodic run. It also runs
 * without the lock at start and each time the Redis connection comes back.
 * Runs are idempotent (deterministic job ids), so overlapping runs only cost time.
 *
 * A full run reads every pending notification and asks Redis about each job:
 * at 100,000 tasks some 170,000 rows, several seconds of database and Redis
 * work. Doing that every interval kept the single SQLite connection and the
 * event loop busy for a tenth of the time and held the heap high (measured in
 * scripts/bench/BENCHMARKS.md). So a full run leaves a marker key next to the
 * queue's keys; while the marker is there Redis has not lost its data since,
 * and a run only looks at the notifications due before the run after next
 * (and any overdue ones). Every pending row is thus still checked at least
 * once, within two intervals of its time, whatever happened to its job; a
 * flush or a restart without persistence removes the marker with the jobs,
 * and the next run is full again.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(Reconciler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<ReconcileReport | null>;
  private again = false;
  private againFull = false;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly planner: ReminderPlanner,
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
  run(options: { locked: boolean; full?: boolean } = { locked: false }): Promise<ReconcileReport | null> {
    if (this.running) {
      if (!options.locked) {
        this.again = true;
        this.againFull ||= options.full === true;
      }
      return this.running;
    }
    this.running = (async () => {
      try {
        let report = await this.runOnce(options.locked, options.full === true);
        while (this.again && !this.stopped) {
          const full = this.againFull;
          this.again = false;
          this.againFull = false;
          report = await this.runOnce(false, full);
        }
        return report;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async runOnce(locked: boolean, forceFull: boolean): Promise<ReconcileReport | null> {
    if (this.stopped || !this.jobs.isAvailable()) return null;
    try {
      if (locked && !(await this.jobs.tryLock('reconcile', Math.max(100, this.config.reconcileIntervalMs - 500))))
        return null;
      const started = Date.now();
      const report = await this.reconcile(forceFull);
      if (report.plannedTasks > 0 || report.requeued > 0) {
        this.logger.log(
          `Reconciled in ${Date.now() - started} ms: ${report.plannedTasks} task(s) planned, ${report.requeued} job(s) re-created for ${report.pending} pending notification(s)`,
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

  /** With `forceFull`, every pending notification is looked at even though Redis kept its data. */
  private async reconcile(forceFull = false): Promise<ReconcileReport> {
    const plannedTasks = await this.planner.planUnplannedTasks();
    await this.jobs.ensureRepeatable(JOBS.digest, {}, this.config.digestCron, this.config.timeZone);
    const full = forceFull || !(await this.jobs.scheduleComplete());
    const horizon = full ? Number.POSITIVE_INFINITY : Date.now() + 2 * this.config.reconcileIntervalMs;
    let pending = 0;
    let requeued = 0;
    // While Redis takes one batch, the database reads the next.
    let next = this.pendingAfter(undefined);
    while (!this.stopped) {
      const batch = await next;
      const due = batch.rows.filter((row) => row.scheduledAt.getTime() <= horizon);
      if (due.length === 0) break;
      const more = batch.rows.length === BATCH && due.length === batch.rows.length;
      next = more ? this.pendingAfter(batch.last) : Promise.resolve({ rows: [], last: batch.last });
      pending += due.length;
      requeued += await this.scheduler.schedule(due);
    }
    await next.catch(() => undefined);
    if (full && !this.stopped) await this.jobs.markScheduleComplete();
    return { plannedTasks, pending, requeued, full };
  }

  /**
   * One batch of pending notifications after `cursor`, in (scheduledAt, id)
   * order: a range scan of IDX_notifications_status_scheduledAt. The cursor keeps
   * scheduledAt exactly as the database returned it.
   */
  private async pendingAfter(
    cursor: Cursor | undefined,
  ): Promise<{ rows: SchedulableRow[]; last: Cursor | undefined }> {
    const raw = await rawQuery<{ id: number; deliveryKey: string; scheduledAt: unknown }>(
      this.dataSource.manager,
      `SELECT id, "deliveryKey", "scheduledAt" FROM notifications
        WHERE status = 'pending' ${cursor ? `AND ("scheduledAt", id) > (:scheduledAt, :id)` : ''}
        ORDER BY "scheduledAt", id
        LIMIT ${BATCH}`,
      cursor ?? {},
    );
    const lastRow = raw[raw.length - 1];
    return {
      rows: raw.map((row) => ({
        id: Number(row.id),
        deliveryKey: row.deliveryKey,
        scheduledAt: instantOf(row.scheduledAt),
      })),
      last: lastRow ? { scheduledAt: lastRow.scheduledAt, id: Number(lastRow.id) } : cursor,
    };
  }
}
