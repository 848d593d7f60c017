import { problemsIn } from '../../scripts/bench/check-results';
import { HttpFigure, OpenLoopFigure } from '../../scripts/bench/http-bench';
import { evaluateTargets, renderReport } from '../../scripts/bench/report';
import { BenchResults } from '../../scripts/bench/results';

const figure = (name: string, rps: number, p50: number, p99: number): HttpFigure => ({
  name,
  route: `GET /api/${name}`,
  connections: 50,
  durationS: 10,
  requests: rps * 10,
  requestsPerSec: rps,
  p50Ms: p50,
  p90Ms: p99,
  p99Ms: p99,
  maxMs: p99,
  errors: 0,
  unanswered: 0,
  non2xx: 0,
  statusCodes: { '200': rps * 10 },
  single: { requestsPerSec: rps / 10, p50Ms: 1, p99Ms: 2 },
});

const openLoop = (
  name: string,
  rps: number,
  p99: number,
  pacing: OpenLoopFigure['pacing'] = 'autocannon',
): OpenLoopFigure => ({
  name,
  route: `GET /api/${name}`,
  offeredRate: 200,
  pacing,
  connections: 50,
  durationS: 10,
  requestsPerSec: rps,
  p50Ms: 5,
  p90Ms: p99,
  p99Ms: p99,
  maxMs: p99,
  errors: 0,
});

function sample(): BenchResults {
  const ceiling = figure('noop', 10_000, 4, 10);
  const routes = ['tasks-by-department', 'tasks-search', 'stats-departments', 'task-by-id', 'task-progress'].map(
    (name) => ({
      ...figure(name, 1_000, 20, 40),
      ratio: { throughput: 0.1, p50: 5, p99: 4 },
    }),
  );
  const partial: Omit<BenchResults, 'targets'> = {
    schemaVersion: 1,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:05:00.000Z',
    command: 'npm run bench',
    machine: {
      cpus: 2,
      cpuModel: 'cpu',
      memoryMb: 4096,
      node: 'v20',
      platform: 'linux',
      loadAverage: { start: 0.1, beforeHttp: 0.2 },
    },
    options: {},
    dataset: {
      database: 'sqlite',
      tasks: 10,
      departments: 3,
      sessions: 2,
      statusCounts: { in_progress: 4, overdue: 6 },
      rows: { tasks: 10 },
      generationMs: 5,
    },
    http: {
      ceiling,
      routes,
      // tasks-by-department: 1,000 req/s against 1,600 reads/s of its SQL alone; search at 1,000 req/s too.
      listCeilings: ['tasks-by-department', 'tasks-search'].map((name) => ({
        name,
        statementsPerRead: 3,
        reads: 16_000,
        durationS: 10,
        readsPerSec: 1_600,
        statementsPerSec: 4_800,
        pageSql: 'SELECT … LIMIT 50',
        routeRatio: 0.625,
      })),
      openLoop: [
        openLoop('tasks-by-department', 200, 60),
        openLoop('tasks-by-department', 200, 120, 'even'),
        openLoop('tasks-search', 180, 400),
        openLoop('tasks-search', 200, 80, 'even'),
      ],
    },
    scheduling: {
      openTasks: 10,
      horizonMs: 120_000,
      pendingRows: 45,
      burst: 30,
      jobs: 40,
      reconcileMs: 10,
      waitedForReconcilerMs: 100,
      jobsPerSec: 4_000,
      ceiling: { jobs: 40, ms: 5, jobsPerSec: 8_000 },
      ratio: 0.5,
      jobsHeld: 10,
      redisBytes: 1_000,
      redisBytesPerOpenTask: 100,
      bytesPerJob: 900,
      busiestHorizonJobs: 12,
      busiestHorizonBytesPerOpenTask: 1_180,
      everyRowQueuedBytesPerOpenTask: 4_150,
    },
    digest: {
      messages: 4,
      departments: 3,
      ms: 500,
      peakRssMb: 180,
      baselineRssMb: 150,
      ceiling: { ms: 5 },
      ratio: 100,
    },
    timeliness: { planned: 10, received: 10, p50Ms: 100, p99Ms: 1_200, maxMs: 1_300 },
    footprint: {
      startToFirst200Ms: 1_500,
      firstStartMs: 2_500,
      // Read before V8's memory reducer ran, and after: the target is on the second.
      idleRssMb: 210,
      settledRssMb: 160,
      loadRssMb: 200,
      startupPeakRssMb: 220,
      startupReconcile: { jobs: 40, ms: 30 },
    },
    notes: [],
  };
  return { ...partial, targets: evaluateTargets(partial) };
}

