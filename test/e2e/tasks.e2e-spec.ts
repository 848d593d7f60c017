import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment, createSession, createTask, daysFromNow } from '../helpers/task-factory';

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
      const res = await t.http
        .post('/api/tasks')
        .send({
          title: 'Giải ngân 100% kế hoạch vốn đầu tư công năm 2024',
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
        leadDepartmentId: lead.id,
        supportDepartmentIds: [support.id],
        dueDate: '2024-02-09',
        dueAt: '2024-02-09T16:59:59.999Z',
        isKey: true,
        progressPercent: 0,
        status: 'overdue',
        completedAt: null,
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

    it('creates a task with an exact deadline and no session', async () => {
      const lead = await createDepartment(t);
      const dueAt = daysFromNow(10);
      const task = await createTask(t, { leadDepartmentId: lead.id, dueAt });
      expect(task).toMatchObject({ dueDate: null, dueAt, status: 'in_progress', sessionId: null, supportDepartmentIds: [] });
    });
  });

  describe('GET /api/tasks', () => {
    it('lists tasks in pages', async () => {
      const lead = await createDepartment(t);
      await createTask(t, { leadDepartmentId: lead.id });
      await createTask(t, { leadDepartmentId: lead.id });
      const res = await t.http.get(`/api/tasks?leadDepartmentId=${lead.id}&limit=1`).expect(200);
      expect(res.body).toMatchObject({ total: 2, page: 1, limit: 1 });
      expect(res.body.items).toHaveLength(1);
    });
  });
});
