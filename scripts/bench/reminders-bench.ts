import Queue from 'bull';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, databaseKindOf } from '../../src/config/app-config';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { ReadConnections } from '../../src/database/read-connections';
import { SqlDialect, sqlDialectFor } from '../../src/database/sql-dialect';
import { DigestService } from '../../src/reminders/digest.service';
import { TaskRepository } from '../../src/tasks/task.repository';
import { ApiClient } from './api-client';
import { AppProcess, RssSampler, sleep } from './app-process';
import { round } from './http-bench';
import { instantOf } from '../../src/database/raw-sql';
import { queueHorizonMs } from '../../src/notifications/notification-scheduler.service';
import { PERIOD_BATCH_SIZE } from '../../src/notifications/period-sender.service';
import { insertRows, RowEncoder } from './bulk-insert';
import { PrefixedKeys } from './redis-keys';
import { NOTIFICATION_COLUMNS } from './reminder-rows';
import { BenchResults } from './results';
import { SmtpSink } from './smtp-sink';

const QUEUE = 'notifications';
/** The reconciler reads and re-creates jobs 2,000 at a time; the ceiling adds them in batches of the same size. */
const BATCH = 2_000;

export interface ReminderBenchContext {
  api: ApiClient;
  app: AppProcess;
  smtp: SmtpSink;
  redis: Redis;
  queuePrefix: string;
  databaseUrl: string;
  /** The scratch database's dialect: placeholders and instants as the app binds them. */
  dialect: SqlDialect;
  redisUrl: string;
  openTasks: number;
  /** RECONCILE_INTERVAL_MS of the app: its horizon is two of them. */
  reconcileIntervalMs: number;
  /** Reminders due together that the reconciler re-creates in the scheduling figure. */
  burstJobs: number;
  departmentIds: number[];
  log: (message: string) => void;
}

/** Jobs the app's queue holds that are still to run: delayed, waiting or active. */
async function queuedJobs(redis: Redis, prefix: string): Promise<number> {
  const key = (name: string) => `${prefix}:${QUEUE}:${name}`;
  const [delayed, wait, active] = await Promise.all([
    redis.zcard(key('delayed')),
    redis.llen(key('wait')),
    redis.llen(key('active')),
  ]);
  return delayed + wait + active;
}

/** Pending notifications due by `by`: what the app's queue should hold once a run has looked at them. */
async function pendingDueBy(ctx: ReminderBenchContext, by: Date): Promise<number> {
  return withDataSource(ctx.databaseUrl, async (dataSource) => {
    const [row] = await dataSource.query(
      `SELECT COUNT(*) AS n FROM "notifications" WHERE "status" = 'pending' AND "scheduledAt" <= ${ctx.dialect.placeholder(1)}`,
      [ctx.dialect.instant(by)],
    );
    return Number(row.n);
  });
}

async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(buildDataSourceOptions({ url }));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Waits until the job count stops moving (and reaches `atLeast`), answering it. */
async function waitForStableQueue(redis: Redis, prefix: string, atLeast: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await queuedJobs(redis, prefix);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    }
    if ((count >= atLeast && Date.now() - stableSince > 1_000) || Date.now() > deadline) return count;
    await sleep(100);
  }
}

/**
 * Waits for the reconciliation the app runs at start: it restores the digest's
 * repeatable job first, then queues every pending notification due within the
 * horizon.
 */
export async function waitForReconciledQueue(ctx: ReminderBenchContext): Promise<{ jobs: number; ms: number }> {
  const started = Date.now();
  const repeatKey = `${ctx.queuePrefix}:${QUEUE}:repeat`;
  while ((await ctx.redis.exists(repeatKey)) === 0) {
    if (Date.now() - started > 10 * 60_000) throw new Error('the app did not reconcile at start');
    await sleep(50);
  }
  const expected = await pendingDueBy(ctx, new Date(started + queueHorizonMs(ctx.reconcileIntervalMs)));
  const jobs = await waitForStableQueue(ctx.redis, ctx.queuePrefix, expected, 10 * 60_000);
  return { jobs, ms: Date.now() - started };
}

