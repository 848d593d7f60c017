import { Global, Module } from '@nestjs/common';
import { AppLogger } from './app-logger';

/** The process's logger (AppLogger), for main.ts, the worker and the request log. */
@Global()
@Module({
  providers: [AppLogger],
  exports: [AppLogger],
})
export class LoggingModule {}
