import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { Redis } from 'ioredis';
import { JobQueue } from '../../src/queue/job-queue.service';
import { NOTIFICATION_QUEUE } from '../../src/queue/queue.constants';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { waitFor } from '../helpers/wait-for';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Runs `check` with every unhandled rejection of the process meanwhile collected in the array it is given. */
async function recordingUnhandledRejections(check: (unhandled: unknown[]) => Promise<void>): Promise<void> {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', record);
  try {
    await check(unhandled);
  } finally {
    process.off('unhandledRejection', record);
  }
}

/** Redis's own line for a connection (CLIENT LIST), found by the connection's local port. */
async function clientLine(admin: Redis, client: Redis): Promise<string | undefined> {
  const port = (client as Redis & { stream: { localPort?: number } }).stream.localPort;
  const list = (await admin.client('LIST')) as string;
  return list.split('\n').find((line) => port !== undefined && line.includes(`addr=127.0.0.1:${port} `));
}

describe('queue shutdown', () => {
  it("ends the worker's waits for new jobs, so Redis answers the QUIT on the blocking connection", async () => {
    t = await createTestApp();
    const queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
    // Not in Bull's typings: the connection the processing slots wait for jobs on (BRPOPLPUSH, 5 s at a time).
    const bclient = (queue as Queue & { bclient: Redis }).bclient;
    const admin = queue.client;
    await waitFor(async () => (await clientLine(admin, bclient))?.includes(' cmd=brpoplpush '), {
      message: 'the worker to wait for jobs',
    });
    const answers: Array<Promise<unknown>> = [];
    const quit = bclient.quit.bind(bclient);
    bclient.quit = (...args: Parameters<Redis['quit']>) => {
      const answer = quit(...args);
      answers.push(answer.catch((error: Error) => error.message));
      return answer;
    };

    const app = t;
    t = undefined;
    await app.close();

    // Unanswered, Bull drops the connection after 500 ms and the QUIT fails with "Connection is closed.".
    expect(answers.length).toBeGreaterThan(0);
    expect(await Promise.all(answers)).toEqual(answers.map(() => 'OK'));
  });

  it('shuts down when Redis is unreachable, even if closing the queue fails on a connection error', async () => {
    t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    const queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
    // A reconnect attempt that ends while Bull disconnects makes its close fail (it cannot be timed from here).
    const close = queue.close.bind(queue);
    queue.close = async (...args: Parameters<Queue['close']>) => {
      await close(...args);
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    };
    await expect(t.app.get(JobQueue).close()).resolves.toBeUndefined();
  });

  it('never leaves the naming of the worker connection unhandled when its connection ends before Redis was reached', async () => {
    t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    const client = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE)).client;
    // Bull names the worker once per handler, waiting for this connection to be ready; it never is here.
    await waitFor(() => client.status === 'reconnecting', { message: 'a first failed connection attempt' });
    await recordingUnhandledRejections(async (unhandled) => {
      // The connection ends while an attempt is in flight, as when a shutdown meets one: the only way it emits
      // "end" with Redis unreachable (between attempts, a disconnect just cancels the next one).
      client.disconnect();
      const attempt = client.connect();
      client.disconnect();
      await expect(attempt).rejects.toThrow('Connection is closed.');
      await waitFor(() => client.status === 'end', { message: 'the connection to end' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled).toEqual([]);
    });
  });

  it("never leaves a failed reconnection of the blocking connection unhandled (Bull's close reconnects it)", async () => {
    t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    const queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
    const bclient = (queue as Queue & { bclient: Redis }).bclient;
    try {
      await recordingUnhandledRejections(async (unhandled) => {
        // As Bull does (after a disconnect): the failure is looked at only once the jobs in flight end.
        bclient.disconnect();
        const reconnection = bclient.connect();
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(unhandled).toEqual([]);
        await expect(reconnection).rejects.toThrow();
      });
    } finally {
      // The attempt started here reconnects on its own until told to stop.
      bclient.disconnect();
    }
  });
});
