import { DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule } from './config/app-config.module';
import { Configuration, loadConfiguration } from './config/configuration';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { NotificationDeliveryModule } from './notifications/notification-delivery.module';
import { NotificationSendingModule } from './notifications/notification-sending.module';
import { RemindersModule } from './reminders/reminders.module';

/**
 * What the worker process needs: configuration, database, the reminders (what
 * to send) and the sending part of delivery (the queue's processor); no HTTP.
 */
@Module({})
export class WorkerModule {
  static register(configuration: Configuration = loadConfiguration()): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(configuration),
        LoggingModule,
        DatabaseModule,
        RemindersModule,
        NotificationDeliveryModule.register(RemindersModule),
        NotificationSendingModule.register(RemindersModule, configuration.worker.concurrency),
      ],
    };
  }
}