/** Delivery keys of the burst rows: the bench's own, so they can be found and taken back. */
const BURST_KEY = 'bench-burst.';

/**
 * The most pending notifications that fall due within any one horizon: the
 * most jobs the app holds in Redis for this data set (reminders go at
 * REMINDER_TIME, so a working day's reminders come due together).
 */
async function busiestHorizon(databaseUrl: string, horizonMs: number): Promise<{ pendingRows: number; peak: number }> {
  const times = await withDataSource(databaseUrl, async (dataSource) => {
    const rows: Array<{ scheduledAt: unknown }> = await dataSource.query(
      `SELECT "scheduledAt" FROM "notifications" WHERE "status" = 'pending' ORDER BY "scheduledAt"`,
    );
    return rows.map((row) => instantOf(row.scheduledAt).getTime());
  });
  let peak = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while (times[last] - times[first] > horizonMs) first++;
    peak = Math.max(peak, last - first + 1);
  }
  return { pendingRows: times.length, peak };
}

/**
 * Pending reminders of completed tasks, due together just inside the horizon
 * of the reconciler's next run: the burst it must queue after the flush,
 * sized like a busy REMINDER_TIME. Were one to come due before the bench takes
 * the burst back, the sender would find its task completed and cancel it
 * without sending anything.
 */
async function insertBurst(ctx: ReminderBenchContext, dueBy: number): Promise<number> {
  return withDataSource(ctx.databaseUrl, async (dataSource) => {
    const enc = new RowEncoder(ctx.dialect);
    const tasks: Array<{ id: number; deadlineVersion: number; leadDepartmentId: number }> = await dataSource.query(
      `SELECT id, "deadlineVersion", "leadDepartmentId" FROM "tasks" WHERE "completedAt" IS NOT NULL ORDER BY id LIMIT 1000`,
    );
    if (tasks.length === 0) throw new Error('scheduling: the data set has no completed task');
    const now = enc.instant(new Date());
    const rows = Array.from({ length: ctx.burstJobs }, (_, i) => {
      const task = tasks[i % tasks.length];
      return [
        'reminder',
        `${BURST_KEY}${i}`,
        Number(task.id),
        Number(task.deadlineVersion),
        '0d',
        Number(task.leadDepartmentId),
        'lead',
        null,
        JSON.stringify(['burst@example.gov.vn']),
        '[Nhắc việc] Đợt nhắc cùng lúc',
        'pending',
        enc.instant(new Date(dueBy - (i % 1_000))),
        null,
        0,
        null,
        now,
        now,
      ];
    });
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await insertRows(runner, ctx.dialect, 'notifications', NOTIFICATION_COLUMNS, rows);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    return rows.length;
  });
}

/** Cancels the burst rows and drops their jobs, leaving the app's schedule as the data set has it. */
async function takeBackBurst(ctx: ReminderBenchContext): Promise<void> {
  await withDataSource(ctx.databaseUrl, (dataSource) =>
    dataSource.query(
      `UPDATE "notifications" SET "status" = 'cancelled', "error" = 'bench burst'
        WHERE "deliveryKey" LIKE '${BURST_KEY}%' AND "status" = 'pending'`,
    ),
  );
  const queue = benchQueue(ctx, QUEUE);
  try {
    await queue.isReady();
    for (let start = 0; start < ctx.burstJobs; start += BATCH) {
      const ids = Array.from({ length: Math.min(BATCH, ctx.burstJobs - start) }, (_, i) => `${BURST_KEY}${start + i}`);
      await Promise.all(ids.map(async (id) => (await queue.getJob(id))?.remove().catch(() => undefined)));
    }
  } finally {
    await queue.close();
  }
}

function benchQueue(ctx: ReminderBenchContext, name: string): Queue.Queue {
  const url = new URL(ctx.redisUrl);
  return new Queue(name, {
    prefix: ctx.queuePrefix,
    redis: { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null, enableReadyCheck: false },
  });
}

