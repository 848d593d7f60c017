import * as fs from 'node:fs';
import { BenchResults } from './results';

/**
 * Checks that a results file is complete and well formed: every section present,
 * every figure a finite number. It asserts nothing about speed, which depends on
 * the machine; the smoke run in CI uses it to keep the bench working.
 */
export function problemsIn(results: BenchResults): string[] {
  const problems: string[] = [];
  const finite = (where: string, value: unknown, min = 0) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min)
      problems.push(`${where} is ${JSON.stringify(value)}`);
  };
  if (results.schemaVersion !== 1) problems.push(`schemaVersion is ${JSON.stringify(results.schemaVersion)}`);
  for (const key of ['startedAt', 'finishedAt'] as const)
    if (Number.isNaN(Date.parse(results[key]))) problems.push(`${key} is not a date`);
  finite('machine.cpus', results.machine?.cpus, 1);
  finite('dataset.tasks', results.dataset?.tasks, 1);
  const counted = Object.values(results.dataset?.statusCounts ?? {}).reduce((a, b) => a + b, 0);
  if (counted !== results.dataset?.tasks)
    problems.push(`status counts add up to ${counted}, not ${results.dataset?.tasks}`);
  if (results.dataset?.rows?.tasks !== results.dataset?.tasks) problems.push('rows.tasks differs from dataset.tasks');

  finite('http.ceiling.requestsPerSec', results.http?.ceiling?.requestsPerSec, Number.MIN_VALUE);
  const expectedRoutes = ['tasks-by-department', 'tasks-search', 'stats-departments', 'task-by-id', 'task-progress'];
  for (const name of expectedRoutes) {
    const route = results.http?.routes?.find((r) => r.name === name);
    if (!route) {
      problems.push(`http route ${name} missing`);
      continue;
    }
    finite(`${name}.requestsPerSec`, route.requestsPerSec, Number.MIN_VALUE);
    finite(`${name}.p50Ms`, route.p50Ms);
    finite(`${name}.p99Ms`, route.p99Ms);
    finite(`${name}.ratio.throughput`, route.ratio?.throughput, Number.MIN_VALUE);
    if (route.errors !== 0) problems.push(`${name} had ${route.errors} errors (${JSON.stringify(route.statusCodes)})`);
  }

  for (const name of ['tasks-by-department', 'tasks-search']) {
    const sql = results.http?.listCeilings?.find((c) => c.name === name);
    if (!sql) problems.push(`list ceiling ${name} missing`);
    else {
      finite(`${name} SQL readsPerSec`, sql.readsPerSec, Number.MIN_VALUE);
      finite(`${name} SQL statementsPerRead`, sql.statementsPerRead, 1);
      finite(`${name} routeRatio`, sql.routeRatio, Number.MIN_VALUE);
    }
    for (const pacing of ['autocannon', 'even'] as const) {
      const label = `open-loop ${name}${pacing === 'even' ? ' (evenly spaced)' : ''}`;
      const open = results.http?.openLoop?.find((o) => o.name === name && o.pacing === pacing);
      if (!open) problems.push(`${label} missing`);
      else {
        finite(`${label} requestsPerSec`, open.requestsPerSec, Number.MIN_VALUE);
        finite(`${label} p99Ms`, open.p99Ms);
        if (open.errors !== 0) problems.push(`${label} had ${open.errors} errors`);
      }
    }
  }

  const s = results.scheduling;
  if (!s) problems.push('scheduling missing');
  else {
    finite('scheduling.jobs', s.jobs, 1);
    finite('scheduling.jobsPerSec', s.jobsPerSec, Number.MIN_VALUE);
    finite('scheduling.ceiling.jobsPerSec', s.ceiling?.jobsPerSec, Number.MIN_VALUE);
    finite('scheduling.ratio', s.ratio, Number.MIN_VALUE);
    finite('scheduling.horizonMs', s.horizonMs, Number.MIN_VALUE);
    finite('scheduling.burst', s.burst, 1);
    if (s.jobs < s.burst) problems.push(`scheduling: ${s.jobs} jobs re-created for a burst of ${s.burst}`);
    // Zero when no job falls due within the horizon at that moment (the busiest horizon is checked below).
    finite('scheduling.redisBytesPerOpenTask', s.redisBytesPerOpenTask, 0);
    finite('scheduling.bytesPerJob', s.bytesPerJob, Number.MIN_VALUE);
    finite('scheduling.busiestHorizonJobs', s.busiestHorizonJobs);
    finite('scheduling.busiestHorizonBytesPerOpenTask', s.busiestHorizonBytesPerOpenTask, Number.MIN_VALUE);
    finite('scheduling.everyRowQueuedBytesPerOpenTask', s.everyRowQueuedBytesPerOpenTask, Number.MIN_VALUE);
  }
  const g = results.digest;
  if (!g) problems.push('digest missing');
  else {
    finite('digest.messages', g.messages, 1);
    finite('digest.ms', g.ms);
    finite('digest.peakRssMb', g.peakRssMb, Number.MIN_VALUE);
    finite('digest.ceiling.ms', g.ceiling?.ms);
    finite('digest.ratio', g.ratio);
  }
  const t = results.timeliness;
  if (!t) problems.push('timeliness missing');
  else {
    finite('timeliness.planned', t.planned, 1);
    if (t.received !== t.planned) problems.push(`timeliness: ${t.received} of ${t.planned} reminders received`);
    finite('timeliness.p50Ms', t.p50Ms, -Infinity);
    finite('timeliness.p99Ms', t.p99Ms, -Infinity);
  }
  finite('footprint.startToFirst200Ms', results.footprint?.startToFirst200Ms, Number.MIN_VALUE);
  finite('footprint.firstStartMs', results.footprint?.firstStartMs, Number.MIN_VALUE);
  finite('footprint.idleRssMb', results.footprint?.idleRssMb, Number.MIN_VALUE);
  finite('footprint.settledRssMb', results.footprint?.settledRssMb, Number.MIN_VALUE);
  finite('footprint.loadRssMb', results.footprint?.loadRssMb, Number.MIN_VALUE);
  if (!Array.isArray(results.targets) || results.targets.length !== 15)
    problems.push('targets must list the 15 targets');
  else
    for (const target of results.targets)
      if (target.value === null) problems.push(`target "${target.figure}" has no value`);
  return problems;
}

if (require.main === module) {
  const file = process.argv[2] ?? 'bench-results.json';
  const problems = problemsIn(JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults);
  if (problems.length > 0) {
    console.error(`${file} is not a complete bench result:\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
  console.log(`${file}: complete and well formed`);
}
