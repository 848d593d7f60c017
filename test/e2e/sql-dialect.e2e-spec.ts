import { QueryFailedError } from 'typeorm';
import { SqlDialect } from '../../src/database/sql-dialect';
import { Task } from '../../src/tasks/entities/task.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { createTask } from '../factories/task.factory';

/** The one place that knows the database: each operation gives the same answer on SQLite and PostgreSQL. */
describe('SqlDialect', () => {
  let t: TestApp;
  let dialect: SqlDialect;
  let taskId: number;

  beforeAll(async () => {
    t = await createTestApp();
    dialect = t.app.get(SqlDialect);
    const lead = await createDepartment(t);
    taskId = (await createTask(t, { leadDepartmentId: lead.id, title: 'Nhiệm vụ kiểm tra phương ngữ SQL' })).id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is the dialect of the configured database', () => {
    expect(dialect.kind).toBe(t.database.kind);
  });

  it('binds an instant so that the database compares it with stored instants to the millisecond', async () => {
    const [{ createdAt }] = await t.dataSource.query(`SELECT "createdAt" FROM "tasks" WHERE "id" = ${taskId}`);
    const stored = new Date(t.database.kind === 'sqlite' ? `${String(createdAt)}Z` : createdAt);
    const count = async (operator: string, instant: Date) =>
      t.dataSource
        .getRepository(Task)
        .createQueryBuilder('t')
        .where(`"t"."id" = :id AND "t"."createdAt" ${operator} :instant`, {
          id: taskId,
          instant: dialect.instant(instant),
        })
        .getCount();
    expect(await count('=', stored)).toBe(1);
    expect(await count('<', new Date(stored.getTime() + 1))).toBe(1);
    expect(await count('>', new Date(stored.getTime() - 1))).toBe(1);
    expect(await count('<', stored)).toBe(0);
  });

  it('matches ids from a subquery', async () => {
    const rows = await t.dataSource.query(
      `SELECT "t"."id" FROM "tasks" "t" WHERE ${dialect.idIn('"t"."id"', `SELECT "id" FROM "tasks" WHERE "id" = ${taskId}`)}`,
    );
    expect(rows.map((row: { id: number | string }) => Number(row.id))).toEqual([taskId]);
  });

  it('matches ids given as a list, in a statement of the same text whatever their number on PostgreSQL', async () => {
    const other = (await createTask(t, { leadDepartmentId: (await createDepartment(t)).id })).id;
    const statement = (ids: number[]) =>
      t.dataSource
        .createQueryBuilder()
        .select('"t"."id"', 'id')
        .from('tasks', 't')
        .where(dialect.anyOf('"t"."id"', 'ids'), { ids })
        .orderBy('"t"."id"')
        .getQueryAndParameters();
    const idsOf = async (ids: number[]) =>
      (await t.dataSource.query<Array<{ id: number | string }>>(...statement(ids))).map((row) => Number(row.id));
    expect(await idsOf([taskId])).toEqual([taskId]);
    expect(await idsOf([other, taskId, 999_999])).toEqual([taskId, other].sort((a, b) => a - b));
    const [one, three] = [statement([taskId])[0], statement([taskId, other, 999_999])[0]];
    if (t.database.kind === 'postgres') expect(three).toBe(one);
    else expect(three).not.toBe(one);
  });

  it('fails a bad statement with the database’s reason, without the SQLite driver’s per-call tracing', async () => {
    const error = (await t.dataSource
      .query('SELECT "x" FROM "no_such_table"')
      .catch((e: unknown) => e)) as QueryFailedError<Error>;
    expect(error).toBeInstanceOf(QueryFailedError);
    expect(error.message).toMatch(/no_such_table/);
    // node-sqlite3's verbose mode appends "--> in Database#all('SELECT …')" after inspecting every call's arguments.
    expect(error.driverError.stack).toBeDefined();
    expect(error.driverError.stack).not.toContain('--> in Database#');
  });

  it('joins ids in ascending order whatever order the rows come in, and answers NULL over no rows', async () => {
    const joined = async (where: string) =>
      (
        await t.dataSource.query<Array<{ ids: string | null }>>(
          `SELECT (SELECT ${dialect.joinedIds('"v"."n"')} FROM (SELECT 12 AS "n" UNION ALL SELECT 3 UNION ALL SELECT 40) "v"` +
            ` WHERE ${where}) AS "ids"`,
        )
      )[0].ids;
    expect(await joined('1 = 1')).toBe('3,12,40');
    expect(await joined('"v"."n" > 100')).toBeNull();
  });

  it('upserts: inserts, then updates the listed columns of the conflicting row', async () => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.query(
        `CREATE TEMPORARY TABLE "dialect_kv" ("k" varchar(20) PRIMARY KEY, "v" varchar(20), "n" integer)`,
      );
      const upsert = dialect.upsert('dialect_kv', ['k', 'v', 'n'], ['k'], ['v']);
      await runner.query(upsert, ['a', 'một', 1]);
      await runner.query(upsert, ['a', 'hai', 2]);
      await runner.query(dialect.upsert('dialect_kv', ['k', 'v', 'n'], ['k'], []), ['a', 'ba', 3]);
      const rows = await runner.query(`SELECT "k", "v", "n" FROM "dialect_kv"`);
      expect(rows.map((row: { k: string; v: string; n: number | string }) => [row.k, row.v, Number(row.n)])).toEqual([
        ['a', 'hai', 1],
      ]);
    } finally {
      await runner.query(`DROP TABLE IF EXISTS "dialect_kv"`).catch(() => undefined);
      await runner.release();
    }
  });

  it('finds the rows whose indexed text contains every literal, wildcards taken literally', async () => {
    const search = async (...texts: string[]) => {
      const found = dialect.containsAll(
        { column: '"t"."searchText"', id: '"t"."id"', ftsTable: 'tasks_search' },
        texts.map((text, i) => ({ key: String(i), text })),
        'term',
      );
      if (!found) return null;
      const rows = await t.dataSource
        .getRepository(Task)
        .createQueryBuilder('t')
        .select('"t"."id"', 'id')
        .where(found.conditions.join(' AND '), found.params)
        .getRawMany<{ id: number | string }>();
      return rows.map((row) => Number(row.id));
    };
    expect(await search('phuong ngu', 'kiem tra')).toEqual([taskId]);
    expect(await search('ngu sql')).toEqual([taskId]);
    expect(await search('phuong ngu', 'khong co')).toEqual([]);
    expect(await search('ph_ong')).toEqual([]);
    expect(await search('phuong%')).toEqual([]);
    expect(await search()).toBeNull();
  });

  it('finds lexemes that start with each word, or are it whole, quotes and backslashes taken as text', async () => {
    const terms = (...words: Array<[string, boolean]>) =>
      words.map(([text, whole], i) => ({ key: String(i), words: text, whole }));
    if (t.database.kind !== 'postgres') {
      // SQLite has no lexemes: its FTS5 word table answers startsWords.
      expect(dialect.lexemeQuery(terms(['phuong', false]))).toBeNull();
      return;
    }
    const words = ['phuong', 'ngu', 'sql', "it's", 'a\\b'];
    const matches = async (...wanted: Array<[string, boolean]>) => {
      const query = dialect.lexemeQuery(terms(...wanted));
      const rows: unknown[] = await t.dataSource.query(
        `SELECT 1 FROM (SELECT array_to_tsvector(CAST($1 AS text[])) AS "words") "r" ` +
          `WHERE "words" @@ CAST($2 AS tsquery) AND ($3::tsquery IS NULL OR "words" @@ CAST($3 AS tsquery))`,
        [words, query?.indexed, query?.checked],
      );
      return rows.length === 1;
    };
    expect(await matches(['phu', false], ['sql', true])).toBe(true);
    expect(await matches(['sq', true])).toBe(false);
    expect(await matches(['ng', false], ['kiem', false])).toBe(false);
    expect(await matches(["it'", false], ['a\\', false])).toBe(true);
    expect(await matches(["it's", true], ['a\\b', true])).toBe(true);
    expect(await matches(['ng', false], ['sql', false])).toBe(true);
    expect(await matches(['ph', false], ['sq', true])).toBe(false);
    // Short words beside longer ones are checked on what the longer ones find, not looked up (see LexemeQuery).
    expect(dialect.lexemeQuery(terms(['ng', false], ['sql', true], ['p', false]))).toEqual({
      indexed: "'sql'",
      checked: "'ng':* & 'p':*",
    });
    expect(dialect.lexemeQuery(terms(['ng', false], ['p', false]))).toEqual({
      indexed: "'ng':* & 'p':*",
      checked: null,
    });
    expect(dialect.lexemeQuery(terms(['an', false], ['toa', false], ['thuc', false], ['pham', true]))).toEqual({
      indexed: "'thuc':* & 'pham'",
      checked: "'an':* & 'toa':*",
    });
    expect(dialect.lexemeQuery(terms(['tet', false], ['trong', false]))).toEqual({
      indexed: "'tet':* & 'trong':*",
      checked: null,
    });
    // Several words in a row, or a word longer than a lexeme keeps, are left to startsWords.
    expect(dialect.lexemeQuery(terms(['phuong ngu', false]))).toBeNull();
    expect(dialect.lexemeQuery(terms(['x'.repeat(201), false]))).toBeNull();
    expect(dialect.lexemeQuery(terms(['x'.repeat(200), true]))).toBeNull();
    expect(dialect.lexemeQuery([])).toBeNull();
  });

  it('groups small writes only where the database has a single writer', () => {
    expect(dialect.serializesWrites).toBe(t.database.kind === 'sqlite');
  });

  it('reads the matches of a one-pass page first only where the planner would walk the order index', () => {
    expect(dialect.pagesReadMatchesFirst).toBe(t.database.kind === 'postgres');
  });

  it('locks rows for update where the database has row locks', () => {
    const sql = dialect.lockRows(t.dataSource.getRepository(Task).createQueryBuilder('t')).getQuery();
    if (t.database.kind === 'postgres') expect(sql).toMatch(/FOR UPDATE$/);
    else expect(sql).not.toMatch(/FOR UPDATE/);
    expect(dialect.lockForUpdate()).toEqual(
      t.database.kind === 'postgres' ? { lock: { mode: 'pessimistic_write' } } : {},
    );
  });
});
