import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from './config/app-config';
import { loadConfiguration } from './config/configuration';
import { redactUrl } from './health/redis-health.indicator';
import { AppLogger } from './logging/app-logger';
import { WorkerModule } from './worker.module';

/**
 * `npm run worker`: sends reminders, overdue notices and digests without serving
 * HTTP. Runs beside API instances started with WORKER=off (or on; a message is
 * still sent once). SIGTERM lets the active jobs finish before it exits.
 */
async function bootstrap(): Promise<void> {
  const configuration = loadConfiguration();
  const app = await NestFactory.createApplicationContext(WorkerModule.register(configuration), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(AppLogger));
  app.enableShutdownHooks();
  await app.init();
  const config = app.get(AppConfig);
  app
    .get(AppLogger)
    .log(
      `Worker started: queue "${config.queuePrefix}" on ${redactUrl(config.redisUrl)}, ${config.workerConcurrency} at a time`,
      'Worker',
    );
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