/**
 * 2. Scheduling and Redis memory. The app keeps in Redis only what falls due
 * within its horizon (two reconciler intervals). A burst of reminders due
 * together just inside the horizon is written to the database, the keys under
 * the app's prefix are deleted, and the reconciler's next run re-creates every
 * job due within the horizon: its rate against Bull's addBulk of as many jobs
 * on the same Redis. Then the burst is taken back and Redis is measured as the
 * data set leaves it, and at the data set's busiest horizon.
 */
export async function measureScheduling(ctx: ReminderBenchContext): Promise<NonNullable<BenchResults['scheduling']>> {
  const horizonMs = queueHorizonMs(ctx.reconcileIntervalMs);
  const keys = new PrefixedKeys(ctx.redis, ctx.queuePrefix);
  await waitForReconciledQueue(ctx);
  const { pendingRows, peak } = await busiestHorizon(ctx.databaseUrl, horizonMs);
  // The run comes within an interval of the flush and looks a horizon ahead of its start.
  const burstDueBy = Date.now() + horizonMs - 1_000;
  const burst = await insertBurst(ctx, burstDueBy);
  await keys.delete();
  const flushedAt = Date.now();
  const expected = await pendingDueBy(ctx, new Date(flushedAt + horizonMs));
  ctx.log(
    `scheduling: ${burst} reminders due together written, keys under ${ctx.queuePrefix}: deleted; waiting for the reconciler (every ${ctx.reconcileIntervalMs} ms)`,
  );
  let firstAt = 0;
  let lastChangeAt = 0;
  let count = 0;
  const deadline = flushedAt + ctx.reconcileIntervalMs + 10 * 60_000;
  while (Date.now() < deadline) {
    const now = await queuedJobs(ctx.redis, ctx.queuePrefix);
    const at = Date.now();
    if (now > 0 && firstAt === 0) firstAt = at;
    if (now !== count) {
      count = now;
      lastChangeAt = at;
    }
    if (count >= expected || (firstAt > 0 && at - lastChangeAt > 3_000)) break;
    await sleep(5);
  }
  if (firstAt === 0) throw new Error('the reconciler did not re-create any job');
  const reconcileMs = Math.max(1, lastChangeAt - firstAt);
  const bytesWithBurst = await keys.bytes();
  ctx.log(`scheduling: ${count} jobs re-created in ${reconcileMs} ms; ceiling next`);
  const ceiling = await addBulkCeiling(ctx, count);

  await takeBackBurst(ctx);
  const jobsHeld = await queuedJobs(ctx.redis, ctx.queuePrefix);
  const redisBytes = await keys.bytes();
  const bytesPerJob = Math.max(0, bytesWithBurst - redisBytes) / Math.max(1, count - jobsHeld);
  const perOpenTask = (bytes: number) => round(bytes / Math.max(1, ctx.openTasks), 0);
  const jobsPerSec = (count / reconcileMs) * 1000;
  return {
    openTasks: ctx.openTasks,
    horizonMs,
    pendingRows,
    burst,
    jobs: count,
    reconcileMs,
    waitedForReconcilerMs: firstAt - flushedAt,
    jobsPerSec: round(jobsPerSec, 0),
    ceiling,
    ratio: round(jobsPerSec / ceiling.jobsPerSec, 3),
    jobsHeld,
    redisBytes,
    redisBytesPerOpenTask: perOpenTask(redisBytes),
    bytesPerJob: round(bytesPerJob, 0),
    busiestHorizonJobs: peak,
    busiestHorizonBytesPerOpenTask: perOpenTask(redisBytes + peak * bytesPerJob),
    everyRowQueuedBytesPerOpenTask: perOpenTask(redisBytes + pendingRows * bytesPerJob),
  };
}

