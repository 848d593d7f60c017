import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { createTask } from '../factories/task.factory';
import { daysFromNow } from '../helpers/dates';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field).sort();

describe('Task progress API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('records progress and moves the task percent', async () => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(10) });
    const res = await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .send({ percent: 35, note: 'Đã giải ngân 35% kế hoạch vốn.' })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      taskId: task.id,
      occurrenceId: null,
      percent: 35,
      note: 'Đã giải ngân 35% kế hoạch vốn.',
      completed: false,
      departmentId: null,
      authorId: t.user!.id,
      createdAt: expect.any(String),
      attachments: [],
    });
    expect((await t.http.get(`/api/tasks/${task.id}`)).body).toMatchObject({
      progressPercent: 35,
      status: 'in_progress',
      version: 2,
    });
  });

  it('records a note without percent, leaving the percent and version as they are', async () => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id });
    await t.http.post(`/api/tasks/${task.id}/progress`).send({ percent: 20, note: 'Bắt đầu' }).expect(201);
    const note = await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .send({ note: 'Đang chờ số liệu của các huyện' })
      .expect(201);
    expect(note.body.percent).toBeNull();
    expect((await t.http.get(`/api/tasks/${task.id}`)).body).toMatchObject({ progressPercent: 20, version: 2 });
  });

  it('completes the task with completed: true, at 100%, on time before the deadline', async () => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(2) });
    const res = await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .send({ percent: 60, note: 'Đã tặng quà cho 100% hộ nghèo', completed: true })
      .expect(201);
    expect(res.body).toMatchObject({ percent: 100, completed: true });
    const after = (await t.http.get(`/api/tasks/${task.id}`)).body;
    expect(after).toMatchObject({ progressPercent: 100, status: 'done_on_time', completedAt: expect.any(String) });
    expect(Date.now() - Date.parse(after.completedAt)).toBeLessThan(60_000);
  });

  it('completes late after the deadline', async () => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id, dueDate: '2024-02-09' });
    await t.http.post(`/api/tasks/${task.id}/progress`).send({ note: 'Hoàn thành', completed: true }).expect(201);
    expect((await t.http.get(`/api/tasks/${task.id}`)).body.status).toBe('done_late');
  });

  it('reaching 100% without completed does not complete the task', async () => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(10) });
    await t.http.post(`/api/tasks/${task.id}/progress`).send({ percent: 100, note: 'Chờ nghiệm thu' }).expect(201);
    expect((await t.http.get(`/api/tasks/${task.id}`)).body).toMatchObject({
      progressPercent: 100,
      status: 'in_progress',
      completedAt: null,
    });
  });

  it('answers 409 on a completed or cancelled task and records nothing', async () => {
    const lead = await createDepartment(t);
    const done = await createTask(t, { leadDepartmentId: lead.id });
    await t.http.post(`/api/tasks/${done.id}/progress`).send({ note: 'Xong', completed: true }).expect(201);
    const more = await t.http.post(`/api/tasks/${done.id}/progress`).send({ percent: 50, note: 'Thêm' }).expect(409);
    expect(more.body).toMatchObject({
      rule: 'task_completed',
      message: expect.stringMatching(/^Nhiệm vụ đã được báo cáo hoàn thành/),
    });
    await t.http.post(`/api/tasks/${done.id}/progress`).send({ note: 'Lần nữa', completed: true }).expect(409);
    expect((await t.http.get(`/api/tasks/${done.id}/progress`)).body.total).toBe(1);

    const cancelled = await createTask(t, { leadDepartmentId: lead.id });
    await t.http.post(`/api/tasks/${cancelled.id}/cancel`).send({ reason: 'Dừng' }).expect(200);
    const onCancelled = await t.http
      .post(`/api/tasks/${cancelled.id}/progress`)
      .send({ percent: 10, note: 'x' })
      .expect(409);
    expect(onCancelled.body).toMatchObject({
      rule: 'task_cancelled',
      message: 'Nhiệm vụ đã dừng thực hiện, không thay đổi được nữa',
    });
    expect((await t.http.get(`/api/tasks/${cancelled.id}/progress`)).body.total).toBe(0);
  });

  it('answers 404 for an unknown task', async () => {
    await t.http.post('/api/tasks/999999/progress').send({ percent: 10, note: 'x' }).expect(404);
    await t.http.get('/api/tasks/999999/progress').expect(404);
  });

  it.each([
    ['percent above 100', { percent: 101, note: 'x' }, ['percent']],
    ['negative percent', { percent: -1, note: 'x' }, ['percent']],
    ['fractional percent', { percent: 12.5, note: 'x' }, ['percent']],
    ['percent as text', { percent: '50', note: 'x' }, ['percent']],
    ['no note', { percent: 50 }, ['note']],
    ['a blank note', { percent: 50, note: '  ' }, ['note']],
    ['a note of 4001 characters', { percent: 50, note: 'x'.repeat(4001) }, ['note']],
    ['completed as text', { note: 'x', completed: 'true' }, ['completed']],
    ['an unknown field', { note: 'x', author: 'Sở Y tế' }, ['author']],
  ])('answers 400 for %s', async (_label, body, fields) => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id });
    const res = await t.http.post(`/api/tasks/${task.id}/progress`).send(body).expect(400);
    expect(fieldsOf(res.body)).toEqual(fields);
    expect((await t.http.get(`/api/tasks/${task.id}/progress`)).body.total).toBe(0);
  });

  it('lists progress newest first, in pages', async () => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id });
    for (const percent of [10, 30, 50]) {
      await t.http
        .post(`/api/tasks/${task.id}/progress`)
        .send({ percent, note: `Đạt ${percent}%` })
        .expect(201);
    }
    const first = (await t.http.get(`/api/tasks/${task.id}/progress?limit=2`).expect(200)).body;
    expect(first).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(first.items.map((p: { percent: number }) => p.percent)).toEqual([50, 30]);
    const second = (await t.http.get(`/api/tasks/${task.id}/progress?limit=2&page=2`).expect(200)).body;
    expect(second.items.map((p: { note: string }) => p.note)).toEqual(['Đạt 10%']);
    await t.http.get(`/api/tasks/${task.id}/progress?limit=500`).expect(400);
  });
});
