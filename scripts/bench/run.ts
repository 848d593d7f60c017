import 'reflect-metadata';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { resolveProjectPath } from '../../src/config/app-config';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { ApiClient } from './api-client';
import { freePort } from '../free-port';
import { AppProcess, RssSampler, sleep } from './app-process';
import { generateDataset } from './dataset';
import { HttpFigure, HttpScenario, measureOpenLoop, measurePacedLoad, measureRoute, round } from './http-bench';
import { ListRequest, listPath, measureListCeiling } from './list-ceiling';
import { BenchOptions, parseBenchOptions } from './options';
import { Random } from './random';
import { PrefixedKeys } from './redis-keys';
import {
  measureDigest,
  measureScheduling,
  measureTimeliness,
  ReminderBenchContext,
  waitForReconciledQueue,
} from './reminders-bench';
import { evaluateTargets, renderReport } from './report';
import { BenchResults } from './results';
import { createScratchDatabase } from './scratch-database';
import { SmtpSink } from './smtp-sink';
import { Teardown } from './teardown';
import { SEARCH_QUERIES } from './vocabulary';
import type { TaskStatus } from '../../src/tasks/task-status';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const PROVINCE_NAME = 'tỉnh Bắc Kạn';
const MAIL_FROM = `Văn phòng UBND ${PROVINCE_NAME} <no-reply@localhost>`;
const MB = 1024;
/** The offered load of the open-loop figures (issue: p99 < 100 ms at 200 req/s). */
const OPEN_LOOP_RATE = 200;
const DUE_SOON_DAYS = 3;

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function bench(options: BenchOptions, teardown: Teardown): Promise<BenchResults> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0];
  const notes: string[] = [];
  log(`${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 20)} MB, Node ${process.version}`);

  const database = await createScratchDatabase(options.database, options.postgresUrl);
  if (options.keep) log(`the scratch database is kept: ${database.location}`);
  else teardown.add('drop the scratch database', () => database.drop());
  const port = await freePort();
  const reminderSettings = {
    offsets: ['7d', '3d', '1d', '0d'],
    reminderTime: '08:00',
    timeZone: TIME_ZONE,
    appUrl: `http://127.0.0.1:${port}`,
    mailFrom: MAIL_FROM,
    province: PROVINCE_NAME,
  };
  log(`building ${options.tasks} tasks in ${database.location}`);
  const dataSource = new DataSource(buildDataSourceOptions({ url: database.url }));
  await dataSource.initialize();
  let dataset;
  try {
    dataset = await generateDataset(dataSource, database.dialect, options, startedAt, reminderSettings);
  } finally {
    await dataSource.destroy();
  }
  log(`data set ready in ${(dataset.generationMs / 1000).toFixed(1)} s: ${JSON.stringify(dataset.rows)}`);

  const smtp = new SmtpSink();
  await smtp.start();
  teardown.add('stop the SMTP sink', () => smtp.stop());

  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
  await redis.connect();
  teardown.add('close the Redis connection', async () => void (await redis.quit()));
  const queuePrefix = `bench${randomBytes(4).toString('hex')}`;
  const keys = new PrefixedKeys(redis, queuePrefix);
  teardown.add(`delete the Redis keys under ${queuePrefix}:`, async () => void (await keys.delete()));

  const adminEmail = 'bench.admin@example.gov.vn';
  const adminPassword = randomBytes(12).toString('base64url');
  const outbox = resolveProjectPath(`data/bench/outbox_${queuePrefix}`);
  teardown.add('remove the outbox folder', () => fs.rmSync(outbox, { recursive: true, force: true }));
  const appEnv = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_URL: reminderSettings.appUrl,
    DATABASE_URL: database.url,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'warn',
    SMTP_URL: smtp.url,
    OUTBOX_DIR: outbox,
    APP_TIMEZONE: TIME_ZONE,
    DUE_SOON_DAYS: String(DUE_SOON_DAYS),
    OFFICE_EMAILS: 'vanphong@example.gov.vn,chanhvanphong@example.gov.vn',
    MAIL_FROM,
    PROVINCE_NAME,
    REMINDER_OFFSETS: reminderSettings.offsets.join(','),
    REMINDER_TIME: reminderSettings.reminderTime,
    RECONCILE_INTERVAL_MS: String(options.reconcileIntervalMs),
    BENCH_NOOP_ROUTE: 'on',
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    JWT_SECRET: randomBytes(32).toString('hex'),
  };
  let app = new AppProcess(port, appEnv);
  teardown.add('stop the app', () => app.stop());
  log(`starting the app on port ${port}`);
  const firstStartMs = await app.start();
  log(`first start: 200 on /health after ${Math.round(firstStartMs)} ms`);

  const api = new ApiClient(app.baseUrl, () => app.describe());
  const routes = await api.routes();
  if (routes.has('POST /api/auth/login')) {
    const session = await api.post<{ accessToken: string }>('/api/auth/login', {
      email: adminEmail,
      password: adminPassword,
    });
    api.token = session.accessToken;
  }

  const reminders: ReminderBenchContext = {
    api,
    app,
    smtp,
    redis,
    queuePrefix,
    databaseUrl: database.url,
    dialect: database.dialect,
    redisUrl: options.redisUrl,
    openTasks:
      dataset.statusCounts.in_progress +
      dataset.statusCounts.due_soon +
      dataset.statusCounts.overdue +
      dataset.statusCounts.standing,
    reconcileIntervalMs: options.reconcileIntervalMs,
    // A busy REMINDER_TIME: the reminders of a working day come due together.
    burstJobs: Math.min(10_000, Math.max(100, Math.round(options.tasks / 10))),
    departmentIds: dataset.departmentIds,
    log,
  };
  // A new queue prefix is an empty Redis: the app's start-up reconciliation queues what falls due within its horizon.
  const startupReconcile = await waitForReconciledQueue(reminders);
  log(`start-up reconciliation: ${startupReconcile.jobs} jobs queued in ${(startupReconcile.ms / 1000).toFixed(1)} s`);

  const startupPeakRssMb = app.peakKb() / MB;

  // A deployment restarts far more often than it meets an empty Redis: start again on the same
  // database and Redis (the schedule intact) and take the start time and idle memory from that.
  await app.stop();
  app = new AppProcess(port, appEnv);
  reminders.app = app;
  const startToFirst200Ms = await app.start();
  log(`restart: 200 on /health after ${Math.round(startToFirst200Ms)} ms`);
  await sleep(options.idleWait * 1000);
  const idleRssMb = app.rssKb() / MB;
  log(`idle RSS ${idleRssMb.toFixed(1)} MB`);
  await sleep(options.settleWait * 1000);
  const settledRssMb = app.rssKb() / MB;
  log(`idle RSS after ${options.idleWait + options.settleWait} s: ${settledRssMb.toFixed(1)} MB`);

  // 1. HTTP, each route against the no-op route of the same app.
  const random = new Random(7);
  const statusFilters = ['overdue', 'in_progress,due_soon', 'overdue,due_soon', 'done_late'];
  // The list routes' requests, drawn alike for the route and for its SQL run alone (list-ceiling.ts).
  const listRequests: Record<string, () => ListRequest> = {
    'tasks-by-department': () => ({
      filter: {
        departmentId: random.pick(dataset.departmentIds),
        status: random.pick(statusFilters).split(',') as TaskStatus[],
      },
      limit: 50,
    }),
    'tasks-search': () => ({ filter: { q: random.pick(SEARCH_QUERIES) }, limit: 50 }),
  };
  const scenarios: HttpScenario[] = [
    {
      name: 'tasks-by-department',
      route: 'GET /api/tasks?departmentId=…&status=…&limit=50',
      method: 'GET',
      next: () => ({ path: listPath(listRequests['tasks-by-department']()) }),
    },
    {
      name: 'tasks-search',
      route: 'GET /api/tasks?q=… (no diacritics)&limit=50',
      method: 'GET',
      next: () => ({ path: listPath(listRequests['tasks-search']()) }),
    },
    {
      name: 'stats-departments',
      route: 'GET /api/stats/departments',
      method: 'GET',
      next: () => ({ path: '/api/stats/departments' }),
    },
    {
      name: 'task-by-id',
      route: 'GET /api/tasks/:id',
      method: 'GET',
      next: () => ({ path: `/api/tasks/${random.int(1, options.tasks)}` }),
    },
    {
      name: 'task-progress',
      route: 'POST /api/tasks/:id/progress',
      method: 'POST',
      next: () => ({
        path: `/api/tasks/${random.pick(dataset.openTaskIds)}/progress`,
        body: { percent: random.int(5, 95), note: 'Đã triển khai, đang tổng hợp kết quả.' },
      }),
    },
  ];
  const runOptions = {
    baseUrl: app.baseUrl,
    connections: options.connections,
    durationS: options.duration,
    warmupS: options.warmup,
    headers: api.authHeaders,
  };
  const loadBeforeHttp = os.loadavg()[0];
  const load = new RssSampler(app.pid).start();
  log('HTTP: ceiling (no-op route)');
  const ceiling = await measureRoute(
    { name: 'noop', route: 'GET /api/bench/noop', method: 'GET', next: () => ({ path: '/api/bench/noop' }) },
    runOptions,
  );
  const httpRoutes: BenchResults['http']['routes'] = [];
  for (const scenario of scenarios) {
    const template = scenario.route.split(/[? ]/)[1].replace(':id', '{id}');
    if (!routes.has(`${scenario.method} ${template}`)) {
      notes.push(`${scenario.route} is not served by this build; not measured.`);
      continue;
    }
    log(`HTTP: ${scenario.route}`);
    const figure: HttpFigure = await measureRoute(scenario, runOptions);
    httpRoutes.push({
      ...figure,
      ratio: {
        throughput: round(figure.requestsPerSec / ceiling.requestsPerSec, 3),
        p50: round(figure.p50Ms / Math.max(ceiling.p50Ms, 0.01), 2),
        p99: round(figure.p99Ms / Math.max(ceiling.p99Ms, 0.01), 2),
      },
    });
  }
  const loadRssMb = load.stop() / MB;

  const listCeilings: BenchResults['http']['listCeilings'] = [];
  const openLoop: BenchResults['http']['openLoop'] = [];
  for (const [name, next] of Object.entries(listRequests)) {
    const route = httpRoutes.find((r) => r.name === name);
    if (!route) continue;
    log(`HTTP: ${name}, its SQL through the raw driver`);
    const sql = await measureListCeiling(
      name,
      database.url,
      { timeZone: TIME_ZONE, dueSoonDays: DUE_SOON_DAYS },
      next,
      options.duration,
    );
    listCeilings.push({ ...sql, routeRatio: round(route.requestsPerSec / sql.readsPerSec, 3) });
    const scenario = scenarios.find((s) => s.name === name)!;
    log(`HTTP: ${name} at an offered ${OPEN_LOOP_RATE} req/s (autocannon's overallRate)`);
    openLoop.push(await measureOpenLoop(scenario, runOptions, OPEN_LOOP_RATE));
    log(`HTTP: ${name} at an offered ${OPEN_LOOP_RATE} req/s, evenly spaced`);
    openLoop.push(await measurePacedLoad(scenario, runOptions, OPEN_LOOP_RATE));
  }

  log('scheduling: reconciler after a flush of the queue keys, against addBulk; Redis memory');
  const scheduling = await measureScheduling(reminders);
  log('digest: all department digests and the office summary');
  const digest = await measureDigest(reminders);
  log(`timeliness: ${options.dueTogether} reminders due within 10 s`);
  const timeliness = await measureTimeliness(reminders, options.dueTogether);

  const partial: Omit<BenchResults, 'targets'> = {
    schemaVersion: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryMb: Math.round(os.totalmem() / 2 ** 20),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: { start: round(loadAtStart), beforeHttp: round(loadBeforeHttp) },
    },
    options: { ...options },
    dataset: {
      database: options.database,
      tasks: options.tasks,
      departments: options.departments,
      sessions: options.sessions,
      statusCounts: dataset.statusCounts,
      rows: dataset.rows,
      generationMs: dataset.generationMs,
    },
    http: { ceiling, routes: httpRoutes, listCeilings, openLoop },
    scheduling,
    digest,
    timeliness,
    footprint: {
      startToFirst200Ms: round(startToFirst200Ms, 0),
      idleRssMb: round(idleRssMb, 1),
      settledRssMb: round(settledRssMb, 1),
      loadRssMb: round(loadRssMb, 1),
      firstStartMs: round(firstStartMs, 0),
      startupPeakRssMb: round(startupPeakRssMb, 1),
      startupReconcile: { jobs: startupReconcile.jobs, ms: startupReconcile.ms },
    },
    notes,
  };
  return { ...partial, targets: evaluateTargets(partial) };
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const teardown = new Teardown();
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping what the bench started`);
    void teardown.runAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let results: BenchResults;
  try {
    results = await bench(options, teardown);
  } finally {
    await teardown.runAll();
  }
  const output = path.resolve(process.cwd(), options.output);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(renderReport(results));
  log(`results written to ${output}`);
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
