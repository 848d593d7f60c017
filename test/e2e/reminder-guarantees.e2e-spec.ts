import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { BatchedWrites } from '../../src/notifications/batched-writes';
import { NotificationSender } from '../../src/notifications/notification-sender.service';
import { NotificationScheduler } from '../../src/notifications/notification-scheduler.service';
import { NotificationReason } from '../../src/notifications/notification-reasons';
import { Notification } from '../../src/notifications/notification.entity';
import { ReminderPlanner } from '../../src/reminders/reminder-planner.service';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { NOTIFICATION_QUEUE } from '../../src/queue/queue.constants';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { deleteKeys } from '../helpers/queue-keys';
import { startRedisServer, RedisProcess } from '../helpers/redis-server';
import { createDepartment, createTask, remindersOf, waitForDelivery } from '../helpers/reminder-fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { waitFor } from '../helpers/wait-for';
import { startWorkerProcess, WorkerProcess } from '../helpers/worker-process';
import { testRedisUrl } from '../helpers/test-services';

jest.setTimeout(120_000);

describe('Delivery guarantees', () => {
  let sink: SmtpSink;
  let redis: RedisProcess | undefined;
  let worker: WorkerProcess | undefined;
  const apps: TestApp[] = [];
  const prefixes: Array<[string, string]> = [];

  const prefix = (redisUrl = testRedisUrl()) => {
    const value = `t${randomBytes(5).toString('hex')}`;
    prefixes.push([redisUrl, value]);
    return value;
  };
  const start = async (options: Parameters<typeof createTestApp>[0]) => {
    const t = await createTestApp(options);
    apps.push(t);
    return t;
  };
  const mailTo = (address: string) => sink.messages.filter((m) => m.to.includes(address));
  const allSent = (t: TestApp, taskId: number) =>
    waitFor(
      async () => {
        const rows = await remindersOf(t, taskId);
        return rows.length > 0 && rows.every((r) => r.status === 'sent') ? rows : undefined;
      },
      { timeout: 30_000, message: `every notification of task ${taskId} to be sent` },
    );

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await worker?.stop('SIGKILL');
    worker = undefined;
    for (const app of apps.splice(0).reverse()) await app.close();
    for (const [url, value] of prefixes.splice(0)) await deleteKeys(url, value).catch(() => undefined);
    await redis?.stop();
    redis = undefined;
  });
  afterAll(async () => {
    await sink.close();
  });

  it('guarantee 1: a Redis flush or outage loses nothing; what fell due meanwhile is sent once Redis is back', async () => {
    redis = await startRedisServer();
    const t = await start({
      env: { REDIS_URL: redis.url, SMTP_URL: sink.url, REMINDER_OFFSETS: '1s', RECONCILE_INTERVAL_MS: '300' },
    });
    const queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
    const lead = await createDepartment(t);

    // A flush: the reconciler puts the jobs back from the database.
    const flushed = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 2_500) });
    const keys = (await remindersOf(t, flushed)).map((r) => r.deliveryKey);
    await waitFor(async () => (await Promise.all(keys.map((k) => queue.getJob(k)))).every(Boolean), {
      message: 'the jobs in Redis',
    });
    const admin = new Redis(redis.url);
    await admin.flushall();
    admin.disconnect();
    expect(await queue.getJob(keys[0])).toBeNull();
    await allSent(t, flushed);
    expect(mailTo(lead.emails[0])).toHaveLength(2);

    // An outage: Redis goes away with its data; reminders fall due and tasks are written meanwhile.
    const other = await createDepartment(t);
    const before = await createTask(t, { leadDepartmentId: other.id, dueAt: new Date(Date.now() + 1_500) });
    await redis.stop();
    const during = await createTask(t, { leadDepartmentId: other.id, dueAt: new Date(Date.now() + 1_200) });
    const due = [...(await remindersOf(t, before)), ...(await remindersOf(t, during))];
    expect(due).toHaveLength(4);
    const lastDue = Math.max(...due.map((r) => r.scheduledAt.getTime()));
    await waitFor(() => Date.now() > lastDue + 500, { message: 'the notifications to fall due during the outage' });
    expect(mailTo(other.emails[0])).toEqual([]);
    expect((await t.http.get('/health').expect(200)).body.details.redis.status).toBe('down');

    await redis.start();
    await waitForDelivery(t);
    // A reminder sent more than REMINDER_STALE_AFTER_MS after its deadline is skipped for the overdue notice.
    const settled = [...(await remindersOf(t, before)), ...(await remindersOf(t, during))];
    expect(settled.filter((r) => r.kind === 'overdue').map((r) => r.status)).toEqual(['sent', 'sent']);
    for (const row of settled.filter((r) => r.kind === 'reminder'))
      expect(
        row.status === 'sent' || (row.status === 'skipped' && row.error === NotificationReason.DeadlinePassed),
      ).toBe(true);
    const sent = settled.filter((r) => r.status === 'sent');
    const received = mailTo(other.emails[0]);
    expect(received).toHaveLength(sent.length);
    expect(new Set(received.map((m) => m.parsed.messageId)).size).toBe(sent.length);
    for (const row of sent.filter((r) => r.taskId === during))
      expect(row.sentAt!.getTime()).toBeGreaterThan(row.scheduledAt.getTime());
  });

  it('after an outage, only what is still true is sent: past the deadline the overdue notice supersedes the reminders, and of reminders due at once only the latest goes', async () => {
    redis = await startRedisServer();
    const t = await start({
      env: { REDIS_URL: redis.url, SMTP_URL: sink.url, REMINDER_OFFSETS: '15s,12s,0s', RECONCILE_INTERVAL_MS: '300' },
    });
    const lead = await createDepartment(t);
    const cooperating = await createDepartment(t);
    const startedAt = Date.now();
    // Its deadline passes while Redis is away: only its 0s reminders are still ahead when it is planned.
    const lapsed = await createTask(t, {
      leadDepartmentId: lead.id,
      supportDepartmentIds: [cooperating.id],
      title: 'Quá hạn trong lúc mất Redis',
      dueAt: new Date(startedAt + 3_000),
    });
    // Two of its reminders (15 s and 12 s before) fall due while Redis is away; its deadline is still ahead.
    const ahead = await createTask(t, {
      leadDepartmentId: lead.id,
      supportDepartmentIds: [cooperating.id],
      title: 'Còn hạn sau khi Redis trở lại',
      dueAt: new Date(startedAt + 20_000),
    });
    await redis.stop();
    await waitFor(() => Date.now() > startedAt + 10_000, { timeout: 15_000, message: 'the outage to last 10 s' });
    expect(mailTo(lead.emails[0])).toEqual([]);
    await redis.start();

    const settled = (taskId: number, offsets: Array<string | null>) =>
      waitFor(
        async () => {
          const rows = (await remindersOf(t, taskId)).filter((r) => offsets.includes(r.reminderOffset));
          return rows.every((r) => r.status !== 'pending') ? rows : undefined;
        },
        { timeout: 30_000, message: `task ${taskId}'s notifications due during the outage to settle` },
      );
    const lapsedRows = await settled(lapsed, ['0s', null]);
    expect(lapsedRows.map((r) => [r.kind, r.departmentId, r.status, r.error])).toEqual([
      ['reminder', lead.id, 'skipped', NotificationReason.DeadlinePassed],
      ['reminder', cooperating.id, 'skipped', NotificationReason.DeadlinePassed],
      ['overdue', lead.id, 'sent', null],
    ]);
    const aheadRows = await settled(ahead, ['15s', '12s']);
    expect(
      aheadRows
        .map((r) => [r.reminderOffset, r.departmentId, r.status, r.error])
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual(
      [
        ['15s', lead.id, 'skipped', NotificationReason.LaterReminderDue],
        ['15s', cooperating.id, 'skipped', NotificationReason.LaterReminderDue],
        ['12s', lead.id, 'sent', null],
        ['12s', cooperating.id, 'sent', null],
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );

    // One message per recipient and task: the overdue notice for the lapsed task, the latest reminder for the other.
    const subjects = (address: string) => mailTo(address).map((m) => m.parsed.subject ?? '');
    expect(subjects(lead.emails[0]).filter((s) => s.includes('Quá hạn trong lúc mất Redis'))).toEqual([
      '[Quá hạn] Quá hạn trong lúc mất Redis',
    ]);
    expect(subjects(lead.emails[0]).filter((s) => s.includes('Còn hạn sau khi Redis trở lại'))).toHaveLength(1);
    expect(subjects(cooperating.emails[0])).toHaveLength(1);
    expect(subjects(cooperating.emails[0])[0]).toContain('Còn hạn sau khi Redis trở lại');
    const skipped = await t.http.get(`/api/tasks/${ahead}/reminders?status=skipped`).expect(200);
    expect(skipped.body.items.map((n: { error: string }) => n.error)).toEqual(
      Array(2).fill(NotificationReason.LaterReminderDue),
    );
  });

  it('guarantee 2: retries, duplicate jobs, two workers and two app instances never send a message twice', async () => {
    const queuePrefix = prefix();
    const env = { SMTP_URL: sink.url, REMINDER_OFFSETS: '1s,0s', QUEUE_PREFIX: queuePrefix };
    const first = await start({ env });
    const second = await start({ env, database: first.database });
    const lead = await createDepartment(first);
    const cooperating = await createDepartment(first);
    // Later than twelve tasks take to create on a busy machine: a reminder already due when its task is created is not planned.
    const dueAt = new Date(Date.now() + 10_000);
    const taskIds: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const app = i % 2 === 0 ? first : second;
      taskIds.push(
        await createTask(app, {
          leadDepartmentId: lead.id,
          supportDepartmentIds: [cooperating.id],
          title: `Nhiệm vụ ${i}`,
          dueAt,
        }),
      );
    }
    const rows = await first.dataSource.getRepository(Notification).find();
    expect(rows).toHaveLength(12 * 5);

    // Planning again adds nothing: the delivery key is unique.
    await first.app.get(TransactionRunner).run(async (manager) => {
      for (const id of taskIds) await first.app.get(ReminderPlanner).planTask(manager, id);
    });
    expect(await first.dataSource.getRepository(Notification).count()).toBe(60);

    // Every row is also sent directly from both instances at once, as a duplicate job or a stalled job run again would.
    const senders = [first.app.get(NotificationSender), second.app.get(NotificationSender)];
    const outcomes = await Promise.all(rows.flatMap((row) => senders.map((sender) => sender.send(row.id))));
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(60);

    // Then the scheduled jobs run on both instances, and finished jobs are put back as a retry would.
    await waitFor(() => Date.now() > dueAt.getTime() + 500, { message: 'the deadline to pass' });
    await waitForDelivery(first);
    await first.app.get(NotificationScheduler).schedule(rows);
    await second.app.get(NotificationScheduler).schedule(rows);
    await waitForDelivery(second);

    const ours = sink.messages.filter((m) => m.to.includes(lead.emails[0]) || m.to.includes(cooperating.emails[0]));
    expect(ours).toHaveLength(60);
    expect(new Set(ours.map((m) => `${m.parsed.messageId}`)).size).toBe(60);
    const after = await first.dataSource.getRepository(Notification).find();
    expect(after.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('a message whose "sent" record fails to write is recorded by the same worker, not left claimed for the next reconcile pass', async () => {
    const t = await start({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '0s', WORKER: 'off' } });
    const lead = await createDepartment(t);
    const id = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 120_000) });
    const [reminder] = await remindersOf(t, id);
    const sender = t.app.get(NotificationSender);
    const writes = (sender as unknown as { writes: BatchedWrites }).writes;
    const run = writes.run.bind(writes);
    let calls = 0;
    // The claim goes through; the write recording the accepted message fails once, as a busy database does.
    const failSecond: BatchedWrites['run'] = (work) => {
      calls += 1;
      return calls === 2 ? Promise.reject(new Error('SQLITE_BUSY: database is locked')) : run(work);
    };
    jest.spyOn(writes, 'run').mockImplementation(failSecond);

    expect(await sender.send(reminder.id)).toBe('sent');
    const row = await t.dataSource.getRepository(Notification).findOneByOrFail({ id: reminder.id });
    expect(row).toMatchObject({ status: 'sent', attempts: 1, claimedUntil: null, error: null });
    expect(calls).toBe(3);
    expect(mailTo(lead.emails[0])).toHaveLength(1);
    // Sending again finds it settled: nothing goes twice.
    expect(await sender.send(reminder.id)).toBe('skipped');
    expect(mailTo(lead.emails[0])).toHaveLength(1);
  });

  it('guarantee 3: the API serves reads and writes while Redis is down, from boot on, and /health reports it', async () => {
    redis = await startRedisServer();
    await redis.stop();
    const t = await start({
      env: {
        REDIS_URL: redis.url,
        SMTP_URL: sink.url,
        REMINDER_OFFSETS: '1s',
        OFFICE_EMAILS: 'vp-redis-down@example.gov.vn',
      },
    });

    const health = await t.http.get('/health').expect(200);
    expect(health.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'down' } });
    const lead = await createDepartment(t);
    const id = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 2_000) });
    await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() - 86_400_000) });
    expect((await t.http.get(`/api/tasks/${id}/reminders`).expect(200)).body.total).toBe(2);
    expect((await t.http.get('/api/notifications?status=pending').expect(200)).body.total).toBe(2);
    const digest = await t.http.post('/api/digests/run').expect(202);
    expect(digest.body).toMatchObject({ planned: 2, queued: 0 });
    expect((await t.http.get('/admin/queues').expect(503)).body.message).toContain('Redis');

    await redis.start();
    await allSent(t, id);
    await waitForDelivery(t);
    expect(
      mailTo(lead.emails[0])
        .map((m) => m.parsed.subject?.slice(0, 10))
        .sort(),
    ).toEqual(['[Nhắc việc', '[Quá hạn] ', '[Tổng hợp '].sort());
    expect(mailTo('vp-redis-down@example.gov.vn')).toHaveLength(1);
    expect((await t.http.get('/health').expect(200)).body.details.redis.status).toBe('up');
  });

  it('guarantee 4: SMTP 4xx replies, timeouts and dropped connections are retried with backoff, a bounded number of times', async () => {
    const t = await start({
      env: {
        SMTP_URL: sink.url,
        REMINDER_OFFSETS: '0s',
        MAIL_MAX_ATTEMPTS: '4',
        MAIL_RETRY_DELAY_MS: '50',
        // Ends the hanging replies; long enough that a slowly accepted reply on a loaded machine is not a failure.
        SMTP_TIMEOUT_MS: '2000',
      },
    });
    const lead = await createDepartment(t);
    const recovers = await createDepartment(t, { name: 'Sở Giao thông vận tải' });
    const keepsFailing = await createDepartment(t, { name: 'Sở Xây dựng' });
    const refuses = await createDepartment(t, { name: 'Sở Nội vụ' });
    sink.planFor(recovers.emails[0], 'reject451', 'drop', 'hang');
    sink.planFor(keepsFailing.emails[0], 'reject451', 'hang', 'drop', 'reject451', 'reject451');
    sink.planFor(refuses.emails[0], 'reject550');
    const id = await createTask(t, {
      leadDepartmentId: lead.id,
      supportDepartmentIds: [recovers.id, keepsFailing.id, refuses.id],
      dueAt: new Date(Date.now() + 300),
    });

    await waitFor(async () => (await remindersOf(t, id)).every((r) => r.status !== 'pending'), {
      timeout: 30_000,
      message: 'every delivery to settle',
    });
    const byDepartment = new Map(
      (await remindersOf(t, id)).filter((r) => r.kind === 'reminder').map((r) => [r.departmentId, r]),
    );
    expect(byDepartment.get(recovers.id)).toMatchObject({ status: 'sent', attempts: 4, error: null });
    expect(sink.attemptsFor(recovers.emails[0])).toEqual(['reject451', 'drop', 'hang', 'accept']);
    expect(mailTo(recovers.emails[0])).toHaveLength(1);
    expect(byDepartment.get(keepsFailing.id)).toMatchObject({ status: 'failed', attempts: 4, sentAt: null });
    expect(sink.attemptsFor(keepsFailing.emails[0])).toEqual(['reject451', 'hang', 'drop', 'reject451']);
    expect(byDepartment.get(refuses.id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(sink.attemptsFor(refuses.emails[0])).toEqual(['reject550']);

    const failed = await t.http.get(`/api/notifications?status=failed&taskId=${id}`).expect(200);
    expect(failed.body.items).toHaveLength(2);
    const errors = Object.fromEntries(
      failed.body.items.map((n: { departmentId: number; error: string }) => [n.departmentId, n.error]),
    );
    expect(errors[keepsFailing.id]).toMatch(/^451 /);
    expect(errors[refuses.id]).toMatch(/^550 .*Mailbox unavailable/);
    expect(byDepartment.get(lead.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('guarantee 6: SIGTERM lets the active job finish, and what is pending is sent after a restart', async () => {
    const queuePrefix = prefix();
    const api = await start({
      env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '0s', WORKER: 'off', QUEUE_PREFIX: queuePrefix },
    });
    const workerEnv = {
      DATABASE_URL: api.env.DATABASE_URL,
      REDIS_URL: api.env.REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      SMTP_URL: sink.url,
      REMINDER_OFFSETS: '0s',
      OUTBOX_DIR: api.env.OUTBOX_DIR,
    };
    worker = await startWorkerProcess(workerEnv);
    const lead = await createDepartment(api);
    sink.acceptDelayMs = 1_500;
    try {
      // Due soon, but later than a task takes to create on a busy machine: a reminder already due is not planned.
      const id = await createTask(api, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 2_000) });
      expect(await remindersOf(api, id)).toHaveLength(2);
      // Both messages are being sent (claimed) when the signal arrives; the server answers only later.
      await waitFor(
        async () => (await remindersOf(api, id)).every((r) => r.claimedUntil !== null || r.status === 'sent'),
        {
          message: 'the worker to be sending',
        },
      );
      const exit = await worker.stop('SIGTERM');
      worker = undefined;
      expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
      const afterExit = await remindersOf(api, id);
      expect(afterExit.map((r) => r.status)).toEqual(['sent', 'sent']);
      expect(mailTo(lead.emails[0])).toHaveLength(2);
    } finally {
      sink.acceptDelayMs = 0;
    }

    // Nothing runs jobs now; a task falls due, then a worker starts again and sends it.
    const later = await createTask(api, {
      leadDepartmentId: lead.id,
      title: 'Sau khi khởi động lại',
      dueAt: new Date(Date.now() + 2_000),
    });
    expect(await remindersOf(api, later)).toHaveLength(2);
    await waitFor(
      async () => (await remindersOf(api, later)).every((r) => r.scheduledAt.getTime() < Date.now() - 300),
      { message: 'the task to fall due' },
    );
    expect((await remindersOf(api, later)).map((r) => r.status)).toEqual(['pending', 'pending']);
    worker = await startWorkerProcess(workerEnv);
    const settled = await waitFor(
      async () => {
        const rows = await remindersOf(api, later);
        return rows.every((r) => r.status !== 'pending') ? rows : undefined;
      },
      { timeout: 30_000, message: 'the restarted worker to settle the task due meanwhile' },
    );
    // The overdue notice goes; the reminder too unless the worker came up more than REMINDER_STALE_AFTER_MS late.
    const [reminder, notice] = settled;
    expect(notice).toMatchObject({ kind: 'overdue', status: 'sent' });
    expect(reminder.status === 'sent' || reminder.error === NotificationReason.DeadlinePassed).toBe(true);
    expect(mailTo(lead.emails[0])).toHaveLength(reminder.status === 'sent' ? 4 : 3);
  });

  it('guarantee 7: times are right in Asia/Ho_Chi_Minh whatever the server TZ', async () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['America/New_York', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        const t = await start({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '3d,0d,0s' } });
        const lead = await createDepartment(t);
        const byDate = await createTask(t, { leadDepartmentId: lead.id, dueDate: '2099-01-31' });
        expect(
          (await t.http.get(`/api/tasks/${byDate}/reminders`).expect(200)).body.items.map(
            (n: { scheduledAt: string }) => n.scheduledAt,
          ),
        ).toEqual([
          '2099-01-28T01:00:00.000Z', // 08:00 on 28/01 in Viet Nam
          '2099-01-30T01:00:00.000Z', // 08:00 on Friday 30/01 (31/01 is a Saturday)
          '2099-01-31T16:59:59.999Z', // the deadline: 23:59:59.999 on 31/01
          '2099-01-31T17:00:00.000Z', // overdue from midnight
        ]);

        const dueAt = new Date(Date.now() + 1_000);
        const exact = await createTask(t, { leadDepartmentId: lead.id, title: `Hạn giờ ${zone}`, dueAt });
        await allSent(t, exact);
        const notice = mailTo(lead.emails[0]).find((m) => m.parsed.subject === `[Quá hạn] Hạn giờ ${zone}`);
        const local = new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Asia/Ho_Chi_Minh',
          hour: '2-digit',
          minute: '2-digit',
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          hourCycle: 'h23',
        }).formatToParts(dueAt);
        const part = (type: string) => local.find((p) => p.type === type)?.value;
        expect(notice?.parsed.text).toContain(
          `(${part('hour')}:${part('minute')} ngày ${part('day')}/${part('month')}/${part('year')})`,
        );

        const run = await t.http.post('/api/digests/run').expect(202);
        expect(run.body.period).toBe(DateTime.now().setZone('Asia/Ho_Chi_Minh').toISODate());
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
