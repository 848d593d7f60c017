import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { JOBS, NOTIFICATION_QUEUE } from '../../src/queue/queue.constants';
import { Reconciler } from '../../src/notifications/reconciler.service';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { deleteKeys } from '../helpers/queue-keys';
import { createDepartment, createTask, remindersOf } from '../helpers/reminder-fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { waitFor } from '../helpers/wait-for';

jest.setTimeout(60_000);

/**
 * Redis holds only the jobs due within the horizon (two reconciler intervals);
 * the rows further ahead wait in the database until a run queues them.
 */
describe('Reconciler runs', () => {
  let t: TestApp | undefined;
  let sink: SmtpSink;
  const hour = 3_600_000;
  const day = 24 * hour;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    if (!t) return;
    const { QUEUE_PREFIX: prefix, REDIS_URL: redisUrl } = t.env;
    await t.close();
    t = undefined;
    await deleteKeys(redisUrl, prefix);
  });
  afterAll(async () => {
    await sink.close();
  });

  /** An app whose horizon is two hours, with the start-up reconciliation over. */
  const hourlyApp = async () => {
    t = await createTestApp({
      env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '1h,7d', RECONCILE_INTERVAL_MS: '3600000' },
    });
    const reconciler = t.app.get(Reconciler);
    await waitFor(async () => (await reconciler.run()) !== null, { message: 'the start-up reconciliation' });
    return { t, reconciler, queue: t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE)) };
  };
  const jobsOf = async (app: TestApp, queue: Queue, taskId: number) =>
    Promise.all(
      (await remindersOf(app, taskId)).map(async (row) => ({ row, job: await queue.getJob(row.deliveryKey) })),
    );

  it('queues a new task’s notifications due within the horizon at once after the commit, and only those', async () => {
    const { t, queue } = await hourlyApp();
    const lead = await createDepartment(t);
    const soon = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 90 * 60_000) });
    const later = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 30 * day) });

    // Due within 2 h: the 1 h reminder (30 min from now) and the overdue notice (90 min from now).
    const soonJobs = await jobsOf(t, queue, soon);
    expect(soonJobs.map(({ row, job }) => [row.kind, row.reminderOffset, job?.data])).toEqual([
      ['reminder', '1h', { notificationId: soonJobs[0].row.id }],
      ['overdue', null, { notificationId: soonJobs[1].row.id }],
    ]);
    // 30 days ahead: three pending rows, no job.
    const laterJobs = await jobsOf(t, queue, later);
    expect(laterJobs.map(({ row, job }) => [row.status, job])).toEqual([
      ['pending', null],
      ['pending', null],
      ['pending', null],
    ]);
  });

  it('re-creates the jobs inside the horizon after the queue keys are deleted, and no others', async () => {
    const { t, reconciler, queue } = await hourlyApp();
    const lead = await createDepartment(t);
    const soon = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 90 * 60_000) });
    const later = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 30 * day) });
    await deleteKeys(t.env.REDIS_URL, t.env.QUEUE_PREFIX);
    expect((await jobsOf(t, queue, soon)).some((j) => j.job)).toBe(false);

    const before = Date.now();
    const report = await reconciler.run();
    expect(report).toEqual({
      plannedTasks: 0,
      horizon: expect.any(Date),
      pending: 2,
      requeued: 2,
      removedBeyondHorizon: 0,
    });
    expect(report!.horizon.getTime()).toBeGreaterThanOrEqual(before + 2 * hour);
    expect((await jobsOf(t, queue, soon)).every((j) => j.job)).toBe(true);
    expect((await jobsOf(t, queue, later)).some((j) => j.job)).toBe(false);
    // The digest's schedule is back too.
    expect((await queue.getRepeatableJobs()).map((r) => r.name)).toEqual([JOBS.digest]);
    expect(await reconciler.run()).toMatchObject({ pending: 2, requeued: 0 });
  });

  it('removes jobs queued far beyond the horizon (an earlier version queued every reminder), keeping their rows', async () => {
    const { t, reconciler, queue } = await hourlyApp();
    const lead = await createDepartment(t);
    const later = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 30 * day) });
    const rows = await remindersOf(t, later);
    for (const row of rows)
      await queue.add(
        JOBS.send,
        { notificationId: row.id },
        { jobId: row.deliveryKey, delay: row.scheduledAt.getTime() - Date.now() },
      );

    expect(await reconciler.run()).toMatchObject({ pending: 0, requeued: 0, removedBeyondHorizon: 3 });
    expect((await jobsOf(t, queue, later)).map(({ row, job }) => [row.status, job])).toEqual([
      ['pending', null],
      ['pending', null],
      ['pending', null],
    ]);
    expect((await queue.getRepeatableJobs()).map((r) => r.name)).toEqual([JOBS.digest]);
  });

  it('leaves a reminder beyond the horizon to the database until a run queues it, ahead of its time', async () => {
    // A 1 s interval: the horizon is 2 s and the timer's runs queue what comes within it.
    t = await createTestApp({ env: { SMTP_URL: sink.url, REMINDER_OFFSETS: '4s', RECONCILE_INTERVAL_MS: '1000' } });
    const queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
    const lead = await createDepartment(t);
    const id = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 10_000) });
    const [reminder, overdue] = await remindersOf(t, id);
    expect([reminder.kind, overdue.kind]).toEqual(['reminder', 'overdue']);
    expect(reminder.scheduledAt.getTime() - Date.now()).toBeGreaterThan(4_000);
    expect(await queue.getJob(reminder.deliveryKey)).toBeNull();
    expect(await queue.getJob(overdue.deliveryKey)).toBeNull();

    const queuedAt = await waitFor(async () => ((await queue.getJob(reminder.deliveryKey)) ? Date.now() : undefined), {
      interval: 20,
      message: 'a run to queue the reminder',
    });
    expect(queuedAt).toBeLessThan(reminder.scheduledAt.getTime());
    // Not before it came within the horizon (2 s, plus the run's own time).
    expect(queuedAt).toBeGreaterThan(reminder.scheduledAt.getTime() - 3_000);

    const sent = await waitFor(
      async () => {
        const rows = await remindersOf(t!, id);
        return rows.every((r) => r.status === 'sent') ? rows : undefined;
      },
      { timeout: 20_000, message: 'the reminder and the overdue notice to be sent' },
    );
    // On time: its job was waiting in Redis before the reminder fell due, so it went out when Bull ran it
    // rather than at a later run (how late Bull and the sender are is the bench's lateness figure).
    for (const row of sent) expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(row.scheduledAt.getTime());
    expect(sink.messages.filter((m) => m.to.includes(lead.emails[0]))).toHaveLength(2);
  });
});
