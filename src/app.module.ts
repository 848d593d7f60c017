import { DynamicModule, Module } from '@nestjs/common';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BenchModule } from './bench/bench.module';
import { CalendarModule } from './calendar/calendar.module';
import { AppConfigModule } from './config/app-config.module';
import { Configuration, loadConfiguration } from './config/configuration';
import { DatabaseModule } from './database/database.module';
import { DepartmentsModule } from './departments/departments.module';
import { ExportsModule } from './exports/exports.module';
import { ExtractionModule } from './extraction/extraction.module';
import { DocumentsModule } from './documents/documents.module';
import { PeriodsModule } from './periods/periods.module';
import { HealthModule } from './health/health.module';
import { InboxModule } from './inbox/inbox.module';
import { LoggingModule } from './logging/logging.module';
import { QueueBoardModule } from './queue/queue-board.module';
import { NotificationDeliveryModule } from './notifications/notification-delivery.module';
import { NotificationSendingModule } from './notifications/notification-sending.module';
import { RemindersModule } from './reminders/reminders.module';
import { SessionsModule } from './sessions/sessions.module';
import { StatsModule } from './stats/stats.module';
import { TasksModule } from './tasks/tasks.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  /**
   * Whether this process takes jobs from the queue (imports NotificationSendingModule);
   * WORKER when not given. The seed script sets false so that loading data never sends mail.
   */
  processJobs?: boolean;
  /** The validated configuration; the process environment when not given. */
  configuration?: Configuration;
}

@Module({})
export class AppModule {
  /**
   * Builds the root module when called, so the environment is read at boot (and
   * per test app) rather than when this file is first imported.
   */
  static register(options: AppModuleOptions = {}): DynamicModule {
    const configuration = options.configuration ?? loadConfiguration();
    const sends = options.processJobs ?? configuration.worker.runs;
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(configuration),
        LoggingModule,
        DatabaseModule,
        HealthModule,
        DepartmentsModule,
        SessionsModule,
        TasksModule,
        StatsModule,
        RemindersModule,
        NotificationDeliveryModule.register(RemindersModule),
        ...(sends ? [NotificationSendingModule.register(RemindersModule, configuration.worker.concurrency)] : []),
        QueueBoardModule,
        UsersModule,
        AuthModule,
        AuditModule,
        CalendarModule,
        ExportsModule,
        ExtractionModule,
        ...(configuration.http.benchNoopRoute ? [BenchModule] : []),
        DocumentsModule,
        PeriodsModule,
        AttachmentsModule,
        InboxModule,
      ],
    };
  }
}
