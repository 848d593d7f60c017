import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { MIGRATIONS } from '../../src/database/migrations';
import { createTestDatabase, TestDatabase } from './test-database';

/** A test database built by every migration before `migration`, for a migration test to fill with existing data. */
export interface DatabaseBefore {
  database: TestDatabase;
  /** Connected to the database, with the earlier migrations run; destroy it before the app starts. */
  dataSource: DataSource;
  /** Runs SQL written with `?` placeholders on either database. */
  q: (sql: string, params?: unknown[]) => Promise<unknown>;
  /** An ISO instant as the database's instant column takes it in raw SQL. */
  instant: (iso: string) => string;
}

export const isPostgres = () => process.env.TEST_DATABASE === 'postgres';

/** Runs SQL written with `?` placeholders on either database. */
export function queryOn(source: DataSource, sql: string, params: unknown[] = []): Promise<unknown> {
  let n = 0;
  return source.query(isPostgres() ? sql.replace(/\?/g, () => `$${++n}`) : sql, params);
}

export async function databaseBefore(migration: (typeof MIGRATIONS)[number]): Promise<DatabaseBefore> {
  const database = await createTestDatabase();
  const options = buildDataSourceOptions({ url: database.url });
  const index = MIGRATIONS.indexOf(migration);
  if (index < 0) throw new Error(`${migration.name} is not in MIGRATIONS`);
  const dataSource = new DataSource({ ...options, migrations: MIGRATIONS.slice(0, index), migrationsRun: false });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    database,
    dataSource,
    q: (sql, params = []) => queryOn(dataSource, sql, params),
    instant: (iso) => (isPostgres() ? iso : iso.replace('T', ' ').replace('Z', '')),
  };
}
