import { TaskExtension } from '../../src/tasks/entities/task-extension.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { createTask, TaskJson } from '../factories/task.factory';
import { dateFromNow, daysFromNow } from '../helpers/dates';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field).sort();

describe('Task extensions API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const openTask = async (
    deadline: { dueDate?: string; dueAt?: string } = { dueDate: dateFromNow(5) },
  ): Promise<TaskJson> => {
    const lead = await createDepartment(t);
    return createTask(t, { leadDepartmentId: lead.id, ...deadline });
  };

  const request = (taskId: number, body: object) => t.http.post(`/api/tasks/${taskId}/extensions`).send(body);

  it('records a request with the deadline it would replace', async () => {
    const task = await openTask({ dueDate: dateFromNow(5) });
    const newDate = dateFromNow(20);
    const res = await request(task.id, { dueDate: newDate, reason: 'Chờ Trung ương phân bổ vốn' }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      taskId: task.id,
      occurrenceId: null,
      previousDueDate: task.dueDate,
      previousDueAt: task.dueAt,
      requestedDueDate: newDate,
      requestedDueAt: expect.stringMatching(/T16:59:59\.999Z$/),
      reason: 'Chờ Trung ương phân bổ vốn',
      status: 'pending',
      decisionNote: null,
      decidedAt: null,
      requestedById: t.user!.id,
      decidedById: null,
      forwardedAt: null,
      forwardedById: null,
      forwardOpinion: null,
      createdAt: expect.any(String),
    });
    // A request alone does not move the deadline.
    expect((await t.http.get(`/api/tasks/${task.id}`)).body).toMatchObject({ dueAt: task.dueAt, deadlineVersion: 1 });
  });

  it('approves: applies the new deadline, keeps the old one in the history, bumps both versions', async () => {
    const task = await openTask({ dueAt: daysFromNow(1) });
    expect(task.status).toBe('due_soon');
    const dueAt = new Date(Date.now() + 15 * 86_400_000).toISOString();
    const requested = (await request(task.id, { dueAt, reason: 'Thời tiết rét đậm' }).expect(201)).body;
    const approved = await t.http
      .post(`/api/tasks/${task.id}/extensions/${requested.id}/approve`)
      .send({ note: 'Đồng ý gia hạn' })
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decisionNote: 'Đồng ý gia hạn',
      decidedAt: expect.any(String),
    });

    const after = (await t.http.get(`/api/tasks/${task.id}`)).body;
    expect(after).toMatchObject({
      dueAt,
      dueDate: null,
      deadlineVersion: 2,
      version: task.version + 1,
      status: 'in_progress',
      extensionCount: 1,
      originalDueDate: dateFromNow(1),
    });

    const history = (await t.http.get(`/api/tasks/${task.id}/deadlines`).expect(200)).body;
    expect(history.items).toEqual([
      expect.objectContaining({
        previousDueAt: task.dueAt,
        newDueAt: dueAt,
        source: 'extension',
        extensionId: requested.id,
        deadlineVersion: 2,
        reason: 'Thời tiết rét đậm',
      }),
    ]);
  });

  it('approves without a note', async () => {
    const task = await openTask();
    const requested = (await request(task.id, { dueDate: dateFromNow(30), reason: 'r' }).expect(201)).body;
    const res = await t.http.post(`/api/tasks/${task.id}/extensions/${requested.id}/approve`).expect(200);
    expect(res.body).toMatchObject({ status: 'approved', decisionNote: null });
  });

  it('rejects with a note and leaves the deadline', async () => {
    const task = await openTask();
    const requested = (await request(task.id, { dueDate: dateFromNow(30), reason: 'Xin thêm thời gian' }).expect(201))
      .body;
    const res = await t.http
      .post(`/api/tasks/${task.id}/extensions/${requested.id}/reject`)
      .send({ note: 'Đề nghị hoàn thành đúng hạn' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'rejected', decisionNote: 'Đề nghị hoàn thành đúng hạn' });
    expect((await t.http.get(`/api/tasks/${task.id}`)).body).toMatchObject({ dueAt: task.dueAt, deadlineVersion: 1 });
    expect((await t.http.get(`/api/tasks/${task.id}/deadlines`)).body.total).toBe(0);
  });

  it('answers 409 when an already decided request is decided again', async () => {
    const task = await openTask();
    const first = (await request(task.id, { dueDate: dateFromNow(30), reason: 'r' }).expect(201)).body;
    await t.http.post(`/api/tasks/${task.id}/extensions/${first.id}/approve`).send({}).expect(200);
    const again = await t.http.post(`/api/tasks/${task.id}/extensions/${first.id}/approve`).send({}).expect(409);
    expect(again.body).toMatchObject({
      rule: 'extension_decided',
      message: 'Đề nghị gia hạn đã được chấp thuận trước đó',
    });
    await t.http.post(`/api/tasks/${task.id}/extensions/${first.id}/reject`).send({ note: 'Không' }).expect(409);

    const second = (await request(task.id, { dueDate: dateFromNow(60), reason: 'r' }).expect(201)).body;
    await t.http.post(`/api/tasks/${task.id}/extensions/${second.id}/reject`).send({ note: 'Không' }).expect(200);
    await t.http.post(`/api/tasks/${task.id}/extensions/${second.id}/approve`).send({}).expect(409);
    expect((await t.http.get(`/api/tasks/${task.id}`)).body.deadlineVersion).toBe(2);
  });

  it('allows one pending request at a time (409)', async () => {
    const task = await openTask();
    const first = (await request(task.id, { dueDate: dateFromNow(30), reason: 'r' }).expect(201)).body;
    await request(task.id, { dueDate: dateFromNow(40), reason: 'r2' }).expect(409);
    await t.http.post(`/api/tasks/${task.id}/extensions/${first.id}/reject`).send({ note: 'Không' }).expect(200);
    await request(task.id, { dueDate: dateFromNow(40), reason: 'r2' }).expect(201);
    // The database holds the rule too, should two requests race past the check.
    await expect(
      t.dataSource.getRepository(TaskExtension).insert({
        taskId: task.id,
        occurrenceId: null,
        requestedDueAt: new Date(Date.now() + 50 * 86_400_000),
        reason: 'r3',
        status: 'pending',
      }),
    ).rejects.toThrow(/unique|UNIQUE/);
  });

  it('answers 404 for a request of another task or an unknown one', async () => {
    const task = await openTask();
    const other = await openTask();
    const requested = (await request(task.id, { dueDate: dateFromNow(30), reason: 'r' }).expect(201)).body;
    await t.http.post(`/api/tasks/${other.id}/extensions/${requested.id}/approve`).send({}).expect(404);
    await t.http.post(`/api/tasks/${other.id}/extensions/${requested.id}/reject`).send({ note: 'x' }).expect(404);
    await t.http.get(`/api/tasks/${other.id}/extensions/${requested.id}`).expect(404);
    await t.http.post(`/api/tasks/${task.id}/extensions/999999/approve`).send({}).expect(404);
    await t.http
      .post('/api/tasks/999999/extensions')
      .send({ dueDate: dateFromNow(30), reason: 'r' })
      .expect(404);
    await t.http.get('/api/tasks/999999/extensions').expect(404);
    expect((await t.http.get(`/api/tasks/${task.id}/extensions/${requested.id}`).expect(200)).body.status).toBe(
      'pending',
    );
  });

  it('refuses a deadline that is not later than the current one (409 date_not_later)', async () => {
    const task = await openTask({ dueDate: dateFromNow(10) });
    const same = await request(task.id, { dueDate: task.dueDate, reason: 'r' }).expect(409);
    expect(same.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      rule: 'date_not_later',
      message: expect.stringContaining('phải sau thời hạn hiện tại'),
    });
    const earlier = await request(task.id, { dueAt: daysFromNow(3), reason: 'r' }).expect(409);
    expect(earlier.body.rule).toBe('date_not_later');
    await request(task.id, { dueAt: new Date(Date.parse(task.dueAt!) + 1).toISOString(), reason: 'r' }).expect(201);
  });

  describe('after the deadline (EXTENSION_GRACE_DAYS = 0)', () => {
    it('accepts a request on the deadline day itself, the last day allowed in Asia/Ho_Chi_Minh', async () => {
      const task = await openTask({ dueDate: dateFromNow(0) });
      await request(task.id, { dueDate: dateFromNow(10), reason: 'Chờ ý kiến thẩm định' }).expect(201);
    });

    it('refuses a request once the deadline has passed, naming the rule (409 deadline_passed)', async () => {
      const byDate = await openTask({ dueDate: dateFromNow(-1) });
      const res = await request(byDate.id, { dueDate: dateFromNow(10), reason: 'r' }).expect(409);
      expect(res.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        rule: 'deadline_passed',
        message: 'Đề nghị gia hạn phải gửi trước thời hạn (EXTENSION_GRACE_DAYS = 0)',
      });
      const byInstant = await openTask({ dueAt: daysFromNow(-1 / 24 / 60) });
      expect((await request(byInstant.id, { dueDate: dateFromNow(10), reason: 'r' }).expect(409)).body.rule).toBe(
        'deadline_passed',
      );
      expect((await t.http.get(`/api/tasks/${byDate.id}/extensions`)).body.total).toBe(0);
    });
  });

  it('allows EXTENSION_MAX (2) approved extensions per task, then refuses (409 max_extensions)', async () => {
    const task = await openTask({ dueDate: dateFromNow(5) });
    for (const [days, count] of [
      [10, 1],
      [20, 2],
    ]) {
      const requested = (await request(task.id, { dueDate: dateFromNow(days), reason: `Lần ${count}` }).expect(201))
        .body;
      await t.http.post(`/api/tasks/${task.id}/extensions/${requested.id}/approve`).send({}).expect(200);
      expect((await t.http.get(`/api/tasks/${task.id}`)).body).toMatchObject({
        extensionCount: count,
        originalDueDate: dateFromNow(5),
        dueDate: dateFromNow(days),
      });
    }
    const third = await request(task.id, { dueDate: dateFromNow(30), reason: 'Lần 3' }).expect(409);
    expect(third.body).toMatchObject({
      rule: 'max_extensions',
      message: 'Đã gia hạn 2 lần, không được gia hạn thêm (EXTENSION_MAX = 2)',
    });
  });

  it('refuses to approve a request once the extensions allowed were used up meanwhile', async () => {
    const task = await openTask({ dueDate: dateFromNow(5) });
    const first = (await request(task.id, { dueDate: dateFromNow(10), reason: 'r' }).expect(201)).body;
    await t.http.post(`/api/tasks/${task.id}/extensions/${first.id}/approve`).send({}).expect(200);
    const second = (await request(task.id, { dueDate: dateFromNow(20), reason: 'r' }).expect(201)).body;
    // The count is read at the decision: a direct change of the row stands for another approval.
    await t.dataSource.query(`UPDATE "tasks" SET "extensionCount" = 2 WHERE "id" = ${task.id}`);
    const res = await t.http.post(`/api/tasks/${task.id}/extensions/${second.id}/approve`).send({}).expect(409);
    expect(res.body.rule).toBe('max_extensions');
  });

  it.each([
    ['neither dueDate nor dueAt', { reason: 'r' }, ['dueDate']],
    [
      'both dueDate and dueAt',
      { dueDate: '2030-01-01', dueAt: '2030-01-01T00:00:00Z', reason: 'r' },
      ['dueAt', 'dueDate'],
    ],
    ['an impossible date', { dueDate: '2030-02-30', reason: 'r' }, ['dueDate']],
    ['a dd/mm/yyyy date', { dueDate: '01/02/2030', reason: 'r' }, ['dueDate']],
    ['no reason', { dueDate: '2030-01-01' }, ['reason']],
    ['a reason of 2001 characters', { dueDate: '2030-01-01', reason: 'x'.repeat(2001) }, ['reason']],
    ['an unknown field', { dueDate: '2030-01-01', reason: 'r', status: 'approved' }, ['status']],
  ])('answers 400 for %s', async (_label, body, fields) => {
    const task = await openTask();
    const res = await request(task.id, body).expect(400);
    expect(fieldsOf(res.body)).toEqual(fields);
    expect((await t.http.get(`/api/tasks/${task.id}/extensions`)).body.total).toBe(0);
  });

  it('needs a note to reject (400)', async () => {
    const task = await openTask();
    const requested = (await request(task.id, { dueDate: dateFromNow(30), reason: 'r' }).expect(201)).body;
    const res = await t.http.post(`/api/tasks/${task.id}/extensions/${requested.id}/reject`).send({}).expect(400);
    expect(fieldsOf(res.body)).toEqual(['note']);
    await t.http.post(`/api/tasks/${task.id}/extensions/abc/reject`).send({ note: 'x' }).expect(400);
  });

  it('answers 409 for a task without deadline, completed or cancelled', async () => {
    const noDeadline = await openTask({});
    await request(noDeadline.id, { dueDate: dateFromNow(30), reason: 'r' }).expect(409);
    const done = await openTask();
    await t.http.post(`/api/tasks/${done.id}/progress`).send({ note: 'Xong', completed: true }).expect(201);
    await request(done.id, { dueDate: dateFromNow(30), reason: 'r' }).expect(409);
    const cancelled = await openTask();
    await t.http.post(`/api/tasks/${cancelled.id}/cancel`).send({ reason: 'Dừng' }).expect(200);
    await request(cancelled.id, { dueDate: dateFromNow(30), reason: 'r' }).expect(409);
  });

  it('answers 409 when approving a request of a task completed in the meantime', async () => {
    const task = await openTask();
    const requested = (await request(task.id, { dueDate: dateFromNow(30), reason: 'r' }).expect(201)).body;
    await t.http.post(`/api/tasks/${task.id}/progress`).send({ note: 'Xong', completed: true }).expect(201);
    await t.http.post(`/api/tasks/${task.id}/extensions/${requested.id}/approve`).send({}).expect(409);
    expect((await t.http.get(`/api/tasks/${task.id}/extensions/${requested.id}`)).body.status).toBe('pending');
    await t.http
      .post(`/api/tasks/${task.id}/extensions/${requested.id}/reject`)
      .send({ note: 'Đã hoàn thành' })
      .expect(200);
  });

  it('answers 409 when the deadline was edited past the requested one', async () => {
    const task = await openTask({ dueDate: dateFromNow(5) });
    const requested = (await request(task.id, { dueDate: dateFromNow(20), reason: 'r' }).expect(201)).body;
    await t.http
      .patch(`/api/tasks/${task.id}`)
      .send({ version: task.version, dueDate: dateFromNow(40) })
      .expect(200);
    const res = await t.http.post(`/api/tasks/${task.id}/extensions/${requested.id}/approve`).send({}).expect(409);
    expect(res.body.rule).toBe('date_not_later');
  });

  it('lists the requests with their decisions, newest first', async () => {
    const task = await openTask();
    const first = (await request(task.id, { dueDate: dateFromNow(30), reason: 'Lần một' }).expect(201)).body;
    await t.http
      .post(`/api/tasks/${task.id}/extensions/${first.id}/reject`)
      .send({ note: 'Chưa đủ căn cứ' })
      .expect(200);
    const second = (await request(task.id, { dueDate: dateFromNow(31), reason: 'Lần hai' }).expect(201)).body;
    await t.http.post(`/api/tasks/${task.id}/extensions/${second.id}/approve`).send({}).expect(200);
    const res = (await t.http.get(`/api/tasks/${task.id}/extensions`).expect(200)).body;
    expect(res).toMatchObject({ total: 2, page: 1, limit: 50 });
    expect(res.items.map((e: { reason: string; status: string }) => [e.reason, e.status])).toEqual([
      ['Lần hai', 'approved'],
      ['Lần một', 'rejected'],
    ]);
    expect(res.items[1].decisionNote).toBe('Chưa đủ căn cứ');
    expect((await t.http.get(`/api/tasks/${task.id}/extensions?limit=1&page=2`)).body.items).toHaveLength(1);
  });
});

