import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDocument } from '../factories/document.factory';
import { createDepartment, createSession, createTask, dateFromNow, daysFromNow } from '../helpers/task-factory';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

describe('Assigning documents and the tracking fields of tasks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('documents', () => {
    const body = (overrides: Record<string, unknown> = {}) => ({
      kind: 'conclusion_notice',
      number: '18/TB-UBND',
      issuedOn: '2024-01-29',
      issuer: 'UBND tỉnh Bắc Kạn',
      signerName: 'Nguyễn Đăng Bình',
      signerTitle: 'Chủ tịch',
      summary: 'Kết luận của Chủ tịch UBND tỉnh tại Phiên họp thường kỳ tháng 01/2024',
      ...overrides,
    });

    it('records a document and reads it back', async () => {
      const session = await createSession(t);
      const res = await t.http
        .post('/api/documents')
        .send(body({ sessionId: session.id }))
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        kind: 'conclusion_notice',
        kindLabel: 'Thông báo kết luận',
        number: '18/TB-UBND',
        issuedOn: '2024-01-29',
        issuer: 'UBND tỉnh Bắc Kạn',
        signerName: 'Nguyễn Đăng Bình',
        signerTitle: 'Chủ tịch',
        summary: 'Kết luận của Chủ tịch UBND tỉnh tại Phiên họp thường kỳ tháng 01/2024',
        sessionId: session.id,
        taskCount: 0,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect((await t.http.get(`/api/documents/${res.body.id}`).expect(200)).body).toEqual(res.body);
    });

    it.each([
      ['a number without a symbol', { number: '18' }, 'number'],
      ['a symbol without a number', { number: 'TB-UBND' }, 'number'],
      ['lower-case symbol', { number: '18/tb-ubnd' }, 'number'],
      [
        'a year in the number that is not the year of issue',
        { number: '09/2019/NĐ-CP', issuedOn: '2020-03-01' },
        'number',
      ],
      ['an unknown kind', { kind: 'memo' }, 'kind'],
      ['a malformed date', { issuedOn: '29/01/2024' }, 'issuedOn'],
      ['an empty issuer', { issuer: '  ' }, 'issuer'],
      ['an unknown session', { sessionId: 999_999 }, 'sessionId'],
    ])('refuses %s with a 400 naming the field', async (_label, overrides, field) => {
      const res = await t.http.post('/api/documents').send(body(overrides)).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });

    it.each(['125/TB-VPUBND', '09/2019/NĐ-CP', '05-CT/TW', '2345/UBND-KT', '  34/KH-UBND '])(
      'accepts the number %s as written',
      async (number) => {
        const issuedOn = number.includes('2019') ? '2019-01-15' : '2024-02-02';
        const res = await t.http.post('/api/documents').send(body({ number, issuedOn, issuer: `Cơ quan ${number}` }));
        expect(res.status).toBe(201);
        expect(res.body.number).toBe(number.trim());
      },
    );

    it('keeps number + issuer + year unique, and lets placeholders without a number repeat', async () => {
      const first = body({ number: '77/TB-UBND', issuer: 'UBND tỉnh Thái Nguyên' });
      await t.http.post('/api/documents').send(first).expect(201);
      const clash = await t.http
        .post('/api/documents')
        .send({ ...first, issuedOn: '2024-12-30' })
        .expect(409);
      expect(clash.body.message).toMatch(/^number: 77\/TB-UBND of UBND tỉnh Thái Nguyên in 2024/);
      await t.http
        .post('/api/documents')
        .send({ ...first, issuedOn: '2025-01-02' })
        .expect(201);
      await t.http
        .post('/api/documents')
        .send({ ...first, issuer: 'Văn phòng UBND tỉnh' })
        .expect(201);
      await t.http
        .post('/api/documents')
        .send(body({ number: null }))
        .expect(201);
      await t.http
        .post('/api/documents')
        .send(body({ number: '' }))
        .expect(201);
    });

    it('fills in a placeholder’s number with PATCH, under the same rules', async () => {
      const placeholder = await createDocument(t, { issuer: 'UBND tỉnh Cao Bằng' });
      await t.http.patch(`/api/documents/${placeholder.id}`).send({ number: 'abc' }).expect(400);
      const res = await t.http
        .patch(`/api/documents/${placeholder.id}`)
        .send({ number: '12/TB-UBND', issuedOn: '2024-02-01' })
        .expect(200);
      expect(res.body).toMatchObject({ number: '12/TB-UBND', issuedOn: '2024-02-01' });
      const other = await createDocument(t, { issuer: 'UBND tỉnh Cao Bằng' });
      await t.http.patch(`/api/documents/${other.id}`).send({ number: '12/TB-UBND' }).expect(409);
      await t.http.patch(`/api/documents/${other.id}`).send({ issuer: null }).expect(400);
    });

    it('filters by kind, session, year and words of the number or summary', async () => {
      const session = await createSession(t);
      const plan = await t.http
        .post('/api/documents')
        .send(
          body({
            kind: 'plan',
            number: '45/KH-UBND',
            issuedOn: '2023-03-01',
            summary: 'Kế hoạch trồng rừng',
            sessionId: session.id,
          }),
        )
        .expect(201);
      const ids = async (query: string) =>
        (await t.http.get(`/api/documents?${query}&limit=200`).expect(200)).body.items.map((d: { id: number }) => d.id);
      expect(await ids('kind=plan')).toEqual([plan.body.id]);
      expect(await ids(`sessionId=${session.id}`)).toEqual([plan.body.id]);
      expect(await ids('year=2023')).toEqual([plan.body.id]);
      expect(await ids('q=trong rung')).toEqual([plan.body.id]);
      expect(await ids('q=45/KH')).toEqual([plan.body.id]);
      await t.http.get('/api/documents?kind=memo').expect(400);
    });

    it('is written by the office only; a department counts only the tasks it may see', async () => {
      const department = await createDepartment(t);
      const other = await createDepartment(t);
      const user = await loginAs(t, 'department', { departmentId: department.id });
      const document = await createDocument(t);
      await createTask(t, { documentId: document.id, leadDepartmentId: department.id });
      await createTask(t, { documentId: document.id, leadDepartmentId: other.id });
      await t.anonymous
        .post('/api/documents')
        .set(user.header)
        .send(body({ number: null }))
        .expect(403);
      expect((await t.http.get(`/api/documents/${document.id}`)).body.taskCount).toBe(2);
      expect((await t.anonymous.get(`/api/documents/${document.id}`).set(user.header)).body.taskCount).toBe(1);
    });
  });

  describe('tasks', () => {
    let lead: number;
    let support: number;
    let leader: TestUser;
    let document: { id: number; issuedOn: string };

    beforeAll(async () => {
      lead = (await createDepartment(t)).id;
      support = (await createDepartment(t)).id;
      leader = await loginAs(t, 'leader');
      // A Friday: working days are counted from the Monday after.
      document = await createDocument(t, { kind: 'directive', issuedOn: '2024-01-26' });
    });

    it('needs an existing assigning document', async () => {
      const missing = await t.http.post('/api/tasks').send({ title: 'Nhiệm vụ', leadDepartmentId: lead }).expect(400);
      expect(fieldsOf(missing.body)).toEqual(['documentId']);
      const unknown = await t.http
        .post('/api/tasks')
        .send({ title: 'Nhiệm vụ', documentId: 999_999, leadDepartmentId: lead })
        .expect(400);
      expect(fieldsOf(unknown.body)).toEqual(['documentId']);
    });

    it('takes a leader in charge only from active leader accounts', async () => {
      const office = await loginAs(t, 'office');
      const res = await t.http
        .post('/api/tasks')
        .send({ title: 'Nhiệm vụ', documentId: document.id, leadDepartmentId: lead, leaderId: office.id })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['leaderId']);
      const task = await createTask(t, { documentId: document.id, leadDepartmentId: lead, leaderId: leader.id });
      expect(task.leader).toEqual({ id: leader.id, fullName: expect.any(String), leaderTitle: null });
    });

    it('derives the kind from the deadline and refuses a kind that contradicts it', async () => {
      expect((await createTask(t, { documentId: document.id, leadDepartmentId: lead })).kind).toBe('standing');
      const dated = await createTask(t, { documentId: document.id, leadDepartmentId: lead, dueDate: dateFromNow(9) });
      expect(dated.kind).toBe('deadline');
      const standing = await t.http
        .post('/api/tasks')
        .send({ title: 'x', documentId: document.id, leadDepartmentId: lead, kind: 'standing', dueDate: '2030-01-01' })
        .expect(400);
      expect(fieldsOf(standing.body)).toEqual(['kind']);
      const deadline = await t.http
        .post('/api/tasks')
        .send({ title: 'x', documentId: document.id, leadDepartmentId: lead, kind: 'deadline' })
        .expect(400);
      expect(fieldsOf(deadline.body)).toEqual(['dueDate']);
    });

    it('resolves a deadline in working days from the document date, counting from the next day', async () => {
      const task = await createTask(t, { documentId: document.id, leadDepartmentId: lead, workingDays: 3 });
      expect(task).toMatchObject({
        workingDays: 3,
        dueDate: '2024-01-31',
        originalDueDate: '2024-01-31',
        kind: 'deadline',
      });
      const both = await t.http
        .post('/api/tasks')
        .send({ title: 'x', documentId: document.id, leadDepartmentId: lead, workingDays: 3, dueDate: '2030-01-01' })
        .expect(400);
      expect(fieldsOf(both.body).sort()).toEqual(['dueDate', 'workingDays']);
    });

    it('counts approved extensions and keeps the original deadline', async () => {
      const task = await createTask(t, { documentId: document.id, leadDepartmentId: lead, dueDate: dateFromNow(5) });
      const request = await t.http
        .post(`/api/tasks/${task.id}/extensions`)
        .send({ dueDate: dateFromNow(20), reason: 'Chờ vốn' })
        .expect(201);
      const pending = (await t.anonymous.get(`/api/tasks/${task.id}`).set(leader.header)).body;
      expect(pending.allowedActions).toEqual(['decide_extension']);
      await t.http.post(`/api/tasks/${task.id}/extensions/${request.body.id}/approve`).send({}).expect(200);
      const after = (await t.http.get(`/api/tasks/${task.id}`)).body;
      expect(after).toMatchObject({ extensionCount: 1, originalDueDate: dateFromNow(5), dueDate: dateFromNow(20) });
    });

    it('tells each caller what it may do, and labels the status in Vietnamese', async () => {
      const task = await createTask(t, {
        documentId: document.id,
        leadDepartmentId: lead,
        supportDepartmentIds: [support],
        dueAt: daysFromNow(1),
      });
      const leadUser = await loginAs(t, 'department', { departmentId: lead });
      const supportUser = await loginAs(t, 'department', { departmentId: support });
      const as = async (header: Record<string, string>) =>
        (await t.anonymous.get(`/api/tasks/${task.id}`).set(header).expect(200)).body;
      expect((await as(leadUser.header)).allowedActions).toEqual(['progress', 'complete', 'note', 'request_extension']);
      expect((await as(supportUser.header)).allowedActions).toEqual(['note']);
      expect((await as(leader.header)).allowedActions).toEqual([]);
      expect(await as(leadUser.header)).toMatchObject({ status: 'due_soon', statusLabel: 'Sắp đến hạn' });
      await t.http.post(`/api/tasks/${task.id}/cancel`).send({ reason: 'Không còn phù hợp' }).expect(200);
      expect(await as(leadUser.header)).toMatchObject({ statusLabel: 'Dừng thực hiện', allowedActions: [] });
    });

    it('filters by document, document kind, leader, kind and cooperating department, and sorts by urgency', async () => {
      const own = await createDocument(t, { kind: 'decision', issuedOn: '2024-02-01' });
      const leadId = (await createDepartment(t)).id;
      const make = (extra: Record<string, unknown>) =>
        createTask(t, { documentId: own.id, leadDepartmentId: leadId, ...extra });
      const later = await make({ dueAt: daysFromNow(30), leaderId: leader.id });
      const overdue = await make({ dueAt: daysFromNow(-2), supportDepartmentIds: [support] });
      const standing = await make({});
      const soon = await make({ dueAt: daysFromNow(1) });
      const done = await make({ dueAt: daysFromNow(-5) });
      await t.http.post(`/api/tasks/${done.id}/progress`).send({ note: 'Xong', completed: true }).expect(201);
      const ids = async (query: string) =>
        (await t.http.get(`/api/tasks?${query}&limit=200`).expect(200)).body.items.map((x: { id: number }) => x.id);
      expect(await ids(`documentId=${own.id}&sort=urgency`)).toEqual([
        overdue.id,
        soon.id,
        later.id,
        standing.id,
        done.id,
      ]);
      expect(await ids(`documentKind=decision`)).toEqual(await ids(`documentId=${own.id}`));
      expect(await ids(`documentId=${own.id}&leaderId=${leader.id}`)).toEqual([later.id]);
      expect(await ids(`documentId=${own.id}&kind=standing`)).toEqual([standing.id]);
      expect(await ids(`documentId=${own.id}&supportDepartmentId=${support}`)).toEqual([overdue.id]);
      const completed = (await t.http.get(`/api/tasks/${done.id}`)).body;
      expect(completed).toMatchObject({ completedOn: dateFromNow(0), confirmedAt: expect.any(String) });
      await t.http.get('/api/tasks?documentKind=memo').expect(400);
      await t.http.get('/api/tasks?kind=weekly').expect(400);
    });
  });
});
