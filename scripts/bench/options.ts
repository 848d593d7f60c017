import { parseArgs } from 'node:util';

export interface BenchOptions {
  tasks: number;
  departments: number;
  sessions: number;
  database: 'sqlite' | 'postgres';
  /** Server on which the scratch PostgreSQL database is created (any database on it). */
  postgresUrl: string;
  redisUrl: string;
  /** Seconds each HTTP scenario is measured. */
  duration: number;
  /** Seconds each HTTP scenario runs before it is measured. */
  warmup: number;
  connections: number;
  /** Reminders that fall due in the same window for the timeliness figure. */
  dueTogether: number;
  /** RECONCILE_INTERVAL_MS of the app under test. */
  reconcileIntervalMs: number;
  /** Seconds the app is left alone before its idle memory is read. */
  idleWait: number;
  /**
   * Seconds more before the settled idle memory is read: V8 returns the young
   * generation the start filled only when its memory reducer runs, 10–35 s
   * into the idle time, so a reading at `idleWait` falls either side of it.
   */
  settleWait: number;
  output: string;
  /** Keeps the scratch database for inspection (its location is printed). */
  keep: boolean;
}

const USAGE = `Usage: npm run bench -- [options]
  --tasks N            tasks in the data set (default 100000)
  --departments N      departments (default 300)
  --sessions N         sessions (default 1000)
  --postgres           run on a scratch PostgreSQL database instead of SQLite
  --postgres-url URL   server for the scratch database (default postgres://postgres@127.0.0.1:5432/postgres)
  --redis-url URL      Redis (default REDIS_URL, else redis://127.0.0.1:6379); only keys under the bench's own prefix are touched
  --duration S         seconds per HTTP scenario (default 10)
  --warmup S           seconds of warm-up before each HTTP scenario (default 2)
  --connections N      concurrent HTTP connections (default 50)
  --due-together N     reminders falling due in the same 10 s (default 1000)
  --idle-wait S        seconds without work before the idle memory is read (default 30)
  --settle-wait S      seconds more before the settled idle memory is read (default 60)
  --reconcile-interval MS  the app's RECONCILE_INTERVAL_MS (default 60000, the app's own default)
  --output FILE        results file (default bench-results.json)
  --keep               keep the scratch database afterwards
`;

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

/** Only loopback services: the bench creates and drops things and must never reach another machine. */
export function assertLoopback(name: string, url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
    throw new Error(`${name} must point at 127.0.0.1, got ${host}`);
  }
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      tasks: { type: 'string' },
      departments: { type: 'string' },
      sessions: { type: 'string' },
      postgres: { type: 'boolean', default: false },
      'postgres-url': { type: 'string' },
      'redis-url': { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      'due-together': { type: 'string' },
      'reconcile-interval': { type: 'string' },
      'idle-wait': { type: 'string' },
      'settle-wait': { type: 'string' },
      output: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const options: BenchOptions = {
    tasks: positiveInt('tasks', values.tasks, 100_000, 100),
    departments: positiveInt('departments', values.departments, 300, 5),
    sessions: positiveInt('sessions', values.sessions, 1_000),
    database: values.postgres ? 'postgres' : 'sqlite',
    postgresUrl: values['postgres-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: values['redis-url'] ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    duration: positiveInt('duration', values.duration, 10),
    warmup: positiveInt('warmup', values.warmup, 2, 0),
    connections: positiveInt('connections', values.connections, 50),
    dueTogether: positiveInt('due-together', values['due-together'], 1_000, 10),
    idleWait: positiveInt('idle-wait', values['idle-wait'], 30, 0),
    settleWait: positiveInt('settle-wait', values['settle-wait'], 60, 0),
    reconcileIntervalMs: positiveInt('reconcile-interval', values['reconcile-interval'], 60_000, 100),
    output: values.output ?? 'bench-results.json',
    keep: values.keep,
  };
  assertLoopback('--postgres-url', options.postgresUrl);
  assertLoopback('--redis-url', options.redisUrl);
  return options;
}
