import 'reflect-metadata';
import { createApp } from './app.factory';
import { AppConfig } from './config/app-config';
import { compileRegExpsOnFirstRun } from './extraction/regexp-compilation';
import { AppLogger } from './logging/app-logger';

async function bootstrap(): Promise<void> {
  compileRegExpsOnFirstRun();
  const app = await createApp();
  const config = app.get(AppConfig);
  await app.listen({ port: config.port, host: config.host });
  app.get(AppLogger).log(`Listening on ${config.appUrl} (API docs at ${config.appUrl}/api/docs)`, 'App');
}

bootstrap().catch((error: unknown) => {
  // Configuration errors name the bad keys; print them plainly and stop.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
