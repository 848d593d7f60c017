import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { NOTIFICATION_QUEUE } from '../../src/queue/queue.constants';
import { Reconciler } from '../../src/reminders/reconciler.service';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { deleteKeys } from '../helpers/queue-keys';
import { createDepartment, createTask, remindersOf } from '../helpers/reminder-fixtures';
import { waitFor } from '../helpers/wait-for';

/**
 * The reconciler re-reads every pending notification only when Redis has lost
 * its data; otherwise it looks at the ones due before the run after next.
 */
describe('Reconciler runs', () => {
  let t: TestApp;
  let queue: Queue;
  let reconciler: Reconciler;
  const day = 86_400_000;

  beforeEach(async () => {
    t = await createTestApp({ env: { REMINDER_OFFSETS: '1h,7d', RECONCILE_INTERVAL_MS: '3600000' } });
    queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
    reconciler = t.app.get(Reconciler);
    await waitFor(async () => (await reconciler.run())?.full === false, { message: 'the start-up reconciliation' });
  });

  afterEach(async () => {
    const prefix = t.env.QUEUE_PREFIX;
    const redisUrl = t.env.REDIS_URL;
    await t.close();
    await deleteKeys(redisUrl, prefix);
  });

  const jobsOf = async (taskId: number) => {
    const rows = await remindersOf(t, taskId);
    return Promise.all(rows.map(async (row) => ({ key: row.deliveryKey, job: await queue.getJob(row.deliveryKey) })));
  };

  it('restores only the jobs due within two intervals while Redis keeps its data', async () => {
    const lead = await createDepartment(t);
    const soon = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 90 * 60_000) });
    const later = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 30 * day) });
    for (const { job } of [...(await jobsOf(soon)), ...(await jobsOf(later))]) await job!.remove();

    const report = await reconciler.run();
    expect(report).toMatchObject({ full: false });
    const soonJobs = await jobsOf(soon);
    const laterJobs = await jobsOf(later);
    // Due within 2 h: the 1 h reminder (30 min from now) and the overdue notice (90 min from now).
    expect(soonJobs.filter((j) => j.job)).toHaveLength(2);
    expect(laterJobs.filter((j) => j.job)).toHaveLength(0);
  });

  it('re-creates every job after the queue keys are deleted, and goes back to short runs afterwards', async () => {
    const lead = await createDepartment(t);
    const later = await createTask(t, { leadDepartmentId: lead.id, dueAt: new Date(Date.now() + 30 * day) });
    expect((await jobsOf(later)).every((j) => j.job)).toBe(true);
    await deleteKeys(t.env.REDIS_URL, t.env.QUEUE_PREFIX);
    expect((await jobsOf(later)).some((j) => j.job)).toBe(false);

    expect(await reconciler.run()).toMatchObject({ full: true, requeued: 3 });
    expect((await jobsOf(later)).every((j) => j.job)).toBe(true);
    expect(await reconciler.run()).toMatchObject({ full: false, requeued: 0 });
  });
});
