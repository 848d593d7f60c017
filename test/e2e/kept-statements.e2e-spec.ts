import type { Client } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { AppConfig } from '../../src/config/app-config';
import { KeptStatements } from '../../src/database/kept-statements';
import { ReadConnections } from '../../src/database/read-connections';
import { onServer } from '../helpers/template-database';
import { testPostgresUrl } from '../helpers/test-services';

/** PostgreSQL's own statements (its prepared statements are per connection, so on the client that prepared them). */
async function preparedOn(client: Client): Promise<Array<{ name: string; statement: string }>> {
  const { rows } = await client.query<{ name: string; statement: string }>(
    'SELECT "name", "statement" FROM pg_prepared_statements ORDER BY "name"',
  );
  return rows;
}

/** Statements kept prepared on PostgreSQL's connections: a real server, one connection per test. */
describe('KeptStatements', () => {
  it('prepares a statement once on a connection and reuses it by name', async () => {
    await onServer(async (client) => {
      const kept = new KeptStatements();
      const text = 'SELECT CAST($1 AS integer) + 1 AS "next"';
      expect(await kept.query(client, text, [1])).toEqual([{ next: 2 }]);
      expect(await kept.query(client, text, [41])).toEqual([{ next: 42 }]);
      const prepared = await preparedOn(client);
      expect(prepared).toHaveLength(1);
      expect(prepared[0].statement).toBe(text);
      expect(prepared[0].name).toMatch(/^kept0_[0-9a-f]{32}$/);
    });
  });

  it('sends statements without a name once it keeps as many as its limit, and still answers them', async () => {
    await onServer(async (client) => {
      const kept = new KeptStatements(1);
      expect(await kept.query(client, 'SELECT 1 AS "n"', [])).toEqual([{ n: 1 }]);
      expect(await kept.query(client, 'SELECT 2 AS "n"', [])).toEqual([{ n: 2 }]);
      expect(await kept.query(client, 'SELECT 2 AS "n"', [])).toEqual([{ n: 2 }]);
      expect((await preparedOn(client)).map((p) => p.statement)).toEqual(['SELECT 1 AS "n"']);
    });
  });

  it('prepares afresh, and answers the new columns, when a table changed shape under a kept statement', async () => {
    await onServer(async (client) => {
      const kept = new KeptStatements();
      await client.query('CREATE TEMPORARY TABLE "kept_rows" ("a" integer)');
      await client.query('INSERT INTO "kept_rows" VALUES (1)');
      const text = 'SELECT * FROM "kept_rows"';
      expect(await kept.query(client, text, [])).toEqual([{ a: 1 }]);
      // What a migration run by another instance does.
      await client.query('ALTER TABLE "kept_rows" ADD COLUMN "b" integer NOT NULL DEFAULT 2');
      expect(await kept.query(client, text, [])).toEqual([{ a: 1, b: 2 }]);
      const names = (await preparedOn(client)).map((p) => p.name);
      expect(names).toHaveLength(2);
      expect(names.some((name) => name.startsWith('kept1_'))).toBe(true);
    });
  });

  it('passes any other failure on, without running the statement again', async () => {
    await onServer(async (client) => {
      const kept = new KeptStatements();
      // A sequence is not rolled back with the failed statement: it counts the runs.
      await client.query('CREATE TEMPORARY SEQUENCE "kept_runs"');
      const text = `SELECT 1 / (nextval('kept_runs') - CAST($1 AS integer)) AS "q"`;
      // The first run divides by zero; a second one would not.
      await expect(kept.query(client, text, [1])).rejects.toThrow(/division by zero/);
      const { rows } = await client.query<{ last_value: string }>('SELECT "last_value" FROM "kept_runs"');
      expect(rows[0].last_value).toBe('1');
      expect(await kept.query(client, text, [1])).toEqual([{ q: '1' }]); // bigint, as text
    });
  });
});

/** The reads of the lists on PostgreSQL's pool, kept prepared or not as POSTGRES_PREPARED_STATEMENTS says. */
describe('ReadConnections on PostgreSQL', () => {
  it.each([
    ['on', 1],
    ['off', 0],
  ])('with POSTGRES_PREPARED_STATEMENTS=%s keeps %i statement prepared', async (setting, kept) => {
    // One connection, so that the statements prepared on it can be read back on it.
    const dataSource = new DataSource({ type: 'postgres', url: testPostgresUrl(), extra: { max: 1 } });
    await dataSource.initialize();
    try {
      const config = { database: { readers: 0, keepPrepared: setting === 'on' } } as unknown as AppConfig;
      const reads = new ReadConnections(dataSource, config);
      const text = 'SELECT CAST($1 AS integer) AS "n"';
      expect(await reads.query(dataSource.manager, text, [7], { keepPrepared: true })).toEqual([{ n: 7 }]);
      expect(await reads.query(dataSource.manager, text, [8], { keepPrepared: true })).toEqual([{ n: 8 }]);
      const prepared = await dataSource.query<Array<{ statement: string }>>(
        'SELECT "statement" FROM pg_prepared_statements',
      );
      expect(prepared.map((row) => row.statement)).toEqual(kept ? [text] : []);
      // A failed read fails as TypeORM's own reads fail.
      const failure = await reads
        .query(dataSource.manager, 'SELECT "x" FROM "no_such_table"', [], { keepPrepared: true })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(QueryFailedError);
      expect((failure as Error).message).toMatch(/no_such_table/);
    } finally {
      await dataSource.destroy();
    }
  });
});
