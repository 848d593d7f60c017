import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { JobOptions, Queue } from 'bull';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { JobName, JobPayloads, JOBS, NOTIFICATION_QUEUE } from './queue.constants';

export interface ScheduledJob<N extends JobName = JobName> {
  name: N;
  data: JobPayloads[N];
  /** Deterministic id: adding a job whose id exists is a no-op in Bull. */
  jobId: string;
  /** When the job should run; now or in the past runs it at once. */
  runAt?: Date;
}

/** Whether Redis holds a job, and whether that job is over (completed or failed for good). */
export type JobPresence = 'missing' | 'finished' | 'live';

const RECURRING_RETRIES: JobOptions = { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } };
/** Longest a caller waits on Redis; past that the work is left to the reconciler. */
const REDIS_CALL_TIMEOUT_MS = 5_000;
/** How long shutdown waits for the active jobs before leaving them to Bull's stalled-job recovery. */
const SHUTDOWN_GRACE_MS = 20_000;

/**
 * The one place that talks to the Bull queue: it owns the job options (ids,
 * attempts, backoff, retention), adds jobs without ever blocking a caller while
 * Redis is away, and closes the queue on shutdown after the active jobs finish.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly reconnectListeners: Array<() => void> = [];
  private wasReady = false;
  private lastErrorLog = 0;
  private blockingClientWatched = false;
  private closing?: Promise<void>;
  /** Redis's id of the connection Bull waits for new jobs on (BRPOPLPUSH), once it is known. */
  private blockingClientId?: string;

  constructor(
    @InjectQueue(NOTIFICATION_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {
    // @nestjs/bull registers the @Process handlers without awaiting what Bull's
    // process() returns: a promise that only settles when the queue closes or its
    // loop fails, failures already emitted as queue errors (logged below). A
    // rejection there must not become an unhandled one.
    const process = queue.process.bind(queue) as (...args: unknown[]) => Promise<void>;
    queue.process = ((...args: unknown[]) => {
      this.watchBlockingClient();
      const running = process(...args);
      running.catch(() => undefined);
      return running;
    }) as Queue['process'];
    // Bull names the worker's connection once per handler (setHandler) without awaiting it. The naming
    // waits for the command connection to be ready and fails with the connection's last error if that
    // connection ends first: with Redis unreachable, at shutdown, one unhandled rejection per handler.
    // Naming the connection is cosmetic (CLIENT LIST); its failure is dropped.
    const namer = queue as Queue & { setWorkerName(): Promise<void> };
    const setWorkerName = namer.setWorkerName.bind(queue);
    namer.setWorkerName = () => {
      const naming = setWorkerName();
      naming.catch(() => undefined);
      return naming;
    };
  }

  onModuleInit(): void {
    // Bull re-emits every Redis client error on the queue; during an outage that
    // is one per reconnect attempt, so they are logged at most every 30 s.
    this.queue.on('error', (error: Error) => {
      const now = Date.now();
      if (now - this.lastErrorLog > 30_000) {
        this.lastErrorLog = now;
        this.logger.warn(`Queue Redis error: ${error.message}; jobs are kept in the database until Redis is back`);
      }
    });
    this.queue.client.on('ready', () => {
      if (this.wasReady) this.logger.log('Queue Redis connection is back');
      this.wasReady = true;
      for (const listener of this.reconnectListeners) listener();
    });
    this.queue.client.on('close', () => {
      if (this.wasReady && !this.closing) this.logger.warn('Queue Redis connection lost');
    });
  }

  /** True when the queue's Redis connection is up; callers skip Redis work otherwise. */
  isAvailable(): boolean {
    return this.queue.client.status === 'ready' && !this.closing;
  }

  /** Called each time the queue's Redis connection becomes ready (at start and after an outage). */
  onReady(listener: () => void): void {
    this.reconnectListeners.push(listener);
    if (this.isAvailable()) listener();
  }

  /**
   * Adds jobs in one round trip. Returns false, without waiting, when Redis is
   * unreachable; the rows stay pending in the database for the reconciler.
   */
  async enqueue(jobs: ScheduledJob[]): Promise<boolean> {
    if (jobs.length === 0) return true;
    if (!this.isAvailable()) return false;
    const now = Date.now();
    await withTimeout(
      this.queue.addBulk(jobs.map((job) => ({ name: job.name, data: job.data, opts: this.jobOptions(job, now) }))),
      REDIS_CALL_TIMEOUT_MS,
      'adding jobs',
    );
    return true;
  }

  /** For each job id: absent from Redis, finished for good, or still to run (waiting, delayed, active). */
  async presence(jobIds: string[]): Promise<JobPresence[]> {
    if (jobIds.length === 0) return [];
    const pipeline = this.queue.client.pipeline();
    for (const id of jobIds) pipeline.hmget(this.queue.toKey(id), 'timestamp', 'finishedOn');
    const results = (await withTimeout(pipeline.exec(), REDIS_CALL_TIMEOUT_MS, 'reading jobs')) ?? [];
    return results.map(([error, value]) => {
      if (error) throw error;
      const [timestamp, finishedOn] = value as Array<string | null>;
      if (timestamp === null) return 'missing';
      return finishedOn === null ? 'live' : 'finished';
    });
  }

  /** Removes jobs that are no longer wanted (best effort: an active job keeps its lock and is skipped). */
  async remove(jobIds: string[]): Promise<void> {
    if (jobIds.length === 0 || !this.isAvailable()) return;
    await withTimeout(
      Promise.all(
        jobIds.map(async (id) => {
          const job = await this.queue.getJob(id);
          await job?.remove().catch(() => undefined);
        }),
      ),
      REDIS_CALL_TIMEOUT_MS,
      'removing jobs',
    );
  }

  /**
   * Keeps exactly one repeatable job of this name, on this cron and time zone.
   * Called by the reconciler so that a Redis flush also restores the schedule.
   */
  async ensureRepeatable<N extends JobName>(name: N, data: JobPayloads[N], cron: string, tz: string): Promise<void> {
    if (!this.isAvailable()) return;
    const repeatables = await withTimeout(this.queue.getRepeatableJobs(), REDIS_CALL_TIMEOUT_MS, 'reading schedules');
    for (const repeatable of repeatables) {
      if (repeatable.name === name && (repeatable.cron !== cron || repeatable.tz !== tz)) {
        await this.queue.removeRepeatableByKey(repeatable.key);
      }
    }
    if (!repeatables.some((r) => r.name === name && r.cron === cron && r.tz === tz)) {
      await withTimeout(
        this.queue.add(name, data, { ...this.retention(), ...RECURRING_RETRIES, repeat: { cron, tz }, jobId: name }),
        REDIS_CALL_TIMEOUT_MS,
        'adding the schedule',
      );
    }
  }

  /**
   * Removes up to `limit` one-off jobs due after `instant` (the repeatable
   * digest stays); answers how many went. They were queued under a longer
   * horizon (an earlier version queued every reminder up front); their rows
   * stay pending and are queued again once they come within the horizon.
   */
  async removeDelayedAfter(instant: Date, limit: number): Promise<number> {
    if (!this.isAvailable()) return 0;
    // Bull scores a delayed job by its due time × 0x1000 plus a counter.
    const ids = await withTimeout(
      this.queue.client.zrangebyscore(
        this.queue.toKey('delayed'),
        (instant.getTime() + 1) * 0x1000,
        '+inf',
        'LIMIT',
        0,
        limit,
      ),
      REDIS_CALL_TIMEOUT_MS,
      'reading delayed jobs',
    );
    const oneOff = ids.filter((id) => !id.startsWith('repeat:'));
    await this.remove(oneOff);
    return oneOff.length;
  }

  /**
   * A lock shared by every instance on the same Redis and prefix, held until it
   * expires; true when this caller got it.
   */
  async tryLock(name: string, ttlMs: number): Promise<boolean> {
    if (!this.isAvailable()) return false;
    const key = `${this.config.queuePrefix}:${NOTIFICATION_QUEUE}:lock:${name}`;
    const result = await withTimeout(
      this.queue.client.set(key, randomUUID(), 'PX', ttlMs, 'NX'),
      REDIS_CALL_TIMEOUT_MS,
      'taking a lock',
    );
    return result === 'OK';
  }

  /**
   * The first shutdown hook Nest calls, so the active jobs finish while the
   * database and the mail transport (closed in later hooks) are still there.
   */
  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  /**
   * Stops taking new jobs and waits for the active ones to finish. A job still
   * running after the grace period keeps its row's lease; Bull moves it back to
   * waiting once its lock expires, so it is retried, not lost.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), SHUTDOWN_GRACE_MS);
      });
      const closed = this.queue.close().then(
        () => 'closed' as const,
        (error: unknown) => {
          // Bull disconnects each Redis connection and fails if one reports an error meanwhile: with Redis
          // unreachable, a reconnect attempt in flight ends in ECONNREFUSED. Shutting down goes on regardless.
          this.logger.warn(
            `Queue Redis error while closing: ${error instanceof Error ? error.message : String(error)}`,
          );
          return 'failed' as const;
        },
      );
      const unblocking = this.endBlockingWaits();
      const outcome = await Promise.race([closed, gaveUp]);
      await unblocking;
      clearTimeout(timer);
      if (outcome !== 'closed') {
        if (outcome === 'timeout')
          this.logger.warn('Active jobs did not finish in time; they will be retried after their lock expires');
        // Not in Bull's typings: drops the connections without waiting for the active jobs.
        await (this.queue as Queue & { disconnect(): Promise<void> }).disconnect().catch(() => undefined);
      }
    })();
    return this.closing;
  }

  /**
   * Notes the id Redis gives the blocking connection, each time it connects. The reply comes at once: the
   * listener runs before Bull's processing loops send their first BRPOPLPUSH on it.
   */
  private watchBlockingClient(): void {
    if (this.blockingClientWatched) return;
    this.blockingClientWatched = true;
    // Not in Bull's typings: the connection its processing loops block on; created here if not yet.
    const bclient = (this.queue as Queue & { bclient: Redis }).bclient;
    // Bull's close reconnects this connection (to end its blocking call) and handles that reconnection's
    // failure only once the jobs in flight end; with Redis unreachable it fails first and would count as an
    // unhandled rejection. A handler is attached at once; Bull still sees the failure.
    const connect = bclient.connect.bind(bclient);
    bclient.connect = (...args: Parameters<Redis['connect']>) => {
      const connecting = connect(...args);
      connecting.catch(() => undefined);
      return connecting;
    };
    bclient.on('ready', () => {
      this.blockingClientId = undefined;
      bclient
        .call('CLIENT', 'ID')
        .then((id: unknown) => (this.blockingClientId = String(id)))
        .catch(() => undefined);
    });
  }

  /**
   * Bull's close sends QUIT on the blocking connection and waits for its answer at most 500 ms before it drops
   * the connection. Redis reads that QUIT only after the BRPOPLPUSH calls ahead of it (one per processing
   * slot, each waiting up to 5 s for a job) return, so every close spent the whole 500 ms. Once the queue is
   * closing (no loop sends another one), those calls are ended as their timeout would end them (CLIENT
   * UNBLOCK: no reply but nil, no job moved), one after the other, and the QUIT is answered. Jobs in flight
   * are still waited for as before. Where Redis refuses the command, Bull's own 500 ms wait is left.
   */
  private async endBlockingWaits(): Promise<void> {
    const id = this.blockingClientId;
    if (id === undefined || this.queue.client.status !== 'ready') return;
    // Bounded: one per processing slot is enough; a slot that sent its call late only costs Bull's wait.
    for (let attempt = 0; attempt < 64; attempt++) {
      const unblocked = await withTimeout(
        this.queue.client.call('CLIENT', 'UNBLOCK', id),
        REDIS_CALL_TIMEOUT_MS,
        'ending the wait for jobs',
      ).catch(() => 0);
      if (unblocked !== 1) return;
    }
  }

  private jobOptions(job: ScheduledJob, now: number): JobOptions {
    const delay = job.runAt ? Math.max(0, job.runAt.getTime() - now) : 0;
    const retries: JobOptions =
      job.name === JOBS.send || job.name === JOBS.sendPeriod
        ? {
            attempts: this.config.mailMaxAttempts,
            backoff: { type: 'exponential', delay: this.config.mailRetryDelayMs },
          }
        : RECURRING_RETRIES;
    return { ...this.retention(), ...retries, jobId: job.jobId, delay };
  }

  /** Bounded history in Redis: the database keeps the full record. */
  private retention(): Pick<JobOptions, 'removeOnComplete' | 'removeOnFail'> {
    return {
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer in ${ms} ms while ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
