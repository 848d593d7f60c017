import type { MigrationInterface } from 'typeorm';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { createTask } from '../factories/task.factory';
import { RefoldSearchText1796700000000 } from '../../src/database/migrations/1796700000000-RefoldSearchText';
import { RefoldEth1797000600000 } from '../../src/database/migrations/1797000600000-RefoldEth';
import { TaskSearchWords1797000100000 } from '../../src/database/migrations/1797000100000-TaskSearchWords';
import { TaskSearchRows1797000500000 } from '../../src/database/migrations/1797000500000-TaskSearchRows';
import { TaskWordsSixLetterPrefixes1797000700000 } from '../../src/database/migrations/1797000700000-TaskWordsSixLetterPrefixes';
import { TaskWordsInDeadlineOrder1797000800000 } from '../../src/database/migrations/1797000800000-TaskWordsInDeadlineOrder';
import { TaskSearchShortWordsChecked1797000900000 } from '../../src/database/migrations/1797000900000-TaskSearchShortWordsChecked';
import { SqlDialect } from '../../src/database/sql-dialect';
import type { Actor } from '../../src/common/auth/actor';
import { ListTasksQuery } from '../../src/tasks/dto/list-tasks.query';
import { TASK_WORDS_BY_DEADLINE, taskSearchCondition, taskSearchLexemes } from '../../src/tasks/task-search';
import { TaskRepository } from '../../src/tasks/task.repository';

/**
 * GET /api/tasks?q= through the word index (FTS5 on SQLite, pg_trgm on PostgreSQL's stored words) and, on
 * PostgreSQL, through the lexemes of task_search_rows, which the office's search reads when its other filters
 * are a status or deadlines.
 */
