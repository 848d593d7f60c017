import autocannon from 'autocannon';
import * as http from 'node:http';

/** One HTTP figure: throughput and latency of a route under constant concurrency. */
export interface HttpFigure {
  name: string;
  /** The route as a reader recognises it, e.g. "GET /api/tasks?departmentId=…&status=…". */
  route: string;
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors and timeouts, non-2xx answers, and requests unanswered in a run where nothing came back. */
  errors: number;
  unanswered: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /**
   * Latency with one connection: the route's own service time. At 50 connections
   * a route whose work is serialised (SQLite has one connection) queues, and its
   * latency approaches 50 × this.
   */
  single: { requestsPerSec: number; p50Ms: number; p99Ms: number };
}

export interface HttpScenario {
  name: string;
  route: string;
  method: 'GET' | 'POST';
  /** Builds each request, so that every one asks for something different (a department, a task, a query). */
  next: () => { path: string; body?: unknown };
}

export interface HttpRunOptions {
  baseUrl: string;
  connections: number;
  durationS: number;
  warmupS: number;
  headers: Record<string, string>;
}

export async function measureRoute(scenario: HttpScenario, options: HttpRunOptions): Promise<HttpFigure> {
  const run = (duration: number, connections = options.connections) =>
    autocannon({
      url: options.baseUrl,
      connections,
      duration,
      timeout: 10,
      title: scenario.name,
      headers: { ...options.headers, ...(scenario.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      requests: [
        {
          method: scenario.method,
          setupRequest: (request) => {
            const next = scenario.next();
            return {
              ...request,
              path: next.path,
              ...(next.body === undefined ? {} : { body: JSON.stringify(next.body) }),
            };
          },
        },
      ],
    });
  await settle(options.baseUrl);
  if (options.warmupS > 0) {
    await run(options.warmupS);
    await settle(options.baseUrl);
  }
  const result = await run(options.durationS);
  await settle(options.baseUrl);
  const single = await run(Math.min(3, options.durationS), 1);
  // Requests in flight when the run ends are normal; a run in which nothing came back at all is not,
  // and must not look like a fast route.
  const unanswered = result.requests.total === 0 ? (result.requests.sent ?? 0) : 0;
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]),
  );
  return {
    name: scenario.name,
    route: scenario.route,
    connections: options.connections,
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSec: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.non2xx + unanswered,
    unanswered,
    non2xx: result.non2xx,
    statusCodes,
    single: { requestsPerSec: round(single.requests.average, 1), p50Ms: single.latency.p50, p99Ms: single.latency.p99 },
  };
}

/** Latency of a route under an offered load: requests sent at a fixed rate, whether or not the answers keep up. */
export type OpenLoopFigure = Pick<
  HttpFigure,
  'name' | 'route' | 'connections' | 'durationS' | 'requestsPerSec' | 'p50Ms' | 'p90Ms' | 'p99Ms' | 'maxMs' | 'errors'
> & {
  /** Requests per second offered; requestsPerSec falls below it when the route cannot keep up. */
  offeredRate: number;
  /**
   * How the requests are sent. `autocannon`: autocannon's overallRate, which
   * gives each connection a budget of requests per second: at the start of each
   * second every connection sends at once and goes on sending as soon as its
   * answers come until its budget is spent, so the load arrives in bursts of up
   * to `connections` requests. `even`: one request every 1/rate seconds,
   * whether or not the earlier ones are answered, each request's latency counted
   * from the moment it was due to be sent (see measurePacedLoad).
   */
  pacing: 'autocannon' | 'even';
};

export async function measureOpenLoop(
  scenario: HttpScenario,
  options: HttpRunOptions,
  offeredRate: number,
): Promise<OpenLoopFigure> {
  await settle(options.baseUrl);
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    overallRate: offeredRate,
    duration: options.durationS,
    timeout: 10,
    title: `${scenario.name} at ${offeredRate} req/s`,
    headers: options.headers,
    requests: [{ method: scenario.method, setupRequest: (request) => ({ ...request, path: scenario.next().path }) }],
  });
  await settle(options.baseUrl);
  return {
    name: scenario.name,
    route: scenario.route,
    offeredRate,
    pacing: 'autocannon',
    connections: options.connections,
    durationS: result.duration,
    requestsPerSec: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.non2xx + (result.requests.total === 0 ? (result.requests.sent ?? 0) : 0),
  };
}

/**
 * Latency of a route under requests sent evenly at `offeredRate`, one every
 * 1/rate seconds for the run's duration, over at most `connections` kept-alive
 * connections, whether or not the earlier ones are answered: an open loop
 * without autocannon's bursts. Each latency runs from the moment the request
 * was due to be sent, so that a request held back because every connection was
 * busy, or sent late because the bench's own loop fell behind, counts its wait.
 */
export async function measurePacedLoad(
  scenario: HttpScenario,
  options: HttpRunOptions,
  offeredRate: number,
): Promise<OpenLoopFigure> {
  await settle(options.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const count = Math.round(offeredRate * options.durationS);
  const interval = 1000 / offeredRate;
  const latencies: number[] = [];
  let errors = 0;
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const next = scenario.next();
      const request = http.request(
        `${options.baseUrl}${next.path}`,
        {
          agent,
          method: scenario.method,
          headers: { ...options.headers, ...(next.body === undefined ? {} : { 'content-type': 'application/json' }) },
          timeout: 10_000,
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode !== undefined && response.statusCode >= 200 && response.statusCode < 300)
              latencies.push(performance.now() - due);
            else errors++;
            resolve();
          });
        },
      );
      const fail = () => {
        errors++;
        resolve();
      };
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', fail);
      request.end(next.body === undefined ? undefined : JSON.stringify(next.body));
    });
  const started = performance.now();
  const answers: Array<Promise<void>> = [];
  try {
    for (let i = 0; i < count; i++) {
      const due = started + i * interval;
      const wait = due - performance.now();
      if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
      answers.push(send(due));
    }
    await Promise.all(answers);
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  await settle(options.baseUrl);
  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    latencies.length === 0
      ? 0
      : Math.round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))]);
  return {
    name: scenario.name,
    route: scenario.route,
    offeredRate,
    pacing: 'even',
    connections: options.connections,
    durationS: round(seconds, 1),
    requestsPerSec: round(latencies.length / seconds, 1),
    p50Ms: at(0.5),
    p90Ms: at(0.9),
    p99Ms: at(0.99),
    maxMs: latencies.length === 0 ? 0 : Math.round(latencies[latencies.length - 1]),
    errors,
  };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Waits until the app answers /health quickly again. Requests left queued by the
 * previous run are still being served after autocannon closes its sockets, and
 * would otherwise be counted against the next route.
 */
export async function settle(baseUrl: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  while (Date.now() < deadline && quick < 3) {
    const started = Date.now();
    try {
      await (await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) })).arrayBuffer();
      quick = Date.now() - started < 50 ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
