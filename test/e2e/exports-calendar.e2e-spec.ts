import ICAL from 'ical.js';
import { Department } from '../../src/departments/department.entity';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { fileNameOf } from '../helpers/export-files';
import { createDepartment, createTask, dateFromNow, daysFromNow, TaskJson } from '../helpers/task-factory';

/** The deadline calendar of a department: a secret feed address, rotation, and the feed read back with ical.js. */
describe('Deadline calendar feed', () => {
  let t: TestApp;
  let health: Department;
  let finance: Department;
  let healthUser: TestUser;
  let financeUser: TestUser;
  let office: TestUser;
  let leader: TestUser;
  let led: TaskJson;
  let cooperated: TaskJson;
  let exact: TaskJson;
  let overdue: TaskJson;
  let done: TaskJson;
  let foreign: TaskJson;

  const pathOf = (url: string) => new URL(url).pathname;
  const eventsOf = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return {
      calendar,
      events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)),
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    health = await createDepartment(t, { code: 'SYT', name: 'Sở Y tế' });
    finance = await createDepartment(t, { code: 'STC', name: 'Sở Tài chính' });
    healthUser = await loginAs(t, 'department', { departmentId: health.id });
    financeUser = await loginAs(t, 'department', { departmentId: finance.id });
    office = await loginAs(t, 'office');
    leader = await loginAs(t, 'leader');
    led = await createTask(t, {
      leadDepartmentId: health.id,
      supportDepartmentIds: [finance.id],
      title: 'Triển khai tiêm chủng mở rộng đợt Tết Giáp Thìn',
      dueDate: dateFromNow(10),
    });
    cooperated = await createTask(t, {
      leadDepartmentId: finance.id,
      supportDepartmentIds: [health.id],
      title: 'Bố trí kinh phí mua vắc xin',
      dueDate: dateFromNow(2),
    });
    // 23:30 in Hà Nội on day 20 is 16:30 UTC: the event falls on the local day, not the UTC one.
    const day20 = dateFromNow(20);
    exact = await createTask(t, {
      leadDepartmentId: health.id,
      title: 'Báo cáo nhanh tình hình dịch bệnh',
      dueAt: `${day20}T23:30:00+07:00`,
    });
    overdue = await createTask(t, { leadDepartmentId: health.id, dueAt: daysFromNow(-0.5) });
    done = await createTask(t, { leadDepartmentId: health.id, dueDate: dateFromNow(5) });
    await t.http.post(`/api/tasks/${done.id}/progress`).send({ note: 'Xong', completed: true }).expect(201);
    await createTask(t, { leadDepartmentId: health.id, dueDate: null, title: 'Thường xuyên theo dõi' });
    foreign = await createTask(t, { leadDepartmentId: finance.id, dueDate: dateFromNow(3) });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives the address to the office and the department’s own users only', async () => {
    const own = await t.anonymous.get(`/api/departments/${health.id}/calendar`).set(healthUser.header).expect(200);
    const byOffice = await t.anonymous.get(`/api/departments/${health.id}/calendar`).set(office.header).expect(200);
    expect(own.body.url).toBe(byOffice.body.url);
    expect(own.body.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar-feeds\/[\w-]{32}\/deadlines\.ics$/);
    await t.anonymous.get(`/api/departments/${health.id}/calendar`).set(financeUser.header).expect(403);
    await t.anonymous.get(`/api/departments/${health.id}/calendar`).set(leader.header).expect(403);
    await t.anonymous.get(`/api/departments/${health.id}/calendar`).expect(401);
    await t.http.get('/api/departments/999999/calendar').expect(404);
    const other = await t.anonymous.get(`/api/departments/${finance.id}/calendar`).set(financeUser.header).expect(200);
    expect(other.body.url).not.toBe(own.body.url);
  });

  it('serves the open deadlines as all-day events on the local day, with the task link, without a sign-in', async () => {
    const { body } = await t.http.get(`/api/departments/${health.id}/calendar`).expect(200);
    const res = await t.anonymous.get(pathOf(body.url)).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(fileNameOf(res)).toBe('han-nhiem-vu-syt.ics');
    const { calendar, events } = eventsOf(res.text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Hạn nhiệm vụ – Sở Y tế');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual(
      [led, cooperated, exact, overdue].map((task) => `task-${task.id}@localhost`).sort(),
    );
    for (const [task, day] of [
      [led, led.dueDate],
      [cooperated, cooperated.dueDate],
      [exact, dateFromNow(20)],
    ] as const) {
      const event = byUid.get(`task-${task.id}@localhost`)!;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(day);
      expect(event.endDate.toString()).toBe(
        new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      );
      expect(event.component.getFirstPropertyValue('url')).toBe(`http://localhost:3000/tasks/${task.id}`);
      expect(event.description).toContain(`http://localhost:3000/tasks/${task.id}`);
    }
    expect(byUid.get(`task-${led.id}@localhost`)!.summary).toBe(
      '[Chủ trì] Triển khai tiêm chủng mở rộng đợt Tết Giáp Thìn',
    );
    expect(byUid.get(`task-${cooperated.id}@localhost`)!.summary).toBe('[Phối hợp] Bố trí kinh phí mua vắc xin');
    expect(byUid.get(`task-${led.id}@localhost`)!.description).toContain('Đơn vị phối hợp: Sở Tài chính');
    expect(byUid.get(`task-${exact.id}@localhost`)!.description).toContain(`Thời hạn: 23:30 ngày `);
    expect(byUid.get(`task-${overdue.id}@localhost`)!.component.getFirstPropertyValue('categories')).toBe('Quá hạn');
    expect(byUid.has(`task-${foreign.id}@localhost`)).toBe(false);
  });

  it('moves an event when the deadline changes, under the same UID with a higher sequence', async () => {
    const { body } = await t.http.get(`/api/departments/${health.id}/calendar`).expect(200);
    const before = eventsOf((await t.anonymous.get(pathOf(body.url)).expect(200)).text).events;
    const task = (await t.http.get(`/api/tasks/${led.id}`).expect(200)).body;
    await t.http
      .patch(`/api/tasks/${led.id}`)
      .send({ version: task.version, dueDate: dateFromNow(12) })
      .expect(200);
    const after = eventsOf((await t.anonymous.get(pathOf(body.url)).expect(200)).text).events;
    const uid = `task-${led.id}@localhost`;
    const was = before.find((e) => e.uid === uid)!;
    const now = after.find((e) => e.uid === uid)!;
    expect(now.startDate.toString()).toBe(dateFromNow(12));
    expect(now.sequence).toBe(was.sequence + 1);
  });

  it('rotates: the office gets a new address, the old one answers 404', async () => {
    const { body: old } = await t.http.get(`/api/departments/${health.id}/calendar`).expect(200);
    await t.anonymous.post(`/api/departments/${health.id}/calendar/rotate`).set(healthUser.header).expect(403);
    const rotated = await t.anonymous
      .post(`/api/departments/${health.id}/calendar/rotate`)
      .set(office.header)
      .expect(200);
    expect(rotated.body.url).not.toBe(old.url);
    await t.anonymous.get(pathOf(old.url)).expect(404);
    await t.anonymous.get(pathOf(rotated.body.url)).expect(200);
    const seen = await t.anonymous.get(`/api/departments/${health.id}/calendar`).set(healthUser.header).expect(200);
    expect(seen.body.url).toBe(rotated.body.url);
    await t.anonymous.get('/api/calendar-feeds/not-a-real-token/deadlines.ics').expect(404);
    // The trail records the rotation, never the secret.
    const audit = await t.http.get(`/api/audit?entity=calendar_feed&entityId=${health.id}`).expect(200);
    expect(JSON.stringify(audit.body)).not.toContain(new URL(rotated.body.url).pathname.split('/')[3]);
    expect(audit.body.items.some((e: { action: string }) => e.action === 'update')).toBe(true);
  });
});