async function addBulkCeiling(
  ctx: ReminderBenchContext,
  jobs: number,
): Promise<{ jobs: number; ms: number; jobsPerSec: number }> {
  const queue = benchQueue(ctx, 'ceiling');
  try {
    await queue.isReady();
    const started = Date.now();
    for (let start = 0; start < jobs; start += BATCH) {
      const batch = [];
      for (let i = start; i < Math.min(jobs, start + BATCH); i++) {
        batch.push({
          name: 'send',
          data: { notificationId: i + 1 },
          opts: {
            jobId: `reminder.t${100_000 + i}.v1.7d.d${i % 300}`,
            delay: 86_400_000 + i,
            attempts: 5,
            backoff: { type: 'exponential', delay: 30_000 },
            removeOnComplete: { age: 86_400, count: 1000 },
            removeOnFail: { age: 604_800, count: 5000 },
          },
        });
      }
      await queue.addBulk(batch);
    }
    const ms = Math.max(1, Date.now() - started);
    return { jobs, ms, jobsPerSec: round((jobs / ms) * 1000, 0) };
  } finally {
    await queue.close();
    let cursor = '0';
    do {
      const [next, found] = await ctx.redis.scan(cursor, 'MATCH', `${ctx.queuePrefix}:ceiling:*`, 'COUNT', 1000);
      cursor = next;
      if (found.length > 0) await ctx.redis.unlink(...found);
    } while (cursor !== '0');
  }
}

const isDigest = (messageId: string | undefined) => /^<(digest|summary)\./.test(messageId ?? '');

/**
 * 3. Digest: all department digests and the office summary built and handed to
 * the SMTP sink, with the app's peak memory; against the SQL that reads what
 * they contain, as the sender runs it (a query per batch of departments), and
 * also one query per department (as it was read before batches).
 */
