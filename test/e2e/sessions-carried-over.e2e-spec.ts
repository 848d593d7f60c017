import { Task } from '../../src/tasks/entities/task.entity';
import { loginAs } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment, createSession, createTask, dateFromNow } from '../helpers/task-factory';

interface CarriedOverJson {
  sessionId: number;
  previousSessionId: number | null;
  since: string | null;
  units: Array<{
    departmentId: number;
    name: string;
    tasks: Array<{
      id: number;
      title: string;
      sessionId: number;
      dueDate: string | null;
      status: string;
      statusLabel: string;
      completedOn: string | null;
    }>;
  }>;
}

/** The review of earlier directives at a session: GET /api/sessions/:id/carried-over. */
describe('Tasks carried over to a session', () => {
  let t: TestApp;
  let health: number;
  let finance: number;
  const ids: Record<string, number> = {};
  const sessions: Record<string, number> = {};

  const complete = (id: number, on: string, confirmed = true) =>
    t.dataSource.getRepository(Task).update(id, {
      completedOn: on,
      completedAt: new Date(`${on}T03:00:00Z`),
      completedDayStartAt: new Date(`${on}T00:00:00+07:00`),
      confirmedAt: confirmed ? new Date(`${on}T04:00:00Z`) : null,
      progressPercent: 100,
    });

  beforeAll(async () => {
    t = await createTestApp();
    health = (await createDepartment(t, { name: 'Sở Y tế' })).id;
    finance = (await createDepartment(t, { name: 'Sở Tài chính' })).id;
    sessions.first = (await createSession(t, { heldAt: new Date('2031-01-10T01:00:00Z') })).id;
    sessions.previous = (await createSession(t, { heldAt: new Date('2031-02-10T01:00:00Z') })).id;
    sessions.current = (await createSession(t, { heldAt: new Date('2031-03-10T01:00:00Z') })).id;
    sessions.later = (await createSession(t, { heldAt: new Date('2031-04-10T01:00:00Z') })).id;
    const task = async (name: string, sessionId: number, leadDepartmentId: number, dueDate: string) => {
      ids[name] = (await createTask(t, { sessionId, leadDepartmentId, dueDate, title: `Nhiệm vụ ${name}` })).id;
    };
    await task('openLate', sessions.first, health, dateFromNow(-10));
    await task('openSoon', sessions.previous, health, dateFromNow(40));
    await task('openFirst', sessions.first, health, dateFromNow(20));
    await task('awaiting', sessions.previous, finance, dateFromNow(30));
    await task('doneSince', sessions.first, finance, dateFromNow(30));
    await task('doneBefore', sessions.first, finance, dateFromNow(30));
    await task('cancelled', sessions.previous, finance, dateFromNow(30));
    await task('own', sessions.current, health, dateFromNow(30));
    await task('later', sessions.later, health, dateFromNow(30));
    await complete(ids.doneSince, '2031-02-10');
    await complete(ids.doneBefore, '2031-02-09');
    await complete(ids.awaiting, '2031-02-01', false);
    await t.dataSource
      .getRepository(Task)
      .update(ids.cancelled, { cancelledAt: new Date(), cancelReason: 'Không còn phù hợp' });
  });

  afterAll(async () => {
    await t?.close();
  });

  const idsOf = (body: CarriedOverJson) => body.units.flatMap((u) => u.tasks.map((x) => x.id));

  it('lists the open tasks of earlier sessions and those completed since the previous one, by unit', async () => {
    const body = (await t.http.get(`/api/sessions/${sessions.current}/carried-over`).expect(200))
      .body as CarriedOverJson;
    expect(body).toMatchObject({
      sessionId: sessions.current,
      previousSessionId: sessions.previous,
      since: '2031-02-10',
    });
    const ours = body.units.filter((u) => u.departmentId === health || u.departmentId === finance);
    expect(ours.map((u) => u.name)).toEqual(['Sở Tài chính', 'Sở Y tế']);
    expect(ours[0].tasks.map((x) => x.id)).toEqual([ids.doneSince, ids.awaiting].sort((a, b) => a - b));
    // Overdue first, then by deadline.
    expect(ours[1].tasks.map((x) => x.id)).toEqual([ids.openLate, ids.openFirst, ids.openSoon]);
    expect(ours[1].tasks[0]).toEqual({
      id: ids.openLate,
      title: 'Nhiệm vụ openLate',
      sessionId: sessions.first,
      dueDate: dateFromNow(-10),
      status: 'overdue',
      statusLabel: 'Quá hạn',
      completedOn: null,
    });
    const done = ours[0].tasks.find((x) => x.id === ids.doneSince)!;
    expect(done).toMatchObject({
      status: 'done_late',
      statusLabel: 'Hoàn thành quá hạn',
      completedOn: '2031-02-10',
    });
    const listed = idsOf(body);
    for (const name of ['doneBefore', 'cancelled', 'own', 'later']) expect(listed).not.toContain(ids[name]);
  });

  it('excludes every completed task when no session was held before', async () => {
    const body = (await t.http.get(`/api/sessions/${sessions.previous}/carried-over`).expect(200))
      .body as CarriedOverJson;
    expect(body).toMatchObject({ previousSessionId: sessions.first, since: '2031-01-10' });
    const first = (await t.http.get(`/api/sessions/${sessions.first}/carried-over`).expect(200))
      .body as CarriedOverJson;
    expect(first.previousSessionId).toBeNull();
    expect(first.since).toBeNull();
    expect(idsOf(first)).not.toContain(ids.openLate);
  });

  it('shows a department its own unit’s group only', async () => {
    const officer = await loginAs(t, 'department', { departmentId: finance });
    const res = await t.anonymous.get(`/api/sessions/${sessions.current}/carried-over`).set(officer.header).expect(200);
    const body = res.body as CarriedOverJson;
    expect(body.units.map((u) => u.departmentId)).toEqual([finance]);
    expect(idsOf(body).sort((a, b) => a - b)).toEqual([ids.doneSince, ids.awaiting].sort((a, b) => a - b));
  });

  it('answers 404 for an unknown session and 400 for a malformed id', async () => {
    await t.http.get('/api/sessions/999999/carried-over').expect(404);
    const bad = await t.http.get('/api/sessions/abc/carried-over').expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/id/);
  });
});
