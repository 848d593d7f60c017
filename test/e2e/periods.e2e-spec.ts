import { SYSTEM_ACTOR } from '../../src/common/auth/actor';
import { PeriodsService } from '../../src/periods/periods.service';
import { Task } from '../../src/tasks/entities/task.entity';
import { TaskDeadlineChange } from '../../src/tasks/entities/task-deadline-change.entity';
import { loginAs } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDocument } from '../helpers/document-factory';
import { createDepartment, createTask } from '../helpers/task-factory';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

interface Row {
  taskId: number;
  group: string;
  dueDate: string | null;
  extensionCount: number;
  completedOn: string | null;
  daysOverdue: number | null;
  carriedOver: boolean;
}

describe('Reporting periods', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const tasks = () => t.dataSource.getRepository(Task);

  /** A task of `departmentId` assigned by a document issued on `issuedOn`, with a deadline date. */
  async function taskOn(departmentId: number, issuedOn: string, dueDate: string | null, kind = 'deadline') {
    const document = await createDocument(t, { issuedOn });
    return createTask(t, { leadDepartmentId: departmentId, documentId: document.id, dueDate, kind });
  }

  /** Records a confirmed completion at `completedAt`, on the date it falls on in Asia/Ho_Chi_Minh. */
  async function completeAt(id: number, completedAt: string, completedOn: string | null) {
    await tasks().update(id, {
      completedAt: new Date(completedAt),
      completedOn,
      confirmedAt: new Date(completedAt),
      progressPercent: 100,
    });
  }

  const period = async (query: string, header?: Record<string, string>) => {
    const request = t.http.get(`/api/reports/period?${query}`);
    const res = header ? await t.anonymous.get(`/api/reports/period?${query}`).set(header) : await request;
    expect(res.status).toBe(200);
    return res.body as {
      from: string;
      to: string;
      cutoffAt: string;
      province: Record<string, unknown> & { total: number };
      units: Array<Record<string, unknown> & { departmentId: number; rank: number | null; score: number | null }>;
      previous: Record<string, unknown> | null;
      previousCode: string | null;
    };
  };

  const unitOf = (body: Awaited<ReturnType<typeof period>>, departmentId: number) =>
    body.units.find((unit) => unit.departmentId === departmentId);

  const rowsOf = async (query: string, ids: number[]): Promise<Map<number, Row>> => {
    const service = t.app.get(PeriodsService);
    const [kind, year, number] = query.split('/');
    const report = await service.reportWithTasks(
      { kind: kind as 'month', year: Number(year), number: Number(number) },
      SYSTEM_ACTOR,
    );
    return new Map(report.tasks.filter((row) => ids.includes(row.taskId)).map((row) => [row.taskId, row as Row]));
  };

  it('runs January from 15 December to 14 January and cuts off at the end of the 14th in Asia/Ho_Chi_Minh', async () => {
    const body = await period('kind=month&year=2024&number=1');
    expect(body).toMatchObject({ kind: 'month', year: 2024, number: 1, from: '2023-12-15', to: '2024-01-14' });
    expect(body.cutoffAt).toBe('2024-01-14T16:59:59.999Z');
    const calendar = await createTestApp({ env: { PERIOD_CUTOFF_DAY: '0' } });
    try {
      const res = await calendar.http.get('/api/reports/period?kind=quarter&year=2024&number=1').expect(200);
      expect(res.body).toMatchObject({ from: '2024-01-01', to: '2024-03-31', cutoffAt: '2024-03-31T16:59:59.999Z' });
    } finally {
      await calendar.close();
    }
  });

  it('classifies at the cut-off instant: a completion at 23:59 on the 14th counts, one at 00:01 on the 15th does not', async () => {
    const unit = await createDepartment(t);
    const before = await taskOn(unit.id, '2024-01-05', '2024-01-14');
    const after = await taskOn(unit.id, '2024-01-05', '2024-01-14');
    // Recorded without a completion date (migrated rows): the date is read in Asia/Ho_Chi_Minh.
    const legacyBefore = await taskOn(unit.id, '2024-01-05', '2024-01-14');
    const legacyAfter = await taskOn(unit.id, '2024-01-05', '2024-01-14');
    await completeAt(before.id, '2024-01-14T16:59:00Z', '2024-01-14');
    await completeAt(after.id, '2024-01-14T17:01:00Z', '2024-01-15');
    await completeAt(legacyBefore.id, '2024-01-14T16:59:00Z', null);
    await completeAt(legacyAfter.id, '2024-01-14T17:01:00Z', null);
    const assignedOn15th = await taskOn(unit.id, '2024-01-15', '2024-01-20');

    const ids = [before.id, after.id, legacyBefore.id, legacyAfter.id, assignedOn15th.id];
    const january = await rowsOf('month/2024/1', ids);
    expect(january.get(before.id)).toMatchObject({ group: 'done_on_time', completedOn: '2024-01-14' });
    expect(january.get(legacyBefore.id)).toMatchObject({ group: 'done_on_time', completedOn: '2024-01-14' });
    // Due on the cut-off date, not yet past it: within deadline, and due.
    expect(january.get(after.id)).toMatchObject({ group: 'open_within_deadline', completedOn: null });
    expect(january.get(legacyAfter.id)).toMatchObject({ group: 'open_within_deadline' });
    expect(january.has(assignedOn15th.id)).toBe(false);
    expect(unitOf(await period('kind=month&year=2024&number=1'), unit.id)).toMatchObject({
      total: 4,
      due: 4,
      doneOnTime: 2,
      openWithinDeadline: 2,
      completionRate: 0.5,
      onTimeRate: 0.5,
      overdueRate: 0,
    });

    const february = await rowsOf('month/2024/2', ids);
    expect(february.has(before.id)).toBe(false);
    expect(february.get(after.id)).toMatchObject({ group: 'done_late', carriedOver: true, daysOverdue: 1 });
    expect(february.get(assignedOn15th.id)).toMatchObject({ group: 'open_overdue', carriedOver: false });
  });

  it('uses the deadline in force at the cut-off, with the extensions approved by then', async () => {
    const unit = await createDepartment(t);
    const task = await taskOn(unit.id, '2024-03-01', '2024-03-10');
    // Extended on 20 March (after the March cut-off) to 31 March.
    await tasks().update(task.id, {
      dueDate: '2024-03-31',
      dueAt: new Date('2024-03-31T16:59:59.999Z'),
      originalDueDate: '2024-03-10',
      extensionCount: 1,
    });
    await t.dataSource.getRepository(TaskDeadlineChange).save({
      taskId: task.id,
      previousDueDate: '2024-03-10',
      previousDueAt: new Date('2024-03-10T16:59:59.999Z'),
      newDueDate: '2024-03-31',
      newDueAt: new Date('2024-03-31T16:59:59.999Z'),
      deadlineVersion: 2,
      source: 'extension',
      changedAt: new Date('2024-03-20T02:00:00Z'),
    });
    expect((await rowsOf('month/2024/3', [task.id])).get(task.id)).toMatchObject({
      group: 'open_overdue',
      dueDate: '2024-03-10',
      extensionCount: 0,
      daysOverdue: 4,
    });
    expect((await rowsOf('month/2024/4', [task.id])).get(task.id)).toMatchObject({
      group: 'open_overdue',
      dueDate: '2024-03-31',
      extensionCount: 1,
      daysOverdue: 14,
    });
  });

  it('leaves out tasks closed before the period and keeps standing and cancelled tasks apart', async () => {
    const unit = await createDepartment(t);
    const doneBefore = await taskOn(unit.id, '2024-04-01', '2024-04-10');
    await completeAt(doneBefore.id, '2024-04-10T03:00:00Z', '2024-04-10');
    const cancelledBefore = await taskOn(unit.id, '2024-04-01', '2024-05-30');
    await tasks().update(cancelledBefore.id, { cancelledAt: new Date('2024-04-20T03:00:00Z'), cancelReason: 'Thôi' });
    const cancelledIn = await taskOn(unit.id, '2024-04-01', '2024-05-30');
    await tasks().update(cancelledIn.id, { cancelledAt: new Date('2024-05-20T03:00:00Z'), cancelReason: 'Thôi' });
    const standing = await taskOn(unit.id, '2024-04-01', null, 'standing');
    await completeAt(standing.id, '2024-05-20T03:00:00Z', '2024-05-20');

    const rows = await rowsOf('month/2024/6', [doneBefore.id, cancelledBefore.id, cancelledIn.id, standing.id]);
    expect([...rows.keys()].sort()).toEqual([cancelledIn.id, standing.id].sort());
    expect(rows.get(cancelledIn.id)!.group).toBe('cancelled');
    expect(rows.get(standing.id)!.group).toBe('standing');
    const figures = unitOf(await period('kind=month&year=2024&number=6'), unit.id)!;
    expect(figures).toMatchObject({
      total: 2,
      due: 0,
      standing: 1,
      cancelled: 1,
      carriedOver: 2,
      score: null,
      rank: null,
    });
    expect(figures.completionRate).toBeNull();
    expect(figures.onTimeRate).toBeNull();
    expect(figures.overdueRate).toBeNull();
    expect(figures.shareDone).toBeNull();
  });

  it('gives a department its own row and the province totals, without other units or ranks', async () => {
    const [mine, theirs] = [await createDepartment(t), await createDepartment(t)];
    await taskOn(mine.id, '2024-07-01', '2024-07-05');
    await taskOn(theirs.id, '2024-07-01', '2024-07-05');
    await taskOn(theirs.id, '2024-07-02', '2024-07-06');
    const user = await loginAs(t, 'department', { departmentId: mine.id });
    const office = await period('kind=month&year=2024&number=7');
    expect(unitOf(office, mine.id)?.rank).toEqual(expect.any(Number));
    expect(unitOf(office, theirs.id)).toBeDefined();

    const own = await period('kind=month&year=2024&number=7', user.header);
    expect(own.units).toEqual([
      expect.objectContaining({ departmentId: mine.id, total: 1, openOverdue: 1, rank: null }),
    ]);
    expect(own.province).toEqual(office.province);

    const idle = await loginAs(t, 'department', { departmentId: (await createDepartment(t)).id });
    const empty = await period('kind=month&year=2024&number=7', idle.header);
    expect(empty.units).toEqual([expect.objectContaining({ departmentId: idle.departmentId, total: 0, score: null })]);
  });

  it('freezes a period: later changes leave the frozen report as it was; a re-freeze needs a reason', async () => {
    const unit = await createDepartment(t);
    const task = await taskOn(unit.id, '2023-05-20', '2023-06-01');
    const office = await loginAs(t, 'office');
    const freeze = (body: Record<string, unknown>) =>
      t.anonymous.post('/api/reports/period/freeze').set(office.header).send(body);

    const first = await freeze({ kind: 'month', year: 2023, number: 6 });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ code: 'BC-2023-06' });
    const frozen = (await t.http.get('/api/reports/frozen/BC-2023-06').expect(200)).body;
    expect(frozen).toMatchObject({ code: 'BC-2023-06', revision: 1, frozenBy: { id: office.id }, from: '2023-05-15' });
    expect(frozen.tasks.find((row: Row) => row.taskId === task.id)).toMatchObject({ group: 'open_overdue' });

    await completeAt(task.id, '2023-06-05T03:00:00Z', '2023-06-05');
    await tasks().update(task.id, { title: 'Tiêu đề đã sửa' });
    const again = (await t.http.get('/api/reports/frozen/BC-2023-06').expect(200)).body;
    expect(again).toEqual(frozen);
    const live = await rowsOf('month/2023/6', [task.id]);
    expect(live.get(task.id)).toMatchObject({ group: 'done_late' });

    const refused = await freeze({ kind: 'month', year: 2023, number: 6 });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused.body)).toEqual(['reason']);
    const second = await freeze({ kind: 'month', year: 2023, number: 6, reason: 'Sở báo cáo bổ sung kết quả' });
    expect(second.body).toEqual({ code: 'BC-2023-06-r2' });
    expect((await t.http.get('/api/reports/frozen/BC-2023-06').expect(200)).body).toMatchObject({
      code: 'BC-2023-06-r2',
      reason: 'Sở báo cáo bổ sung kết quả',
    });
    expect((await t.http.get('/api/reports/frozen/BC-2023-06-r1').expect(200)).body).toEqual(frozen);

    const list = (await t.http.get('/api/reports/frozen').expect(200)).body;
    expect(list.items.filter((item: { periodCode: string }) => item.periodCode === 'BC-2023-06')).toEqual([
      expect.objectContaining({ code: 'BC-2023-06-r2', latest: true }),
      expect.objectContaining({ code: 'BC-2023-06', latest: false }),
    ]);
    // One period's revisions alone, by its bare code.
    const ofJune = (await t.http.get('/api/reports/frozen?periodCode=BC-2023-06').expect(200)).body;
    expect(ofJune).toMatchObject({ total: 2 });
    expect(ofJune.items.map((item: { code: string }) => item.code)).toEqual(['BC-2023-06-r2', 'BC-2023-06']);
    expect((await t.http.get('/api/reports/frozen?periodCode=BC-2023-07').expect(200)).body).toMatchObject({
      total: 0,
      items: [],
    });

    // The next month compares with the latest frozen figures.
    const july = await period('kind=month&year=2023&number=7');
    expect(july.previousCode).toBe('BC-2023-06-r2');
    const latest = (await t.http.get('/api/reports/frozen/BC-2023-06').expect(200)).body;
    expect(july.previous).toEqual(latest.province);

    const department = await loginAs(t, 'department', { departmentId: unit.id });
    expect(await freeze({ kind: 'month', year: 2023, number: 8 }).then((r) => r.status)).toBe(201);
    await t.anonymous
      .post('/api/reports/period/freeze')
      .set(department.header)
      .send({ kind: 'month', year: 2023, number: 9 })
      .expect(403);
    const scoped = (await t.anonymous.get('/api/reports/frozen/BC-2023-06').set(department.header).expect(200)).body;
    expect(scoped.units.map((u: { departmentId: number }) => u.departmentId)).toEqual([unit.id]);
    expect(scoped.tasks.every((row: { leadDepartmentId: number }) => row.leadDepartmentId === unit.id)).toBe(true);
  });

  it('refuses to freeze a period that has not ended', async () => {
    const year = new Date().getUTCFullYear() + 1;
    await t.http.post('/api/reports/period/freeze').send({ kind: 'year', year }).expect(409);
  });

  it.each([
    ['an unknown kind', 'kind=week&year=2024&number=1', 'kind'],
    ['a month without its number', 'kind=month&year=2024', 'number'],
    ['a fifth quarter', 'kind=quarter&year=2024&number=5', 'number'],
    ['a thirteenth month', 'kind=month&year=2024&number=13', 'number'],
    ['no year', 'kind=month&number=1', 'year'],
    ['from without to', 'from=2024-01-01', 'to'],
    ['to before from', 'from=2024-02-01&to=2024-01-01', 'to'],
    ['a malformed date', 'from=2024-13-01&to=2024-12-31', 'from'],
    ['nothing', '', 'kind'],
  ])('refuses %s with a 400 naming the field', async (_label, query, field) => {
    const res = await t.http.get(`/api/reports/period?${query}`).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
  });

  it('refuses a malformed frozen code with 400 and an unknown one with 404', async () => {
    expect(fieldsOf((await t.http.get('/api/reports/frozen/BC-2024-13').expect(400)).body)).toEqual(['code']);
    for (const periodCode of ['BC-2024-13', 'BC-2024-01-r2', '2024-Q1', '']) {
      const listed = await t.http.get(`/api/reports/frozen?periodCode=${periodCode}`).expect(400);
      expect(fieldsOf(listed.body)).toEqual(['periodCode']);
    }
    await t.http.get('/api/reports/frozen/BC-1999-01').expect(404);
    const bad = await t.http
      .post('/api/reports/period/freeze')
      .send({ kind: 'half', year: 2024, number: 3 })
      .expect(400);
    expect(fieldsOf(bad.body)).toEqual(['number']);
  });
});
