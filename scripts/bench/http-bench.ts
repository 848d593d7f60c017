import autocannon = require('autocannon');

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
  /** Connection errors and timeouts, non-2xx answers, and requests still unanswered when the run ended. */
  errors: number;
  unanswered: number;
  non2xx: number;
  statusCodes: Record<string, number>;
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
  const run = (duration: number) =>
    autocannon({
      url: options.baseUrl,
      connections: options.connections,
      duration,
      timeout: 10,
      title: scenario.name,
      headers: { ...options.headers, ...(scenario.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      requests: [
        {
          method: scenario.method,
          setupRequest: (request) => {
            const next = scenario.next();
            return { ...request, path: next.path, ...(next.body === undefined ? {} : { body: JSON.stringify(next.body) }) };
          },
        },
      ],
    });
  if (options.warmupS > 0) await run(options.warmupS);
  const result = await run(options.durationS);
  // A request still waiting when the run ends is not in the latency histogram; counting it keeps a
  // route so slow that nothing comes back from looking fast.
  const unanswered = Math.max(0, (result.requests.sent ?? 0) - result.requests.total - result.errors);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]));
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
  };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
