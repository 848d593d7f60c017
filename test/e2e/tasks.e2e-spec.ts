import { Department } from '../../src/departments/department.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { createSession } from '../factories/session.factory';
import { createTask, TaskJson } from '../factories/task.factory';
import { dateFromNow, daysFromNow } from '../helpers/dates';
import { createDocument, defaultDocumentId } from '../factories/document.factory';

/** The fields a 400 names. */
const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field).sort();

describe('Tasks API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/tasks', () => {
    it('creates a task with a date deadline ending at 23:59:59.999 in Asia/Ho_Chi_Minh', async () => {
      const lead = await createDepartment(t);
      const support = await createDepartment(t);
      const session = await createSession(t);
      const document = await createDocument(t, { sessionId: session.id });
      const res = await t.http
        .post('/api/tasks')
        .send({
          title: '  Giải ngân 100% kế hoạch vốn đầu tư công năm 2024 ',
          documentId: document.id,
          description: 'Đẩy nhanh tiến độ các dự án trọng điểm.',
          sessionId: session.id,
          leadDepartmentId: lead.id,
          supportDepartmentIds: [support.id],
          dueDate: '2024-02-09',
          isKey: true,
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        title: 'Giải ngân 100% kế hoạch vốn đầu tư công năm 2024',
        description: 'Đẩy nhanh tiến độ các dự án trọng điểm.',
        sessionId: session.id,
        documentId: document.id,
        document: {
          id: document.id,
          kind: 'conclusion_notice',
          number: null,
          issuedOn: '2024-01-27',
          summary: document.summary,
        },
        leaderId: null,
        leader: null,
        kind: 'deadline',
        leadDepartmentId: lead.id,
        supportDepartmentIds: [support.id],
        dueDate: '2024-02-09',
        dueAt: '2024-02-09T16:59:59.999Z',
        workingDays: null,
        recurrence: null,
        originalDueDate: '2024-02-09',
        extensionCount: 0,
        isKey: true,
        progressPercent: 0,
        status: 'overdue',
        statusLabel: 'Quá hạn',
        // The deadline has passed (EXTENSION_GRACE_DAYS = 0): no extension may be requested any more.
        allowedActions: ['progress', 'complete', 'note', 'edit', 'cancel'],
        completedOn: null,
        result: null,
        resultDocument: null,
        difficulties: null,
        completedAt: null,
        confirmedAt: null,
        cancelledAt: null,
        cancelReason: null,
        deadlineVersion: 1,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(res.body).not.toHaveProperty('searchText');
      const fetched = await t.http.get(`/api/tasks/${res.body.id}`).expect(200);
      expect(fetched.body).toEqual(res.body);
    });

    it('creates a task with an exact deadline, no session and no cooperating department', async () => {
      const lead = await createDepartment(t);
      const dueAt = daysFromNow(10);
      const task = await createTask(t, { leadDepartmentId: lead.id, dueAt });
      expect(task).toMatchObject({
        dueDate: null,
        dueAt,
        status: 'in_progress',
        sessionId: null,
        description: null,
        supportDepartmentIds: [],
        isKey: false,
      });
    });

    it('normalises an exact deadline given with an offset to UTC', async () => {
      const lead = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id, dueAt: '2024-01-31T17:00:00+07:00' });
      expect(task.dueAt).toBe('2024-01-31T10:00:00.000Z');
    });

    it('creates a continuing task without deadline', async () => {
      const lead = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id });
      expect(task).toMatchObject({ dueDate: null, dueAt: null, status: 'standing', statusLabel: 'Thường xuyên' });
    });

    it('lists several cooperating departments in id order', async () => {
      const lead = await createDepartment(t);
      const a = await createDepartment(t);
      const b = await createDepartment(t);
      const c = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id, supportDepartmentIds: [c.id, a.id, b.id] });
      expect(task.supportDepartmentIds).toEqual([a.id, b.id, c.id]);
    });

    describe('refuses bad input with 400 naming the field', () => {
      let lead: Department;
      beforeAll(async () => {
        lead = await createDepartment(t);
      });

      it.each([
        ['no title', { title: undefined }, ['title']],
        ['a blank title', { title: '   ' }, ['title']],
        ['a title of 501 characters', { title: 'x'.repeat(501) }, ['title']],
        ['a description of 10,001 characters', { description: 'x'.repeat(10_001) }, ['description']],
        ['both dueDate and dueAt', { dueDate: '2024-02-09', dueAt: '2024-02-09T10:00:00Z' }, ['dueAt', 'dueDate']],
        ['an impossible date', { dueDate: '2024-02-30' }, ['dueDate']],
        ['a date written dd/mm/yyyy', { dueDate: '31/01/2024' }, ['dueDate']],
        ['a date with a time', { dueDate: '2024-01-31T10:00:00Z' }, ['dueDate']],
        ['an instant without offset', { dueAt: '2024-01-31T10:00:00' }, ['dueAt']],
        ['an impossible instant', { dueAt: '2024-02-30T10:00:00Z' }, ['dueAt']],
        ['an instant that is not a string', { dueAt: 1706695200000 }, ['dueAt']],
        ['a lead department id that is not an integer', { leadDepartmentId: '1' }, ['leadDepartmentId']],
        ['a missing lead department', { leadDepartmentId: undefined }, ['leadDepartmentId']],
        ['duplicate cooperating departments', { supportDepartmentIds: [7, 7] }, ['supportDepartmentIds']],
        ['cooperating departments that are not integers', { supportDepartmentIds: ['a'] }, ['supportDepartmentIds']],
        [
          '51 cooperating departments',
          { supportDepartmentIds: Array.from({ length: 51 }, (_, i) => i + 1) },
          ['supportDepartmentIds'],
        ],
        ['isKey that is not a boolean', { isKey: 'yes' }, ['isKey']],
        ['a session id of 0', { sessionId: 0 }, ['sessionId']],
        ['a lead department id beyond the integer range', { leadDepartmentId: 3_000_000_000 }, ['leadDepartmentId']],
        [
          'a cooperating department id beyond the integer range',
          { supportDepartmentIds: [3_000_000_000] },
          ['supportDepartmentIds'],
        ],
        ['an unknown field', { status: 'done_on_time' }, ['status']],
      ])('%s', async (_label, override, fields) => {
        const body: Record<string, unknown> = {
          title: 'Nhiệm vụ',
          documentId: await defaultDocumentId(t),
          leadDepartmentId: lead.id,
          ...override,
        };
        for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
        const before = await t.dataSource.query('SELECT COUNT(*) AS n FROM tasks');
        const res = await t.http.post('/api/tasks').send(body).expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
        expect(fieldsOf(res.body)).toEqual(fields);
        expect(await t.dataSource.query('SELECT COUNT(*) AS n FROM tasks')).toEqual(before);
      });

      it('a lead department that does not exist', async () => {
        const res = await t.http
          .post('/api/tasks')
          .send({ title: 'Nhiệm vụ', documentId: await defaultDocumentId(t), leadDepartmentId: 999_999 })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['leadDepartmentId']);
      });

      it('an inactive lead department', async () => {
        const inactive = await createDepartment(t, { active: false });
        const res = await t.http
          .post('/api/tasks')
          .send({ title: 'Nhiệm vụ', documentId: await defaultDocumentId(t), leadDepartmentId: inactive.id })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['leadDepartmentId']);
        expect(res.body.message[0]).toMatch(/not active/);
      });

      it('the lead among the cooperating departments', async () => {
        const res = await t.http
          .post('/api/tasks')
          .send({
            title: 'Nhiệm vụ',
            documentId: await defaultDocumentId(t),
            leadDepartmentId: lead.id,
            supportDepartmentIds: [lead.id],
          })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['supportDepartmentIds']);
      });

      it('a cooperating department that does not exist', async () => {
        const res = await t.http
          .post('/api/tasks')
          .send({
            title: 'Nhiệm vụ',
            documentId: await defaultDocumentId(t),
            leadDepartmentId: lead.id,
            supportDepartmentIds: [999_998],
          })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['supportDepartmentIds']);
        expect(res.body.message[0]).toContain('999998');
      });

      it('a session that does not exist', async () => {
        const res = await t.http
          .post('/api/tasks')
          .send({
            title: 'Nhiệm vụ',
            documentId: await defaultDocumentId(t),
            leadDepartmentId: lead.id,
            sessionId: 999_999,
          })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['sessionId']);
      });
    });
  });

  describe('GET /api/tasks/:id', () => {
    it('answers 404 for an unknown task', async () => {
      const res = await t.http.get('/api/tasks/999999').expect(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
    });

    it('answers 400 naming id for an id that is not a positive integer', async () => {
      const res = await t.http.get('/api/tasks/abc').expect(400);
      expect(fieldsOf(res.body)).toEqual(['id']);
    });
  });

  describe('GET /api/tasks', () => {
    const list = async (query: string) =>
      (await t.http.get(`/api/tasks?${query}`).expect(200)).body as {
        items: TaskJson[];
        total: number;
        page: number;
        limit: number;
      };
    const ids = (page: { items: TaskJson[] }) => page.items.map((i) => i.id);

    it('pages the results and reports the total', async () => {
      const lead = await createDepartment(t);
      const created = [];
      for (let i = 0; i < 5; i++)
        created.push(await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(10 + i) }));
      const first = await list(`leadDepartmentId=${lead.id}&limit=2`);
      expect(first).toMatchObject({ total: 5, page: 1, limit: 2 });
      expect(ids(first)).toEqual([created[0].id, created[1].id]);
      const third = await list(`leadDepartmentId=${lead.id}&limit=2&page=3`);
      expect(ids(third)).toEqual([created[4].id]);
      const beyond = await list(`leadDepartmentId=${lead.id}&limit=2&page=4`);
      expect(beyond).toMatchObject({ items: [], total: 5, page: 4 });
    });

    it('defaults to page 1 of 50', async () => {
      expect(await list('')).toMatchObject({ page: 1, limit: 50 });
    });

    it.each([
      ['limit=201', 'limit'],
      ['limit=0', 'limit'],
      ['page=0', 'page'],
      ['limit=abc', 'limit'],
      ['status=late', 'status'],
      ['status=overdue,nope', 'status'],
      ['departmentId=x', 'departmentId'],
      ['leadDepartmentId=-1', 'leadDepartmentId'],
      ['sessionId=1.5', 'sessionId'],
      ['departmentId=3000000000', 'departmentId'],
      ['dueFrom=2024-02-30', 'dueFrom'],
      ['dueTo=31/01/2024', 'dueTo'],
      ['isKey=yes', 'isKey'],
      ['sort=title', 'sort'],
      [`q=${'a'.repeat(201)}`, 'q'],
      ['unknown=1', 'unknown'],
      ['dueFrom=2024-02-02&dueTo=2024-02-01', 'dueTo'],
    ])('answers 400 for %s, naming %s', async (query, field) => {
      const res = await t.http.get(`/api/tasks?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });

    it('accepts limit=200', async () => {
      expect(await list('limit=200')).toMatchObject({ limit: 200 });
    });

    it('classifies tasks by their deadlines and filters by status', async () => {
      const lead = await createDepartment(t);
      const overdue = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(-2) });
      const overdueByDate = await createTask(t, { leadDepartmentId: lead.id, dueDate: dateFromNow(-1) });
      const dueSoon = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(2) });
      const dueToday = await createTask(t, { leadDepartmentId: lead.id, dueDate: dateFromNow(0) });
      const inProgress = await createTask(t, { leadDepartmentId: lead.id, dueDate: dateFromNow(30) });
      const noDeadline = await createTask(t, { leadDepartmentId: lead.id });
      const onTime = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(5) });
      await t.http.post(`/api/tasks/${onTime.id}/progress`).send({ note: 'Hoàn thành', completed: true }).expect(201);
      const doneWithoutDeadline = await createTask(t, { leadDepartmentId: lead.id });
      await t.http
        .post(`/api/tasks/${doneWithoutDeadline.id}/progress`)
        .send({ note: 'Xong', completed: true })
        .expect(201);
      const late = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(-1) });
      await t.http
        .post(`/api/tasks/${late.id}/progress`)
        .send({ note: 'Hoàn thành muộn', completed: true })
        .expect(201);
      const cancelled = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(-3) });
      await t.http.post(`/api/tasks/${cancelled.id}/cancel`).send({ reason: 'Không còn phù hợp' }).expect(200);

      const all = await list(`leadDepartmentId=${lead.id}&limit=200`);
      const statusOf = Object.fromEntries(all.items.map((i) => [i.id, i.status]));
      expect(statusOf).toEqual({
        [overdue.id]: 'overdue',
        [overdueByDate.id]: 'overdue',
        [dueSoon.id]: 'due_soon',
        [dueToday.id]: 'due_soon',
        [inProgress.id]: 'in_progress',
        [noDeadline.id]: 'standing',
        [onTime.id]: 'done_on_time',
        // A completed standing task stays standing: never on time or overdue.
        [doneWithoutDeadline.id]: 'standing',
        [late.id]: 'done_late',
        [cancelled.id]: 'cancelled',
      });

      const byStatus = async (status: string) =>
        ids(await list(`leadDepartmentId=${lead.id}&status=${status}&sort=createdAt`));
      expect(await byStatus('overdue')).toEqual([overdue.id, overdueByDate.id]);
      expect(await byStatus('due_soon')).toEqual([dueSoon.id, dueToday.id]);
      expect(await byStatus('in_progress')).toEqual([inProgress.id]);
      expect(await byStatus('standing')).toEqual([noDeadline.id, doneWithoutDeadline.id]);
      // The former name stays accepted as a filter alias.
      expect(await byStatus('no_deadline')).toEqual([noDeadline.id, doneWithoutDeadline.id]);
      expect(await byStatus('done_on_time')).toEqual([onTime.id]);
      expect(await byStatus('done_late')).toEqual([late.id]);
      expect(await byStatus('cancelled')).toEqual([cancelled.id]);
      expect(await byStatus('overdue,due_soon')).toEqual([overdue.id, overdueByDate.id, dueSoon.id, dueToday.id]);
      expect(await byStatus('done_late,cancelled,no_deadline')).toEqual([
        noDeadline.id,
        doneWithoutDeadline.id,
        late.id,
        cancelled.id,
      ]);
      const repeated = await list(`leadDepartmentId=${lead.id}&status=overdue&status=in_progress&sort=createdAt`);
      expect(ids(repeated)).toEqual([overdue.id, overdueByDate.id, inProgress.id]);
    });

    it('filters by department, as lead or cooperating, and by lead only', async () => {
      const a = await createDepartment(t);
      const b = await createDepartment(t);
      const c = await createDepartment(t);
      const ledByA = await createTask(t, { leadDepartmentId: a.id, supportDepartmentIds: [b.id] });
      const ledByB = await createTask(t, { leadDepartmentId: b.id });
      const ledByC = await createTask(t, { leadDepartmentId: c.id, supportDepartmentIds: [a.id, b.id] });
      const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
      expect(sorted(ids(await list(`departmentId=${a.id}`)))).toEqual([ledByA.id, ledByC.id]);
      expect(sorted(ids(await list(`departmentId=${b.id}`)))).toEqual([ledByA.id, ledByB.id, ledByC.id]);
      expect(ids(await list(`leadDepartmentId=${b.id}`))).toEqual([ledByB.id]);
      expect(ids(await list(`departmentId=${a.id}&leadDepartmentId=${c.id}`))).toEqual([ledByC.id]);
      const page = await list(`departmentId=${b.id}&sort=createdAt`);
      expect(page.items.map((i) => i.supportDepartmentIds)).toEqual([[b.id], [], [a.id, b.id].sort((x, y) => x - y)]);
    });

    it('filters by session and key flag', async () => {
      const lead = await createDepartment(t);
      const session = await createSession(t);
      const inSession = await createTask(t, { leadDepartmentId: lead.id, sessionId: session.id, isKey: true });
      const other = await createTask(t, { leadDepartmentId: lead.id });
      expect(ids(await list(`sessionId=${session.id}`))).toEqual([inSession.id]);
      expect(ids(await list(`leadDepartmentId=${lead.id}&isKey=true`))).toEqual([inSession.id]);
      expect(ids(await list(`leadDepartmentId=${lead.id}&isKey=false`))).toEqual([other.id]);
    });

    it('filters by deadline dates, inclusive, in Asia/Ho_Chi_Minh', async () => {
      const lead = await createDepartment(t);
      const lastInstantOfFirst = await createTask(t, { leadDepartmentId: lead.id, dueAt: '2024-03-01T16:59:59.999Z' });
      const firstInstantOfSecond = await createTask(t, {
        leadDepartmentId: lead.id,
        dueAt: '2024-03-01T17:00:00.000Z',
      });
      const byDate = await createTask(t, { leadDepartmentId: lead.id, dueDate: '2024-03-02' });
      const startOfFirst = await createTask(t, { leadDepartmentId: lead.id, dueAt: '2024-02-29T17:00:00.000Z' });
      const lastOfFebruary = await createTask(t, { leadDepartmentId: lead.id, dueAt: '2024-02-29T16:59:59.999Z' });
      await createTask(t, { leadDepartmentId: lead.id });
      const q = `leadDepartmentId=${lead.id}&sort=dueAt`;
      expect(ids(await list(`${q}&dueFrom=2024-03-01&dueTo=2024-03-01`))).toEqual([
        startOfFirst.id,
        lastInstantOfFirst.id,
      ]);
      expect(ids(await list(`${q}&dueFrom=2024-03-02`))).toEqual([firstInstantOfSecond.id, byDate.id]);
      expect(ids(await list(`${q}&dueTo=2024-02-29`))).toEqual([lastOfFebruary.id]);
    });

    it('sorts by deadline with tasks without deadline last, and by creation', async () => {
      const lead = await createDepartment(t);
      const none = await createTask(t, { leadDepartmentId: lead.id });
      const later = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(20) });
      const sooner = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(5) });
      const q = `leadDepartmentId=${lead.id}`;
      expect(ids(await list(q))).toEqual([sooner.id, later.id, none.id]);
      expect(ids(await list(`${q}&sort=dueAt`))).toEqual([sooner.id, later.id, none.id]);
      expect(ids(await list(`${q}&sort=-dueAt`))).toEqual([later.id, sooner.id, none.id]);
      expect(ids(await list(`${q}&sort=createdAt`))).toEqual([none.id, later.id, sooner.id]);
      expect(ids(await list(`${q}&sort=-createdAt`))).toEqual([sooner.id, later.id, none.id]);
    });

    describe('search', () => {
      let lead: Department;
      let health: TaskJson;
      let percent: TaskJson;
      let underscore: TaskJson;

      beforeAll(async () => {
        lead = await createDepartment(t);
        health = await createTask(t, {
          leadDepartmentId: lead.id,
          title: 'Bảo đảm khám, chữa bệnh dịp Tết',
          description: 'Sở Y tế chỉ đạo các đơn vị khám, chữa bệnh công lập.',
        });
        percent = await createTask(t, { leadDepartmentId: lead.id, title: 'Giải ngân 100% kế hoạch vốn' });
        underscore = await createTask(t, { leadDepartmentId: lead.id, title: 'Cập nhật mã ho_so trên hệ thống' });
        await createTask(t, {
          leadDepartmentId: lead.id,
          title: 'Giải ngân 1000 tỷ đồng',
          description: 'hoso điện tử',
        });
        await createTask(t, { leadDepartmentId: lead.id, title: 'Đường giao thông nông thôn' });
      });

      const search = async (q: string) =>
        ids(await list(`leadDepartmentId=${lead.id}&sort=createdAt&q=${encodeURIComponent(q)}`));

      it('finds "Sở Y tế" when typed without diacritics, in upper or lower case', async () => {
        expect(await search('so y te')).toEqual([health.id]);
        expect(await search('SỞ Y TẾ')).toEqual([health.id]);
        expect(await search('Sở Y tế')).toEqual([health.id]);
        expect(await search('  chua   benh ')).toEqual([health.id]);
        expect(await search('duong giao thong')).toHaveLength(1);
      });

      it('treats % and _ as plain characters', async () => {
        expect(await search('100%')).toEqual([percent.id]);
        expect(await search('%')).toEqual([percent.id]);
        expect(await search('ho_so')).toEqual([underscore.id]);
        expect(await search('_')).toEqual([underscore.id]);
        expect(await search('\\')).toEqual([]);
      });

      it('reports the total of all matches and pages them', async () => {
        const page = await list(`leadDepartmentId=${lead.id}&q=giai%20ngan&limit=1&sort=createdAt`);
        expect(page.total).toBe(2);
        expect(ids(page)).toEqual([percent.id]);
        const beyond = await list(`leadDepartmentId=${lead.id}&q=giai%20ngan&limit=1&page=3`);
        expect(beyond).toMatchObject({ items: [], total: 2 });
      });

      it('ignores a query that is only spaces', async () => {
        expect((await list(`leadDepartmentId=${lead.id}&q=%20%20`)).total).toBe(5);
      });

      it('finds a task by its new title after an edit', async () => {
        const task = await createTask(t, { leadDepartmentId: lead.id, title: 'Tổ chức lễ hội xuân' });
        await t.http
          .patch(`/api/tasks/${task.id}`)
          .send({ version: 1, description: 'Phòng chống rét cho học sinh' })
          .expect(200);
        expect(await search('phong chong ret')).toEqual([task.id]);
        expect(await search('le hoi xuan')).toEqual([task.id]);
      });
    });
  });

  describe('PATCH /api/tasks/:id', () => {
    it('edits fields and increments the version', async () => {
      const lead = await createDepartment(t);
      const otherLead = await createDepartment(t);
      const support = await createDepartment(t);
      const session = await createSession(t);
      const task = await createTask(t, { leadDepartmentId: lead.id, supportDepartmentIds: [support.id] });
      const res = await t.http
        .patch(`/api/tasks/${task.id}`)
        .send({
          version: 1,
          title: 'Tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ”',
          description: null,
          isKey: true,
          sessionId: session.id,
          leadDepartmentId: otherLead.id,
          supportDepartmentIds: [lead.id, support.id],
        })
        .expect(200);
      expect(res.body).toMatchObject({
        title: 'Tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ”',
        description: null,
        isKey: true,
        sessionId: session.id,
        leadDepartmentId: otherLead.id,
        supportDepartmentIds: [lead.id, support.id].sort((a, b) => a - b),
        version: 2,
        deadlineVersion: 1,
      });
      expect((await t.http.get(`/api/tasks/${task.id}`).expect(200)).body).toEqual(res.body);
      const cleared = await t.http
        .patch(`/api/tasks/${task.id}`)
        .send({ version: 2, supportDepartmentIds: [], sessionId: null })
        .expect(200);
      expect(cleared.body).toMatchObject({ supportDepartmentIds: [], sessionId: null, version: 3 });
    });

    it('changes the deadline, keeps the previous one and increments deadlineVersion', async () => {
      const lead = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id, dueDate: '2024-02-09' });
      const res = await t.http
        .patch(`/api/tasks/${task.id}`)
        .send({
          version: 1,
          dueAt: '2024-02-15T17:00:00+07:00',
          deadlineReason: 'Theo Thông báo kết luận số 15/TB-UBND',
        })
        .expect(200);
      expect(res.body).toMatchObject({
        dueDate: null,
        dueAt: '2024-02-15T10:00:00.000Z',
        deadlineVersion: 2,
        version: 2,
      });
      const removed = await t.http.patch(`/api/tasks/${task.id}`).send({ version: 2, dueAt: null }).expect(200);
      expect(removed.body).toMatchObject({
        dueDate: null,
        dueAt: null,
        status: 'standing',
        deadlineVersion: 3,
        version: 3,
      });

      const history = await t.http.get(`/api/tasks/${task.id}/deadlines`).expect(200);
      expect(history.body).toMatchObject({ total: 2, page: 1, limit: 50 });
      expect(history.body.items).toEqual([
        {
          id: expect.any(Number),
          taskId: task.id,
          previousDueDate: null,
          previousDueAt: '2024-02-15T10:00:00.000Z',
          newDueDate: null,
          newDueAt: null,
          deadlineVersion: 3,
          source: 'edit',
          extensionId: null,
          reason: null,
          changedById: t.user!.id,
          changedAt: expect.any(String),
        },
        expect.objectContaining({
          previousDueDate: '2024-02-09',
          previousDueAt: '2024-02-09T16:59:59.999Z',
          newDueDate: null,
          newDueAt: '2024-02-15T10:00:00.000Z',
          deadlineVersion: 2,
          source: 'edit',
          reason: 'Theo Thông báo kết luận số 15/TB-UBND',
        }),
      ]);
    });

    it('does not record a deadline change when the same deadline is sent again', async () => {
      const lead = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id, dueDate: '2024-02-09' });
      const res = await t.http.patch(`/api/tasks/${task.id}`).send({ version: 1, dueDate: '2024-02-09' }).expect(200);
      expect(res.body).toMatchObject({ deadlineVersion: 1, version: 1 });
      expect((await t.http.get(`/api/tasks/${task.id}/deadlines`).expect(200)).body.total).toBe(0);
    });

    it('answers 409 for a stale version and changes nothing', async () => {
      const lead = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id, title: 'Bản đầu' });
      await t.http.patch(`/api/tasks/${task.id}`).send({ version: 1, title: 'Bản hai' }).expect(200);
      const res = await t.http.patch(`/api/tasks/${task.id}`).send({ version: 1, title: 'Bản ba' }).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
      expect((await t.http.get(`/api/tasks/${task.id}`).expect(200)).body).toMatchObject({
        title: 'Bản hai',
        version: 2,
      });
    });

    it('answers 409 for a completed or cancelled task', async () => {
      const lead = await createDepartment(t);
      const done = await createTask(t, { leadDepartmentId: lead.id });
      await t.http.post(`/api/tasks/${done.id}/progress`).send({ note: 'Xong', completed: true }).expect(201);
      const doneNow = (await t.http.get(`/api/tasks/${done.id}`)).body;
      await t.http.patch(`/api/tasks/${done.id}`).send({ version: doneNow.version, title: 'Sửa' }).expect(409);
      const cancelled = await createTask(t, { leadDepartmentId: lead.id });
      const after = (await t.http.post(`/api/tasks/${cancelled.id}/cancel`).send({ reason: 'Trùng' }).expect(200)).body;
      await t.http.patch(`/api/tasks/${cancelled.id}`).send({ version: after.version, title: 'Sửa' }).expect(409);
    });

    it('answers 404 for an unknown task', async () => {
      await t.http.patch('/api/tasks/999999').send({ version: 1, title: 'x' }).expect(404);
    });

    describe('refuses bad input with 400 naming the field', () => {
      let lead: Department;
      let task: TaskJson;
      beforeAll(async () => {
        lead = await createDepartment(t);
        task = await createTask(t, { leadDepartmentId: lead.id, supportDepartmentIds: [] });
      });

      it.each([
        ['no version', { title: 'x' }, ['version']],
        ['a version that is not an integer', { version: '1' }, ['version']],
        ['a version beyond the integer range', { version: 3_000_000_000 }, ['version']],
        ['a null title', { version: 1, title: null }, ['title']],
        ['a blank title', { version: 1, title: ' ' }, ['title']],
        ['a null lead department', { version: 1, leadDepartmentId: null }, ['leadDepartmentId']],
        [
          'both dueDate and dueAt',
          { version: 1, dueDate: '2024-03-01', dueAt: '2024-03-01T00:00:00Z' },
          ['dueAt', 'dueDate'],
        ],
        ['an impossible date', { version: 1, dueDate: '2023-02-29' }, ['dueDate']],
        ['a lead department that does not exist', { version: 1, leadDepartmentId: 999_999 }, ['leadDepartmentId']],
        [
          'a cooperating department that does not exist',
          { version: 1, supportDepartmentIds: [999_999] },
          ['supportDepartmentIds'],
        ],
        ['a session that does not exist', { version: 1, sessionId: 999_999 }, ['sessionId']],
        ['an unknown field', { version: 1, progressPercent: 50 }, ['progressPercent']],
      ])('%s', async (_label, body, fields) => {
        const res = await t.http.patch(`/api/tasks/${task.id}`).send(body).expect(400);
        expect(fieldsOf(res.body)).toEqual(fields);
        expect((await t.http.get(`/api/tasks/${task.id}`)).body).toEqual(task);
      });

      it('the lead among the cooperating departments', async () => {
        const res = await t.http
          .patch(`/api/tasks/${task.id}`)
          .send({ version: 1, supportDepartmentIds: [lead.id] })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['supportDepartmentIds']);
      });

      it('a new lead that already cooperates', async () => {
        const other = await createDepartment(t);
        const withSupport = await createTask(t, { leadDepartmentId: lead.id, supportDepartmentIds: [other.id] });
        const res = await t.http
          .patch(`/api/tasks/${withSupport.id}`)
          .send({ version: 1, leadDepartmentId: other.id })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['leadDepartmentId']);
      });

      it('a new lead that is inactive', async () => {
        const inactive = await createDepartment(t, { active: false });
        const res = await t.http
          .patch(`/api/tasks/${task.id}`)
          .send({ version: 1, leadDepartmentId: inactive.id })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['leadDepartmentId']);
      });
    });

    it('keeps a lead that has become inactive when other fields are edited', async () => {
      const lead = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id });
      await t.dataSource.getRepository(Department).update(lead.id, { active: false });
      await t.http
        .patch(`/api/tasks/${task.id}`)
        .send({ version: 1, leadDepartmentId: lead.id, title: 'Vẫn giữ' })
        .expect(200);
    });
  });

  describe('POST /api/tasks/:id/cancel', () => {
    it('cancels an open task with its reason', async () => {
      const lead = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(-5) });
      const res = await t.http
        .post(`/api/tasks/${task.id}/cancel`)
        .send({ reason: 'Đã lồng ghép vào kế hoạch khác' })
        .expect(200);
      expect(res.body).toMatchObject({
        status: 'cancelled',
        cancelReason: 'Đã lồng ghép vào kế hoạch khác',
        cancelledAt: expect.any(String),
        version: 2,
      });
    });

    it('answers 409 when already cancelled or completed', async () => {
      const lead = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id });
      await t.http.post(`/api/tasks/${task.id}/cancel`).send({ reason: 'Lần một' }).expect(200);
      await t.http.post(`/api/tasks/${task.id}/cancel`).send({ reason: 'Lần hai' }).expect(409);
      expect((await t.http.get(`/api/tasks/${task.id}`)).body.cancelReason).toBe('Lần một');
      const done = await createTask(t, { leadDepartmentId: lead.id });
      await t.http.post(`/api/tasks/${done.id}/progress`).send({ note: 'Xong', completed: true }).expect(201);
      await t.http.post(`/api/tasks/${done.id}/cancel`).send({ reason: 'Muộn' }).expect(409);
    });

    it('needs a reason (400) and a known task (404)', async () => {
      const lead = await createDepartment(t);
      const task = await createTask(t, { leadDepartmentId: lead.id });
      expect(fieldsOf((await t.http.post(`/api/tasks/${task.id}/cancel`).send({}).expect(400)).body)).toEqual([
        'reason',
      ]);
      expect(
        fieldsOf((await t.http.post(`/api/tasks/${task.id}/cancel`).send({ reason: ' ' }).expect(400)).body),
      ).toEqual(['reason']);
      const long = await t.http
        .post(`/api/tasks/${task.id}/cancel`)
        .send({ reason: 'x'.repeat(2001) })
        .expect(400);
      expect(fieldsOf(long.body)).toEqual(['reason']);
      await t.http.post('/api/tasks/999999/cancel').send({ reason: 'x' }).expect(404);
    });
  });

  it('documents the task routes in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    for (const route of [
      '/api/tasks',
      '/api/tasks/{id}',
      '/api/tasks/{id}/progress',
      '/api/tasks/{id}/cancel',
      '/api/tasks/{id}/deadlines',
      '/api/tasks/{id}/extensions',
      '/api/tasks/{id}/extensions/{extensionId}/approve',
      '/api/tasks/{id}/extensions/{extensionId}/reject',
    ]) {
      expect(doc.paths[route]).toBeDefined();
    }
    expect(Object.keys(doc.components.schemas.TaskResponse.properties)).not.toContain('searchText');
    expect(doc.components.schemas.CreateTaskDto.properties.title.maxLength).toBe(500);
  });
});
