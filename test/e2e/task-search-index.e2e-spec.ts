import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { createTask } from '../factories/task.factory';
import { RefoldSearchText1796700000000 } from '../../src/database/migrations/1796700000000-RefoldSearchText';
import { TaskSearchWords1797000100000 } from '../../src/database/migrations/1797000100000-TaskSearchWords';
import { SqlDialect } from '../../src/database/sql-dialect';
import { taskSearchCondition } from '../../src/tasks/task-search';

/** GET /api/tasks?q= through the word index (FTS5 on SQLite, pg_trgm on PostgreSQL's stored words). */
describe('Task search index', () => {
  let t: TestApp;
  let lead: number;

  const search = async (q: string) => {
    const res = await t.http.get('/api/tasks').query({ q, leadDepartmentId: lead, limit: 200 }).expect(200);
    return (res.body.items as Array<{ title: string }>).map((i) => i.title).sort();
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
    const migration = new TaskSearchWords1797000100000();
    let title: string;
    try {
      await migration.down(runner);
      title = (await createTask(t, { leadDepartmentId: lead, title: 'Rà soát hồ sơ đất đai tồn đọng' })).title;
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await search('ra soat ho so dat')).toEqual([title]);
    expect(await search('ton do')).toEqual([title]);
  });

  it('folds the search text of rows written before dashes were folded', async () => {
    const task = await createTask(t, { leadDepartmentId: lead, title: 'Sở Lao động – Thương binh và Xã hội báo cáo' });
    await t.dataSource.query(
      `UPDATE "tasks" SET "searchText" = 'so lao dong – thuong binh va xa hoi bao cao' WHERE "id" = ${task.id}`,
    );
    expect(await search('"lao dong - thuong binh va xa hoi bao"')).toEqual([]);
    const runner = t.dataSource.createQueryRunner();
    try {
      await new RefoldSearchText1796700000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await search('"lao dong - thuong binh va xa hoi bao"')).toEqual([task.title]);
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
