import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { testPostgresUrl } from './test-services';

/**
 * A database built once per test run by every migration, which each test app's
 * scratch database is copied from (a file copy on SQLite, CREATE DATABASE …
 * TEMPLATE on PostgreSQL) instead of running the migrations again at every boot.
 * The app still runs its migrations at start and finds them all applied. Suites
 * that test migrations or the first start on an empty database ask for an empty
 * one (`createTestDatabase()` without `migrated`).
 *
 * Jest's global setup builds it and hands its location to the test files through
 * these variables; without them (a file run outside that setup) every database
 * starts empty, as before.
 */
const SQLITE_TEMPLATE = 'TEST_TEMPLATE_SQLITE';
const POSTGRES_TEMPLATE = 'TEST_TEMPLATE_POSTGRES';

export function sqliteTemplate(): string | undefined {
  return process.env[SQLITE_TEMPLATE] || undefined;
}

export function postgresTemplate(): string | undefined {
  return process.env[POSTGRES_TEMPLATE] || undefined;
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions({ url }));
  await dataSource.initialize();
  await dataSource.destroy();
}

export async function buildTemplate(kind: 'sqlite' | 'postgres'): Promise<void> {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-template-'));
    const file = path.join(dir, `template_${suffix}.sqlite`);
    await migrate(`sqlite:${file}`);
    process.env[SQLITE_TEMPLATE] = file;
    return;
  }
  const name = `ubnd_template_${suffix}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testPostgresUrl());
  url.pathname = `/${name}`;
  await migrate(url.toString());
  process.env[POSTGRES_TEMPLATE] = name;
}

export async function removeTemplate(): Promise<void> {
  const file = sqliteTemplate();
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const name = postgresTemplate();
  if (name) await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
