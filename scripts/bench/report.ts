import { OpenLoopFigure, round } from './http-bench';
import { BenchResults } from './results';

type Target = BenchResults['targets'][number];

/** The first targets of the benchmark issue, each checked against this run's figure. */
export function evaluateTargets(results: Omit<BenchResults, 'targets'>): Target[] {
  // A route that answered nothing within the run has no latency: it counts as missed, not as 0 ms.
  const route = (name: string) => {
    const found = results.http.routes.find((r) => r.name === name);
    return found && found.requests > 0
      ? found
      : found
        ? { p50Ms: Number.MAX_SAFE_INTEGER, p99Ms: Number.MAX_SAFE_INTEGER }
        : undefined;
  };
  // An open-loop run with errors answered some requests with failures: its latency does not count.
  const openLoop = (name: string, pacing: OpenLoopFigure['pacing'] = 'autocannon') => {
    const found = results.http.openLoop.find((r) => r.name === name && r.pacing === pacing);
    return found && found.errors === 0 ? found : found ? { p99Ms: Number.MAX_SAFE_INTEGER } : undefined;
  };
  const check = (
    figure: string,
    target: string,
    value: number | null | undefined,
    unit: string,
    ok: (v: number) => boolean,
  ): Target => ({
    figure,
    target,
    value: value ?? null,
    unit,
    met: value === null || value === undefined ? null : ok(value),
  });
  return [
    check(
      'GET /api/tasks (department + status) p99',
      '< 25 ms',
      route('tasks-by-department')?.p99Ms,
      'ms',
      (v) => v < 25,
    ),
    check('GET /api/tasks?q= (search) p99', '< 25 ms', route('tasks-search')?.p99Ms, 'ms', (v) => v < 25),
    check(
      'GET /api/tasks (department + status) vs its SQL through the raw driver',
      '≥ 0.5',
      results.http.listCeilings.find((c) => c.name === 'tasks-by-department')?.routeRatio,
      '×',
      (v) => v >= 0.5,
    ),
    ...(['autocannon', 'even'] as const).flatMap((pacing) =>
      (
        [
          ['tasks-by-department', 'GET /api/tasks (department + status)'],
          ['tasks-search', 'GET /api/tasks?q= (search)'],
        ] as const
      ).map(([name, label]) =>
        check(
          `${label} p99 at ${pacing === 'even' ? '200 req/s evenly spaced' : 'an offered 200 req/s'}`,
          '< 100 ms',
          openLoop(name, pacing)?.p99Ms,
          'ms',
          (v) => v < 100,
        ),
      ),
    ),
    check(
      'Filtered list req/s over search req/s',
      '≤ 2',
      route('tasks-by-department') && route('tasks-search') ? listOverSearch(results.http.routes) : null,
      '×',
      (v) => v <= 2,
    ),
    check('GET /api/stats/departments p50', '< 50 ms', route('stats-departments')?.p50Ms, 'ms', (v) => v < 50),
    check('Reconciler vs raw addBulk', '≥ 0.5', results.scheduling?.ratio, '×', (v) => v >= 0.5),
    check(
      'Redis memory per open task (busiest horizon)',
      '≤ 1 KB',
      results.scheduling ? results.scheduling.busiestHorizonBytesPerOpenTask : null,
      'B',
      (v) => v <= 1024,
    ),
    check('All digests', '< 5 s', results.digest ? results.digest.ms / 1000 : null, 's', (v) => v < 5),
    check(
      'Reminder lateness p99',
      '< 1 s',
      results.timeliness ? results.timeliness.p99Ms / 1000 : null,
      's',
      (v) => v < 1,
    ),
    check('Idle memory (RSS), settled', '< 200 MB', results.footprint.settledRssMb, 'MB', (v) => v < 200),
    check('Start to first 200 on /health', '< 3 s', results.footprint.startToFirst200Ms / 1000, 's', (v) => v < 3),
  ];
}

