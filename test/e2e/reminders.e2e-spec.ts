import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { NOTIFICATION_QUEUE } from '../../src/queue/queue.constants';
import { Notification } from '../../src/notifications/notification.entity';
import { Reconciler } from '../../src/notifications/reconciler.service';
import { Task } from '../../src/tasks/entities/task.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import {
  cancelTask,
  completeTask,
  createDepartment,
  createTask,
  extendDeadline,
  moveDeadline,
  remindersOf,
} from '../helpers/reminder-fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { waitFor } from '../helpers/wait-for';
import { defaultDocumentId } from '../helpers/document-factory';

jest.setTimeout(60_000);

describe('Reminders and overdue notices', () => {
  let sink: SmtpSink;
  let t: TestApp | undefined;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  afterAll(async () => {
    await sink.close();
  });

  const mailTo = (address: string) => sink.messages.filter((m) => m.to.includes(address));

  it('sends each reminder and the overdue notice at its time, to the lead and, marked, to cooperating departments', async () => {
    t = await createTestApp({
      env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '2s,0s', MAIL_FROM: 'Văn phòng UBND tỉnh <vp@ubnd.example.gov.vn>' },
    });
    const lead = await createDepartment(t, { name: 'Sở Kế hoạch và Đầu tư' });
    const cooperating = await createDepartment(t, { name: 'Sở Tài chính' });
    const dueAt = new Date(Date.now() + 4_000);
    const id = await createTask(t, {
      title: 'Giải ngân 100% kế hoạch vốn đầu tư công năm 2024',
      leadDepartmentId: lead.id,
      supportDepartmentIds: [cooperating.id],
      dueAt,
    });

    const planned = await t.http.get(`/api/tasks/${id}/reminders`).expect(200);
    expect(planned.body).toMatchObject({ total: 5, page: 1, limit: 50 });
    expect(
      planned.body.items.map((n: { kind: string; departmentId: number; scheduledAt: string }) => [
        n.kind,
        n.departmentId,
        n.scheduledAt,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['reminder', lead.id, new Date(dueAt.getTime() - 2_000).toISOString()],
        ['reminder', cooperating.id, new Date(dueAt.getTime() - 2_000).toISOString()],
        ['reminder', lead.id, dueAt.toISOString()],
        ['reminder', cooperating.id, dueAt.toISOString()],
        ['overdue', lead.id, new Date(dueAt.getTime() + 1).toISOString()],
      ]),
    );
    expect(planned.body.items[0]).toEqual({
      id: expect.any(Number),
      kind: 'reminder',
      taskId: id,
      departmentId: expect.any(Number),
      recipients: [expect.stringMatching(/@example\.gov\.vn$/)],
      subject: expect.stringContaining('[Nhắc việc'),
      status: 'pending',
      scheduledAt: new Date(dueAt.getTime() - 2_000).toISOString(),
      sentAt: null,
      attempts: 0,
      error: null,
    });

    const leadAddress = lead.emails[0];
    const cooperatingAddress = cooperating.emails[0];
    await waitFor(() => mailTo(leadAddress).length === 3 && mailTo(cooperatingAddress).length === 2, {
      message: 'five messages',
    });
    const rows = await waitFor(
      async () => {
        const all = await remindersOf(t!, id);
        return all.every((r) => r.status === 'sent') ? all : undefined;
      },
      { message: 'five rows recorded as sent' },
    );
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const [mail] = sink.withMessageId(row.messageId as string).filter((m) => m.to.includes(row.recipients[0]));
      expect(mail).toBeDefined();
      // Never before its planned time.
      expect(mail.receivedAt.getTime()).toBeGreaterThanOrEqual(row.scheduledAt.getTime());
      expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(row.scheduledAt.getTime());
      expect(row.attempts).toBe(1);
    }

    const overdue = mailTo(leadAddress).find((m) => m.parsed.subject?.startsWith('[Quá hạn]'));
    expect(overdue?.parsed.messageId).toBe(`<overdue.t${id}.v1.d${lead.id}@ubnd.example.gov.vn>`);
    expect(overdue?.parsed.subject).toBe('[Quá hạn] Giải ngân 100% kế hoạch vốn đầu tư công năm 2024');

    const early = mailTo(cooperatingAddress).find(
      (m) => m.parsed.messageId === `<reminder.t${id}.v1.2s.d${cooperating.id}@ubnd.example.gov.vn>`,
    );
    expect(early?.parsed.subject).toMatch(
      /^\[Nhắc việc – đơn vị phối hợp\] Còn \d giây: Giải ngân 100% kế hoạch vốn đầu tư công năm 2024$/,
    );
    expect(early?.parsed.text).toContain('nhắc Quý cơ quan thực hiện nhiệm vụ (đơn vị phối hợp)');
    expect(early?.parsed.text).toContain('Thời hạn hoàn thành: ');
    expect(early?.parsed.text).toContain(`Đơn vị chủ trì: Sở Kế hoạch và Đầu tư`);
    expect(early?.parsed.text).toContain(`http://localhost:3000/tasks/${id}`);
    expect(early?.parsed.text).toMatch(/^English: Reminder: the task ".*" is due .*cooperating department\.$/m);
    expect(early?.parsed.html).toContain(`<a href="http://localhost:3000/tasks/${id}">`);
    expect(early?.raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(early?.parsed.from?.value).toEqual([{ name: 'Văn phòng UBND tỉnh', address: 'vp@ubnd.example.gov.vn' }]);
  });

  it('does not plan reminders whose time has already passed when the task is created', async () => {
    t = await createTestApp({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '7d,1h,1s' } });
    const lead = await createDepartment(t);
    const id = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 30 * 60_000) });
    const rows = await remindersOf(t, id);
    expect(rows.map((r) => [r.kind, r.reminderOffset])).toEqual([
      ['reminder', '1s'],
      ['overdue', null],
    ]);
  });

  it('sends nothing for a task completed before its deadline', async () => {
    t = await createTestApp({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '1s,0s' } });
    const lead = await createDepartment(t);
    const done = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 2_000) });
    const control = await createDepartment(t);
    await createTask(t, { leadDepartmentId: control.id, dueAt: new Date(Date.now() + 2_000) });
    await completeTask(t, done);

    expect((await remindersOf(t, done)).map((r) => [r.status, r.error])).toEqual([
      ['cancelled', 'cancelled: task completed'],
      ['cancelled', 'cancelled: task completed'],
      ['cancelled', 'cancelled: task completed'],
    ]);
    // The other task's three messages prove the deadline has passed and the queue ran.
    await waitFor(() => mailTo(control.emails[0]).length === 3, { message: 'the control task’s messages' });
    expect(mailTo(lead.emails[0])).toEqual([]);
  });

  it('cancels the reminders of a cancelled task', async () => {
    t = await createTestApp({ env: { SMTP_URL: sink.url } });
    const lead = await createDepartment(t);
    const id = await createTask(t, { leadDepartmentId: lead.id, dueDate: '2099-12-31' });
    await cancelTask(t, id);
    const rows = await remindersOf(t, id);
    expect(rows.length).toBe(5);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['cancelled']));
  });

  it('re-plans on a new deadline and sends nothing from the old plan', async () => {
    t = await createTestApp({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '1s,0s' } });
    const lead = await createDepartment(t);
    const id = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 2_000) });
    const newDeadline = new Date(Date.now() + 3_500);
    await moveDeadline(t, id, { dueAt: newDeadline });

    const rows = await remindersOf(t, id);
    expect(rows.filter((r) => r.deadlineVersion === 1).map((r) => [r.status, r.error])).toEqual([
      ['cancelled', 'cancelled: deadline changed'],
      ['cancelled', 'cancelled: deadline changed'],
      ['cancelled', 'cancelled: deadline changed'],
    ]);
    expect(rows.filter((r) => r.deadlineVersion === 2).map((r) => r.scheduledAt.getTime())).toEqual([
      newDeadline.getTime() - 1_000,
      newDeadline.getTime(),
      newDeadline.getTime() + 1,
    ]);

    await waitFor(() => mailTo(lead.emails[0]).length === 3, { message: 'the new plan’s messages' });
    expect(
      mailTo(lead.emails[0])
        .map((m) => m.parsed.messageId)
        .sort(),
    ).toEqual(
      [
        `<overdue.t${id}.v2.d${lead.id}@localhost>`,
        `<reminder.t${id}.v2.0s.d${lead.id}@localhost>`,
        `<reminder.t${id}.v2.1s.d${lead.id}@localhost>`,
      ].sort(),
    );
    expect(
      (await remindersOf(t, id)).filter((r) => r.deadlineVersion === 1).every((r) => r.status === 'cancelled'),
    ).toBe(true);
  });

  it('re-plans when an extension is approved', async () => {
    t = await createTestApp({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '3d,1d' } });
    const lead = await createDepartment(t);
    const cooperating = await createDepartment(t);
    const id = await createTask(t, {
      leadDepartmentId: lead.id,
      supportDepartmentIds: [cooperating.id],
      dueDate: '2099-03-10',
    });
    await extendDeadline(t, id, { dueDate: '2099-03-31' });

    const res = await t.http.get(`/api/tasks/${id}/reminders?status=pending`).expect(200);
    expect(
      res.body.items.map((n: { kind: string; departmentId: number; scheduledAt: string }) => [
        n.kind,
        n.departmentId,
        n.scheduledAt,
      ]),
    ).toEqual([
      // 3 days before 31/03 is Saturday 28/03: the reminder goes on Friday 27/03.
      ['reminder', lead.id, '2099-03-27T01:00:00.000Z'],
      ['reminder', cooperating.id, '2099-03-27T01:00:00.000Z'],
      ['reminder', lead.id, '2099-03-30T01:00:00.000Z'],
      ['reminder', cooperating.id, '2099-03-30T01:00:00.000Z'],
      ['overdue', lead.id, '2099-03-31T17:00:00.000Z'],
    ]);
    const rows = await remindersOf(t, id);
    expect(rows.filter((r) => r.deadlineVersion === 1).map((r) => r.status)).toEqual(Array(5).fill('cancelled'));
    expect(rows.filter((r) => r.deadlineVersion === 2).map((r) => r.deliveryKey)).toContain(
      `overdue.t${id}.v2.d${lead.id}`,
    );
    const cancelled = await t.http.get(`/api/tasks/${id}/reminders?status=cancelled`).expect(200);
    expect(cancelled.body.items.map((n: { error: string }) => n.error)).toEqual(
      Array(5).fill('cancelled: deadline changed'),
    );
  });

  it('plans tasks written without the tasks API (seed, bulk import) at the next reconciliation', async () => {
    t = await createTestApp({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '1s', RECONCILE_INTERVAL_MS: '300' } });
    const lead = await createDepartment(t);
    const dueAt = new Date(Date.now() + 2_500);
    const { id } = await t.dataSource.getRepository(Task).save({
      title: 'Nhập từ văn bản khác',
      documentId: await defaultDocumentId(t),
      leadDepartmentId: lead.id,
      dueAt,
      dueDate: null,
    });
    const rows = await waitFor(
      async () => {
        const planned = await remindersOf(t!, id);
        return planned.length === 2 ? planned : undefined;
      },
      { message: 'the reconciler to plan the task' },
    );
    expect(rows.map((r) => [r.kind, r.scheduledAt.getTime()])).toEqual([
      ['reminder', dueAt.getTime() - 1_000],
      ['overdue', dueAt.getTime() + 1],
    ]);
    await waitFor(async () => (await remindersOf(t!, id)).every((r) => r.status === 'sent'), {
      message: 'both to be sent',
    });
    expect(mailTo(lead.emails[0])).toHaveLength(2);
  });

  it('re-creates the job of every pending notification due within the horizon, in batches, including rows due at the same instant', async () => {
    // A one-hour interval: the horizon is two hours ahead.
    t = await createTestApp({ env: { SMTP_URL: sink.url, RECONCILE_INTERVAL_MS: '3600000' } });
    const reconciler = t.app.get(Reconciler);
    await waitFor(async () => (await reconciler.run()) !== null, { message: 'the start-up reconciliation' });
    const lead = await createDepartment(t);
    const inOneHour = Date.now() + 3_600_000;
    const at = (i: number) => new Date(inOneHour + Math.floor(i / 3) * 1_000);
    const row = (key: string, scheduledAt: Date) => ({
      kind: 'reminder' as const,
      deliveryKey: key,
      departmentId: lead.id,
      role: 'lead' as const,
      recipients: lead.emails,
      subject: `Nhắc hạn ${key}`,
      scheduledAt,
    });
    const rows = Array.from({ length: 4_500 }, (_, i) => row(`reminder.bulk${i}`, at(i)));
    // Due in three hours and in 2099: beyond the horizon, they stay in the database only.
    rows.push(row('reminder.beyond1', new Date(Date.now() + 3 * 3_600_000)));
    rows.push(row('reminder.beyond2', new Date(Date.UTC(2099, 0, 1, 1))));
    for (let i = 0; i < rows.length; i += 500)
      await t.dataSource.getRepository(Notification).insert(rows.slice(i, i + 500));

    // Rows written behind the app's back: the next run finds their jobs missing.
    const report = await reconciler.run();
    expect(report).toEqual({
      plannedTasks: 0,
      horizon: expect.any(Date),
      pending: 4_500,
      requeued: 4_500,
      removedBeyondHorizon: 0,
    });
    const queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
    expect(await queue.getDelayedCount()).toBe(4_500 + 1); // and the digest's repeatable job
    for (const i of [0, 1, 2, 1_999, 2_000, 2_001, 4_499]) {
      const job = await queue.getJob(`reminder.bulk${i}`);
      expect(job?.data).toEqual({ notificationId: expect.any(Number) });
    }
    expect(await queue.getJob('reminder.beyond1')).toBeNull();
    expect(await queue.getJob('reminder.beyond2')).toBeNull();
    expect(await reconciler.run()).toMatchObject({ plannedTasks: 0, pending: 4_500, requeued: 0 });
  });
});
