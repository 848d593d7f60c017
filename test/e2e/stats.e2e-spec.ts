import { Department } from '../../src/departments/department.entity';
import { Task } from '../../src/tasks/entities/task.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDocument } from '../helpers/document-factory';
import { createDepartment, createSession, createTask, dateFromNow, daysFromNow } from '../helpers/task-factory';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field).sort();

const zero = {
  total: 0,
  recurringPeriods: 0,
  inProgress: 0,
  dueSoon: 0,
  overdue: 0,
  standing: 0,
  noDeadline: 0,
  awaitingConfirmation: 0,
  doneOnTime: 0,
  doneLate: 0,
  cancelled: 0,
  due: 0,
  completionRate: null,
  onTimeRate: null,
  overdueRate: null,
};

describe('Statistics API', () => {
  let t: TestApp;
  let health: Department;
  let industry: Department;
  let idle: Department;
  let retired: Department;
  let sessionId: number;

  beforeAll(async () => {
    t = await createTestApp();
    health = await createDepartment(t, { code: 'SYT', name: 'Sở Y tế' });
    industry = await createDepartment(t, { code: 'SCT', name: 'Sở Công Thương' });
    idle = await createDepartment(t, { code: 'SNV', name: 'Sở Nội vụ' });
    retired = await createDepartment(t, { code: 'ZZZ', name: 'Ban đã giải thể', active: false });
    sessionId = (await createSession(t)).id;

    const complete = async (id: number) =>
      t.http.post(`/api/tasks/${id}/progress`).send({ note: 'Hoàn thành', completed: true }).expect(201);
    // Sở Y tế leads: 2 overdue, 1 due soon, 1 in progress, 2 standing (one of them completed: it stays standing),
    // 1 on time, 1 late, 1 cancelled.
    await createTask(t, { leadDepartmentId: health.id, dueAt: daysFromNow(-3), sessionId });
    await createTask(t, { leadDepartmentId: health.id, dueDate: dateFromNow(-1), supportDepartmentIds: [industry.id] });
    await createTask(t, { leadDepartmentId: health.id, dueAt: daysFromNow(1), sessionId });
    await createTask(t, { leadDepartmentId: health.id, dueDate: dateFromNow(30) });
    await createTask(t, { leadDepartmentId: health.id });
    await complete((await createTask(t, { leadDepartmentId: health.id, dueAt: daysFromNow(5), sessionId })).id);
    await complete((await createTask(t, { leadDepartmentId: health.id })).id);
    await complete((await createTask(t, { leadDepartmentId: health.id, dueAt: daysFromNow(-2) })).id);
    const cancelled = await createTask(t, { leadDepartmentId: health.id, dueAt: daysFromNow(-9) });
    await t.http.post(`/api/tasks/${cancelled.id}/cancel`).send({ reason: 'Không còn phù hợp' }).expect(200);
    // Sở Công Thương leads one task completed late; it cooperates on a Sở Y tế task, which does not count for it.
    await complete((await createTask(t, { leadDepartmentId: industry.id, dueDate: '2024-02-09' })).id);
    // The retired department led a task before it was made inactive.
    await t.dataSource.getRepository(Department).update(retired.id, { active: true });
    await createTask(t, { leadDepartmentId: retired.id, dueAt: daysFromNow(40) });
    await t.dataSource.getRepository(Department).update(retired.id, { active: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('GET /api/stats/departments', () => {
    it('gives one row per department, counting the tasks it leads', async () => {
      const res = await t.http.get('/api/stats/departments').expect(200);
      expect(res.body).toMatchObject({ total: 4, page: 1, limit: 200 });
      expect(res.body.items).toEqual([
        {
          departmentId: industry.id,
          code: 'SCT',
          name: 'Sở Công Thương',
          ...zero,
          total: 1,
          doneLate: 1,
          due: 1,
          completionRate: 1,
          onTimeRate: 0,
          overdueRate: 0,
        },
        { departmentId: idle.id, code: 'SNV', name: 'Sở Nội vụ', ...zero },
        {
          departmentId: health.id,
          code: 'SYT',
          name: 'Sở Y tế',
          total: 9,
          recurringPeriods: 0,
          inProgress: 1,
          dueSoon: 1,
          overdue: 2,
          standing: 2,
          noDeadline: 2,
          awaitingConfirmation: 0,
          doneOnTime: 1,
          doneLate: 1,
          cancelled: 1,
          due: 4,
          completionRate: 0.5,
          onTimeRate: 0.25,
          overdueRate: 0.5,
        },
        { departmentId: retired.id, code: 'ZZZ', name: 'Ban đã giải thể', ...zero, total: 1, inProgress: 1 },
      ]);
    });

    it('filters by session', async () => {
      const res = await t.http.get(`/api/stats/departments?sessionId=${sessionId}`).expect(200);
      const row = res.body.items.find((r: { departmentId: number }) => r.departmentId === health.id);
      expect(row).toMatchObject({ total: 3, overdue: 1, dueSoon: 1, doneOnTime: 1, onTimeRate: 0.5 });
      expect(res.body.items.find((r: { departmentId: number }) => r.departmentId === industry.id)).toMatchObject({
        total: 0,
      });
    });

    it('filters by the assignment date (the document date), by document, leader and reporting period', async () => {
      const before = (await t.http.get('/api/stats/summary').expect(200)).body.total;
      const lead = await createDepartment(t, { code: 'SGD', name: 'Sở Giáo dục và Đào tạo' });
      const march1 = await createDocument(t, { issuedOn: '2024-03-01' });
      const march15 = await createDocument(t, { issuedOn: '2024-03-15' });
      const early = await createTask(t, { leadDepartmentId: lead.id, documentId: march1.id });
      const late = await createTask(t, { leadDepartmentId: lead.id, documentId: march15.id });
      // Created today: the row's creation date plays no part.
      const rowOf = async (query: string) =>
        (await t.http.get(`/api/stats/departments?${query}`).expect(200)).body.items.find(
          (r: { departmentId: number }) => r.departmentId === lead.id,
        );
      expect(await rowOf('from=2024-03-01&to=2024-03-01')).toMatchObject({ total: 1, standing: 1, noDeadline: 1 });
      expect(await rowOf('from=2024-03-01')).toMatchObject({ total: 2 });
      expect(await rowOf('to=2024-02-29')).toMatchObject({ total: 0 });
      expect(await rowOf('from=2024-03-02&to=2024-03-15')).toMatchObject({ total: 1 });
      // March runs from 15 February to 14 March, April from 15 March (PERIOD_CUTOFF_DAY=14).
      expect(await rowOf('period=2024-03')).toMatchObject({ total: 1 });
      expect(await rowOf('period=2024-04')).toMatchObject({ total: 1 });
      expect(await rowOf('period=2024-Q1')).toMatchObject({ total: 1 });
      expect(await rowOf('period=2024')).toMatchObject({ total: 2 });
      expect(await rowOf(`documentId=${march15.id}`)).toMatchObject({ total: 1 });
      expect((await t.http.get('/api/stats/summary?from=2024-03-01&to=2024-03-15').expect(200)).body.total).toBe(2);
      const period = await t.http.get('/api/stats/summary?period=2024-01&from=2024-01-01').expect(400);
      expect(fieldsOf(period.body)).toEqual(['period']);
      expect(fieldsOf((await t.http.get('/api/stats/summary?period=2024-Q5').expect(400)).body)).toEqual(['period']);
      await t.dataSource.getRepository(Task).delete([early.id, late.id]);
      await t.dataSource.getRepository(Department).delete(lead.id);
      expect((await t.http.get('/api/stats/summary').expect(200)).body.total).toBe(before);
    });

    it('pages the departments', async () => {
      const res = await t.http.get('/api/stats/departments?limit=2&page=2').expect(200);
      expect(res.body).toMatchObject({ total: 4, page: 2, limit: 2 });
      expect(res.body.items.map((r: { code: string }) => r.code)).toEqual(['SYT', 'ZZZ']);
    });

    it.each([
      ['sessionId=abc', 'sessionId'],
      ['sessionId=3000000000', 'sessionId'],
      ['from=2024-02-30', 'from'],
      ['to=01/02/2024', 'to'],
      ['from=2024-03-02&to=2024-03-01', 'to'],
      ['limit=201', 'limit'],
      ['departmentId=1', 'departmentId'],
    ])('answers 400 for %s', async (query, field) => {
      const res = await t.http.get(`/api/stats/departments?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });
  });

  describe('GET /api/stats/summary', () => {
    it('gives the same counts over all tasks', async () => {
      const res = await t.http.get('/api/stats/summary').expect(200);
      expect(res.body).toEqual({
        total: 11,
        recurringPeriods: 0,
        inProgress: 2,
        dueSoon: 1,
        overdue: 2,
        standing: 2,
        noDeadline: 2,
        awaitingConfirmation: 0,
        doneOnTime: 1,
        doneLate: 2,
        cancelled: 1,
        due: 5,
        completionRate: 3 / 5,
        onTimeRate: 1 / 5,
        overdueRate: 2 / 5,
      });
    });

    it('filters by session', async () => {
      const res = await t.http.get(`/api/stats/summary?sessionId=${sessionId}`).expect(200);
      expect(res.body).toMatchObject({ total: 3, overdue: 1, dueSoon: 1, doneOnTime: 1, onTimeRate: 0.5 });
    });

    it('answers null onTimeRate when nothing is due or done', async () => {
      const res = await t.http.get('/api/stats/summary?sessionId=999999').expect(200);
      expect(res.body).toEqual(zero);
    });

    it.each([
      ['from=2024-13-01', 'from'],
      ['page=1', 'page'],
    ])('answers 400 for %s', async (query, field) => {
      const res = await t.http.get(`/api/stats/summary?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });
  });
});
