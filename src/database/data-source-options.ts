import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sqlite3 from 'sqlite3';
import { DataSourceOptions, LoggerOptions } from 'typeorm';
import { databaseKindOf, resolveProjectPath } from '../config/app-config';
import { useInstantColumnsFor } from './columns';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * node-sqlite3 as TypeORM is given it. TypeORM calls `verbose()` on the module,
 * which wraps every query method to capture a stack trace and `util.inspect`
 * the SQL and each parameter on each call, for a longer trace when a query
 * fails: measured at 1.3–1.9 million instructions a statement, more than
 * SQLite spends reading a page of 50 tasks. Here `verbose()` gives the module
 * as it is; a failed query still names its SQL (TypeORM's QueryFailedError).
 */
export const sqliteWithoutTracing = Object.create(sqlite3, {
  verbose: { value: () => sqlite3 },
}) as typeof sqlite3;

/** How long a SQLite connection waits for another's lock before it fails (the worker is a second process). */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export interface DatabaseSettings {
  url: string;
  logging?: boolean;
}

/**
 * One definition of the connection for the app, the seed script, the benchmark
 * and the tests. Migrations always run at start; `synchronize` is never used.
 */
export function buildDataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  useInstantColumnsFor(databaseKindOf(settings.url));
  const logging: LoggerOptions = settings.logging ? ['query', 'error'] : ['error'];
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging,
  };
  if (databaseKindOf(settings.url) === 'sqlite') {
    const file = resolveProjectPath(settings.url.slice('sqlite:'.length));
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    return {
      ...common,
      type: 'sqlite',
      driver: sqliteWithoutTracing,
      database: file,
      // WAL lets readers proceed while a writer commits; the busy timeout makes a
      // second process (the worker) wait for the lock instead of failing.
      enableWAL: true,
      busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    } satisfies DataSourceOptions;
  }
  return {
    ...common,
    type: 'postgres',
    url: settings.url,
    extra: { max: 10 },
  } satisfies DataSourceOptions;
}
