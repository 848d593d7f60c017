import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { seed } from '../../scripts/seed';
import { deleteKeys } from './queue-keys';
import { testRedisUrl } from './test-services';
import { TestDatabase } from './test-database';

/**
 * Runs the seed as `npm run seed` does, with its configuration pointed at the
 * scratch database and the test Redis (plus `extra` variables); the process
 * environment is left alone.
 */
export async function runSeed(database: TestDatabase, dir: string, extra: Record<string, string> = {}) {
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: `t${randomBytes(5).toString('hex')}`,
    OUTBOX_DIR: path.join(dir, 'outbox'),
    ...extra,
  };
  try {
    return await seed(env);
  } finally {
    // The seed plans the demo tasks' reminders and queues them under this prefix.
    await deleteKeys(env.REDIS_URL, env.QUEUE_PREFIX).catch(() => undefined);
  }
}
