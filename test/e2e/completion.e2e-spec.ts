import { Notification } from '../../src/notifications/notification.entity';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDocument } from '../helpers/document-factory';
import { createDepartment, createTask, dateFromNow, daysFromNow } from '../helpers/task-factory';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

/** Completion with its actual date and evidence, and the office's confirmation or return. */
describe('Completion and confirmation', () => {
  let t: TestApp;
  let unit: TestUser;
  let office: TestUser;
  let lead: number;

  beforeAll(async () => {
    t = await createTestApp();
    lead = (await createDepartment(t)).id;
    unit = await loginAs(t, 'department', { departmentId: lead });
    office = await loginAs(t, 'office');
  });

  afterAll(async () => {
    await t?.close();
  });

  const as = (user: TestUser) => ({
    post: (url: string, body: object = {}) => t.anonymous.post(url).set(user.header).send(body),
    get: (url: string) => t.anonymous.get(url).set(user.header),
  });
  const report = (id: number, extra: object = {}) =>
    as(unit).post(`/api/tasks/${id}/progress`, {
      completed: true,
      completedOn: dateFromNow(-1),
      result: 'Đã hoàn thành; báo cáo kết quả gửi Văn phòng UBND tỉnh.',
      ...extra,
    });

  it('records a unit’s completion with its evidence; it awaits the office and does not turn overdue', async () => {
    const task = await createTask(t, { leadDepartmentId: lead, dueAt: daysFromNow(-3) });
    await report(task.id, {
      completedOn: dateFromNow(-4),
      resultDocument: { number: '56/BC-SKHĐT', issuedOn: dateFromNow(-4) },
      difficulties: 'Thiếu kinh phí đối ứng.',
    }).expect(201);
    const seen = (await as(unit).get(`/api/tasks/${task.id}`).expect(200)).body;
    expect(seen).toMatchObject({
      status: 'awaiting_confirmation',
      statusLabel: 'Chờ xác nhận',
      completedOn: dateFromNow(-4),
      confirmedAt: null,
      progressPercent: 100,
      result: 'Đã hoàn thành; báo cáo kết quả gửi Văn phòng UBND tỉnh.',
      resultDocument: { number: '56/BC-SKHĐT', issuedOn: dateFromNow(-4) },
      difficulties: 'Thiếu kinh phí đối ứng.',
      allowedActions: [],
    });
    expect((await as(office).get(`/api/tasks/${task.id}`)).body.allowedActions).toEqual(['confirm', 'return']);
    const listed = await t.http.get(`/api/tasks?status=awaiting_confirmation&leadDepartmentId=${lead}`).expect(200);
    expect(listed.body.items.map((x: { id: number }) => x.id)).toContain(task.id);
    // The actual date decides: completed before the deadline, so on time once confirmed.
    const confirmed = await as(office).post(`/api/tasks/${task.id}/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({ status: 'done_on_time', confirmedAt: expect.any(String) });
    // A second clerk's confirm or return, from a page opened before the first confirmed, is told why.
    const again = await as(office).post(`/api/tasks/${task.id}/confirm`).expect(409);
    expect(again.body).toMatchObject({
      rule: 'completion_confirmed',
      message: 'Nhiệm vụ đã được Văn phòng xác nhận hoàn thành',
    });
    await as(office).post(`/api/tasks/${task.id}/return`, { reason: 'x' }).expect(409);
  });

  it('counts a completion dated after the deadline as late', async () => {
    const task = await createTask(t, { leadDepartmentId: lead, dueDate: dateFromNow(-3) });
    await report(task.id, { completedOn: dateFromNow(-2) }).expect(201);
    expect((await as(office).post(`/api/tasks/${task.id}/confirm`).expect(200)).body.status).toBe('done_late');
  });

  it.each([
    ['in the future', 1, /must not be in the future/],
    ['more than COMPLETION_BACKDATE_DAYS ago', -6, /at most 5 days before today/],
  ])('refuses an actual date %s', async (_label, days, message) => {
    const task = await createTask(t, { leadDepartmentId: lead, dueAt: daysFromNow(5) });
    const res = await report(task.id, { completedOn: dateFromNow(days) }).expect(400);
    expect(fieldsOf(res.body)).toEqual(['completedOn']);
    expect(res.body.message[0]).toMatch(message);
    expect((await t.http.get(`/api/tasks/${task.id}`)).body.completedAt).toBeNull();
  });

  it('refuses an actual date before the assignment date', async () => {
    const document = await createDocument(t, { issuedOn: dateFromNow(-1) });
    const task = await createTask(t, { documentId: document.id, leadDepartmentId: lead, dueAt: daysFromNow(5) });
    const res = await report(task.id, { completedOn: dateFromNow(-2) }).expect(400);
    expect(fieldsOf(res.body)).toEqual(['completedOn']);
    expect(res.body.message[0]).toBe(`completedOn: must not be before the assignment date ${dateFromNow(-1)}`);
  });

  it('confirms at once a completion the office records itself', async () => {
    const task = await createTask(t, { leadDepartmentId: lead, dueAt: daysFromNow(5) });
    await as(office)
      .post(`/api/tasks/${task.id}/progress`, { completed: true, result: 'Văn phòng ghi nhận hoàn thành.' })
      .expect(201);
    expect((await t.http.get(`/api/tasks/${task.id}`)).body).toMatchObject({
      status: 'done_on_time',
      completedOn: dateFromNow(0),
      confirmedAt: expect.any(String),
    });
  });

  it('returns a completion with a reason: the task reopens and its reminders are planned again', async () => {
    const task = await createTask(t, { leadDepartmentId: lead, dueAt: daysFromNow(10) });
    const pending = () =>
      t.dataSource.getRepository(Notification).count({ where: { taskId: task.id, status: 'pending' } });
    expect(await pending()).toBeGreaterThan(0);
    await report(task.id).expect(201);
    expect(await pending()).toBe(0);
    const returned = await as(office)
      .post(`/api/tasks/${task.id}/return`, { reason: 'Chưa kèm văn bản báo cáo kết quả.' })
      .expect(200);
    expect(returned.body).toMatchObject({
      status: 'in_progress',
      completedAt: null,
      completedOn: null,
      confirmedAt: null,
      deadlineVersion: task.deadlineVersion + 1,
    });
    expect(await pending()).toBeGreaterThan(0);
    const notes = (await t.http.get(`/api/tasks/${task.id}/progress`)).body.items;
    expect(notes[0].note).toBe('Văn phòng trả lại báo cáo hoàn thành: Chưa kèm văn bản báo cáo kết quả.');
    await as(office).post(`/api/tasks/${task.id}/return`, { reason: '  ' }).expect(400);
    await as(unit).post(`/api/tasks/${task.id}/confirm`).expect(403);
    await report(task.id).expect(201);
  });

  it('counts a unit’s completion at once with CONFIRM_COMPLETION=off', async () => {
    const other = await createTestApp({ env: { CONFIRM_COMPLETION: 'off' } });
    try {
      const department = (await createDepartment(other)).id;
      const user = await loginAs(other, 'department', { departmentId: department });
      const task = await createTask(other, { leadDepartmentId: department, dueAt: daysFromNow(5) });
      await other.anonymous
        .post(`/api/tasks/${task.id}/progress`)
        .set(user.header)
        .send({ completed: true, result: 'Đã hoàn thành.' })
        .expect(201);
      expect((await other.http.get(`/api/tasks/${task.id}`)).body.status).toBe('done_on_time');
    } finally {
      await other.close();
    }
  });
});
