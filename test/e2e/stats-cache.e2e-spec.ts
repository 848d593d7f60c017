import { Task } from '../../src/tasks/entities/task.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { createTask } from '../factories/task.factory';
import { daysFromNow } from '../helpers/dates';

/** Statistics are reused for a few seconds, but never hide a change made through the API. */
describe('Statistics cache', () => {
  let t: TestApp;

  afterEach(async () => {
    await t?.close();
  });

  const summary = async () => (await t.http.get('/api/stats/summary').expect(200)).body;
  const departmentRow = async (id: number) =>
    (await t.http.get('/api/stats/departments').expect(200)).body.items.find(
      (r: { departmentId: number }) => r.departmentId === id,
    );

  it('counts a task created, completed or cancelled through the API at once', async () => {
    t = await createTestApp({ env: { STATS_CACHE_SECONDS: '300' } });
    const lead = await createDepartment(t);
    const before = await summary();
    const task = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(10) });
    expect((await summary()).inProgress).toBe(before.inProgress + 1);
    expect(await departmentRow(lead.id)).toMatchObject({ total: 1, inProgress: 1 });

    await t.http.post(`/api/tasks/${task.id}/progress`).send({ note: 'Hoàn thành', completed: true }).expect(201);
    expect(await summary()).toMatchObject({ inProgress: before.inProgress, doneOnTime: before.doneOnTime + 1 });
    expect(await departmentRow(lead.id)).toMatchObject({ total: 1, inProgress: 0, doneOnTime: 1 });
  });

  it('reuses a result for writes that bypass the app until it expires, and never with STATS_CACHE_SECONDS=0', async () => {
    t = await createTestApp({ env: { STATS_CACHE_SECONDS: '300' } });
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(10) });
    const counted = (await summary()).total;
    await t.dataSource.getRepository(Task).delete(task.id);
    expect((await summary()).total).toBe(counted);
    await t.close();

    t = await createTestApp({ env: { STATS_CACHE_SECONDS: '0' } });
    const other = await createDepartment(t);
    const second = await createTask(t, { leadDepartmentId: other.id, dueAt: daysFromNow(10) });
    const now = (await summary()).total;
    await t.dataSource.getRepository(Task).delete(second.id);
    expect((await summary()).total).toBe(now - 1);
  });
});
