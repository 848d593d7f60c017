import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import type { Role } from '../../src/common/auth/actor';
import { loginAs, TestUser } from './auth';
import { deleteKeys } from './queue-keys';
import { testRedisUrl } from './test-services';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  /** Sends the token of `user` (an admin unless `as` said otherwise) with every request. */
  http: TestAgent;
  /** Sends no token, and keeps no cookie: each request carries only the headers it sets. */
  anonymous: ReturnType<typeof request>;
  /** `METHOD /path` of every route the server registered, e.g. `GET /api/tasks/:id`. */
  routes: string[];
  /** The account behind `http`, or null with `as: null`. */
  user: TestUser | null;
  dataSource: DataSource;
  database: TestDatabase;
  /** Environment the app was started with (after overrides). */
  env: Record<string, string>;
  /** Scratch folder for this app (outbox, files). */
  dir: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /**
   * Extra or overriding configuration variables (undefined removes a default
   * below). The app reads these, not the process environment, so suites can run
   * side by side in one process or in parallel workers.
   */
  env?: Record<string, string | undefined>;
  /** Reuse an existing database instead of creating one (e.g. to start a second instance). */
  database?: TestDatabase;
  /** Role of the account `t.http` acts as (default admin); null for no account and no token. */
  as?: Role | null;
}

/**
 * Boots the real application in-process against a scratch database, the test
 * Redis (under a queue prefix of its own) and a scratch outbox folder. Its
 * configuration is exactly `env` below: nothing is read from or written to `process.env`.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase({ migrated: true }));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-app-'));
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: `t${randomBytes(5).toString('hex')}`,
    OUTBOX_DIR: path.join(dir, 'outbox'),
    FILES_DIR: path.join(dir, 'files'),
    APP_URL: 'http://localhost:3000',
    // Suites counting reminders and mails turn event e-mails on where they test them.
    EVENT_EMAILS: 'off',
    // The daily digest (30 7 * * * by default) would fire inside a suite running at 07:30 and add rows no test
    // planned; suites run digests themselves. Once a year on New Year's Day, a holiday, when it plans nothing.
    DIGEST_CRON: '30 7 1 1 *',
    ...options.env,
  };
  let app: NestFastifyApplication | undefined;
  const routes: string[] = [];
  try {
    app = await createApp({ variables: env });
    // Every route the server answers, as Fastify registers it (Nest's and plugins' alike).
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRoute', (route) => {
        for (const method of [route.method].flat()) routes.push(`${method} ${route.url}`);
      });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  } catch (error) {
    // A refused start must not leave connections open behind it.
    await app?.close().catch(() => undefined);
    if (!options.database) await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const dataSource = app.get(DataSource);
  const role = options.as === undefined ? 'admin' : options.as;
  const user = role ? await loginAs({ app, dataSource }, role) : null;
  const http = request.agent(app.getHttpServer());
  if (user) http.set(user.header);
  return {
    app,
    http,
    anonymous: request(app.getHttpServer()),
    user,
    routes,
    dataSource,
    database,
    env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
    dir,
    close: async () => {
      await app.close();
      // The queue keys of a prefix made up here go with the app; a test that chose its prefix cleans up itself.
      if (!options.env?.QUEUE_PREFIX)
        await deleteKeys(env.REDIS_URL as string, env.QUEUE_PREFIX as string).catch(() => undefined);
      if (!options.database) await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
