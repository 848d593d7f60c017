import 'reflect-metadata';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { ApiClient } from './api-client';
import { freePort } from '../free-port';
import { AppProcess, RssSampler } from './app-process';
import { generateDataset } from './dataset';
import { PrefixedKeys } from './redis-keys';
import { createScratchDatabase } from './scratch-database';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const MAIL_FROM = 'Văn phòng UBND tỉnh Bắc Kạn <no-reply@localhost>';

/**
 * The Excel period report through its route, as a user downloads it: a scratch
 * SQLite database with the bench data set (default 100,000 tasks), the app from
 * its production build, and `GET /api/reports/period.xlsx` for a free period that
 * holds every task. Prints the time from the request to the last byte and the
 * app's resident memory: at rest before the request and the peak during it
 * (the query, the classification and the workbook together).
 *
 *   npm run bench:excel [-- tasks]
 */
async function main() {
  const tasks = Number(process.argv[2] ?? 100_000);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const queuePrefix = `benchxlsx${randomBytes(4).toString('hex')}`;
  const database = await createScratchDatabase('sqlite', '');
  const app = await (async () => {
    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}`;
    const dataSource = new DataSource(buildDataSourceOptions({ url: database.url }));
    await dataSource.initialize();
    try {
      await generateDataset(dataSource, database.dialect, { tasks, departments: 300, sessions: 1000 }, new Date(), {
        offsets: ['7d', '3d', '1d', '0d'],
        reminderTime: '08:00',
        timeZone: TIME_ZONE,
        appUrl,
        mailFrom: MAIL_FROM,
        province: 'tỉnh Bắc Kạn',
      });
    } finally {
      await dataSource.destroy();
    }
    const password = randomBytes(12).toString('base64url');
    const server = new AppProcess(port, {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_URL: appUrl,
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'warn',
      APP_TIMEZONE: TIME_ZONE,
      MAIL_FROM,
      PROVINCE_NAME: 'tỉnh Bắc Kạn',
      ADMIN_EMAIL: 'bench.admin@example.gov.vn',
      ADMIN_PASSWORD: password,
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
    await server.start();
    return { server, password };
  })();
  try {
    const api = new ApiClient(app.server.baseUrl, () => app.server.describe());
    const session = await api.post<{ accessToken: string }>('/api/auth/login', {
      email: 'bench.admin@example.gov.vn',
      password: app.password,
    });
    api.token = session.accessToken;
    const restKb = app.server.rssKb();
    const load = Math.round(loadavg()[0] * 100) / 100;
    const sampler = new RssSampler(app.server.pid, 20).start();
    const started = process.hrtime.bigint();
    const response = await fetch(`${api.baseUrl}/api/reports/period.xlsx?from=2000-01-01&to=2099-12-31`, {
      headers: api.authHeaders,
    });
    if (response.status !== 200) throw new Error(`period.xlsx answered ${response.status}: ${await response.text()}`);
    const bytes = (await response.arrayBuffer()).byteLength;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const peakKb = sampler.stop();
    console.log(
      JSON.stringify({
        tasks,
        ms: Math.round(ms),
        restMegabytes: Math.round(restKb / 1024),
        peakMegabytes: Math.round(peakKb / 1024),
        fileBytes: bytes,
        load,
      }),
    );
  } finally {
    await app.server.stop();
    await database.drop();
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
    await new PrefixedKeys(redis, queuePrefix).delete();
    await redis.quit();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
