import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
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

export async function createTestDatabase(): Promise<TestDatabase> {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (testDatabaseKind() === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-test-'));
    const file = path.join(dir, `test_${suffix}.sqlite`);
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
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
