import { In } from 'typeorm';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Department } from '../../src/departments/department.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { TaskDepartmentChange } from '../../src/tasks/entities/task-department-change.entity';
import { TaskOccurrence } from '../../src/tasks/entities/task-occurrence.entity';
import { User } from '../../src/users/user.entity';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { dateFromNow } from '../helpers/dates';
import { createDocument } from '../helpers/document-factory';
import { createDepartment, createTask } from '../helpers/task-factory';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

/**
 * A unit merged into another (POST /api/departments/:id/succession): its open
 * tasks, accounts and reminders pass to the successor; closed tasks and reports
 * cut off before the effective date keep the unit.
 */
describe('Units that merge', () => {
  let t: TestApp;
  let office: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    office = await loginAs(t, 'office');
  });

  afterAll(async () => {
    await t?.close();
  });

  const succeed = (id: number, body: Record<string, unknown>, as: TestUser = office) =>
    t.anonymous.post(`/api/departments/${id}/succession`).set(as.header).send(body);

  const pendingOf = (taskId: number) =>
    t.dataSource.getRepository(Notification).find({
      where: { taskId, status: 'pending', kind: In(['reminder', 'overdue']) },
      order: { id: 'ASC' },
    });

  it('passes open tasks (lead and cooperating, recurring ones with their occurrences) to the successor and keeps closed ones', async () => {
    const old = await createDepartment(t, { name: 'Sở Kế hoạch và Đầu tư', emails: ['skhdt@backan.example.vn'] });
    const successor = await createDepartment(t, { name: 'Sở Tài chính', emails: ['stc@backan.example.vn'] });
    const other = await createDepartment(t);
    const member = await loginAs(t, 'department', { departmentId: old.id });

    const led = await createTask(t, {
      leadDepartmentId: old.id,
      supportDepartmentIds: [other.id],
      dueDate: dateFromNow(40),
    });
    const cooperating = await createTask(t, {
      leadDepartmentId: other.id,
      supportDepartmentIds: [old.id],
      dueDate: dateFromNow(40),
    });
    // The successor already cooperates: it now leads, and cooperates no more.
    const both = await createTask(t, {
      leadDepartmentId: old.id,
      supportDepartmentIds: [successor.id],
      dueDate: dateFromNow(40),
    });
    // Both cooperate: the successor stays once.
    const bothCooperate = await createTask(t, {
      leadDepartmentId: other.id,
      supportDepartmentIds: [old.id, successor.id],
      dueDate: dateFromNow(40),
    });
    const done = await createTask(t, { leadDepartmentId: old.id, dueDate: dateFromNow(40) });
    // Recorded by the office: confirmed at once.
    await t.anonymous
      .post(`/api/tasks/${done.id}/progress`)
      .set(office.header)
      .send({ percent: 100, completed: true, completedOn: dateFromNow(0), result: 'Đã hoàn thành' })
      .expect(201);
    const cancelled = await createTask(t, { leadDepartmentId: old.id, dueDate: dateFromNow(40) });
    await t.http.post(`/api/tasks/${cancelled.id}/cancel`).send({ reason: 'Không còn phù hợp' }).expect(200);
    const recurringDocument = await createDocument(t, { issuedOn: dateFromNow(-70) });
    const recurring = await createTask(t, {
      leadDepartmentId: old.id,
      kind: 'recurring',
      recurrence: { every: 'month', day: 20, until: null },
      documentId: recurringDocument.id,
    });

    const pendingBefore = await pendingOf(led.id);
    expect(pendingBefore.length).toBeGreaterThan(0);
    expect(pendingBefore.every((n) => n.departmentId === old.id || n.departmentId === other.id)).toBe(true);

    const effectiveOn = dateFromNow(-3);
    const res = await succeed(old.id, { successorId: successor.id, effectiveOn });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      department: { id: old.id, active: false, successorId: successor.id, succeededOn: effectiveOn },
      successor: { id: successor.id, active: true },
      leadTasks: 3,
      cooperatingTasks: 2,
      accounts: 1,
    });

    const get = async (id: number) => (await t.http.get(`/api/tasks/${id}`).expect(200)).body;
    expect(await get(led.id)).toMatchObject({ leadDepartmentId: successor.id, supportDepartmentIds: [other.id] });
    expect(await get(cooperating.id)).toMatchObject({
      leadDepartmentId: other.id,
      supportDepartmentIds: [successor.id],
    });
    expect(await get(both.id)).toMatchObject({ leadDepartmentId: successor.id, supportDepartmentIds: [] });
    expect(await get(bothCooperate.id)).toMatchObject({
      leadDepartmentId: other.id,
      supportDepartmentIds: [successor.id],
    });
    expect(await get(recurring.id)).toMatchObject({ leadDepartmentId: successor.id });
    expect(await get(done.id)).toMatchObject({ leadDepartmentId: old.id });
    expect(await get(cancelled.id)).toMatchObject({ leadDepartmentId: old.id });

    // Each change is kept: task, role, from, to, effective date, who.
    const changes = await t.dataSource
      .getRepository(TaskDepartmentChange)
      .find({ where: { taskId: In([led.id, cooperating.id, both.id, bothCooperate.id]) }, order: { id: 'ASC' } });
    expect(
      changes.map((c) => [c.taskId, c.role, c.fromDepartmentId, c.toDepartmentId, c.effectiveOn, c.changedById]),
    ).toEqual([
      [led.id, 'lead', old.id, successor.id, effectiveOn, office.id],
      [cooperating.id, 'cooperating', old.id, successor.id, effectiveOn, office.id],
      [both.id, 'lead', old.id, successor.id, effectiveOn, office.id],
      [both.id, 'cooperating', successor.id, null, effectiveOn, office.id],
      [bothCooperate.id, 'cooperating', old.id, null, effectiveOn, office.id],
    ]);
    // … in the task's own history (the audit trail) too.
    const history = await t.dataSource
      .getRepository(AuditEntry)
      .find({ where: { taskId: led.id, actorId: office.id }, order: { id: 'ASC' } });
    expect(history.map((h) => h.entity)).toEqual(expect.arrayContaining(['task', 'task_department_change']));
    expect(history.find((h) => h.entity === 'task')).toMatchObject({
      before: { leadDepartmentId: old.id },
      after: { leadDepartmentId: successor.id },
    });

    const lines = (await t.http.get(`/api/tasks/${led.id}/history`).expect(200)).body as Array<{
      action: string;
      summary: string;
      changes: Array<{ field: string; before: unknown; after: unknown }>;
    }>;
    const merged = lines.find((line) => line.action === 'unit_merged');
    expect(merged?.summary).toMatch(/^Đơn vị chủ trì được sáp nhập: nhiệm vụ chuyển sang đơn vị tiếp nhận từ ngày /);
    expect(merged?.changes).toEqual([
      expect.objectContaining({ field: 'leadDepartmentId', before: old.id, after: successor.id }),
    ]);

    // The accounts follow: the unit's user now acts for the successor and sees the tasks passed.
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: member.id })).toMatchObject({
      departmentId: successor.id,
    });
    await t.anonymous.get(`/api/tasks/${led.id}`).set(member.header).expect(200);
    await t.anonymous.get(`/api/tasks/${done.id}`).set(member.header).expect(404);

    // Reminders: the unit's pending ones are cancelled, the successor's planned, to its address.
    const pendingAfter = await pendingOf(led.id);
    expect(pendingAfter.length).toBe(pendingBefore.length);
    expect(pendingAfter.filter((n) => n.role === 'lead').every((n) => n.departmentId === successor.id)).toBe(true);
    expect(pendingAfter.filter((n) => n.role === 'lead').map((n) => n.recipients)).toEqual(
      pendingAfter.filter((n) => n.role === 'lead').map(() => ['stc@backan.example.vn']),
    );
    const oldPending = await t.dataSource
      .getRepository(Notification)
      .count({ where: { departmentId: old.id, status: 'pending', kind: In(['reminder', 'overdue']) } });
    expect(oldPending).toBe(0);
    // The recurring task's open occurrences are reminded to the successor.
    const occurrencePending = await pendingOf(recurring.id);
    expect(occurrencePending.length).toBeGreaterThan(0);
    expect(occurrencePending.every((n) => n.departmentId === successor.id && n.occurrenceId !== null)).toBe(true);

    // The unit reads as merged; the groups no longer list it.
    expect((await t.http.get(`/api/departments/${old.id}`).expect(200)).body).toMatchObject({
      active: false,
      successorId: successor.id,
      succeededOn: effectiveOn,
    });
    const groups = (await t.http.get('/api/departments/groups').expect(200)).body as Array<{
      key: string;
      members: Array<{ id: number }>;
    }>;
    const departments = groups.find((g) => g.key === 'departments')!;
    expect(departments.members.map((m) => m.id)).toContain(successor.id);
    expect(departments.members.map((m) => m.id)).not.toContain(old.id);
    // … nor lead or cooperate on a new task.
    const asCooperating = await t.http.post('/api/tasks').send({
      title: 'Nhiệm vụ mới',
      documentId: recurringDocument.id,
      leadDepartmentId: other.id,
      supportDepartmentIds: [old.id],
      dueDate: dateFromNow(10),
    });
    expect(asCooperating.status).toBe(400);
    expect(fieldsOf(asCooperating.body)).toEqual(['supportDepartmentIds']);
    expect(asCooperating.body.message.join(' ')).toMatch(
      `department ${old.id} was merged into department ${successor.id}`,
    );
    const asLead = await t.http.post('/api/tasks').send({
      title: 'Nhiệm vụ mới',
      documentId: recurringDocument.id,
      leadDepartmentId: old.id,
      dueDate: dateFromNow(10),
    });
    expect(asLead.status).toBe(400);
    expect(fieldsOf(asLead.body)).toEqual(['leadDepartmentId']);
    // A merged unit cannot be made active again.
    const reactivate = await t.http.patch(`/api/departments/${old.id}`).send({ active: true });
    expect(reactivate.status).toBe(400);
    expect(fieldsOf(reactivate.body)).toEqual(['active']);
  });

  it('lists the groups of units with the communes next to the districts', async () => {
    const commune = await createDepartment(t, { name: 'UBND phường Đức Xuân', kind: 'commune' });
    const district = await createDepartment(t, { name: 'UBND huyện Ba Bể', kind: 'district' });
    const groups = (await t.anonymous.get('/api/departments/groups').set(office.header).expect(200)).body as Array<{
      key: string;
      name: string;
      members: Array<{ id: number; kind: string }>;
    }>;
    expect(groups.map((g) => [g.key, g.name])).toEqual([
      ['departments', 'Các sở, ban, ngành'],
      ['districts', 'UBND các huyện, thành phố'],
      ['communes', 'Các xã, phường'],
    ]);
    expect(groups[1].members.map((m) => m.id)).toContain(district.id);
    expect(groups[2].members).toContainEqual(expect.objectContaining({ id: commune.id, kind: 'commune' }));
    const created = await t.http
      .post('/api/departments')
      .send({ code: `XA${Date.now() % 100000}`, name: 'UBND xã Nam Cường', kind: 'commune' });
    expect(created.status).toBe(201);
    expect(created.body.kind).toBe('commune');
  });

  it('reads a merged unit named in a document as its successor, and groups as the groups of units', async () => {
    const old = await createDepartment(t, { name: 'Sở Thông tin và Truyền thông' });
    const successor = await createDepartment(t, { name: 'Sở Khoa học và Công nghệ' });
    await succeed(old.id, { successorId: successor.id, effectiveOn: dateFromNow(0) }).expect(200);
    const document = await createDocument(t, { issuedOn: dateFromNow(0) });
    const drafts = await t.http
      .post(`/api/documents/${document.id}/draft-tasks`)
      .send({
        text:
          '1. Giao Sở Thông tin và Truyền thông chủ trì triển khai chuyển đổi số.\n' +
          '2. Đề nghị UBND các xã, phường rà soát hồ sơ đất đai, báo cáo trước ngày 20.',
      })
      .expect(200);
    const items = drafts.body.items as Array<{ leadDepartmentId: number | null; groupKeys: string[] }>;
    expect(items[0]).toMatchObject({ leadDepartmentId: successor.id, groupKeys: [] });
    expect(items[1]).toMatchObject({ groupKeys: ['communes'] });
  });

  it('refuses each bad input with a message naming the field', async () => {
    const unit = await createDepartment(t);
    const successor = await createDepartment(t);
    const inactive = await createDepartment(t, { active: false });
    const merged = await createDepartment(t);
    const mergedInto = await createDepartment(t);
    await succeed(merged.id, { successorId: mergedInto.id, effectiveOn: dateFromNow(-10) }).expect(200);

    const refused = async (body: Record<string, unknown>, field: string, message: RegExp, id = unit.id) => {
      const res = await succeed(id, body);
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual([field]);
      expect(res.body.message.join(' ')).toMatch(message);
    };
    const today = dateFromNow(0);
    await refused({ effectiveOn: today }, 'successorId', /successorId/);
    await refused({ successorId: 'x', effectiveOn: today }, 'successorId', /integer/);
    await refused({ successorId: unit.id, effectiveOn: today }, 'successorId', /cannot succeed itself/);
    await refused({ successorId: 999_999, effectiveOn: today }, 'successorId', /999999 does not exist/);
    await refused({ successorId: inactive.id, effectiveOn: today }, 'successorId', /is not active/);
    await refused({ successorId: merged.id, effectiveOn: today }, 'successorId', /itself merged into/);
    await refused({ successorId: successor.id }, 'effectiveOn', /YYYY-MM-DD/);
    await refused({ successorId: successor.id, effectiveOn: '2025-02-30' }, 'effectiveOn', /YYYY-MM-DD/);
    await refused(
      { successorId: successor.id, effectiveOn: dateFromNow(2) },
      'effectiveOn',
      /must not be in the future/,
    );
    // A unit merged into this one on a date: this one's own merger cannot take effect before it.
    await refused(
      { successorId: successor.id, effectiveOn: dateFromNow(-11) },
      'effectiveOn',
      /must not be before/,
      mergedInto.id,
    );
    // No cycle: the successor of a unit is never merged back into it.
    await refused({ successorId: merged.id, effectiveOn: today }, 'successorId', /itself merged into/, mergedInto.id);

    const again = await succeed(merged.id, { successorId: successor.id, effectiveOn: today });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      rule: 'already_merged',
      message: expect.stringMatching(/đã được sáp nhập từ ngày/),
    });
    await succeed(999_999, { successorId: successor.id, effectiveOn: today }).expect(404);

    // Only the office and the admin record a merger.
    for (const role of ['leader', 'department'] as const) {
      const user = await loginAs(t, role);
      await succeed(unit.id, { successorId: successor.id, effectiveOn: today }, user).expect(403);
    }
    // Nothing changed by the refusals.
    expect(await t.dataSource.getRepository(Department).findOneByOrFail({ id: unit.id })).toMatchObject({
      active: true,
      successorId: null,
    });
  });

  it('keeps the old unit in reports cut off before the effective date, and the successor after', async () => {
    const old = await createDepartment(t);
    const successor = await createDepartment(t);
    const document = await createDocument(t, { issuedOn: '2024-01-05' });
    await createTask(t, { leadDepartmentId: old.id, documentId: document.id, dueDate: '2024-03-31' });
    const document2 = await createDocument(t, { issuedOn: '2024-01-11' });
    const recurring = await createTask(t, {
      leadDepartmentId: old.id,
      documentId: document2.id,
      kind: 'recurring',
      recurrence: { every: 'month', day: 10, until: '2024-06-30' },
    });
    // The February occurrence (due 2024-02-10) completed by the old unit before the merger.
    const occurrences = (await t.http.get(`/api/tasks/${recurring.id}/occurrences`).expect(200)).body as Array<{
      id: number;
      dueDate: string;
    }>;
    const february = occurrences.find((o) => o.dueDate === '2024-02-10')!;
    const completedAt = new Date('2024-02-09T03:00:00Z');
    await t.dataSource
      .getRepository(TaskOccurrence)
      .update(february.id, { completedAt, completedOn: '2024-02-09', confirmedAt: completedAt, progressPercent: 100 });

    await succeed(old.id, { successorId: successor.id, effectiveOn: '2024-02-20' }).expect(200);

    const report = async (number: number) =>
      (await t.http.get(`/api/reports/period?kind=month&year=2024&number=${number}`).expect(200)).body as {
        units: Array<{ departmentId: number; total: number }>;
      };
    const unitsOf = (body: Awaited<ReturnType<typeof report>>) =>
      Object.fromEntries(
        body.units.filter((u) => [old.id, successor.id].includes(u.departmentId)).map((u) => [u.departmentId, u.total]),
      );
    // February (15 January – 14 February) cuts off before 20 February: the old unit.
    expect(unitsOf(await report(2))).toEqual({ [old.id]: 2 });
    // March (15 February – 14 March) cuts off after: the successor, for the task and the open occurrence.
    expect(unitsOf(await report(3))).toEqual({ [successor.id]: 2 });
    const stats = async (query: string) =>
      (
        (await t.http.get(`/api/stats/departments?limit=100&${query}`).expect(200)).body as {
          items: Array<{ departmentId: number; total: number }>;
        }
      ).items
        .filter((i) => [old.id, successor.id].includes(i.departmentId) && i.total > 0)
        .map((i) => [i.departmentId, i.total]);
    // Statistics: up to 14 February, the old unit (the task and the February occurrence) …
    expect(await stats('from=2024-01-01&to=2024-02-14')).toEqual([[old.id, 2]]);
    // … and now the successor, except for the occurrence the old unit completed before the merger.
    expect(Object.fromEntries(await stats(''))).toEqual({ [old.id]: 1, [successor.id]: 5 });
  });
});
