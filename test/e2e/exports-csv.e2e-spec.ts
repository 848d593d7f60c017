import { Department } from '../../src/departments/department.entity';
import { Task } from '../../src/tasks/entities/task.entity';
import { TASK_CSV_HEADER } from '../../src/exports/csv/tasks-csv.service';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { defaultDocumentId } from '../helpers/document-factory';
import { asBytes, fileNameOf, parseCsv } from '../helpers/export-files';
import { createDepartment, createTask, dateFromNow } from '../helpers/task-factory';

/** GET /api/tasks.csv: the list route's rows, all of them, for the same filters and caller. */
describe('Task list as CSV', () => {
  let t: TestApp;
  let health: Department;
  let finance: Department;
  let healthUser: TestUser;

  const csvOf = async (url: string, header?: Record<string, string>) => {
    const res = await asBytes(header ? t.anonymous.get(url).set(header) : t.http.get(url));
    expect(res.status).toBe(200);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return { res, rows: parseCsv(bytes.subarray(3).toString('utf8')) };
  };
  /** Every id the list route answers, page by page. */
  const listIds = async (query: string, header?: Record<string, string>) => {
    const ids: number[] = [];
    for (let page = 1; ; page++) {
      const url = `/api/tasks?${query}&limit=200&page=${page}`;
      const res = header ? await t.anonymous.get(url).set(header) : await t.http.get(url);
      expect(res.status).toBe(200);
      ids.push(...(res.body.items as Array<{ id: number }>).map((i) => i.id));
      if (ids.length >= res.body.total) return ids;
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    health = await createDepartment(t, { code: 'SYT', name: 'Sở Y tế' });
    finance = await createDepartment(t, { code: 'STC', name: 'Sở Tài chính' });
    healthUser = await loginAs(t, 'department', { departmentId: health.id });
    // More rows than one page may hold (limit ≤ 200), written directly: the export must not stop at a page.
    const now = new Date();
    const documentId = await defaultDocumentId(t);
    const rows = Array.from({ length: 230 }, (_, i) => ({
      documentId,
      title: `Rà soát hồ sơ đất đai đợt ${i + 1}`,
      searchText: `ra soat ho so dat dai dot ${i + 1}`,
      leadDepartmentId: i % 3 === 0 ? health.id : finance.id,
      dueDate: null,
      dueAt: new Date(now.getTime() + (i - 100) * 3_600_000),
      createdAt: now,
      updatedAt: now,
    }));
    await t.dataSource.getRepository(Task).insert(rows);
    await createTask(t, {
      leadDepartmentId: finance.id,
      supportDepartmentIds: [health.id],
      title: '=HYPERLINK("http://x") Báo cáo "tình hình" giải ngân, vốn đầu tư công',
      description: 'Dòng một\nDòng hai',
      dueDate: dateFromNow(10),
      isKey: true,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers every row the list matches, in its order, with a BOM, a header and a telling file name', async () => {
    const { res, rows } = await csvOf('/api/tasks.csv?limit=5&page=3');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(fileNameOf(res)).toMatch(/^danh-sach-nhiem-vu-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(rows[0]).toEqual(TASK_CSV_HEADER);
    const ids = await listIds('sort=dueAt');
    expect(ids.length).toBe(231);
    expect(rows.slice(1).map((r) => Number(r[1]))).toEqual(ids);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(ids.map((_, i) => i + 1));
  });

  it('applies every filter of the list route', async () => {
    for (const query of [
      'status=overdue',
      'status=due_soon,in_progress&sort=-dueAt',
      `departmentId=${health.id}`,
      `leadDepartmentId=${finance.id}&sort=createdAt`,
      `dueFrom=${dateFromNow(-1)}&dueTo=${dateFromNow(2)}`,
      'isKey=true',
      'q=ra soat dot 12',
    ]) {
      const { rows } = await csvOf(`/api/tasks.csv?${query}`);
      const ids = await listIds(query);
      expect({ query, ids: rows.slice(1).map((r) => Number(r[1])) }).toEqual({ query, ids });
    }
  });

  it('keeps Vietnamese, quotes, commas and line breaks intact, and disarms formulas', async () => {
    const { rows } = await csvOf('/api/tasks.csv?isKey=true');
    expect(rows).toHaveLength(2);
    const [, , title, description, , lead, support, deadline, status, percent, , key] = rows[1];
    expect(title).toBe(`'=HYPERLINK("http://x") Báo cáo "tình hình" giải ngân, vốn đầu tư công`);
    expect(description).toBe('Dòng một\nDòng hai');
    expect([lead, support, status, percent, key]).toEqual([
      'Sở Tài chính',
      'Sở Y tế',
      'Đang thực hiện trong hạn',
      '0',
      'x',
    ]);
    expect(deadline).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('gives a department user only the rows its own list holds', async () => {
    const { res, rows } = await csvOf('/api/tasks.csv', healthUser.header);
    const ids = await listIds('sort=dueAt', healthUser.header);
    expect(rows.slice(1).map((r) => Number(r[1]))).toEqual(ids);
    expect(ids.length).toBe(77 + 1);
    expect(fileNameOf(res)).toMatch(/^danh-sach-nhiem-vu-syt-/);
    const foreign = await csvOf(`/api/tasks.csv?leadDepartmentId=${finance.id}&isKey=false`, healthUser.header);
    expect(foreign.rows).toHaveLength(1);
  });

  it('refuses a bad filter with the API error shape, before sending any file', async () => {
    const res = await t.http.get(`/api/tasks.csv?dueFrom=${dateFromNow(3)}&dueTo=${dateFromNow(1)}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, errors: [{ field: 'dueTo' }] });
    expect((await t.http.get('/api/tasks.csv?status=late')).status).toBe(400);
    expect((await t.anonymous.get('/api/tasks.csv')).status).toBe(401);
  });
});
