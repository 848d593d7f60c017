import { DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule } from './config/app-config.module';
import { Configuration } from './config/configuration';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { RemindersModule } from './reminders/reminders.module';

/** What the worker process needs: configuration, database, and the reminder processors (no HTTP). */
@Module({})
export class WorkerModule {
  static register(configuration?: Configuration): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(configuration),
        LoggingModule,
        DatabaseModule,
        RemindersModule.register({ processJobs: true }),
      ],
    };
  }
}