describe('bench results', () => {
  it('accepts a complete result', () => {
    expect(problemsIn(sample())).toEqual([]);
  });

  it('names what is missing or malformed', () => {
    const broken = sample();
    broken.http.routes = broken.http.routes.filter((r) => r.name !== 'tasks-search');
    broken.digest = null;
    broken.timeliness!.received = 9;
    broken.footprint.idleRssMb = Number.NaN;
    broken.dataset.statusCounts.overdue = 5;
    broken.scheduling!.jobs = 20;
    broken.http.listCeilings = broken.http.listCeilings.filter((c) => c.name !== 'tasks-search');
    broken.http.openLoop[0].errors = 3;
    broken.http.openLoop = broken.http.openLoop.filter((o) => !(o.name === 'tasks-search' && o.pacing === 'even'));
    expect(problemsIn(broken)).toEqual(
      expect.arrayContaining([
        'http route tasks-search missing',
        'digest missing',
        'timeliness: 9 of 10 reminders received',
        'footprint.idleRssMb is null',
        'status counts add up to 9, not 10',
        'scheduling: 20 jobs re-created for a burst of 30',
        'list ceiling tasks-search missing',
        'open-loop tasks-by-department had 3 errors',
        'open-loop tasks-search (evenly spaced) missing',
      ]),
    );
  });

  it('checks each target against its figure', () => {
    const targets = Object.fromEntries(sample().targets.map((t) => [t.figure, t.met]));
    expect(targets).toEqual({
      'GET /api/tasks (department + status) p99': false,
      'GET /api/tasks?q= (search) p99': false,
      'GET /api/tasks (department + status) vs its SQL through the raw driver': true,
      'GET /api/tasks (department + status) p99 at an offered 200 req/s': true,
      'GET /api/tasks?q= (search) p99 at an offered 200 req/s': false,
      'GET /api/tasks (department + status) p99 at 200 req/s evenly spaced': false,
      'GET /api/tasks?q= (search) p99 at 200 req/s evenly spaced': true,
      'Filtered list req/s over search req/s': true,
      'GET /api/stats/departments p50': true,
      'Reconciler vs raw addBulk': true,
      'Redis memory per open task (busiest horizon)': false,
      'All digests': true,
      'Reminder lateness p99': false,
      'Idle memory (RSS), settled': true,
      'Start to first 200 on /health': true,
    });
  });

  it('counts a route that answered nothing as a missed target, not as 0 ms', () => {
    const results = sample();
    Object.assign(results.http.routes[0], { requests: 0, p50Ms: 0, p99Ms: 0 });
    const [first] = evaluateTargets(results);
    expect(first).toMatchObject({ met: false });
    expect(renderReport({ ...results, targets: evaluateTargets(results) })).toContain('no answer');
  });

  it('renders every section as Markdown tables', () => {
    const text = renderReport(sample());
    for (const heading of ['### HTTP', '### Scheduling, digest, timeliness, footprint', '### Targets'])
      expect(text).toContain(heading);
    expect(text).toContain('| ceiling: GET /api/noop');
    expect(text).toContain(
      'Reconciler after a flush: 40 jobs due within the 120 s horizon (a burst of 30 due together)',
    );
    expect(text).toContain('| 100 B / 1,180 B (900 B per job)');
    expect(text).toContain('### The list routes against their SQL through the raw driver, and under an offered load');
    expect(text).toContain('| GET /api/tasks-by-department | 1,600 (4,800, 3)');
    expect(text).toContain('Filtered list over search (req/s at 50 connections): 1×.');
  });

  it('counts an open-loop run with errors as a missed latency target', () => {
    const results = sample();
    results.http.openLoop[0].errors = 1;
    const target = evaluateTargets(results).find((t) =>
      t.figure.startsWith('GET /api/tasks (department + status) p99 at'),
    );
    expect(target).toMatchObject({ met: false });
  });
});
