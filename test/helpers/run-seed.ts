import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { seed } from '../../scripts/seed';
import { deleteKeys } from './queue-keys';
import { TestDatabase } from './test-database';

/**
 * Runs the seed as `npm run seed` does, with the environment pointed at the
 * scratch database (plus `extra` variables), and restores the environment after.
 */
export async function runSeed(database: TestDatabase, dir: string, extra: Record<string, string> = {}) {
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    QUEUE_PREFIX: `t${randomBytes(5).toString('hex')}`,
    OUTBOX_DIR: path.join(dir, 'outbox'),
    ...extra,
  };
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await seed();
  } finally {
    // The seed plans the demo tasks' reminders and queues them under this prefix.
    await deleteKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', env.QUEUE_PREFIX).catch(() => undefined);
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