export async function measureDigest(ctx: ReminderBenchContext): Promise<NonNullable<BenchResults['digest']>> {
  ctx.smtp.clear();
  const baselineRssMb = ctx.app.rssKb() / 1024;
  const hwmReset = ctx.app.resetPeak();
  const sampler = new RssSampler(ctx.app.pid, 20).start();
  const started = Date.now();
  const run = await ctx.api.post<{ period: string; planned: number; queued: number }>('/api/digests/run');
  const received = await ctx.smtp.waitFor(run.planned, 10 * 60_000, (m) => isDigest(m.headers['message-id']));
  const ms = Math.max(...received.map((m) => m.receivedAt), started) - started;
  const sampledPeakKb = sampler.stop();
  const peakRssMb = (hwmReset ? Math.max(ctx.app.peakKb(), sampledPeakKb) : sampledPeakKb) / 1024;
  if (received.length < run.planned) throw new Error(`digest: ${received.length} of ${run.planned} messages arrived`);

  const departmentIds = received
    .map((m) => /^<digest\.[\d-]+\.d(\d+)@/.exec(m.headers['message-id'] ?? '')?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
  // The SQL the sender runs for the content, one query after another: the summary, then each batch's departments.
  const ceiling = await withDataSource(ctx.databaseUrl, async (dataSource) => {
    // The SQL runs on the one connection of the data source, one query after another: no read connections.
    const config = { dueSoonDays: 3, timeZone: 'Asia/Ho_Chi_Minh', database: { readers: 0 } } as unknown as AppConfig;
    const tasks = new TaskRepository(
      dataSource,
      sqlDialectFor(databaseKindOf(ctx.databaseUrl)),
      config,
      new ReadConnections(dataSource, config),
    );
    const digests = new DigestService(config, undefined as never, undefined as never, dataSource, tasks);
    const now = new Date();
    const elapsed = async (work: () => Promise<unknown>) => {
      const t0 = process.hrtime.bigint();
      await work();
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const batched = () =>
      elapsed(async () => {
        await digests.officeSummary(now);
        for (let i = 0; i < departmentIds.length; i += PERIOD_BATCH_SIZE) {
          await digests.itemsByDepartment(departmentIds.slice(i, i + PERIOD_BATCH_SIZE), now);
        }
      });
    const perDepartment = () =>
      elapsed(async () => {
        await digests.officeSummary(now);
        for (const id of departmentIds) await digests.departmentItems(id, now);
      });
    // Each twice, alternately, the faster run counted: neither pays alone for a cold page cache.
    const [b1, p1, b2, p2] = [await batched(), await perDepartment(), await batched(), await perDepartment()];
    return { ms: Math.min(b1, b2), perDepartmentMs: Math.min(p1, p2) };
  });
  return {
    messages: received.length,
    departments: departmentIds.length,
    ms,
    peakRssMb: round(peakRssMb, 1),
    baselineRssMb: round(baselineRssMb, 1),
    ceiling: { ms: round(ceiling.ms, 1), perDepartmentMs: round(ceiling.perDepartmentMs, 1) },
    ratio: round(ms / Math.max(ceiling.ms, 0.1), 2),
  };
}

/**
 * 4. Timeliness: `count` tasks whose deadlines fall within the same 10 seconds,
 * created through the API; each one's overdue notice is due the millisecond
 * after its deadline. The deadlines lie beyond the app's horizon when the tasks
 * are created, so the notices are queued by the reconciler's runs, not at the
 * commit. Lateness = arrival at the SMTP sink − that planned time.
 */
export async function measureTimeliness(
  ctx: ReminderBenchContext,
  count: number,
): Promise<NonNullable<BenchResults['timeliness']>> {
  ctx.smtp.clear();
  const windowStart =
    Date.now() + Math.max(20_000, count * 25, queueHorizonMs(ctx.reconcileIntervalMs) + Math.max(10_000, count * 25));
  const planned = new Map<number, number>();
  // Every task names the document that assigned it: any one of the data set's will do.
  const { items: documents } = await ctx.api.get<{ items: { id: number }[] }>('/api/documents?limit=1');
  if (documents.length === 0) throw new Error('timeliness: the data set has no assigning document');
  const documentId = documents[0].id;
  let next = 0;
  const create = async () => {
    while (next < count) {
      const i = next++;
      const dueAt = new Date(windowStart + Math.floor((i * 10_000) / count));
      const task = await ctx.api.post<{ id: number; dueAt: string }>('/api/tasks', {
        title: `Báo cáo nhanh tình hình thực hiện nhiệm vụ số ${i + 1}`,
        documentId,
        leadDepartmentId: ctx.departmentIds[i % ctx.departmentIds.length],
        dueAt: dueAt.toISOString(),
      });
      planned.set(task.id, new Date(task.dueAt).getTime() + 1);
    }
  };
  await Promise.all(Array.from({ length: 20 }, create));
  const createdBy = Date.now();
  if (createdBy > windowStart) throw new Error(`creating ${count} tasks took past their deadlines`);
  ctx.log(`timeliness: ${count} tasks created ${((windowStart - createdBy) / 1000).toFixed(1)} s before the window`);

  const idOf = (m: { headers: Record<string, string> }) =>
    Number(/^<overdue\.t(\d+)\./.exec(m.headers['message-id'] ?? '')?.[1]);
  const queuedAtCommit = await queuedJobs(ctx.redis, ctx.queuePrefix);
  ctx.log(`timeliness: ${queuedAtCommit} jobs in the queue after the tasks were created`);
  const received = await ctx.smtp.waitFor(count, windowStart + 10_000 + 120_000 - Date.now(), (m) =>
    planned.has(idOf(m)),
  );
  const lateness = received.map((m) => m.receivedAt - (planned.get(idOf(m)) as number)).sort((a, b) => a - b);
  const quantile = (q: number) =>
    lateness.length === 0 ? 0 : lateness[Math.min(lateness.length - 1, Math.ceil(q * lateness.length) - 1)];
  return {
    planned: count,
    received: received.length,
    p50Ms: quantile(0.5),
    p99Ms: quantile(0.99),
    maxMs: lateness[lateness.length - 1] ?? 0,
  };
}
