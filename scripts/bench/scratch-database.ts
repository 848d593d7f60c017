import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { resolveProjectPath } from '../../src/config/app-config';
import { SqlDialect, sqlDialectFor } from '../../src/database/sql-dialect';

export interface ScratchDatabase {
  /** What the app would be given for it: the bench speaks to the database through it, as the app does. */
  dialect: SqlDialect;
  /** DATABASE_URL for the app. */
  url: string;
  /** Where it is, for people. */
  location: string;
  drop(): Promise<void>;
}

/**
 * A database of the bench's own: a file under data/bench/, or a database
 * created on the PostgreSQL server. Creating and dropping it is the one part of
 * the bench written per driver; everything else goes through `dialect`.
 */
export async function createScratchDatabase(
  kind: 'sqlite' | 'postgres',
  postgresUrl: string,
): Promise<ScratchDatabase> {
  const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
  if (kind === 'sqlite') {
    const dir = resolveProjectPath('data/bench');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `bench_${suffix}.sqlite`);
    return {
      dialect: sqlDialectFor(kind),
      url: `sqlite:${file}`,
      location: file,
      drop: () => {
        for (const extra of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + extra, { force: true });
        return Promise.resolve();
      },
    };
  }
  const name = `ubnd_bench_${suffix}`;
  await withClient(postgresUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    dialect: sqlDialectFor(kind),
    url: url.toString(),
    location: `database ${name} on ${url.host}`,
    drop: async () => {
      await withClient(postgresUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
