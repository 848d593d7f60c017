import ExcelJS from 'exceljs';
import { Department } from '../../src/departments/department.entity';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { asBytes, fileNameOf } from '../helpers/export-files';
import { createDepartment, createTask, dateFromNow } from '../helpers/task-factory';
import { readWorkbook, valueOf } from '../helpers/workbook-files';

interface Figures {
  total: number;
  carriedOver: number;
  assignedInPeriod: number;
  doneOnTime: number;
  doneLate: number;
  openWithinDeadline: number;
  openOverdue: number;
  awaitingConfirmation: number;
  standing: number;
}

/** The period workbook from the API, read back and compared with GET /api/reports/period for the same query. */
describe('Period report as Excel', () => {
  let t: TestApp;
  let health: Department;
  let finance: Department;
  let healthUser: TestUser;
  const FIRST = 13;
  const query = () => `from=2000-01-01&to=${dateFromNow(0)}`;

  const workbook = async (url: string, header?: Record<string, string>) => {
    const res = await asBytes(header ? t.anonymous.get(url).set(header) : t.http.get(url)).expect(200);
    return { res, book: await readWorkbook(res.body as Buffer) };
  };
  const unitRow = (sheet: ExcelJS.Worksheet, r: number) =>
    [2, 3, 4, 5, 7, 8, 10, 11, 12, 13].map((c) => valueOf(sheet.getCell(r, c)));
  const expected = (name: string, f: Figures) => [
    name,
    f.carriedOver + f.assignedInPeriod,
    f.carriedOver,
    f.assignedInPeriod,
    f.doneOnTime,
    f.doneLate,
    f.openWithinDeadline,
    f.openOverdue,
    f.awaitingConfirmation,
    f.standing,
  ];

  beforeAll(async () => {
    t = await createTestApp({ as: 'office' });
    health = await createDepartment(t, { code: 'SYT', name: 'Sở Y tế' });
    finance = await createDepartment(t, { code: 'STC', name: 'Sở Tài chính' });
    healthUser = await loginAs(t, 'department', { departmentId: health.id });
    await createTask(t, {
      leadDepartmentId: health.id,
      title: 'Kiểm tra an toàn thực phẩm dịp Tết',
      dueDate: dateFromNow(5),
    });
    await createTask(t, { leadDepartmentId: health.id, title: 'Báo cáo dịch bệnh', dueDate: dateFromNow(-3) });
    await createTask(t, { leadDepartmentId: finance.id, title: 'Giải ngân vốn đầu tư công', dueDate: dateFromNow(9) });
    await createTask(t, { leadDepartmentId: finance.id, title: 'Theo dõi thu ngân sách', dueDate: null });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('holds the API’s figures: a row per unit, a total of formulas equal to the province, every task in Phụ lục I', async () => {
    const api = (await t.http.get(`/api/reports/period?${query()}`).expect(200)).body as {
      province: Figures;
      units: Array<Figures & { name: string }>;
    };
    const { res, book } = await workbook(`/api/reports/period.xlsx?${query()}`);
    expect(fileNameOf(res)).toBe(`bao-cao-nhiem-vu-2000-01-01-den-${dateFromNow(0)}.xlsx`);
    const units = book.getWorksheet('Phụ lục II')!;
    api.units.forEach((unit, i) => expect(unitRow(units, FIRST + i)).toEqual(expected(unit.name, unit)));
    const total = unitRow(units, FIRST + api.units.length);
    expect(total).toEqual(expected('', api.province).map((v, i) => (i === 0 ? total[0] : v)));
    expect(units.getCell(FIRST + api.units.length, 1).value).toBe('Tổng cộng');
    const tasks = book.getWorksheet('Phụ lục I')!;
    let rows = 0;
    for (let r = FIRST; r <= tasks.rowCount; r++) if (typeof tasks.getCell(r, 1).value === 'number') rows++;
    expect(rows).toBe(api.province.total);
    expect(api.province.total).toBe(4);
  });

  it('gives a department its own unit and tasks, and the province line as the API gives it', async () => {
    const api = (await t.anonymous.get(`/api/reports/period?${query()}`).set(healthUser.header).expect(200)).body as {
      province: Figures;
      units: Array<Figures & { name: string }>;
    };
    const { book } = await workbook(`/api/reports/period.xlsx?${query()}`, healthUser.header);
    const units = book.getWorksheet('Phụ lục II')!;
    expect(unitRow(units, FIRST)).toEqual(expected('Sở Y tế', api.units[0]));
    expect(units.getCell(FIRST + 1, 1).value).toBe('Toàn tỉnh');
    expect(valueOf(units.getCell(FIRST + 1, 3))).toBe(api.province.total);
    const tasks = book.getWorksheet('Phụ lục I')!;
    const titles: unknown[] = [];
    for (let r = FIRST; r <= tasks.rowCount; r++)
      if (typeof tasks.getCell(r, 1).value === 'number') titles.push(tasks.getCell(r, 6).value);
    expect(titles.sort()).toEqual(['Báo cáo dịch bệnh', 'Kiểm tra an toàn thực phẩm dịp Tết']);
  });

  it('prints a completion’s report document and date, its difficulties and the latest progress note', async () => {
    const task = await createTask(t, {
      leadDepartmentId: finance.id,
      title: 'Rà soát nợ đọng',
      dueDate: dateFromNow(4),
    });
    await t.http.post(`/api/tasks/${task.id}/progress`).send({ percent: 40, note: 'Đã rà soát 3 huyện.' }).expect(201);
    await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .send({
        percent: 100,
        completed: true,
        completedOn: dateFromNow(0),
        result: 'Đã rà soát toàn bộ.',
        note: 'Hoàn thành rà soát.',
        resultDocument: { number: '12/BC-STC', issuedOn: '2024-01-20' },
        difficulties: 'Thiếu cán bộ chuyên môn – đề nghị bổ sung.',
      })
      .expect(201);
    const { book } = await workbook(`/api/reports/period.xlsx?${query()}`);
    const tasks = book.getWorksheet('Phụ lục I')!;
    let found: unknown[] | undefined;
    for (let r = FIRST; r <= tasks.rowCount; r++)
      if (tasks.getCell(r, 6).value === 'Rà soát nợ đọng') found = [12, 16, 17].map((c) => tasks.getCell(r, c).value);
    expect(found).toEqual([
      '12/BC-STC ngày 20/01/2024',
      'Thiếu cán bộ chuyên môn – đề nghị bổ sung.',
      'Hoàn thành rà soát.',
    ]);
  });

  it('writes a frozen report with the same cell values every time', async () => {
    const frozen = await t.http.post('/api/reports/period/freeze').send({ kind: 'year', year: 2024 }).expect(201);
    const code = frozen.body.code as string;
    const cells = async () => {
      const { res, book } = await workbook(`/api/reports/frozen/${code}/report.xlsx`);
      expect(fileNameOf(res)).toBe('bao-cao-nhiem-vu-2024.xlsx');
      const values: unknown[] = [];
      for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => values.push(valueOf(cell))));
      return values;
    };
    const first = await cells();
    await createTask(t, { leadDepartmentId: finance.id, dueDate: dateFromNow(1) });
    expect(await cells()).toEqual(first);
    await t.http.get('/api/reports/frozen/BC-2023/report.xlsx').expect(404);
  });
});
