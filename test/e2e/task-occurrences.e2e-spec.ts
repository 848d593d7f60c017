import { In } from 'typeorm';
import { Notification } from '../../src/notifications/notification.entity';
import { TaskExtension } from '../../src/tasks/entities/task-extension.entity';
import { createDocument } from '../factories/document.factory';
import { createDepartment } from '../factories/department.factory';
import { createTask, TaskJson } from '../factories/task.factory';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { dateFromNow } from '../helpers/dates';

interface OccurrenceJson {
  id: number;
  taskId: number;
  periodLabel: string;
  dueDate: string;
  originalDueDate: string;
  extensionCount: number;
  status: string;
  statusLabel: string;
  completedOn: string | null;
  confirmedAt: string | null;
  percent: number;
  allowedActions: string[];
}

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field).sort();

describe('Recurring tasks and their occurrences', () => {
  let t: TestApp;
  let lead: { id: number };
  let unit: TestUser;
  let office: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    lead = await createDepartment(t);
    unit = await loginAs(t, 'department', { departmentId: lead.id });
    office = await loginAs(t, 'office');
  });

  afterAll(async () => {
    await t?.close();
  });

  const recurringTask = async (
    recurrence: { every: string; day: number; until: string | null },
    issuedOn = '2024-01-05',
  ): Promise<TaskJson> => {
    const document = await createDocument(t, { issuedOn });
    return createTask(t, {
      title: 'Báo cáo tình hình thực hiện nhiệm vụ trọng tâm',
      kind: 'recurring',
      recurrence,
      documentId: document.id,
      leadDepartmentId: lead.id,
    });
  };
  const occurrencesOf = async (taskId: number, as: TestUser | null = null): Promise<OccurrenceJson[]> => {
    const req = t.http.get(`/api/tasks/${taskId}/occurrences`);
    if (as) req.set(as.header);
    return (await req.expect(200)).body;
  };

  it('creates a monthly task with one occurrence per month from the assignment date to until', async () => {
    const task = await recurringTask({ every: 'month', day: 20, until: '2024-06-30' });
    expect(task).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'month', day: 20, until: '2024-06-30' },
      // The next open occurrence's deadline.
      dueDate: '2024-01-20',
      originalDueDate: '2024-01-20',
      extensionCount: 0,
      status: 'overdue',
    });
    const occurrences = await occurrencesOf(task.id);
    expect(occurrences.map((o) => [o.periodLabel, o.dueDate])).toEqual([
      ['Tháng 1/2024', '2024-01-20'],
      ['Tháng 2/2024', '2024-02-20'],
      ['Tháng 3/2024', '2024-03-20'],
      ['Tháng 4/2024', '2024-04-20'],
      ['Tháng 5/2024', '2024-05-20'],
      ['Tháng 6/2024', '2024-06-20'],
    ]);
    expect(occurrences[0]).toEqual({
      id: expect.any(Number),
      taskId: task.id,
      periodLabel: 'Tháng 1/2024',
      dueDate: '2024-01-20',
      originalDueDate: '2024-01-20',
      extensionCount: 0,
      status: 'overdue',
      statusLabel: 'Quá hạn',
      completedOn: null,
      confirmedAt: null,
      percent: 0,
      result: null,
      allowedActions: expect.arrayContaining(['progress', 'complete', 'note']),
    });
    // The office's task-wide actions stay on the task.
    expect(occurrences[0].allowedActions).not.toContain('edit');
  });

  it('skips the periods due before the assignment date, clamps the day to the month and names quarters and years', async () => {
    const monthly = await recurringTask({ every: 'month', day: 31, until: '2024-04-30' }, '2024-01-31');
    expect((await occurrencesOf(monthly.id)).map((o) => o.dueDate)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
    const quarterly = await recurringTask({ every: 'quarter', day: 20, until: '2024-12-31' }, '2024-03-21');
    expect((await occurrencesOf(quarterly.id)).map((o) => [o.periodLabel, o.dueDate])).toEqual([
      ['Quý II/2024', '2024-06-20'],
      ['Quý III/2024', '2024-09-20'],
      ['Quý IV/2024', '2024-12-20'],
    ]);
    const yearly = await recurringTask({ every: 'year', day: 15, until: '2025-12-31' });
    expect((await occurrencesOf(yearly.id)).map((o) => [o.periodLabel, o.dueDate])).toEqual([
      ['Năm 2024', '2024-12-15'],
      ['Năm 2025', '2025-12-15'],
    ]);
  });

  it('creates a weekly task due on its weekday, weeks named by their ISO number, across the turn of the year', async () => {
    // Thứ Sáu hằng tuần, assigned on Saturday 26/12/2020: the first Friday is 1/1/2021, week 53 of 2020.
    const weekly = await recurringTask({ every: 'week', day: 5, until: '2021-01-20' }, '2020-12-26');
    expect(weekly).toMatchObject({ recurrence: { every: 'week', day: 5, until: '2021-01-20' }, dueDate: '2021-01-01' });
    expect((await occurrencesOf(weekly.id)).map((o) => [o.periodLabel, o.dueDate])).toEqual([
      ['Tuần 53/2020 (28/12–03/01)', '2021-01-01'],
      ['Tuần 1/2021 (04/01–10/01)', '2021-01-08'],
      ['Tuần 2/2021 (11/01–17/01)', '2021-01-15'],
    ]);
  });

  it('generates to 31 December of next year when the rule has no end', async () => {
    const task = await recurringTask({ every: 'quarter', day: 10, until: null }, dateFromNow(0));
    const occurrences = await occurrencesOf(task.id);
    const nextYear = Number(dateFromNow(0).slice(0, 4)) + 1;
    expect(occurrences[occurrences.length - 1]).toMatchObject({
      periodLabel: `Quý IV/${nextYear}`,
      dueDate: `${nextYear}-12-10`,
    });
    expect(occurrences.length).toBeGreaterThanOrEqual(5);
    expect(task.dueDate).toBe(occurrences[0].dueDate);
    expect(occurrences[0].dueDate >= dateFromNow(0)).toBe(true);
  });

  it.each([
    ['kind recurring without a rule', { kind: 'recurring' }, ['recurrence']],
    [
      'a deadline besides the rule',
      { kind: 'recurring', recurrence: { every: 'month', day: 5, until: null }, dueDate: '2024-03-01' },
      ['dueDate'],
    ],
    [
      'a rule on a deadline task',
      { kind: 'deadline', dueDate: '2024-03-01', recurrence: { every: 'month', day: 5, until: null } },
      ['recurrence'],
    ],
    [
      'an unknown period',
      { kind: 'recurring', recurrence: { every: 'day', day: 5, until: null } },
      ['recurrence.every'],
    ],
    ['weekday 8', { kind: 'recurring', recurrence: { every: 'week', day: 8, until: null } }, ['recurrence.day']],
    ['day 32', { kind: 'recurring', recurrence: { every: 'month', day: 32, until: null } }, ['recurrence.day']],
    [
      'until before the assignment date',
      { kind: 'recurring', recurrence: { every: 'month', day: 5, until: '2023-12-31' } },
      ['recurrence.until'],
    ],
    [
      'no occurrence before until',
      { kind: 'recurring', recurrence: { every: 'month', day: 25, until: '2024-01-24' } },
      ['recurrence.until'],
    ],
  ])('answers 400 for %s', async (_label, body, fields) => {
    const document = await createDocument(t, { issuedOn: '2024-01-05' });
    const res = await t.http
      .post('/api/tasks')
      .send({ title: 'Báo cáo định kỳ', documentId: document.id, leadDepartmentId: lead.id, ...body })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(fields);
  });

  it('needs occurrenceId for a recurring task and refuses it for any other', async () => {
    const task = await recurringTask({ every: 'month', day: 20, until: '2024-03-31' });
    const missing = await t.http.post(`/api/tasks/${task.id}/progress`).send({ percent: 10, note: 'Đang làm' });
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body)).toEqual(['occurrenceId']);
    const other = await createTask(t, { leadDepartmentId: lead.id, dueDate: dateFromNow(10) });
    const refused = await t.http
      .post(`/api/tasks/${other.id}/progress`)
      .send({ percent: 10, note: 'Đang làm', occurrenceId: 1 })
      .expect(400);
    expect(fieldsOf(refused.body)).toEqual(['occurrenceId']);
    for (const route of ['confirm', 'extensions']) {
      const res = await t.http
        .post(`/api/tasks/${task.id}/${route}`)
        .send(route === 'extensions' ? { dueDate: dateFromNow(30), reason: 'r' } : {})
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['occurrenceId']);
    }
    const return400 = await t.http.post(`/api/tasks/${task.id}/return`).send({ reason: 'Thiếu số liệu' }).expect(400);
    expect(fieldsOf(return400.body)).toEqual(['occurrenceId']);
    const otherTasks = await occurrencesOf((await recurringTask({ every: 'month', day: 20, until: '2024-02-28' })).id);
    await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .send({ percent: 10, note: 'x', occurrenceId: otherTasks[0].id })
      .expect(404);
  });

  it('completes one occurrence: it waits for the office, is confirmed, and the task moves to the next one', async () => {
    const task = await recurringTask({ every: 'month', day: 20, until: '2024-03-31' });
    const [january, february] = await occurrencesOf(task.id);
    await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .set(unit.header)
      .send({ percent: 40, note: 'Đã tổng hợp số liệu', occurrenceId: january.id })
      .expect(201);
    const reported = await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .set(unit.header)
      .send({ completed: true, result: 'Đã gửi Báo cáo số 12/BC-SKHĐT', occurrenceId: january.id })
      .expect(201);
    expect(reported.body).toMatchObject({ occurrenceId: january.id, completed: true, percent: 100 });
    let occurrences = await occurrencesOf(task.id, office);
    expect(occurrences[0]).toMatchObject({
      status: 'awaiting_confirmation',
      statusLabel: 'Chờ xác nhận',
      completedOn: dateFromNow(0),
      percent: 100,
      allowedActions: ['confirm', 'return'],
    });
    expect(occurrences[1]).toMatchObject({ status: 'overdue', percent: 0, completedOn: null });
    // The task reads as its next open occurrence.
    const after = (await t.http.get(`/api/tasks/${task.id}`).expect(200)).body;
    expect(after).toMatchObject({ dueDate: '2024-02-20', status: 'overdue', completedAt: null, progressPercent: 0 });

    // A completed occurrence takes no more progress until the office returns it.
    await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .set(unit.header)
      .send({ percent: 50, note: 'Bổ sung', occurrenceId: january.id })
      .expect(409);
    await t.http
      .post(`/api/tasks/${task.id}/return`)
      .set(office.header)
      .send({ reason: 'Thiếu số liệu quý', occurrenceId: january.id })
      .expect(200);
    expect((await occurrencesOf(task.id))[0]).toMatchObject({ status: 'overdue', completedOn: null, percent: 100 });
    await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .set(unit.header)
      .send({ completed: true, result: 'Đã bổ sung số liệu', occurrenceId: january.id })
      .expect(201);
    await t.http
      .post(`/api/tasks/${task.id}/confirm`)
      .set(office.header)
      .send({ occurrenceId: february.id })
      .expect(409);
    await t.http
      .post(`/api/tasks/${task.id}/confirm`)
      .set(office.header)
      .send({ occurrenceId: january.id })
      .expect(200);
    occurrences = await occurrencesOf(task.id);
    expect(occurrences[0]).toMatchObject({
      status: 'done_late',
      statusLabel: 'Hoàn thành quá hạn',
      confirmedAt: expect.any(String),
    });
    const progress = (await t.http.get(`/api/tasks/${task.id}/progress`).expect(200)).body.items;
    expect(new Set(progress.map((p: { occurrenceId: number }) => p.occurrenceId))).toEqual(new Set([january.id]));

    // The office completes the rest itself (confirmed at once): the task is done, without a next deadline.
    for (const occurrence of occurrences.slice(1)) {
      await t.http
        .post(`/api/tasks/${task.id}/progress`)
        .set(office.header)
        .send({ completed: true, result: 'Đã báo cáo', occurrenceId: occurrence.id })
        .expect(201);
    }
    const done = (await t.http.get(`/api/tasks/${task.id}`).expect(200)).body;
    expect(done).toMatchObject({ dueDate: null, dueAt: null, status: 'done_late', completedAt: expect.any(String) });
    expect((await occurrencesOf(task.id)).map((o) => o.status)).toEqual(['done_late', 'done_late', 'done_late']);
  });

  it('extends one occurrence under the extension rules, counting its own extensions', async () => {
    const task = await recurringTask({ every: 'month', day: 28, until: null }, dateFromNow(-1));
    const occurrences = await occurrencesOf(task.id);
    const next = occurrences.find((o) => o.dueDate >= dateFromNow(1))!;
    const later = occurrences[occurrences.indexOf(next) + 1];
    const request = (body: object) =>
      t.http
        .post(`/api/tasks/${task.id}/extensions`)
        .set(unit.header)
        .send({ reason: 'Chờ số liệu của Cục Thống kê', ...body });
    const approve = (extensionId: number) =>
      t.http.post(`/api/tasks/${task.id}/extensions/${extensionId}/approve`).send({}).expect(200);

    const first = (await request({ occurrenceId: next.id, dueDate: later.dueDate }).expect(201)).body;
    expect(first).toMatchObject({
      occurrenceId: next.id,
      previousDueDate: next.dueDate,
      requestedDueDate: later.dueDate,
    });
    await approve(first.id);
    let extended = (await occurrencesOf(task.id)).find((o) => o.id === next.id)!;
    expect(extended).toMatchObject({ dueDate: later.dueDate, originalDueDate: next.dueDate, extensionCount: 1 });
    // The other occurrences keep their deadlines and their own count.
    expect((await occurrencesOf(task.id)).find((o) => o.id === later.id)).toMatchObject({
      dueDate: later.dueDate,
      extensionCount: 0,
    });
    const deadlines = (await t.http.get(`/api/tasks/${task.id}/deadlines`).expect(200)).body.items;
    expect(deadlines[0]).toMatchObject({
      previousDueDate: next.dueDate,
      newDueDate: later.dueDate,
      source: 'extension',
    });

    const notLater = await request({ occurrenceId: next.id, dueDate: later.dueDate }).expect(409);
    expect(notLater.body.rule).toBe('date_not_later');
    const second = (await request({ occurrenceId: next.id, dueDate: dateFromNow(200) }).expect(201)).body;
    await approve(second.id);
    extended = (await occurrencesOf(task.id)).find((o) => o.id === next.id)!;
    expect(extended).toMatchObject({ dueDate: dateFromNow(200), extensionCount: 2 });
    expect(extended.allowedActions).not.toContain('request_extension');
    const third = await request({ occurrenceId: next.id, dueDate: dateFromNow(300) }).expect(409);
    expect(third.body).toMatchObject({ rule: 'max_extensions', message: expect.stringContaining('EXTENSION_MAX = 2') });
    // Another occurrence may still be extended.
    await request({ occurrenceId: later.id, dueDate: dateFromNow(250) }).expect(201);
  });

  it('allows one pending extension request per occurrence, not one per task', async () => {
    const task = await recurringTask({ every: 'month', day: 10, until: null }, dateFromNow(-1));
    const [next, later] = (await occurrencesOf(task.id)).filter((o) => o.dueDate >= dateFromNow(1));
    const request = (occurrenceId: number, dueDate: string) =>
      t.http
        .post(`/api/tasks/${task.id}/extensions`)
        .set(unit.header)
        .send({ occurrenceId, dueDate, reason: 'Chờ số liệu của Cục Thống kê' });

    const onNext = (await request(next.id, dateFromNow(100)).expect(201)).body;
    // The other month's report may be asked for while the first request waits.
    const onLater = (await request(later.id, dateFromNow(120)).expect(201)).body;
    expect([onNext.occurrenceId, onLater.occurrenceId]).toEqual([next.id, later.id]);
    const again = await request(next.id, dateFromNow(110)).expect(409);
    expect(again.body).toMatchObject({
      rule: 'extension_pending',
      message: 'Kỳ thực hiện này của nhiệm vụ đã có một đề nghị gia hạn đang chờ xem xét',
    });
    const byOccurrence = new Map((await occurrencesOf(task.id, unit)).map((o) => [o.id, o.allowedActions]));
    expect(byOccurrence.get(next.id)).not.toContain('request_extension');
    expect(byOccurrence.get(later.id)).not.toContain('request_extension');

    // The database holds the rule too, should two requests race past the check.
    const extensions = t.dataSource.getRepository(TaskExtension);
    const row = {
      taskId: task.id,
      requestedDueAt: new Date(Date.now() + 200 * 86_400_000),
      reason: 'r',
      status: 'pending' as const,
    };
    await expect(extensions.insert({ ...row, occurrenceId: next.id })).rejects.toThrow(/unique|UNIQUE/);
    const third = (await occurrencesOf(task.id)).filter((o) => o.dueDate >= dateFromNow(1))[2];
    await extensions.insert({ ...row, occurrenceId: third.id });

    // Deciding one leaves the other pending; the decided occurrence may be asked for again.
    await t.http.post(`/api/tasks/${task.id}/extensions/${onNext.id}/reject`).send({ note: 'Không' }).expect(200);
    expect((await t.http.get(`/api/tasks/${task.id}/extensions/${onLater.id}`).expect(200)).body.status).toBe(
      'pending',
    );
    await request(next.id, dateFromNow(110)).expect(201);
  });

  it('refuses an extension of an occurrence whose deadline has passed (deadline_passed)', async () => {
    const task = await recurringTask({ every: 'month', day: 20, until: '2024-03-31' });
    const [january] = await occurrencesOf(task.id);
    const res = await t.http
      .post(`/api/tasks/${task.id}/extensions`)
      .send({ occurrenceId: january.id, dueDate: dateFromNow(10), reason: 'Xin lùi thời hạn' })
      .expect(409);
    expect(res.body.rule).toBe('deadline_passed');
  });

  it('plans reminders and the overdue notice per open occurrence, each under its own delivery key', async () => {
    const task = await recurringTask({ every: 'month', day: 15, until: null }, dateFromNow(0));
    const occurrences = await occurrencesOf(task.id);
    const future = occurrences.filter((o) => o.dueDate > dateFromNow(0));
    const rows = await t.dataSource.getRepository(Notification).find({
      where: { taskId: task.id, kind: In(['reminder', 'overdue']) },
    });
    const overdue = rows.filter((r) => r.kind === 'overdue');
    expect(overdue.map((r) => r.occurrenceId).sort()).toEqual(future.map((o) => o.id).sort());
    for (const row of rows) {
      expect(row.deliveryKey).toMatch(new RegExp(`^(reminder|overdue)\\.t${task.id}\\.o${row.occurrenceId}\\.v1\\.`));
      expect(occurrences.some((o) => o.id === row.occurrenceId)).toBe(true);
    }
    expect(new Set(rows.map((r) => r.deliveryKey)).size).toBe(rows.length);
    // Each future occurrence has its own reminders (7d, 3d, 1d, 0d where still ahead), subject naming its period.
    const last = future[future.length - 1];
    const lastRows = rows.filter((r) => r.occurrenceId === last.id);
    expect(
      lastRows
        .filter((r) => r.kind === 'reminder')
        .map((r) => r.reminderOffset)
        .sort(),
    ).toEqual(['0d', '1d', '3d', '7d']);
    expect(lastRows.every((r) => r.subject.includes(last.periodLabel))).toBe(true);

    // Completing one occurrence cancels its notices only.
    const first = future[0];
    await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .send({ completed: true, result: 'Đã báo cáo', occurrenceId: first.id })
      .expect(201);
    const after = await t.dataSource
      .getRepository(Notification)
      .find({ where: { taskId: task.id, status: 'pending' } });
    expect(after.some((r) => r.occurrenceId === first.id)).toBe(false);
    expect(after.filter((r) => r.occurrenceId === last.id)).toHaveLength(lastRows.length);
  });

  it('counts the occurrences due in a period, not the recurring task itself, in reports and statistics', async () => {
    const unitOfPeriod = await createDepartment(t);
    const document = await createDocument(t, { issuedOn: '2024-01-05' });
    const task = await createTask(t, {
      title: 'Báo cáo kết quả giải ngân vốn đầu tư công',
      kind: 'recurring',
      recurrence: { every: 'month', day: 20, until: '2024-06-30' },
      documentId: document.id,
      leadDepartmentId: unitOfPeriod.id,
    });
    const [january, february] = await occurrencesOf(task.id);
    // March 2024 runs from 15 February to 14 March (PERIOD_CUTOFF_DAY=14): February's occurrence falls due in it,
    // January's is carried over, open at the cut-off (its completion, reported today, came later).
    await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .send({ completed: true, result: 'Đã báo cáo', occurrenceId: january.id })
      .expect(201);
    const report = (await t.http.get('/api/reports/period?kind=month&year=2024&number=3').expect(200)).body;
    const unitRow = report.units.find((u: { departmentId: number }) => u.departmentId === unitOfPeriod.id);
    expect(unitRow).toMatchObject({
      total: 2,
      carriedOver: 1,
      assignedInPeriod: 1,
      openOverdue: 2,
      doneLate: 0,
      standing: 0,
      due: 2,
    });
    // The frozen report's rows: one per occurrence, the title naming its period.
    const { code } = (
      await t.http.post('/api/reports/period/freeze').send({ kind: 'month', year: 2024, number: 3 }).expect(201)
    ).body;
    const frozen = (await t.http.get(`/api/reports/frozen/${code}`).expect(200)).body;
    const rows = frozen.tasks.filter((r: { taskId: number }) => r.taskId === task.id);
    expect(
      rows.map((r: { occurrenceId: number; title: string; dueDate: string }) => [r.occurrenceId, r.title, r.dueDate]),
    ).toEqual([
      [january.id, 'Báo cáo kết quả giải ngân vốn đầu tư công (Tháng 1/2024)', '2024-01-20'],
      [february.id, 'Báo cáo kết quả giải ngân vốn đầu tư công (Tháng 2/2024)', '2024-02-20'],
    ]);
    // A period before the first occurrence fell due counts nothing of the task.
    const january2024 = (await t.http.get('/api/reports/period?kind=month&year=2024&number=1').expect(200)).body;
    expect(january2024.units.find((u: { departmentId: number }) => u.departmentId === unitOfPeriod.id)).toBeUndefined();

    // Statistics: the occurrences due in the period; without one, those due so far (all six are past).
    const statsRow = async (query: string) =>
      (await t.http.get(`/api/stats/departments?${query}`).expect(200)).body.items.find(
        (r: { departmentId: number }) => r.departmentId === unitOfPeriod.id,
      );
    expect(await statsRow('period=2024-03')).toMatchObject({ total: 1, recurringPeriods: 1, overdue: 1 });
    expect(await statsRow('limit=200')).toMatchObject({
      total: 6,
      recurringPeriods: 6,
      overdue: 5,
      doneLate: 1,
      standing: 0,
    });
  });

  it('plans one overdue notice when a completion is returned after the deadline, unless one was ever sent', async () => {
    const task = await recurringTask({ every: 'month', day: 20, until: '2024-02-29' });
    const [january] = await occurrencesOf(task.id);
    const overdueRows = () =>
      t.dataSource
        .getRepository(Notification)
        .find({ where: { taskId: task.id, kind: 'overdue' }, order: { id: 'ASC' } });
    const reportAndReturn = async (occurrenceId?: number) => {
      await t.http
        .post(`/api/tasks/${task.id}/progress`)
        .set(unit.header)
        .send({ completed: true, result: 'Đã báo cáo', ...(occurrenceId ? { occurrenceId } : {}) })
        .expect(201);
      await t.http
        .post(`/api/tasks/${task.id}/return`)
        .set(office.header)
        .send({ reason: 'Chưa đủ nội dung', ...(occurrenceId ? { occurrenceId } : {}) })
        .expect(200);
    };
    // Created after its deadlines had passed: nothing was planned late.
    expect(await overdueRows()).toEqual([]);
    const before = Date.now();
    await reportAndReturn(january.id);
    const [notice] = await overdueRows();
    expect(notice).toMatchObject({
      deliveryKey: `overdue.t${task.id}.o${january.id}.v2.d${lead.id}`,
      occurrenceId: january.id,
      deadlineVersion: 2,
      departmentId: lead.id,
      role: 'lead',
    });
    expect(notice.scheduledAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(notice.subject).toContain('Tháng 1/2024');
    // Once an overdue notice of the occurrence went out, a later return plans none.
    await t.dataSource.getRepository(Notification).update(notice.id, { status: 'sent', sentAt: new Date() });
    await reportAndReturn(january.id);
    expect((await overdueRows()).map((r) => r.deliveryKey)).toEqual([notice.deliveryKey]);

    // The same for a task with a deadline.
    const plain = await createTask(t, { leadDepartmentId: lead.id, dueDate: '2024-02-09' });
    await t.http
      .post(`/api/tasks/${plain.id}/progress`)
      .set(unit.header)
      .send({ completed: true, result: 'Đã hoàn thành' })
      .expect(201);
    await t.http.post(`/api/tasks/${plain.id}/return`).set(office.header).send({ reason: 'Thiếu hồ sơ' }).expect(200);
    const plainRows = await t.dataSource
      .getRepository(Notification)
      .find({ where: { taskId: plain.id, kind: 'overdue', status: 'pending' } });
    expect(plainRows.map((r) => r.deliveryKey)).toEqual([`overdue.t${plain.id}.v2.d${lead.id}`]);
  });
});
