import { HttpFigure, OpenLoopFigure } from './http-bench';
import { ListCeiling } from './list-ceiling';

/** Shape of bench-results.json; `check-results` validates a file against it. */
export interface BenchResults {
  schemaVersion: 1;
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryMb: number;
    node: string;
    platform: string;
    /** 1-minute load average when the run started and when the HTTP figures began: other work on the machine skews them. */
    loadAverage: { start: number; beforeHttp: number };
  };
  options: Record<string, unknown>;
  dataset: {
    database: 'sqlite' | 'postgres';
    tasks: number;
    departments: number;
    sessions: number;
    statusCounts: Record<string, number>;
    rows: Record<string, number>;
    generationMs: number;
  };
  http: {
    ceiling: HttpFigure;
    routes: Array<HttpFigure & { ratio: { throughput: number; p50: number; p99: number } }>;
    /**
     * The list routes' SQL through the raw driver in the bench process, one
     * statement after another (see list-ceiling.ts), with the route's req/s as
     * a share of it (`routeRatio`).
     */
    listCeilings: Array<ListCeiling & { routeRatio: number }>;
    /** The list routes under an offered load: autocannon's overallRate, and requests evenly spaced (OpenLoopFigure.pacing). */
    openLoop: OpenLoopFigure[];
  };
  scheduling: {
    openTasks: number;
    /** 2 × RECONCILE_INTERVAL_MS: the app queues in Redis only what falls due this far ahead. */
    horizonMs: number;
    /** Pending notifications in the database: the whole schedule. */
    pendingRows: number;
    /** Reminders due together, just inside the horizon, written before the flush. */
    burst: number;
    /** Jobs the reconciler re-created after the flush: the burst and what the data set has due within the horizon. */
    jobs: number;
    reconcileMs: number;
    /** From the deletion of the keys to the reconciler's first re-created job (its timer). */
    waitedForReconcilerMs: number;
    jobsPerSec: number;
    ceiling: { jobs: number; ms: number; jobsPerSec: number };
    ratio: number;
    /** Jobs to run that Redis holds for the data set once the burst is taken back. */
    jobsHeld: number;
    /** MEMORY USAGE of every key under the app's prefix then. */
    redisBytes: number;
    redisBytesPerOpenTask: number;
    /** Redis bytes one queued job takes (the burst's jobs, measured). */
    bytesPerJob: number;
    /** Most pending rows due within any one horizon of the data set: the most jobs Redis holds for it. */
    busiestHorizonJobs: number;
    /** redisBytes plus the busiest horizon's jobs, per open task: the high-water mark of this data set. */
    busiestHorizonBytesPerOpenTask: number;
    /** What queuing every pending row up front would take, per open task (the schedule before the horizon). */
    everyRowQueuedBytesPerOpenTask: number;
  } | null;
  digest: {
    messages: number;
    departments: number;
    ms: number;
    peakRssMb: number;
    baselineRssMb: number;
    /** The content's SQL as the sender runs it (per batch of departments); perDepartmentMs: one query per department. */
    ceiling: { ms: number; perDepartmentMs?: number };
    ratio: number;
  } | null;
  timeliness: {
    planned: number;
    received: number;
    p50Ms: number;
    p99Ms: number;
    maxMs: number;
  } | null;
  footprint: {
    /** A restart on the same database and Redis, as deployments restart. */
    startToFirst200Ms: number;
    /** The very first start: a database never opened by the app, an empty Redis prefix. */
    firstStartMs: number;
    /** After a restart and `idleWait` seconds without work. */
    idleRssMb: number;
    /** The same process `settleWait` seconds later, after V8's memory reducer has run. */
    settledRssMb: number;
    loadRssMb: number;
    /** Peak resident memory (VmHWM) up to the end of the start-up reconciliation. */
    startupPeakRssMb: number;
    /** The app's first reconciliation on an empty queue prefix: what falls due within the horizon queued. */
    startupReconcile: { jobs: number; ms: number };
  };
  targets: Array<{ figure: string; target: string; value: number | null; unit: string; met: boolean | null }>;
  /** Phases that could not run, with why. */
  notes: string[];
}
