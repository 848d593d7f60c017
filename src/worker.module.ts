import { DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule } from './config/app-config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { RemindersModule } from './reminders/reminders.module';

/** What the worker process needs: configuration, database, and the reminder processors (no HTTP). */
@Module({})
export class WorkerModule {
  static register(): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(),
        LoggingModule,
        DatabaseModule,
        RemindersModule.register({ processJobs: true }),
      ],
    };
  }
}