function listOverSearch(routes: BenchResults['http']['routes']): number | null {
  const list = routes.find((r) => r.name === 'tasks-by-department');
  const search = routes.find((r) => r.name === 'tasks-search');
  return list && search ? round(list.requestsPerSec / Math.max(search.requestsPerSec, 0.1), 2) : null;
}

const mark = (met: boolean | null) => (met === null ? 'n/a' : met ? 'yes' : 'NO');
const num = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined
    ? '–'
    : value >= Number.MAX_SAFE_INTEGER / 1000
      ? 'no answer'
      : round(value, digits).toLocaleString('en-US');

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Markdown tables: what the bench prints and what BENCHMARKS.md records. */
export function renderReport(results: BenchResults): string {
  const d = results.dataset;
  const parts: string[] = [];
  const m = results.machine;
  parts.push(
    `Machine: ${m.cpus} × ${m.cpuModel}, ${Math.round(m.memoryMb / 1024)} GB, Node ${m.node}, ${m.platform}; ` +
      `load average ${m.loadAverage.start} at start, ${m.loadAverage.beforeHttp} before the HTTP figures.`,
  );
  parts.push(
    `Data set: ${d.tasks.toLocaleString('en-US')} tasks, ${d.departments} departments, ${d.sessions} sessions on ${d.database} ` +
      `(${Object.entries(d.rows)
        .map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`)
        .join(', ')}), generated in ${num(d.generationMs / 1000)} s.`,
  );
  parts.push(
    `Status mix: ${Object.entries(d.statusCounts)
      .map(([s, n]) => `${s} ${n.toLocaleString('en-US')}`)
      .join(', ')}.`,
  );

  const c = results.http.ceiling;
  parts.push(
    `### HTTP, ${c.connections} connections, ${num(c.durationS, 0)} s per route\n\n` +
      table(
        ['Route', 'req/s', 'ratio to ceiling', 'p50 ms', 'p99 ms', 'p99 ratio', 'errors', '1 conn: p50 / p99 ms'],
        [
          [
            `ceiling: ${c.route}`,
            num(c.requestsPerSec, 0),
            '1',
            num(c.p50Ms),
            num(c.p99Ms),
            '1',
            String(c.errors),
            `${num(c.single.p50Ms)} / ${num(c.single.p99Ms)}`,
          ],
          ...results.http.routes.map((r) => [
            r.route,
            num(r.requestsPerSec, 0),
            num(r.ratio.throughput, 3),
            num(r.p50Ms),
            num(r.p99Ms),
            `${num(r.ratio.p99, 1)}×`,
            String(r.errors),
            `${num(r.single.p50Ms)} / ${num(r.single.p99Ms)}`,
          ]),
        ],
      ),
  );

  const ratio = listOverSearch(results.http.routes);
  if (results.http.listCeilings.length > 0) {
    parts.push(
      `### The list routes against their SQL through the raw driver, and under an offered load\n\n` +
        table(
          ['Route', 'SQL alone: reads/s (statements/s, per read)', 'route req/s', 'route / SQL'],
          results.http.listCeilings.map((c) => {
            const route = results.http.routes.find((r) => r.name === c.name);
            return [
              route?.route ?? c.name,
              `${num(c.readsPerSec, 0)} (${num(c.statementsPerSec, 0)}, ${num(c.statementsPerRead, 1)})`,
              num(route?.requestsPerSec, 0),
              num(c.routeRatio, 3),
            ];
          }),
        ) +
        '\n\n' +
        table(
          ['Route', 'sent', 'offered req/s', 'answered req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors'],
          results.http.openLoop.map((o) => [
            o.route,
            o.pacing === 'even' ? 'evenly spaced' : "autocannon's overallRate",
            num(o.offeredRate, 0),
            num(o.requestsPerSec, 0),
            num(o.p50Ms),
            num(o.p90Ms),
            num(o.p99Ms),
            num(o.maxMs),
            String(o.errors),
          ]),
        ) +
        (ratio === null
          ? ''
          : `\n\nFiltered list over search (req/s at ${c.connections} connections): ${num(ratio, 2)}×.`),
    );
  }

  const rows: string[][] = [];
  const s = results.scheduling;
  if (s) {
    const horizon = `${num(s.horizonMs / 1000, 0)} s horizon`;
    rows.push([
      `Reconciler after a flush: ${s.jobs.toLocaleString('en-US')} jobs due within the ${horizon} (a burst of ${s.burst.toLocaleString('en-US')} due together)`,
      `${num(s.jobsPerSec, 0)} jobs/s (${num(s.reconcileMs / 1000, 2)} s)`,
      `addBulk ${num(s.ceiling.jobsPerSec, 0)} jobs/s`,
      num(s.ratio, 3),
    ]);
    rows.push([
      `Redis memory per open task (${s.openTasks.toLocaleString('en-US')} open, ${s.pendingRows.toLocaleString('en-US')} pending rows): now (${s.jobsHeld.toLocaleString('en-US')} jobs) / busiest ${horizon} (${s.busiestHorizonJobs.toLocaleString('en-US')} jobs)`,
      `${num(s.redisBytesPerOpenTask, 0)} B / ${num(s.busiestHorizonBytesPerOpenTask, 0)} B (${num(s.bytesPerJob, 0)} B per job)`,
      `every row queued: ${num(s.everyRowQueuedBytesPerOpenTask, 0)} B`,
      '–',
    ]);
  }
  const g = results.digest;
  if (g) {
    rows.push([
      `Digests: ${g.messages} messages (${g.departments} departments + office summary)`,
      `${num(g.ms / 1000, 2)} s, peak RSS ${num(g.peakRssMb)} MB (from ${num(g.baselineRssMb)})`,
      `SQL aggregate ${num(g.ceiling.ms, 1)} ms` +
        (g.ceiling.perDepartmentMs === undefined ? '' : ` (per department: ${num(g.ceiling.perDepartmentMs, 1)} ms)`),
      `${num(g.ratio, 1)}×`,
    ]);
  }
  const t = results.timeliness;
  if (t) {
    rows.push([
      `Reminder lateness, ${t.planned} due within 10 s (${t.received} received)`,
      `p50 ${num(t.p50Ms, 0)} ms, p99 ${num(t.p99Ms, 0)} ms, max ${num(t.maxMs, 0)} ms`,
      'planned time',
      '–',
    ]);
  }
  const f = results.footprint;
  rows.push([
    'Start to first 200 on /health: restart / first start',
    `${num(f.startToFirst200Ms, 0)} ms / ${num(f.firstStartMs, 0)} ms`,
    '–',
    '–',
  ]);
  const waits = results.options as { idleWait?: number; settleWait?: number };
  rows.push([
    `RSS idle ${waits.idleWait ?? '?'} s / idle ${(waits.idleWait ?? 0) + (waits.settleWait ?? 0)} s (settled) / under HTTP load`,
    `${num(f.idleRssMb)} MB / ${num(f.settledRssMb)} MB / ${num(f.loadRssMb)} MB`,
    '–',
    '–',
  ]);
  rows.push([
    `First start: ${f.startupReconcile.jobs.toLocaleString('en-US')} jobs (those within the horizon) queued on an empty Redis prefix`,
    `${num(f.startupReconcile.ms / 1000, 1)} s, peak RSS ${num(f.startupPeakRssMb)} MB`,
    '–',
    '–',
  ]);
  parts.push(
    `### Scheduling, digest, timeliness, footprint\n\n${table(['Figure', 'Value', 'Ceiling', 'Ratio'], rows)}`,
  );

  parts.push(
    `### Targets\n\n` +
      table(
        ['Figure', 'Target', 'Measured', 'Met'],
        results.targets.map((x) => [
          x.figure,
          x.target,
          x.value === null ? '–' : `${num(x.value, 2)} ${x.unit}`,
          mark(x.met),
        ]),
      ),
  );
  if (results.notes.length > 0) parts.push(`Notes:\n${results.notes.map((n) => `- ${n}`).join('\n')}`);
  return parts.join('\n\n') + '\n';
}
