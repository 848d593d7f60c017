import { NotFoundException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';
import { Actor } from '../../src/common/auth/actor';
import { ListNotificationsQuery, ListTaskRemindersQuery } from '../../src/notifications/dto/list-notifications.dto';
import { Notification } from '../../src/notifications/notification.entity';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { deleteKeys } from '../helpers/queue-keys';
import { createDepartment, createTask, remindersOf } from '../helpers/reminder-fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { waitFor } from '../helpers/wait-for';

jest.setTimeout(60_000);

describe('Notification record and delivery', () => {
  let sink: SmtpSink;
  let t: TestApp | undefined;
  let other: TestApp | undefined;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await other?.close();
    await t?.close();
    t = other = undefined;
  });
  afterAll(async () => {
    await sink.close();
  });

  describe('GET /api/notifications and GET /api/tasks/:id/reminders', () => {
    it('filters by task, department, kind and status, and pages', async () => {
      t = await createTestApp({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '7d,1d' } });
      const a = await createDepartment(t);
      const b = await createDepartment(t);
      const first = await createTask(t, {
        leadDepartmentId: a.id,
        supportDepartmentIds: [b.id],
        dueDate: '2099-06-30',
      });
      const second = await createTask(t, { leadDepartmentId: b.id, dueDate: '2099-07-31' });

      const all = await t.http.get('/api/notifications').expect(200);
      // first: 2 offsets × 2 departments + overdue; second: 2 offsets + overdue.
      expect(all.body).toMatchObject({ total: 8, page: 1, limit: 50 });
      // Most recent first.
      expect(all.body.items[0].taskId).toBe(second);

      const byTask = await t.http.get(`/api/notifications?taskId=${first}`).expect(200);
      expect(byTask.body.total).toBe(5);
      const byDepartment = await t.http.get(`/api/notifications?departmentId=${b.id}`).expect(200);
      expect(byDepartment.body.total).toBe(5);
      expect(byDepartment.body.items.every((n: { departmentId: number }) => n.departmentId === b.id)).toBe(true);
      const overdue = await t.http.get(`/api/notifications?kind=overdue&departmentId=${a.id}`).expect(200);
      expect(overdue.body.items.map((n: { taskId: number; kind: string }) => [n.taskId, n.kind])).toEqual([
        [first, 'overdue'],
      ]);
      expect((await t.http.get('/api/notifications?status=sent').expect(200)).body.total).toBe(0);
      expect((await t.http.get('/api/notifications?status=pending&kind=reminder').expect(200)).body.total).toBe(6);

      const paged = await t.http.get('/api/notifications?page=2&limit=3').expect(200);
      expect(paged.body).toMatchObject({ total: 8, page: 2, limit: 3 });
      expect(paged.body.items).toHaveLength(3);
      expect(paged.body.items.map((n: { id: number }) => n.id)).toEqual(
        all.body.items.slice(3, 6).map((n: { id: number }) => n.id),
      );

      // Two notices of the first task whose time has come (sent or not): the record reads them apart from
      // what is still planned, each in the order a clerk reads it.
      const notices = t.dataSource.getRepository(Notification);
      const earliest = await notices.find({ where: { taskId: first }, order: { scheduledAt: 'ASC', id: 'ASC' } });
      await notices.update(earliest[0].id, { scheduledAt: new Date('2024-01-05T01:00:00Z') });
      await notices.update(earliest[1].id, { scheduledAt: new Date('2024-01-06T01:00:00Z') });
      const past = await t.http.get('/api/notifications?scheduled=past').expect(200);
      expect(past.body.items.map((n: { id: number }) => n.id)).toEqual([earliest[1].id, earliest[0].id]);
      const upcoming = await t.http.get('/api/notifications?scheduled=upcoming').expect(200);
      expect(upcoming.body.total).toBe(6);
      const upcomingTimes = upcoming.body.items.map((n: { scheduledAt: string }) => n.scheduledAt);
      expect(upcomingTimes).toEqual([...upcomingTimes].sort());
      expect(upcomingTimes[0]).toBe('2099-06-29T01:00:00.000Z');
      const upcomingOfSecond = await t.http
        .get(`/api/notifications?scheduled=upcoming&taskId=${second}&kind=reminder`)
        .expect(200);
      expect(upcomingOfSecond.body.items.map((n: { scheduledAt: string }) => n.scheduledAt)).toEqual([
        '2099-07-24T01:00:00.000Z',
        '2099-07-30T01:00:00.000Z',
      ]);
      await notices.update(earliest[0].id, { scheduledAt: new Date(earliest[0].scheduledAt) });
      await notices.update(earliest[1].id, { scheduledAt: new Date(earliest[1].scheduledAt) });

      const forTask = await t.http.get(`/api/tasks/${first}/reminders`).expect(200);
      expect(forTask.body.total).toBe(5);
      const times = forTask.body.items.map((n: { scheduledAt: string }) => n.scheduledAt);
      expect(times).toEqual([...times].sort());
      expect(forTask.body.items.map((n: { scheduledAt: string }) => n.scheduledAt)).toEqual([
        '2099-06-23T01:00:00.000Z',
        '2099-06-23T01:00:00.000Z',
        '2099-06-29T01:00:00.000Z',
        '2099-06-29T01:00:00.000Z',
        '2099-06-30T17:00:00.000Z',
      ]);
      expect(Object.keys(forTask.body.items[0]).sort()).toEqual(
        [
          'attempts',
          'departmentId',
          'error',
          'id',
          'kind',
          'recipients',
          'scheduledAt',
          'sentAt',
          'status',
          'subject',
          'taskId',
        ].sort(),
      );
    });

    it('answers 400 naming the bad filter, and 404 for an unknown task', async () => {
      t = await createTestApp();
      for (const [query, field] of [
        ['kind=email', 'kind'],
        ['status=done', 'status'],
        ['taskId=abc', 'taskId'],
        ['departmentId=0', 'departmentId'],
        ['limit=500', 'limit'],
        ['page=0', 'page'],
        ['sort=id', 'sort'],
        ['scheduled=tomorrow', 'scheduled'],
      ]) {
        const res = await t.http.get(`/api/notifications?${query}`).expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      const badStatus = await t.http.get('/api/tasks/1/reminders?status=late').expect(400);
      expect(badStatus.body.errors[0].field).toBe('status');
      const badId = await t.http.get('/api/tasks/abc/reminders').expect(400);
      expect(badId.body.errors[0].field).toBe('id');
      const missing = await t.http.get('/api/tasks/999999/reminders').expect(404);
      expect(missing.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Task 999999 not found' });
    });

    it('shows a department user only what was addressed to its department', async () => {
      t = await createTestApp({ env: { REMINDER_OFFSETS: '1d' } });
      const mine = await createDepartment(t);
      const partner = await createDepartment(t);
      const stranger = await createDepartment(t);
      const led = await createTask(t, {
        leadDepartmentId: mine.id,
        supportDepartmentIds: [partner.id],
        dueDate: '2099-05-31',
      });
      const foreign = await createTask(t, {
        leadDepartmentId: stranger.id,
        supportDepartmentIds: [partner.id],
        dueDate: '2099-05-31',
      });
      const actor: Actor = { userId: 7, role: 'department', departmentId: partner.id };
      const service = t.app.get(NotificationsService);

      const seen = await service.list(plainToInstance(ListNotificationsQuery, {}), actor);
      expect(seen.total).toBe(2);
      expect(seen.items.every((n) => n.departmentId === partner.id)).toBe(true);
      expect(
        (await service.list(plainToInstance(ListNotificationsQuery, { departmentId: String(mine.id) }), actor)).total,
      ).toBe(0);
      const ofLed = await service.listForTask(led, plainToInstance(ListTaskRemindersQuery, {}), actor);
      expect(ofLed.items.map((n) => n.departmentId)).toEqual([partner.id]);
      const outsider: Actor = { userId: 8, role: 'department', departmentId: mine.id };
      await expect(
        service.listForTask(foreign, plainToInstance(ListTaskRemindersQuery, {}), outsider),
      ).rejects.toBeInstanceOf(NotFoundException);
      const office: Actor = { userId: 9, role: 'office', departmentId: null };
      expect((await service.list(plainToInstance(ListNotificationsQuery, {}), office)).total).toBe(6);
    });

    it('documents the endpoints in the OpenAPI document', async () => {
      t = await createTestApp();
      const res = await t.http.get('/api/docs-json').expect(200);
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining(['/api/notifications', '/api/tasks/{id}/reminders', '/api/digests/run']),
      );
    });
  });

  it('keeps user text out of the headers and escapes it in HTML', async () => {
    t = await createTestApp({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '0s' } });
    const lead = await createDepartment(t, {
      name: 'Sở <b>Y tế</b>',
      emails: [
        'syt-injection@example.gov.vn',
        'x@example.gov.vn\r\nBcc: leak@attacker.example',
        'Bcc: leak@attacker.example',
      ],
    });
    const title = 'Phòng chống dịch <script>alert("Tết")</script>\r\nBcc: leak@attacker.example\r\nX-Injected: yes';
    const id = await createTask(t, {
      leadDepartmentId: lead.id,
      title,
      description: '<img src=x onerror=alert(1)>',
      dueAt: new Date(Date.now() + 1_000),
    });

    await waitFor(() => sink.messages.filter((m) => m.to.includes('syt-injection@example.gov.vn')).length === 2, {
      message: 'the reminder and the notice',
    });
    const received = sink.messages.filter((m) => m.to.includes('syt-injection@example.gov.vn'));
    for (const mail of received) {
      expect(mail.to).toEqual(['syt-injection@example.gov.vn']);
      expect(mail.parsed.headers.has('bcc')).toBe(false);
      expect(mail.parsed.headers.has('x-injected')).toBe(false);
      const headerBlock = mail.raw.split(/\r?\n\r?\n/)[0];
      expect(headerBlock).not.toMatch(/^(Bcc|X-Injected):/im);
      const headerNames = headerBlock
        .split(/\r?\n/)
        .filter((line) => !/^\s/.test(line))
        .map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
      expect(headerNames.sort()).toEqual(
        [
          'auto-submitted',
          'content-type',
          'date',
          'from',
          'message-id',
          'mime-version',
          'subject',
          'to',
          'x-auto-response-suppress',
        ].sort(),
      );
      expect(mail.parsed.subject).toContain(
        'Phòng chống dịch <script>alert("Tết")</script> Bcc: leak@attacker.example X-Injected: yes',
      );
      expect(mail.parsed.html).not.toContain('<script>');
      expect(mail.parsed.html).not.toContain('<b>Y tế</b>');
      expect(mail.parsed.html).toContain('&lt;script&gt;alert(&quot;Tết&quot;)&lt;/script&gt;');
      expect(mail.parsed.html).toContain('Sở &lt;b&gt;Y tế&lt;/b&gt;');
    }
    const rows = await remindersOf(t, id);
    expect(rows.every((r) => JSON.stringify(r.recipients) === JSON.stringify(['syt-injection@example.gov.vn']))).toBe(
      true,
    );
  });

  it('writes .eml files to the outbox when SMTP_URL is not set', async () => {
    t = await createTestApp({ env: { SMTP_URL: undefined, REMINDER_OFFSETS: '0s' } });
    const lead = await createDepartment(t, { name: 'Sở Công Thương', emails: ['sct@example.gov.vn'] });
    const id = await createTask(t, {
      leadDepartmentId: lead.id,
      title: 'Bình ổn giá dịp Tết Giáp Thìn',
      dueAt: new Date(Date.now() + 1_000),
    });
    const outbox = t.env.OUTBOX_DIR;
    const file = path.join(outbox, `overdue.t${id}.v1.d${lead.id}.eml`);
    // The reminder and the overdue notice fall due at the same moment and are written one after the other:
    // the outbox is read once both are recorded as sent.
    await waitFor(
      async () => {
        const rows = await remindersOf(t!, id);
        const kinds = new Set(rows.map((r) => r.kind));
        return kinds.has('reminder') && kinds.has('overdue') && rows.every((r) => r.status === 'sent');
      },
      { message: 'the reminder and the overdue notice recorded as sent' },
    );
    expect(fs.existsSync(file)).toBe(true);

    const parsed = await simpleParser(fs.readFileSync(file));
    expect(parsed.subject).toBe('[Quá hạn] Bình ổn giá dịp Tết Giáp Thìn');
    expect(parsed.to).toMatchObject({ value: [{ address: 'sct@example.gov.vn' }] });
    expect(parsed.messageId).toBe(`<overdue.t${id}.v1.d${lead.id}@localhost>`);
    expect(parsed.text).toContain(`http://localhost:3000/tasks/${id}`);
    expect(parsed.html).toContain('Bình ổn giá dịp Tết Giáp Thìn');
    expect(
      fs
        .readdirSync(outbox)
        .filter((name) => name.endsWith('.eml'))
        .sort(),
    ).toEqual([`overdue.t${id}.v1.d${lead.id}.eml`, `reminder.t${id}.v1.0s.d${lead.id}.eml`].sort());
  });

  it('with WORKER=off only schedules; a worker on the same database and queue sends', async () => {
    const prefix = `t${Date.now().toString(36)}w`;
    // The default reconcile interval (a minute): the first messages after the worker starts must not wait for it.
    const reconcile = { RECONCILE_INTERVAL_MS: '60000' };
    t = await createTestApp({
      env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '0s', WORKER: 'off', QUEUE_PREFIX: prefix, ...reconcile },
    });
    const lead = await createDepartment(t);
    const dueAt = new Date(Date.now() + 2_000);
    const id = await createTask(t, { leadDepartmentId: lead.id, dueAt });
    await waitFor(() => Date.now() > dueAt.getTime() + 1_000, { message: 'the deadline to pass' });
    expect(sink.messages.filter((m) => m.to.includes(lead.emails[0]))).toEqual([]);
    expect((await remindersOf(t, id)).map((r) => r.status)).toEqual(['pending', 'pending']);

    other = await createTestApp({
      database: t.database,
      env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '0s', QUEUE_PREFIX: prefix, ...reconcile },
    });
    const started = Date.now();
    const rows = await waitFor(
      async () => {
        const all = await remindersOf(t!, id);
        return all.every((r) => r.status !== 'pending') ? all : undefined;
      },
      { timeout: 30_000, message: 'the worker to send' },
    );
    // Well within the reconcile interval: the worker sends what is due as soon as it runs.
    expect(Date.now() - started).toBeLessThan(30_000);
    const [reminder, notice] = rows;
    expect(notice).toMatchObject({ kind: 'overdue', status: 'sent' });
    // The reminder too, unless the worker came up more than REMINDER_STALE_AFTER_MS after the deadline.
    expect(['sent', 'skipped']).toContain(reminder.status);
    expect(sink.messages.filter((m) => m.to.includes(lead.emails[0]))).toHaveLength(
      rows.filter((r) => r.status === 'sent').length,
    );
    await deleteKeys(t.env.REDIS_URL, prefix);
  });

  it('serves the Bull Board dashboard at /admin/queues', async () => {
    t = await createTestApp();
    await waitFor(async () => (await t!.http.get('/admin/queues')).status === 200, { message: 'the dashboard' });
    const page = await t.http.get('/admin/queues').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const queues = await t.http.get('/admin/queues/api/queues').expect(200);
    expect(JSON.stringify(queues.body)).toContain('notifications');
  });
});
