import { ApiWorld, buildApiWorld } from '../helpers/api-world';
import { createTestApp, TestApp } from '../helpers/create-test-app';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * What a department user may do, through HTTP: department A leads the tasks,
 * B cooperates on them, C has nothing to do with them.
 */
describe('Department scoping', () => {
  let t: TestApp;
  let w: ApiWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildApiWorld(t);
  }, 30_000);
  afterAll(async () => {
    await t?.close();
  });

  const as = (who: 'department' | 'support' | 'otherDepartment' | 'office') => {
    const header = w.headers(who);
    return {
      get: (url: string) => t.anonymous.get(url).set(header),
      post: (url: string, body: object = {}) => t.anonymous.post(url).set(header).send(body),
      patch: (url: string, body: object) => t.anonymous.patch(url).set(header).send(body),
    };
  };
  const task = (id: number) =>
    t.http
      .get(`/api/tasks/${id}`)
      .expect(200)
      .then((res) => res.body);

  it('lists only the tasks a department leads or cooperates on', async () => {
    const ofA = await w.newTask();
    const ofC = await w.newTask({ leadDepartmentId: w.departments.other, supportDepartmentIds: [] });
    const ids = async (who: 'department' | 'support' | 'otherDepartment') =>
      (await as(who).get('/api/tasks?limit=200').expect(200)).body.items.map((item: { id: number }) => item.id);
    expect(await ids('department')).toEqual(expect.arrayContaining([ofA.id]));
    expect(await ids('department')).not.toContain(ofC.id);
    expect(await ids('support')).toContain(ofA.id);
    expect(await ids('otherDepartment')).toEqual([ofC.id]);
    // A filter for another department's tasks finds nothing rather than widening the scope.
    expect(
      (await as('otherDepartment').get(`/api/tasks?departmentId=${w.departments.lead}`).expect(200)).body.total,
    ).toBe(0);
  });

  it('counts, in a session, only the tasks the department may see', async () => {
    await w.newTask();
    await w.newTask({ leadDepartmentId: w.departments.other, supportDepartmentIds: [] });
    const visibleTo = async (who: 'department' | 'otherDepartment') =>
      (await as(who).get(`/api/tasks?sessionId=${w.sessionId}&limit=200`).expect(200)).body.total as number;
    const countFor = async (who: 'department' | 'otherDepartment' | 'office') =>
      (await as(who).get(`/api/sessions/${w.sessionId}`).expect(200)).body.taskCount as number;
    const all = (await t.http.get(`/api/tasks?sessionId=${w.sessionId}&limit=200`).expect(200)).body.total as number;
    expect(await countFor('office')).toBe(all);
    expect(await countFor('department')).toBe(await visibleTo('department'));
    expect(await countFor('otherDepartment')).toBe(await visibleTo('otherDepartment'));
    expect(await countFor('otherDepartment')).toBeLessThan(all);
  });

  it('answers 404 for every read and write on another department’s task, revealing nothing', async () => {
    const { taskId, extensionId } = await w.newExtension();
    const other = as('otherDepartment');
    for (const url of [
      `/api/tasks/${taskId}`,
      `/api/tasks/${taskId}/progress`,
      `/api/tasks/${taskId}/extensions`,
      `/api/tasks/${taskId}/deadlines`,
      `/api/tasks/${taskId}/extensions/${extensionId}`,
    ]) {
      const res = await other.get(url).expect(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
    }
    await other.post(`/api/tasks/${taskId}/progress`, { percent: 90, note: 'Không phải việc của tôi' }).expect(404);
    await other.post(`/api/tasks/${taskId}/extensions`, { dueAt: inDays(40), reason: 'x' }).expect(404);
    // The same answer as for a task that does not exist at all.
    const missing = await other.get('/api/tasks/999999').expect(404);
    const hidden = await other.get(`/api/tasks/${taskId}`).expect(404);
    expect(hidden.body.message.replace(String(taskId), 'N')).toBe(missing.body.message.replace('999999', 'N'));
    expect((await task(taskId)).progressPercent).toBe(0);
  });

  it('lets the lead department post progress, complete the task and request an extension', async () => {
    const { id } = await w.newTask();
    const lead = as('department');
    await lead.post(`/api/tasks/${id}/progress`, { percent: 60, note: 'Đã giải ngân 60%' }).expect(201);
    expect((await task(id)).progressPercent).toBe(60);
    await lead.post(`/api/tasks/${id}/extensions`, { dueAt: inDays(30), reason: 'Chờ vốn Trung ương' }).expect(201);
    await lead.post(`/api/tasks/${id}/progress`, { note: 'Hoàn thành', completed: true }).expect(201);
    const done = await task(id);
    expect(done).toMatchObject({ progressPercent: 100, status: 'awaiting_confirmation' });
  });

  it('records a cooperating department’s update as a note that moves neither percent nor status, and lets it do no more', async () => {
    const { id } = await w.newTask();
    const support = as('support');
    const before = await task(id);
    const note = await support
      .post(`/api/tasks/${id}/progress`, { percent: 80, note: 'Sở phối hợp đã cung cấp số liệu' })
      .expect(201);
    expect(note.body).toMatchObject({ percent: null, completed: false });
    const after = await task(id);
    expect(after).toMatchObject({ progressPercent: before.progressPercent, status: before.status });
    await support.post(`/api/tasks/${id}/progress`, { note: 'Xong', completed: true }).expect(403);
    await support.post(`/api/tasks/${id}/extensions`, { dueAt: inDays(30), reason: 'x' }).expect(403);
    expect((await task(id)).completedAt).toBeNull();
  });

  it('keeps deadlines, assignments and cancellation out of a department’s reach', async () => {
    const { id, version } = await w.newTask();
    const lead = as('department');
    await lead.patch(`/api/tasks/${id}`, { version, dueAt: inDays(60) }).expect(403);
    await lead.patch(`/api/tasks/${id}`, { version, leadDepartmentId: w.departments.support }).expect(403);
    await lead.patch(`/api/tasks/${id}`, { version, supportDepartmentIds: [] }).expect(403);
    await lead.post(`/api/tasks/${id}/cancel`, { reason: 'Tự hủy' }).expect(403);
    await lead.post('/api/tasks', { title: 'Tự giao việc', leadDepartmentId: w.departments.lead }).expect(403);
    const { taskId, extensionId } = await w.newExtension();
    await lead.post(`/api/tasks/${taskId}/extensions/${extensionId}/approve`, {}).expect(403);
    const unchanged = await task(id);
    expect(unchanged).toMatchObject({
      version,
      leadDepartmentId: w.departments.lead,
      supportDepartmentIds: [w.departments.support],
    });
  });

  it('lets a department submit and edit its own reports only, and not touch other departments’ data', async () => {
    const url = `/api/sessions/${w.sessionId}/reports`;
    const own = await as('department')
      .post(url, { departmentId: w.departments.lead, title: 'Báo cáo của sở', body: 'Nội dung' })
      .expect(201);
    await as('department').patch(`/api/reports/${own.body.id}`, { body: 'Bổ sung số liệu' }).expect(200);
    await as('department')
      .post(url, { departmentId: w.departments.other, title: 'Thay sở khác', body: 'x' })
      .expect(403);
    await as('department').patch(`/api/reports/${own.body.id}`, { departmentId: w.departments.other }).expect(403);
    await as('otherDepartment').patch(`/api/reports/${own.body.id}`, { body: 'Sửa hộ' }).expect(404);
    // Reports of every department stay readable.
    await as('otherDepartment').get(`/api/reports/${own.body.id}`).expect(200);
    await as('department').patch(`/api/departments/${w.departments.other}`, { name: 'Đổi tên' }).expect(403);
    await as('department').get('/api/users').expect(403);
    await as('department')
      .post(`/api/sessions/${w.sessionId}/attendees`, { fullName: 'Tự thêm', role: 'member' })
      .expect(403);
  });
});
