import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { randomBytes } from 'node:crypto';
import { Not, IsNull } from 'typeorm';
import { Department } from '../../src/departments/department.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { periodJobId } from '../../src/notifications/notification-scheduler.service';
import { PeriodSender } from '../../src/notifications/period-sender.service';
import { NOTIFICATION_QUEUE } from '../../src/queue/queue.constants';
import { DigestService } from '../../src/reminders/digest.service';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { deleteKeys } from '../helpers/queue-keys';
import { createDepartment, createTask, waitForDelivery } from '../helpers/reminder-fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { waitFor } from '../helpers/wait-for';
import { startWorkerProcess, WorkerProcess } from '../helpers/worker-process';
import { testRedisUrl } from '../helpers/test-services';

jest.setTimeout(120_000);

const DAY = 86_400_000;

/**
 * A period's digests and summary go in batches (PeriodSender): one claim per
 * batch, the content of the batch read at once, each message recorded as the
 * server accepts it. Here batches of 3 over 7 departments and the summary, so
 * that every run spans several batches.
 */
describe('Digests sent in batches', () => {
  let sink: SmtpSink;
  let worker: WorkerProcess | undefined;
  const apps: TestApp[] = [];
  const prefixes: string[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await worker?.stop('SIGKILL');
    worker = undefined;
    for (const app of apps.splice(0).reverse()) await app.close();
    for (const prefix of prefixes.splice(0)) await deleteKeys(testRedisUrl(), prefix).catch(() => null);
  });
  afterAll(async () => {
    await sink.close();
  });

  const start = async (options: Parameters<typeof createTestApp>[0]) => {
    const t = await createTestApp(options);
    t.app.get(PeriodSender).batchSize = 3;
    apps.push(t);
    return t;
  };
  const environment = (extra: Record<string, string> = {}) => {
    const queuePrefix = `t${randomBytes(5).toString('hex')}`;
    prefixes.push(queuePrefix);
    return {
      SMTP_URL: sink.url,
      OFFICE_EMAILS: `vp-${randomBytes(3).toString('hex')}@example.gov.vn`,
      QUEUE_PREFIX: queuePrefix,
      ...extra,
    };
  };
  /** Seven departments, each the lead of one overdue task. */
  const seed = async (t: TestApp): Promise<Department[]> => {
    const departments: Department[] = [];
    for (let i = 0; i < 7; i += 1) {
      const department = await createDepartment(t, { name: `Sở thử nghiệm số ${i + 1}` });
      await createTask(t, {
        leadDepartmentId: department.id,
        title: `Báo cáo quá hạn của đơn vị ${i + 1}`,
        dueAt: new Date(Date.now() - (i + 1) * DAY),
      });
      departments.push(department);
    }
    return departments;
  };
  const mailTo = (address: string) => sink.messages.filter((m) => m.to.includes(address));
  const digestRows = (t: TestApp) =>
    t.dataSource.getRepository(Notification).find({ where: { period: Not(IsNull()) }, order: { id: 'ASC' } });
  /** Each department and the office received its message exactly once, and every row says sent. */
  const expectEachOnce = async (t: TestApp, departments: Department[], office: string) => {
    for (const department of departments) expect(mailTo(department.emails[0])).toHaveLength(1);
    expect(mailTo(office)).toHaveLength(1);
    const rows = await digestRows(t);
    expect(rows).toHaveLength(departments.length + 1);
    expect(rows.every((row) => row.status === 'sent' && row.claimedUntil === null)).toBe(true);
    return rows;
  };

  it('SMTP failing mid-batch: the accepted messages stay sent, the refused ones go on a retry, none twice', async () => {
    // The timeout ends the hanging reply; it is long enough that a reply the sink accepts slowly on a loaded
    // machine is not taken for a failure (the message would then be in the mailbox and sent again).
    const env = environment({ MAIL_RETRY_DELAY_MS: '50', SMTP_TIMEOUT_MS: '2000' });
    const t = await start({ env });
    const departments = await seed(t);
    // The second message of the first batch, the first of the second, the last of the third.
    sink.planFor(departments[1].emails[0], 'reject451');
    sink.planFor(departments[3].emails[0], 'drop');
    sink.planFor(departments[5].emails[0], 'reject451', 'hang');

    const run = await t.http.post('/api/digests/run').expect(202);
    expect(run.body).toMatchObject({ planned: 8, queued: 8 });
    await waitForDelivery(t, 30_000);

    const rows = await expectEachOnce(t, departments, env.OFFICE_EMAILS);
    const attempts = new Map(rows.map((row) => [row.departmentId, row.attempts]));
    expect(departments.map((d) => attempts.get(d.id))).toEqual([1, 2, 1, 2, 1, 3, 1]);
    expect(attempts.get(null)).toBe(1);
    expect(sink.attemptsFor(departments[5].emails[0])).toEqual(['reject451', 'hang', 'accept']);
  });

  it('a worker killed mid-batch: what it had sent is not sent again, what it held is sent once its claim lapses', async () => {
    const env = environment();
    const api = await start({ env: { ...env, WORKER: 'off' } });
    const departments = await seed(api);
    // Two messages of the batch never get the server's answer: the worker dies holding their claim.
    const held = [departments[2], departments[4]];
    for (const department of held) sink.planFor(department.emails[0], 'hang');
    const workerEnv = {
      DATABASE_URL: api.env.DATABASE_URL,
      REDIS_URL: api.env.REDIS_URL,
      QUEUE_PREFIX: env.QUEUE_PREFIX,
      SMTP_URL: sink.url,
      OFFICE_EMAILS: env.OFFICE_EMAILS,
      OUTBOX_DIR: api.env.OUTBOX_DIR,
    };
    worker = await startWorkerProcess(workerEnv);

    const { period } = (await api.http.post('/api/digests/run').expect(202)).body as { period: string };
    const claimed = await waitFor(
      async () => {
        const rows = await digestRows(api);
        const sent = rows.filter((row) => row.status === 'sent');
        const holding = rows.filter((row) => row.status === 'pending' && row.claimedUntil !== null);
        return sent.length === rows.length - held.length && holding.length === held.length ? holding : undefined;
      },
      { timeout: 30_000, message: 'the worker to send all but the two messages it holds' },
    );
    expect(claimed.map((row) => row.departmentId).sort()).toEqual(held.map((d) => d.id).sort());
    await worker.stop('SIGKILL');
    worker = undefined;

    // The clock moves on: the claims' lease runs out, and the dead worker's job is gone (its lock lapsed and
    // Bull's stalled-job check took it, or Redis lost it): the next reconciliation queues the period again.
    await api.dataSource
      .getRepository(Notification)
      .update({ period, claimedUntil: Not(IsNull()) }, { claimedUntil: new Date(Date.now() - 1_000) });
    const queue = api.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
    await queue.client.del(`${queue.toKey(periodJobId(period))}:lock`);
    await (await queue.getJob(periodJobId(period)))?.remove();
    expect(held.map((d) => mailTo(d.emails[0]).length)).toEqual([0, 0]);

    worker = await startWorkerProcess(workerEnv);
    await waitForDelivery(api, 30_000);
    const rows = await expectEachOnce(api, departments, env.OFFICE_EMAILS);
    const heldIds = held.map((d) => d.id);
    for (const row of rows) expect(row.attempts).toBe(heldIds.includes(row.departmentId as number) ? 2 : 1);
    for (const department of held) expect(sink.attemptsFor(department.emails[0])).toEqual(['hang', 'accept']);
  });

  it('two instances sending the same period at once send each message once', async () => {
    const env = environment();
    const first = await start({ env });
    const second = await start({ env, database: first.database });
    const departments = await seed(first);
    sink.acceptDelayMs = 30;
    try {
      // Planned (and its job queued) by one instance; both also send the period directly, at the same time.
      const { period } = await first.app.get(DigestService).run();
      const reports = await Promise.all([
        first.app.get(PeriodSender).send(period),
        second.app.get(PeriodSender).send(period),
        second.app.get(PeriodSender).send(period),
      ]);
      await waitForDelivery(first, 30_000);
      await waitForDelivery(second, 30_000);
      const rows = await expectEachOnce(first, departments, env.OFFICE_EMAILS);
      expect(rows.every((row) => row.attempts === 1)).toBe(true);
      expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBeLessThanOrEqual(rows.length);
      expect(reports.every((report) => report.retry === 0 && report.failed === 0)).toBe(true);
    } finally {
      sink.acceptDelayMs = 0;
    }
  });
});
