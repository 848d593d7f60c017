import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onServer, postgresTemplate, sqliteTemplate } from './template-database';
import { testPostgresUrl } from './test-services';

/**
 * A scratch database per test app: a fresh SQLite file, or (with
 * TEST_DATABASE=postgres) a fresh PostgreSQL database created on the server at
 * TEST_POSTGRES_URL and dropped afterwards. Suites never share state.
 */
export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  url: string;
  drop(): Promise<void>;
}

export const TEST_POSTGRES_URL = testPostgresUrl();

export function testDatabaseKind(): 'sqlite' | 'postgres' {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestDatabaseOptions {
  /**
   * Start from the run's migrated template (see template-database.ts) rather
   * than empty. Test apps do; suites testing migrations or a first start do not.
   */
  migrated?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (testDatabaseKind() === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-test-'));
    const file = path.join(dir, `test_${suffix}.sqlite`);
    const template = options.migrated ? sqliteTemplate() : undefined;
    if (template) fs.copyFileSync(template, file);
    return {
      kind: 'sqlite',
      url: `sqlite:${file}`,
      drop: () => {
        fs.rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const name = `ubnd_test_${suffix}`;
  const template = options.migrated ? postgresTemplate() : undefined;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    drop: async () => {
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
