import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { Department } from '../../src/departments/department.entity';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { daysFromNow } from '../helpers/dates';
import { defaultDocumentId } from '../factories/document.factory';

describe('Audit trail', () => {
  let t: TestApp;
  let office: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    office = await loginAs(t, 'office');
  });
  afterAll(async () => {
    await t?.close();
  });

  const audit = (query: string, as = t.user!) => t.anonymous.get(`/api/audit?${query}`).set(as.header);

  it('records who created an account, with its values but never the password hash', async () => {
    const created = await t.http
      .post('/api/users')
      .send({ email: 'ghi.nhan@test.local', fullName: 'Lê Ghi Nhận', role: 'leader', password: 'Mat-khau-rat-dai-1' })
      .expect(201);
    const res = await audit(`entity=user&entityId=${created.body.id}`).expect(200);
    expect(res.body).toMatchObject({ total: 1, page: 1, limit: 50 });
    const [entry] = res.body.items;
    expect(entry).toEqual({
      id: expect.any(Number),
      occurredAt: expect.any(String),
      actorId: t.user!.id,
      actorName: 'Người dùng admin',
      actorRole: 'admin',
      entity: 'user',
      entityId: String(created.body.id),
      action: 'create',
      taskId: null,
      before: null,
      after: expect.objectContaining({
        email: 'ghi.nhan@test.local',
        fullName: 'Lê Ghi Nhận',
        role: 'leader',
        active: true,
      }),
    });
    expect(entry.after.passwordHash).toBe('[redacted]');
    expect(JSON.stringify(res.body)).not.toMatch(/argon2/);
  });

  it('records only the fields an update changed, before and after; a password change shows as redacted', async () => {
    const user = await loginAs(t, 'leader');
    await t.http
      .patch(`/api/users/${user.id}`)
      .send({ fullName: 'Phó Chủ tịch Hoàng Văn A', active: false })
      .expect(200);
    await t.http.patch(`/api/users/${user.id}`).send({ password: 'Mot-mat-khau-moi-2024' }).expect(200);
    const res = await audit(`entity=user&entityId=${user.id}&limit=10`).expect(200);
    const [password, profile] = res.body.items;
    expect(profile.action).toBe('update');
    expect(profile.before).toEqual({ fullName: 'Người dùng leader', active: true });
    expect(profile.after).toEqual({ fullName: 'Phó Chủ tịch Hoàng Văn A', active: false });
    expect(password.before).toEqual({ passwordHash: '[redacted]' });
    expect(password.after).toEqual({ passwordHash: '[redacted]' });
  });

  it('gives a task its whole history: the task, its progress, extensions and deadline changes, each with its author', async () => {
    const lead = await createDepartment(t);
    const support = await createDepartment(t);
    const department = await loginAs(t, 'department', { departmentId: lead.id });
    const leader = await loginAs(t, 'leader');
    const created = await t.anonymous
      .post('/api/tasks')
      .set(office.header)
      .send({
        title: 'Tặng quà Tết cho hộ nghèo',
        documentId: await defaultDocumentId(t),
        leadDepartmentId: lead.id,
        supportDepartmentIds: [support.id],
        dueAt: daysFromNow(5),
      })
      .expect(201);
    const id = created.body.id as number;
    await t.anonymous
      .post(`/api/tasks/${id}/progress`)
      .set(department.header)
      .send({ percent: 40, note: 'Đã rà soát danh sách' })
      .expect(201);
    const extension = await t.anonymous
      .post(`/api/tasks/${id}/extensions`)
      .set(department.header)
      .send({ dueAt: daysFromNow(12), reason: 'Chờ kinh phí' })
      .expect(201);
    await t.anonymous
      .post(`/api/tasks/${id}/extensions/${extension.body.id}/approve`)
      .set(leader.header)
      .send({})
      .expect(200);
    await t.anonymous
      .patch(`/api/tasks/${id}`)
      .set(office.header)
      .send({ version: 3, title: 'Tặng quà Tết Giáp Thìn cho hộ nghèo', supportDepartmentIds: [] })
      .expect(200);

    const res = await audit(`entity=task&entityId=${id}&limit=200`).expect(200);
    const entries = [...res.body.items].reverse() as Array<Record<string, any>>;
    expect(entries.map((e) => [e.entity, e.action, e.actorId])).toEqual([
      ['task', 'create', office.id],
      ['task_progress', 'create', department.id],
      ['task', 'update', department.id],
      ['task_extension', 'create', department.id],
      ['task_extension', 'update', leader.id],
      ['task_deadline_change', 'create', leader.id],
      ['task', 'update', leader.id],
      ['task', 'update', office.id],
    ]);
    expect(entries.every((e) => e.taskId === id)).toBe(true);
    expect(entries[0].after).toMatchObject({
      title: 'Tặng quà Tết cho hộ nghèo',
      leadDepartmentId: lead.id,
      supportDepartmentIds: [support.id],
    });
    expect(entries[0].after).not.toHaveProperty('searchText');
    expect(entries[2]).toMatchObject({ before: { progressPercent: 0 }, after: { progressPercent: 40 } });
    expect(entries[4]).toMatchObject({ before: { status: 'pending' }, after: { status: 'approved' } });
    expect(entries[6].before.dueAt).toBe(created.body.dueAt);
    expect(entries[6].after.dueAt).toBe(extension.body.requestedDueAt ?? entries[5].after.newDueAt);
    expect(entries[7]).toMatchObject({
      before: { title: 'Tặng quà Tết cho hộ nghèo', supportDepartmentIds: [support.id] },
      after: { title: 'Tặng quà Tết Giáp Thìn cho hộ nghèo', supportDepartmentIds: [] },
    });
  });

  it('records sessions, attendees and reports, a deletion with the values it removed', async () => {
    const session = await t.anonymous
      .post('/api/sessions')
      .set(office.header)
      .send({ title: 'Phiên họp chuyên đề', kind: 'thematic', heldAt: '2024-02-20T14:00:00+07:00' })
      .expect(201);
    await t.anonymous
      .patch(`/api/sessions/${session.body.id}`)
      .set(office.header)
      .send({ location: 'Hội trường tầng 3' })
      .expect(200);
    const attendee = await t.anonymous
      .post(`/api/sessions/${session.body.id}/attendees`)
      .set(office.header)
      .send({ fullName: 'Nông Thị Mai', role: 'invited' })
      .expect(201);
    await t.anonymous
      .delete(`/api/sessions/${session.body.id}/attendees/${attendee.body.id}`)
      .set(office.header)
      .expect(204);

    const sessionTrail = await audit(`entity=session&entityId=${session.body.id}`).expect(200);
    expect(sessionTrail.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(sessionTrail.body.items[0]).toMatchObject({
      actorId: office.id,
      actorName: 'Người dùng office',
      before: { location: null },
      after: { location: 'Hội trường tầng 3' },
    });
    const attendeeTrail = await audit(`entity=attendee&entityId=${attendee.body.id}`).expect(200);
    expect(attendeeTrail.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
    expect(attendeeTrail.body.items[0]).toMatchObject({
      actorId: office.id,
      before: expect.objectContaining({ fullName: 'Nông Thị Mai', sessionId: session.body.id }),
      after: null,
    });
  });

  it('writes nothing when the change is rolled back', async () => {
    const before = await t.dataSource.getRepository(AuditEntry).count();
    await expect(
      t.app.get(TransactionRunner).run(async (manager) => {
        await manager.save(
          manager.create(Department, { code: 'ROLLBACK', name: 'Không lưu', kind: 'other', emails: [], active: true }),
        );
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(await t.dataSource.getRepository(AuditEntry).count()).toBe(before);
    expect(await t.dataSource.getRepository(Department).countBy({ code: 'ROLLBACK' })).toBe(0);
  });

  it('attributes writes outside a request to the system', async () => {
    const department = await createDepartment(t);
    const res = await audit(`entity=department&entityId=${department.id}`).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ action: 'create', actorId: null, actorName: null, actorRole: null }),
    ]);
  });

  it('filters by actor and time, pages newest first', async () => {
    const actor = await loginAs(t, 'admin');
    for (const name of ['Một', 'Hai', 'Ba']) {
      await t.anonymous
        .post('/api/users')
        .set(actor.header)
        .send({
          email: `loc.${name.length}.${Date.now()}@test.local`,
          fullName: name,
          role: 'office',
          password: 'Mat-khau-rat-dai-1',
        })
        .expect(201);
    }
    const page = await audit(`actorId=${actor.id}&limit=2`).expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(page.body.items.map((e: { after: { fullName: string } }) => e.after.fullName)).toEqual(['Ba', 'Hai']);
    const second = await audit(`actorId=${actor.id}&limit=2&page=2`).expect(200);
    expect(second.body.items.map((e: { after: { fullName: string } }) => e.after.fullName)).toEqual(['Một']);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await audit(`actorId=${actor.id}&from=${encodeURIComponent(future)}`).expect(200)).body.total).toBe(0);
    expect((await audit(`actorId=${actor.id}&to=2000-01-01`).expect(200)).body.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (
        await audit(
          `actorId=${actor.id}&from=2000-01-01&to=${new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10)}`,
        ).expect(200)
      ).body.total,
    ).toBe(3);
    expect(today).toMatch(/^\d{4}-/);
  });

  it('rejects bad filters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['entityId=5', 'entityId'],
      ['from=yesterday', 'from'],
      ['to=2024-02-30', 'to'],
      ['actorId=abc', 'actorId'],
      ['entity=DROP%20TABLE', 'entity'],
      ['limit=500', 'limit'],
      ['unknown=1', 'unknown'],
    ]) {
      const res = await audit(query).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('is open to admin and office only', async () => {
    await audit('', office).expect(200);
    await audit('', await loginAs(t, 'leader')).expect(403);
    await audit('', await loginAs(t, 'department')).expect(403);
    await t.anonymous.get('/api/audit').expect(401);
  });
});
