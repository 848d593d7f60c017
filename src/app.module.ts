import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BenchModule } from './bench/bench.module';
import { AppConfigModule } from './config/app-config.module';
import { readEnvironment } from './config/environment';
import { DatabaseModule } from './database/database.module';
import { DepartmentsModule } from './departments/departments.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { QueueBoardModule } from './queue/queue-board.module';
import { RemindersModule } from './reminders/reminders.module';
import { SessionsModule } from './sessions/sessions.module';
import { StatsModule } from './stats/stats.module';
import { TasksModule } from './tasks/tasks.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  /** Overrides WORKER for this process; the seed script sets false so that loading data never sends mail. */
  processJobs?: boolean;
}

@Module({})
export class AppModule {
  /**
   * Builds the root module when called, so the environment is read at boot (and
   * per test app) rather than when this file is first imported.
   */
  static register(options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(),
        LoggingModule,
        DatabaseModule,
        HealthModule,
        DepartmentsModule,
        SessionsModule,
        TasksModule,
        StatsModule,
        RemindersModule.register({ processJobs: options.processJobs }),
        QueueBoardModule,
        UsersModule,
        AuthModule,
        AuditModule,
        DocumentsModule,
        ...(readEnvironment().BENCH_NOOP_ROUTE === 'on' ? [BenchModule] : []),
      ],
    };
  }
}
