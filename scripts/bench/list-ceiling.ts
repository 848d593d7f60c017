import { DataSource } from 'typeorm';
import type { Actor } from '../../src/common/auth/actor';
import { AppConfig, databaseKindOf } from '../../src/config/app-config';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { KeptStatements, NamedQueryRunner } from '../../src/database/kept-statements';
import { ReadConnections } from '../../src/database/read-connections';
import { sqlDialectFor } from '../../src/database/sql-dialect';
import { SqliteTuning } from '../../src/database/sqlite-tuning';
import { Statement, TaskFilter, TaskRepository } from '../../src/tasks/task.repository';
import { round } from './http-bench';

/** One request of the task list: its filters and page size, as the route and its SQL ceiling both take them. */
export interface ListRequest {
  filter: TaskFilter;
  limit: number;
}

/** The URL the list route answers `request` at. */
export function listPath(request: ListRequest): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.filter)) {
    if (value !== undefined) params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  params.set('limit', String(request.limit));
  return `/api/tasks?${params.toString()}`;
}

/**
 * The SQL of the list route run by the driver alone, in the bench process: for
 * each request the statements the route runs (the page's ids and count, its
 * rows, their links), built by the app's own TaskRepository so that they cannot
 * drift from the route's, one statement after another on one connection.
 */
export interface ListCeiling {
  name: string;
  /** Statements one request runs (1 to 3: a count when the page is not read in one pass, and the page's rows when it has any). */
  statementsPerRead: number;
  reads: number;
  durationS: number;
  /** Requests' worth of SQL per second: the most the route could serve on one connection. */
  readsPerSec: number;
  statementsPerSec: number;
  /** The page statement of the first request, for the record (EXPLAIN it). */
  pageSql: string;
}

/** A connection of the database's own driver (node-sqlite3 or node-postgres), without TypeORM in between. */
interface RawConnection {
  /** `keepPrepared`: as the route reads it (ReadConnections.query): on PostgreSQL by a kept statement. */
  query(sql: string, parameters: unknown[], keepPrepared: boolean): Promise<Array<Record<string, unknown>>>;
  release(): void;
}

/** The driver connection under `dataSource`: SQLite's one connection, or a client taken from the pg pool. */
async function rawConnectionOf(dataSource: DataSource): Promise<RawConnection> {
  const driver = dataSource.driver as unknown as {
    databaseConnection?: {
      all(
        sql: string,
        params: unknown[],
        done: (error: Error | null, rows: Array<Record<string, unknown>>) => void,
      ): void;
    };
    master?: {
      connect(): Promise<
        NamedQueryRunner & {
          query(sql: string, params: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
          release(): void;
        }
      >;
    };
  };
  if (driver.master) {
    const client = await driver.master.connect();
    const kept = new KeptStatements();
    return {
      query: async (sql, parameters, keepPrepared) =>
        keepPrepared ? kept.query(client, sql, parameters) : (await client.query(sql, parameters)).rows,
      release: () => client.release(),
    };
  }
  const connection = driver.databaseConnection!;
  // The app's own settings of its SQLite connection (page cache, statistics), so that both read alike.
  const tuning = new SqliteTuning(dataSource);
  await tuning.onModuleInit();
  tuning.onApplicationShutdown();
  return {
    query: (sql, parameters) =>
      new Promise((resolve, reject) =>
        connection.all(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows))),
      ),
    release: () => undefined,
  };
}

/** One statement of a request, read as the route reads it. */
interface Read {
  statement: Statement;
  keepPrepared: boolean;
}

const ACTOR: Actor = { userId: 0, role: 'admin', departmentId: null };
/** Distinct requests prepared before the clock starts, then run in turn. */
const POOL = 200;

/**
 * Measures the ceiling of the list route for the requests `next` draws (the
 * same generator as the route's scenario), as the route's admin sees them.
 */
export async function measureListCeiling(
  name: string,
  databaseUrl: string,
  settings: { timeZone: string; dueSoonDays: number },
  next: () => ListRequest,
  durationS: number,
): Promise<ListCeiling> {
  const dataSource = new DataSource(buildDataSourceOptions({ url: databaseUrl }));
  await dataSource.initialize();
  try {
    // The statements are built here and run on the driver's one connection below: no read connections.
    const config = { ...settings, database: { readers: 0 } } as unknown as AppConfig;
    const repository = new TaskRepository(
      dataSource,
      sqlDialectFor(databaseKindOf(databaseUrl)),
      config,
      new ReadConnections(dataSource, config),
    );
    const connection = await rawConnectionOf(dataSource);
    try {
      const now = new Date();
      const run = async ({ statement, keepPrepared }: Read) => connection.query(...statement, keepPrepared);
      // Each request's statements, its later ones built from the ids its page statement answers.
      const requests: Read[][] = [];
      for (let i = 0; i < POOL; i++) {
        const request = next();
        const page = repository.pageQueries(request.filter, { limit: request.limit, offset: 0 }, ACTOR, now);
        const first: Read[] = [
          ...(page.onePass ? [] : [page.count]).map((query) => ({
            statement: query.getQueryAndParameters() as Statement,
            keepPrepared: page.keepPrepared,
          })),
          { statement: page.ids.getQueryAndParameters() as Statement, keepPrepared: page.keepPrepared },
        ];
        const ids = (await run(first[first.length - 1])).map((row) => Number(row.id));
        const rows: Read = { statement: repository.rowsStatement(ids), keepPrepared: true };
        requests.push(ids.length === 0 ? first : [...first, rows]);
      }
      for (const statements of requests.slice(0, 20)) for (const statement of statements) await run(statement);

      let reads = 0;
      let statementsRun = 0;
      const started = process.hrtime.bigint();
      const deadline = started + BigInt(Math.round(durationS * 1e9));
      while (process.hrtime.bigint() < deadline) {
        const statements = requests[reads % requests.length];
        for (const statement of statements) await run(statement);
        statementsRun += statements.length;
        reads++;
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return {
        name,
        statementsPerRead: round(statementsRun / Math.max(reads, 1), 2),
        reads,
        durationS: round(seconds, 2),
        readsPerSec: round(reads / seconds, 1),
        statementsPerSec: round(statementsRun / seconds, 1),
        pageSql:
          requests[0].find(({ statement }) => statement[0].includes('LIMIT'))?.statement[0] ??
          requests[0][0].statement[0],
      };
    } finally {
      connection.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
