import { User } from '../../src/users/user.entity';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment, createTask, dateFromNow, daysFromNow } from '../helpers/task-factory';

interface Item {
  kind: string;
  taskId: number;
  extensionId: number | null;
  occurrenceId: number | null;
  dueDate: string | null;
  status: string;
  statusLabel: string;
  leadDepartmentName: string;
  waitingSince: string;
  note: string | null;
  title: string;
}

/** GET /api/inbox: what awaits each role's action. */
describe('Inbox', () => {
  let t: TestApp;
  let lead: { id: number; name: string };
  let otherUnit: number;
  let unit: TestUser;
  let office: TestUser;
  let chairman: TestUser;
  let viceA: TestUser;
  let viceB: TestUser;

  const leader = async (title: 'chairman' | 'vice_chairman') => {
    const user = await loginAs(t, 'leader');
    await t.dataSource.getRepository(User).update(user.id, { leaderTitle: title });
    return user;
  };
  const inboxOf = async (user: TestUser) =>
    (await t.anonymous.get('/api/inbox').set(user.header).expect(200)).body as {
      items: Item[];
      counts: Record<string, number>;
    };
  const post = (user: TestUser, url: string, body: object = {}) => t.anonymous.post(url).set(user.header).send(body);
  const ofTasks = (items: Item[], ids: number[]) => items.filter((i) => ids.includes(i.taskId));

  beforeAll(async () => {
    t = await createTestApp();
    lead = await createDepartment(t);
    otherUnit = (await createDepartment(t)).id;
    unit = await loginAs(t, 'department', { departmentId: lead.id });
    office = await loginAs(t, 'office');
    chairman = await leader('chairman');
    viceA = await leader('vice_chairman');
    viceB = await leader('vice_chairman');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('gives each leader the extension requests they decide, and the office those to forward', async () => {
    const taskA = await createTask(t, { leadDepartmentId: lead.id, leaderId: viceA.id, dueDate: dateFromNow(10) });
    const taskB = await createTask(t, { leadDepartmentId: lead.id, leaderId: viceB.id, dueDate: dateFromNow(10) });
    const extA = (
      await post(unit, `/api/tasks/${taskA.id}/extensions`, { dueDate: dateFromNow(30), reason: 'Chờ vốn' }).expect(201)
    ).body;
    const extB = (
      await post(unit, `/api/tasks/${taskB.id}/extensions`, { dueDate: dateFromNow(30), reason: 'Chờ đất' }).expect(201)
    ).body;
    await post(office, `/api/tasks/${taskB.id}/extensions/${extB.id}/forward`, { opinion: 'Đề nghị đồng ý' }).expect(
      200,
    );
    const ids = [taskA.id, taskB.id];

    const forChairman = ofTasks((await inboxOf(chairman)).items, ids);
    expect(forChairman.map((i) => [i.kind, i.extensionId])).toEqual([
      ['decide_extension', extA.id],
      ['decide_extension', extB.id],
    ]);
    expect(forChairman[1]).toMatchObject({
      taskId: taskB.id,
      occurrenceId: null,
      dueDate: dateFromNow(10),
      status: 'in_progress',
      statusLabel: 'Đang thực hiện trong hạn',
      leadDepartmentName: lead.name,
      note: 'Chờ đất — Ý kiến của Văn phòng: Đề nghị đồng ý',
    });
    expect(ofTasks((await inboxOf(viceA)).items, ids).map((i) => i.extensionId)).toEqual([extA.id]);
    expect(ofTasks((await inboxOf(viceB)).items, ids).map((i) => i.extensionId)).toEqual([extB.id]);

    const forOffice = ofTasks((await inboxOf(office)).items, ids);
    // The forwarded request waits for the leader now, not for the office.
    expect(forOffice.map((i) => [i.kind, i.extensionId, i.note])).toEqual([['forward_extension', extA.id, 'Chờ vốn']]);

    // Decided, it leaves every inbox.
    await post(viceA, `/api/tasks/${taskA.id}/extensions/${extA.id}/approve`, {}).expect(200);
    expect(ofTasks((await inboxOf(chairman)).items, ids).map((i) => i.extensionId)).toEqual([extB.id]);
    expect(ofTasks((await inboxOf(office)).items, ids)).toEqual([]);
  });

  it('gives the office the completions awaiting its confirmation', async () => {
    const task = await createTask(t, { leadDepartmentId: lead.id, dueAt: daysFromNow(5) });
    await post(unit, `/api/tasks/${task.id}/progress`, {
      completed: true,
      completedOn: dateFromNow(0),
      result: 'Đã hoàn thành kế hoạch',
    }).expect(201);
    const before = await inboxOf(office);
    expect(ofTasks(before.items, [task.id])).toEqual([
      expect.objectContaining({
        kind: 'confirm_completion',
        status: 'awaiting_confirmation',
        statusLabel: 'Chờ xác nhận',
        note: 'Đã hoàn thành kế hoạch',
      }),
    ]);
    await post(office, `/api/tasks/${task.id}/confirm`).expect(200);
    const after = await inboxOf(office);
    expect(ofTasks(after.items, [task.id])).toEqual([]);
    expect(after.counts.confirm_completion).toBe(before.counts.confirm_completion - 1);
  });

  it('gives a unit its overdue, due-soon and returned tasks, with counts of every kind', async () => {
    const unitOwn = await loginAs(t, 'department', { departmentId: otherUnit });
    const overdue = await createTask(t, { leadDepartmentId: otherUnit, dueAt: daysFromNow(-2) });
    const soon = await createTask(t, { leadDepartmentId: otherUnit, dueAt: daysFromNow(1) });
    const later = await createTask(t, { leadDepartmentId: otherUnit, dueAt: daysFromNow(30) });
    const returned = await createTask(t, { leadDepartmentId: otherUnit, dueAt: daysFromNow(20) });
    const elsewhere = await createTask(t, {
      leadDepartmentId: lead.id,
      supportDepartmentIds: [otherUnit],
      dueAt: daysFromNow(-1),
    });
    await post(unitOwn, `/api/tasks/${returned.id}/progress`, {
      completed: true,
      completedOn: dateFromNow(0),
      result: 'Xong',
    }).expect(201);
    await post(office, `/api/tasks/${returned.id}/return`, { reason: 'Thiếu số liệu quý IV' }).expect(200);

    const inbox = await inboxOf(unitOwn);
    expect(inbox.items.map((i) => [i.kind, i.taskId])).toEqual([
      ['report_progress', overdue.id],
      ['report_progress', soon.id],
      ['returned_completion', returned.id],
    ]);
    expect(inbox.items[0]).toMatchObject({ status: 'overdue', statusLabel: 'Quá hạn' });
    expect(inbox.items[1]).toMatchObject({ status: 'due_soon', statusLabel: 'Sắp đến hạn' });
    expect(inbox.items[2]).toMatchObject({ note: 'Thiếu số liệu quý IV', status: 'in_progress' });
    expect(inbox.counts).toEqual({
      decide_extension: 0,
      forward_extension: 0,
      confirm_completion: 0,
      report_progress: 2,
      returned_completion: 1,
    });
    expect(inbox.items.map((i) => i.taskId)).not.toContain(later.id);
    expect(inbox.items.map((i) => i.taskId)).not.toContain(elsewhere.id);

    // Reporting again takes the returned task out of the inbox.
    await post(unitOwn, `/api/tasks/${returned.id}/progress`, {
      completed: true,
      completedOn: dateFromNow(0),
      result: 'Bổ sung số liệu',
    }).expect(201);
    expect((await inboxOf(unitOwn)).counts.returned_completion).toBe(0);
  });

  it('lets the office decide where EXTENSION_DECIDERS includes office', async () => {
    const t2 = await createTestApp({ env: { EXTENSION_DECIDERS: 'leader,office' } });
    try {
      const unit2 = (await createDepartment(t2)).id;
      const user = await loginAs(t2, 'department', { departmentId: unit2 });
      const office2 = await loginAs(t2, 'office');
      const task = await createTask(t2, { leadDepartmentId: unit2, dueDate: dateFromNow(10) });
      const ext = (
        await t2.anonymous
          .post(`/api/tasks/${task.id}/extensions`)
          .set(user.header)
          .send({ dueDate: dateFromNow(20), reason: 'Chờ ý kiến Bộ' })
          .expect(201)
      ).body;
      const inbox = (await t2.anonymous.get('/api/inbox').set(office2.header).expect(200)).body as { items: Item[] };
      expect(inbox.items.map((i) => [i.kind, i.extensionId])).toEqual([['decide_extension', ext.id]]);
    } finally {
      await t2.close();
    }
  });
});