describe('Task extensions API with EXTENSION_GRACE_DAYS = 2 and EXTENSION_MAX = 1', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { EXTENSION_GRACE_DAYS: '2', EXTENSION_MAX: '1' } });
  });

  afterAll(async () => {
    await t?.close();
  });

  const openTask = async (dueDate: string): Promise<TaskJson> => {
    const lead = await createDepartment(t);
    return createTask(t, { leadDepartmentId: lead.id, dueDate });
  };
  const request = (taskId: number, body: object) => t.http.post(`/api/tasks/${taskId}/extensions`).send(body);

  it('accepts a request up to the last grace day, refuses the day after', async () => {
    const lastGraceDay = await openTask(dateFromNow(-2));
    await request(lastGraceDay.id, { dueDate: dateFromNow(10), reason: 'Đang chờ Bộ hướng dẫn' }).expect(201);
    const tooLate = await openTask(dateFromNow(-3));
    const res = await request(tooLate.id, { dueDate: dateFromNow(10), reason: 'r' }).expect(409);
    expect(res.body).toMatchObject({
      rule: 'deadline_passed',
      message: expect.stringMatching(/chậm nhất 2 ngày sau thời hạn .*\(EXTENSION_GRACE_DAYS = 2\)$/),
    });
  });

  it('allows a single approved extension with EXTENSION_MAX = 1', async () => {
    const task = await openTask(dateFromNow(3));
    const first = (await request(task.id, { dueDate: dateFromNow(10), reason: 'r' }).expect(201)).body;
    await t.http.post(`/api/tasks/${task.id}/extensions/${first.id}/approve`).send({}).expect(200);
    const res = await request(task.id, { dueDate: dateFromNow(20), reason: 'r' }).expect(409);
    expect(res.body).toMatchObject({ rule: 'max_extensions', message: expect.stringContaining('(EXTENSION_MAX = 1)') });
  });

  it('still answers 400 naming the field for a missing reason, before any rule', async () => {
    const task = await openTask(dateFromNow(-3));
    const res = await request(task.id, { dueDate: dateFromNow(10) }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
  });
});
