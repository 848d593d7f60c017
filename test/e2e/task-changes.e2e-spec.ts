import { EntityManager } from 'typeorm';
import { TaskChange, TaskChangeBus } from '../../src/tasks/task-change-bus';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { createTask } from '../factories/task.factory';
import { dateFromNow } from '../helpers/dates';
import { defaultDocumentId } from '../factories/document.factory';

/** What listeners on the TaskChangeBus see of each task write, and that a write is one transaction. */
describe('Task changes', () => {
  let t: TestApp;
  const inTransaction: TaskChange[] = [];
  const afterCommit: TaskChange[] = [];
  let failInTransaction: ((change: TaskChange) => boolean) | null = null;
  let failAfterCommit = false;
  let seenInsideTransaction: number | null = null;

  beforeAll(async () => {
    t = await createTestApp();
    t.app.get(TaskChangeBus).register({
      inTransaction: async (manager: EntityManager, change: TaskChange) => {
        inTransaction.push(change);
        // The listener reads through the transaction's manager and sees the change before it commits.
        const [row] = await manager.query(`SELECT "version" FROM "tasks" WHERE "id" = ${Number(change.taskId)}`);
        seenInsideTransaction = row ? Number(row.version) : null;
        if (failInTransaction?.(change)) throw new Error('listener failed');
      },
      afterCommit: (change: TaskChange) => {
        afterCommit.push(change);
        return failAfterCommit ? Promise.reject(new Error('after-commit listener failed')) : Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  beforeEach(() => {
    inTransaction.length = 0;
    afterCommit.length = 0;
    failInTransaction = null;
    failAfterCommit = false;
  });

  const kinds = () => afterCommit.map((c) => c.kind);

  it('publishes each write with its kind, inside the transaction and after the commit', async () => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id, dueDate: dateFromNow(5) });
    expect(kinds()).toEqual(['created']);
    expect(inTransaction).toEqual(afterCommit);
    expect(afterCommit).toEqual([{ kind: 'created', taskId: task.id }]);

    await t.http.patch(`/api/tasks/${task.id}`).send({ version: 1, title: 'Tên mới' }).expect(200);
    expect(seenInsideTransaction).toBe(2);
    await t.http
      .patch(`/api/tasks/${task.id}`)
      .send({ version: 2, dueDate: dateFromNow(6) })
      .expect(200);
    await t.http
      .patch(`/api/tasks/${task.id}`)
      .send({ version: 3, isKey: true, dueDate: dateFromNow(7) })
      .expect(200);
    await t.http.patch(`/api/tasks/${task.id}`).send({ version: 4 }).expect(200);
    await t.http.post(`/api/tasks/${task.id}/progress`).send({ percent: 40, note: 'Đạt 40%' }).expect(201);
    const requested = (
      await t.http.post(`/api/tasks/${task.id}/extensions`).send({ dueDate: dateFromNow(20), reason: 'r' })
    ).body;
    await t.http.post(`/api/tasks/${task.id}/extensions/${requested.id}/approve`).send({}).expect(200);
    const second = (
      await t.http.post(`/api/tasks/${task.id}/extensions`).send({ dueDate: dateFromNow(30), reason: 'r' })
    ).body;
    await t.http.post(`/api/tasks/${task.id}/extensions/${second.id}/reject`).send({ note: 'Không' }).expect(200);
    await t.http.post(`/api/tasks/${task.id}/progress`).send({ note: 'Xong', completed: true }).expect(201);
    expect(kinds()).toEqual([
      'created',
      'updated',
      'deadline_changed',
      'updated',
      'deadline_changed',
      'progress',
      'extension_requested',
      'extension_decided',
      'deadline_changed',
      'extension_requested',
      'extension_decided',
      'progress',
      'completed',
    ]);
    expect(inTransaction).toEqual(afterCommit);

    const other = await createTask(t, { leadDepartmentId: lead.id });
    await t.http.post(`/api/tasks/${other.id}/cancel`).send({ reason: 'Dừng' }).expect(200);
    expect(afterCommit.slice(-2)).toEqual([
      { kind: 'created', taskId: other.id },
      { kind: 'cancelled', taskId: other.id },
    ]);
  });

  it('publishes nothing for a refused write', async () => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id });
    afterCommit.length = 0;
    inTransaction.length = 0;
    await t.http.patch(`/api/tasks/${task.id}`).send({ version: 9, title: 'x' }).expect(409);
    await t.http.post(`/api/tasks/${task.id}/progress`).send({ percent: 500, note: 'x' }).expect(400);
    expect(inTransaction).toEqual([]);
    expect(afterCommit).toEqual([]);
  });

  it('rolls the whole write back when a listener fails inside the transaction', async () => {
    const lead = await createDepartment(t);
    const task = await createTask(t, { leadDepartmentId: lead.id, dueDate: dateFromNow(5) });
    failInTransaction = (change) => change.kind === 'completed';
    afterCommit.length = 0;
    const res = await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .send({ percent: 80, note: 'Gần xong', completed: true })
      .expect(500);
    expect(res.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    expect(afterCommit).toEqual([]);
    expect((await t.http.get(`/api/tasks/${task.id}`)).body).toMatchObject({
      progressPercent: 0,
      completedAt: null,
      version: 1,
    });
    expect((await t.http.get(`/api/tasks/${task.id}/progress`)).body.total).toBe(0);

    failInTransaction = (change) => change.kind === 'deadline_changed';
    const requested = (
      await t.http.post(`/api/tasks/${task.id}/extensions`).send({ dueDate: dateFromNow(20), reason: 'r' })
    ).body;
    await t.http.post(`/api/tasks/${task.id}/extensions/${requested.id}/approve`).send({}).expect(500);
    expect((await t.http.get(`/api/tasks/${task.id}/extensions/${requested.id}`)).body.status).toBe('pending');
    expect((await t.http.get(`/api/tasks/${task.id}/deadlines`)).body.total).toBe(0);
    expect((await t.http.get(`/api/tasks/${task.id}`)).body.deadlineVersion).toBe(1);

    failInTransaction = (change) => change.kind === 'created';
    const before = (await t.http.get(`/api/tasks?leadDepartmentId=${lead.id}`)).body.total;
    await t.http
      .post('/api/tasks')
      .send({
        title: 'Không lưu',
        documentId: await defaultDocumentId(t),
        leadDepartmentId: lead.id,
        supportDepartmentIds: [],
      })
      .expect(500);
    expect((await t.http.get(`/api/tasks?leadDepartmentId=${lead.id}`)).body.total).toBe(before);
  });

  it('keeps a committed write when a listener fails after the commit', async () => {
    const lead = await createDepartment(t);
    failAfterCommit = true;
    const task = await createTask(t, { leadDepartmentId: lead.id });
    await t.http.post(`/api/tasks/${task.id}/progress`).send({ percent: 10, note: 'Bắt đầu' }).expect(201);
    expect((await t.http.get(`/api/tasks/${task.id}`)).body.progressPercent).toBe(10);
  });
});