describe('Task search index', () => {
  let t: TestApp;
  let lead: number;

  /** The titles the list answers for `q`, in its order: filtered by lead unit (the tasks table) and not. */
  const listed = async (q: string, query: Record<string, string | number> = {}) => {
    const titles = async (filter: Record<string, string | number>) => {
      const res = await t.http
        .get('/api/tasks')
        .query({ q, limit: 200, ...filter, ...query })
        .expect(200);
      return (res.body.items as Array<{ title: string }>).map((i) => i.title);
    };
    const byLead = await titles({ leadDepartmentId: lead });
    // Every task of these tests is led by `lead`: the search on its own (task_search_rows on PostgreSQL) must answer
    // the same tasks in the same order.
    expect(await titles({})).toEqual(byLead);
    return byLead;
  };
  const search = async (q: string) => (await listed(q)).sort();
  /** Runs a migration's step again on the database as it stands. */
  const migrate = async (migration: MigrationInterface) => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    lead = (await createDepartment(t)).id;
    await createTask(t, {
      leadDepartmentId: lead,
      title: 'Tặng quà Tết cho hộ nghèo',
      description: 'Sở Lao động – Thương binh và Xã hội chủ trì',
    });
    await createTask(t, { leadDepartmentId: lead, title: 'Giải ngân 100% vốn đầu tư công' });
    await createTask(t, { leadDepartmentId: lead, title: 'Giải ngân 10_0 theo mã dự án' });
    await createTask(t, { leadDepartmentId: lead, title: 'Phát động Tết trồng cây' });
    await createTask(t, { leadDepartmentId: lead, title: 'Triển khai Nghị quyết "Tam nông"' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('finds a task by a part of its title or description typed without diacritics', async () => {
    expect(await search('ho ngheo')).toEqual(['Tặng quà Tết cho hộ nghèo']);
    expect(await search('THUONG BINH')).toEqual(['Tặng quà Tết cho hộ nghèo']);
    expect(await search('Tết')).toEqual(['Phát động Tết trồng cây', 'Tặng quà Tết cho hộ nghèo']);
  });

  it('treats LIKE wildcards in the query literally', async () => {
    expect(await search('100%')).toEqual(['Giải ngân 100% vốn đầu tư công']);
    expect(await search('10_0')).toEqual(['Giải ngân 10_0 theo mã dự án']);
    expect(await search('%')).toEqual(['Giải ngân 100% vốn đầu tư công']);
  });

  it('treats quotes and search operators in the query as text', async () => {
    expect(await search('"tam nong"')).toEqual(['Triển khai Nghị quyết "Tam nông"']);
    expect(await search('quyet "tam')).toEqual(['Triển khai Nghị quyết "Tam nông"']);
    expect(await search('tam OR tet')).toEqual([]);
    expect(await search('tet*')).toEqual([]);
  });

  it('answers prefixes of every length, with and without a prefix index of their own (one to six letters)', async () => {
    const title = 'Gia cố tháp nước bị nghiêng ở Chợ Mới';
    await createTask(t, { leadDepartmentId: lead, title });
    for (const word of ['n', 'ng', 'ngh', 'nghi', 'nghie', 'nghien', 'nghieng']) {
      expect(await search(`${word} thap`)).toEqual([title]);
    }
    expect(await search('nghiengg')).toEqual([]);
    // A short word beside a longer one is checked on the tasks the longer one finds (SqlDialect.lexemeQuery).
    expect(await search('nuoc nghieng thap')).toEqual([title]);
    expect(await search('nuoc nghieng thay')).toEqual([]);
    expect(await search('nu thap')).toEqual([title]);
    expect(await search('ay thap')).toEqual([]);
    expect(await search('thap x')).toEqual([]);
    if (t.database.kind === 'sqlite') {
      const tables = await t.dataSource.query<Array<{ sql: string }>>(
        `SELECT "sql" FROM "sqlite_master" WHERE "name" IN ('tasks_words', '${TASK_WORDS_BY_DEADLINE}')`,
      );
      expect(tables.map(({ sql }) => sql.includes(`prefix='1 2 3 4 5 6'`))).toEqual([true, true]);
    }
  });

  it('answers queries shorter than a trigram, at the start of a word', async () => {
    expect(await search('ca')).toEqual(['Phát động Tết trồng cây']);
    expect(await search('ay')).toEqual([]);
  });

  describe('words, not one phrase', () => {
    const food = 'Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán';
    const letter = 'Thực hiện Thông báo 18/TB-UBND về tiền lương';

    beforeAll(async () => {
      await createTask(t, {
        leadDepartmentId: lead,
        title: food,
        description: 'Đoàn liên ngành kiểm tra các cơ sở sản xuất',
      });
      await createTask(t, { leadDepartmentId: lead, title: letter });
    });

    it('finds every word, folded, in any order, across title and description', async () => {
      expect(await search('an toan thuc pham Tet')).toEqual([food]);
      expect(await search('Tết thực phẩm an toàn')).toEqual([food]);
      expect(await search('nguyen dan lien nganh')).toEqual([food]);
      expect(await search('an toan thuc pham hoc sinh')).toEqual([]);
    });

    it('matches each word at the start of a word only', async () => {
      expect(await search('toa thu')).toEqual([food]);
      expect(await search('oan')).toEqual([]);
      expect(await search('ham')).toEqual([]);
    });

    it('treats punctuation as a break between words', async () => {
      expect(await search('ubnd')).toEqual([letter]);
      expect(await search('TB UBND 18')).toEqual([letter]);
      expect(await search('18/TB-UBND')).toEqual([letter]);
      expect(await search('18-TB')).toEqual([]);
    });

    it('folds dashes: a hyphen finds an en dash', async () => {
      expect(await search('Lao động - Thương binh')).toEqual(['Tặng quà Tết cho hộ nghèo']);
      expect(await search('"Lao động — Thương binh"')).toEqual(['Tặng quà Tết cho hộ nghèo']);
    });

    it('reads quoted text as an exact phrase of whole words', async () => {
      expect(await search('"thuc pham dip"')).toEqual([food]);
      expect(await search('“thực phẩm dịp” kiểm')).toEqual([food]);
      expect(await search('"pham thuc"')).toEqual([]);
      expect(await search('"thuc pha"')).toEqual([]);
    });
  });

  it('is served by the word index for words of any length', async () => {
    const condition = taskSearchCondition(t.app.get(SqlDialect), 'an to thuc pham')!;
    const [sql, parameters] = t.dataSource
      .createQueryBuilder()
      .select('"t"."id"')
      .from('tasks', 't')
      .where(condition.sql, condition.params)
      .getQueryAndParameters();
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      if (t.database.kind === 'postgres') {
        // A handful of rows: make the planner show whether it could use the index at all.
        await runner.query('SET LOCAL enable_seqscan = off');
        const plan = (await runner.query(`EXPLAIN ${sql}`, parameters)) as Array<{ 'QUERY PLAN': string }>;
        expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('IDX_tasks_searchWords_trgm');
      } else {
        expect(sql).toContain('"tasks_words" MATCH');
        expect(sql).not.toContain('LIKE');
        const plan = (await runner.query(`EXPLAIN QUERY PLAN ${sql}`, parameters)) as Array<{ detail: string }>;
        expect(plan.map((row) => row.detail).join('\n')).toMatch(/SCAN tasks_words VIRTUAL TABLE INDEX/);
      }
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('keeps symbols other than punctuation inside their word', async () => {
    const title = 'Nhiệt độ 5°C tại xã §3';
    await createTask(t, { leadDepartmentId: lead, title });
    expect(await search('5°')).toEqual([title]);
    expect(await search('nhiet 5')).toEqual([title]);
    expect(await search('§3')).toEqual([title]);
    expect(await search('c')).not.toContain(title);
    expect(await search('3')).not.toContain(title);
    expect(await search('"5°c tai"')).toEqual([title]);
    expect(await search('"5° c"')).toEqual([]);
  });

  it('counts two punctuation marks between the words of a phrase as two spaces', async () => {
    const title = 'Báo cáo quý, năm 2026';
    await createTask(t, { leadDepartmentId: lead, title });
    expect(await search('"quy, nam"')).toEqual([title]);
    expect(await search('"quy nam"')).toEqual([]);
    expect(await search('quy nam')).toEqual([title]);
  });

  it('indexes the words of the tasks written before the word index', async () => {
    const runner = t.dataSource.createQueryRunner();
    // Undone in the reverse order they ran: the search rows are made of the stored words. The words in deadline
    // order are then filled from the tasks table, and the office's search of `search` reads them.
    const migrations = [
      new TaskSearchWords1797000100000(),
      new TaskSearchRows1797000500000(),
      new TaskWordsSixLetterPrefixes1797000700000(),
      new TaskWordsInDeadlineOrder1797000800000(),
      new TaskSearchShortWordsChecked1797000900000(),
    ];
    let title: string;
    try {
      for (const migration of [...migrations].reverse()) await migration.down(runner);
      title = (await createTask(t, { leadDepartmentId: lead, title: 'Rà soát hồ sơ đất đai tồn đọng' })).title;
      for (const migration of migrations) await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await search('ra soat ho so dat')).toEqual([title]);
    expect(await search('ton do')).toEqual([title]);
  });

  it('keeps the search rows in step with deadlines, completion and cancellation', async () => {
    const early = await createTask(t, { leadDepartmentId: lead, title: 'Kiểm kê kho vật tư A', dueDate: '2030-03-01' });
    const late = await createTask(t, { leadDepartmentId: lead, title: 'Kiểm kê kho vật tư B', dueDate: '2030-04-01' });
    expect(await listed('kiem ke kho')).toEqual([early.title, late.title]);
    await t.http.patch(`/api/tasks/${early.id}`).send({ version: early.version, dueDate: '2030-05-01' }).expect(200);
    expect(await listed('kiem ke kho')).toEqual([late.title, early.title]);
    expect(await listed('kiem ke kho', { sort: '-dueAt' })).toEqual([early.title, late.title]);
    const done = await createTask(t, { leadDepartmentId: lead, title: 'Kiểm kê kho vật tư C', dueDate: '2030-06-01' });
    await t.http.post(`/api/tasks/${done.id}/progress`).send({ note: 'Đã kiểm kê', completed: true }).expect(201);
    await t.http.post(`/api/tasks/${late.id}/cancel`).send({ reason: 'Không còn phù hợp' }).expect(200);
    expect(await listed('kiem ke kho', { status: 'cancelled' })).toEqual([late.title]);
    expect(await listed('kiem ke kho', { status: 'in_progress' })).toEqual([early.title]);
    expect(await listed('kiem ke kho', { status: 'done_on_time' })).toEqual([done.title]);
    expect(await listed('kiem ke kho', { dueFrom: '2030-04-15' })).toEqual([early.title, done.title]);
    expect(await listed('kiem ke kho', { sort: 'urgency' })).toEqual([early.title, late.title, done.title]);
  });

  it('on PostgreSQL, reads a search of plain words from the lexeme index of task_search_rows', async () => {
    const dialect = t.app.get(SqlDialect);
    const lexemes = taskSearchLexemes(dialect, 'an to "thuc" pham');
    // Several words in a row, or a term with punctuation, are read from the tasks table.
    expect(taskSearchLexemes(dialect, '"an toan"')).toBeNull();
    expect(taskSearchLexemes(dialect, '100%')).toBeNull();
    if (t.database.kind !== 'postgres') {
      expect(lexemes).toBeNull();
      return;
    }
    // The short words are checked on the rows the longer ones find, not looked up (SqlDialect.lexemeQuery).
    expect(lexemes).toEqual({ indexed: "'pham':* & 'thuc'", checked: "'an':* & 'to':*" });
    expect(taskSearchLexemes(dialect, 'an to')).toEqual({ indexed: "'an':* & 'to':*", checked: null });
    // The function reads through the index even where the planner would scan this small table…
    const [{ proconfig }] = await t.dataSource.query(
      `SELECT "proconfig" FROM "pg_proc" WHERE "proname" = 'task_search_matches'`,
    );
    expect(proconfig).toEqual(['enable_seqscan=off']);
    // … which serves the query.
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL enable_seqscan = off');
      const plan = (await runner.query(
        `EXPLAIN SELECT "id" FROM "task_search_rows" WHERE "words" @@ CAST($1 AS tsquery)`,
        [lexemes?.indexed],
      )) as Array<{ 'QUERY PLAN': string }>;
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('IDX_task_search_rows_words');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('on PostgreSQL, takes the lexemes for the office’s search as the list route asks it, with its page', () => {
    const office: Actor = { userId: 0, role: 'office', departmentId: null };
    const department: Actor = { userId: 0, role: 'department', departmentId: lead };
    // The query as the route receives it: the page and its size beside the filters.
    const query = (filter: Partial<ListTasksQuery>) => Object.assign(new ListTasksQuery(), filter);
    const page = (filter: Partial<ListTasksQuery>, actor = office) =>
      t.app.get(TaskRepository).pageQueries(query(filter), { limit: 50, offset: 0 }, actor, new Date()).ids.getQuery();
    const postgres = t.database.kind === 'postgres';
    expect(page({ q: 'kiem ke kho', status: ['overdue'], dueFrom: '2030-01-01', sort: 'urgency' })).toContain(
      postgres ? '"task_search_matches"' : '"tasks_words" MATCH',
    );
    // A department's search starts from its own tasks; other filters read the tasks table.
    expect(page({ q: 'kiem ke kho' }, department)).not.toContain('task_search_matches');
    expect(page({ q: 'kiem ke kho', departmentId: lead })).not.toContain('task_search_matches');
    expect(page({ q: 'kiem ke kho', isKey: true })).not.toContain('task_search_matches');
    expect(page({ q: '"kiem ke"' })).not.toContain('task_search_matches');
  });

  describe('the office’s search in deadline order', () => {
    const office: Actor = { userId: 0, role: 'office', departmentId: null };
    const pageSql = (filter: Partial<ListTasksQuery>, actor = office) =>
      t.app
        .get(TaskRepository)
        .pageQueries(Object.assign(new ListTasksQuery(), filter), { limit: 50, offset: 0 }, actor, new Date())
        .ids.getQuery();

    it('on SQLite, is read from the words kept in deadline order, for words only and no other filter', () => {
      const inOrder = t.database.kind === 'sqlite';
      expect(pageSql({ q: 'kiem ke kho' }).includes(`"${TASK_WORDS_BY_DEADLINE}" MATCH`)).toBe(inOrder);
      expect(pageSql({ q: 'kiem "ke" kho', sort: 'dueAt', page: 2 }).includes(TASK_WORDS_BY_DEADLINE)).toBe(inOrder);
      const department: Actor = { userId: 0, role: 'department', departmentId: lead };
      for (const sql of [
        pageSql({ q: 'kiem ke kho' }, department),
        pageSql({ q: 'kiem ke kho', sort: '-dueAt' }),
        pageSql({ q: 'kiem ke kho', sort: 'urgency' }),
        pageSql({ q: 'kiem ke kho', status: ['overdue'] }),
        pageSql({ q: 'kiem ke kho', leadDepartmentId: lead }),
        pageSql({ q: '"kiem ke"' }),
        pageSql({ q: '100%' }),
      ]) {
        expect(sql).not.toContain(TASK_WORDS_BY_DEADLINE);
      }
    });

    it('orders the tasks due within one minute by their deadlines to the millisecond, then by id', async () => {
      const titles: string[] = [];
      // Created later but due earlier within the same minute, and two due at the same instant.
      for (const [letter, dueAt] of [
        ['A', '2031-02-03T09:15:40.500+07:00'],
        ['B', '2031-02-03T09:15:40.250+07:00'],
        ['C', '2031-02-03T09:15:05.000+07:00'],
        ['D', '2031-02-03T09:15:05.000+07:00'],
        ['E', '2031-02-03T09:14:59.999+07:00'],
      ]) {
        titles.push(
          (await createTask(t, { leadDepartmentId: lead, title: `Đối chiếu sổ kho ${letter}`, dueAt })).title,
        );
      }
      const [a, b, c, d, e] = titles;
      expect(await listed('doi chieu so kho')).toEqual([e, c, d, b, a]);
      expect(await listed('doi chieu so kho', { limit: 2, page: 2 })).toEqual([d, b]);
    });

    it('reads every match in order when more tasks fall due within one minute than it reads past the page', async () => {
      const sameMinute = 70;
      // Each due half a second before the one created before it: the reverse of their ids.
      const dueAt = (i: number) => new Date(Date.UTC(2031, 4, 20, 3, 0, 59, 999) - i * 500).toISOString();
      const created: string[] = [];
      for (let i = 0; i < sameMinute; i++) {
        created.push(
          (await createTask(t, { leadDepartmentId: lead, title: `Thu hồi đất dự án số ${i}`, dueAt: dueAt(i) })).title,
        );
      }
      const earlier = await createTask(t, {
        leadDepartmentId: lead,
        title: 'Thu hồi đất dự án trước',
        dueDate: '2031-05-19',
      });
      const all = await listed('thu hoi dat du an');
      expect(all).toEqual([earlier.title, ...created.reverse()]);
      const pages: Array<[limit: number, page: number]> = [
        [5, 1],
        [5, 2],
        [50, 1],
        [50, 2],
        [20, 4],
      ];
      for (const [limit, page] of pages) {
        expect(await listed('thu hoi dat du an', { limit, page })).toEqual(all.slice((page - 1) * limit, page * limit));
      }
      if (t.database.kind !== 'sqlite') return;
      // Which of those pages the first matches in deadline order could tell (1), and which needed every match (0).
      const known = async (limit: number, page: number) => {
        const query = Object.assign(new ListTasksQuery(), { q: 'thu hoi dat du an' });
        const { ids } = t.app
          .get(TaskRepository)
          .pageQueries(query, { limit, offset: (page - 1) * limit }, office, new Date());
        const [first] = await t.dataSource.query(...ids.getQueryAndParameters());
        return Number(first.pageKnown);
      };
      expect(await Promise.all(pages.map(([limit, page]) => known(limit, page)))).toEqual([0, 1, 1, 1, 1]);
    });

    it('keeps the words in step with the tasks written and deleted', async () => {
      const task = await createTask(t, { leadDepartmentId: lead, title: 'Kiểm định cầu treo', dueDate: '2031-07-01' });
      expect(await listed('kiem dinh cau treo')).toEqual([task.title]);
      await t.http
        .patch(`/api/tasks/${task.id}`)
        .send({ version: task.version, title: 'Kiểm định cầu cứng', dueDate: '2031-08-01' })
        .expect(200);
      expect(await listed('kiem dinh cau treo')).toEqual([]);
      expect(await listed('kiem dinh cau cung')).toEqual(['Kiểm định cầu cứng']);
      if (t.database.kind !== 'sqlite') return;
      const matches = async (words: string) =>
        (
          await t.dataSource.query(
            `SELECT COUNT(*) AS "n" FROM "${TASK_WORDS_BY_DEADLINE}" WHERE "${TASK_WORDS_BY_DEADLINE}" MATCH ?`,
            [words],
          )
        )[0].n;
      expect(await matches('"kiem" * AND "dinh" * AND "cau" * AND "cung" *')).toBe(1);
      expect(await matches('"treo" *')).toBe(0);
      const runner = t.dataSource.createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query('PRAGMA defer_foreign_keys = ON');
        await runner.query(`DELETE FROM "tasks" WHERE "id" = ?`, [task.id]);
        const [{ n }] = await runner.query(
          `SELECT COUNT(*) AS "n" FROM "${TASK_WORDS_BY_DEADLINE}" WHERE "${TASK_WORDS_BY_DEADLINE}" MATCH ?`,
          ['"cung" *'],
        );
        expect(n).toBe(0);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      expect(await matches('"cung" *')).toBe(1);
    });
  });

  it('folds the search text of rows written before dashes were folded', async () => {
    const task = await createTask(t, { leadDepartmentId: lead, title: 'Sở Lao động – Thương binh và Xã hội báo cáo' });
    await t.dataSource.query(
      `UPDATE "tasks" SET "searchText" = 'so lao dong – thuong binh va xa hoi bao cao' WHERE "id" = ${task.id}`,
    );
    expect(await search('"lao dong - thuong binh va xa hoi bao"')).toEqual([]);
    await migrate(new RefoldSearchText1796700000000());
    expect(await search('"lao dong - thuong binh va xa hoi bao"')).toEqual([task.title]);
  });

  it('folds "Ð" (U+00D0) as "Đ" in new tasks and, after its migration, in the search text written before', async () => {
    const title = '\u00d0ề nghị Sở Tài chính thẩm định phương án \u00f0ền bù';
    const task = await createTask(t, { leadDepartmentId: lead, title });
    expect(await search('de nghi so tai chinh tham dinh')).toEqual([title]);
    // As folded before: the eth kept, and found by no word typed with "d".
    await t.dataSource.query(
      `UPDATE "tasks" SET "searchText" = 'ðe nghi so tai chinh tham dinh phuong an ðen bu' WHERE "id" = ${task.id}`,
    );
    expect(await search('den bu')).toEqual([]);
    await migrate(new RefoldEth1797000600000());
    expect(await search('de nghi den bu')).toEqual([title]);
  });

  it('follows edits of the title', async () => {
    const task = await createTask(t, { leadDepartmentId: lead, title: 'Kiểm tra an toàn cháy nổ' });
    expect(await search('an toan chay no')).toEqual(['Kiểm tra an toàn cháy nổ']);
    await t.http
      .patch(`/api/tasks/${task.id}`)
      .send({ version: task.version, title: 'Kiểm tra vệ sinh trường học' })
      .expect(200);
    expect(await search('an toan chay no')).toEqual([]);
    expect(await search('ve sinh truong hoc')).toEqual(['Kiểm tra vệ sinh trường học']);
  });
});
