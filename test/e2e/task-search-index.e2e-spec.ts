import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment, createTask } from '../helpers/task-factory';

/** GET /api/tasks?q= through the search index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL). */
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

  it('answers queries shorter than a trigram', async () => {
    expect(await search('ay')).toEqual(['Phát động Tết trồng cây']);
  });

  it('follows edits of the title', async () => {
    const task = await createTask(t, { leadDepartmentId: lead, title: 'Kiểm tra an toàn thực phẩm' });
    expect(await search('an toan thuc pham')).toEqual(['Kiểm tra an toàn thực phẩm']);
    await t.http
      .patch(`/api/tasks/${task.id}`)
      .send({ version: task.version, title: 'Kiểm tra vệ sinh trường học' })
      .expect(200);
    expect(await search('an toan thuc pham')).toEqual([]);
    expect(await search('ve sinh truong hoc')).toEqual(['Kiểm tra vệ sinh trường học']);
  });
});
