import { DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule } from './config/app-config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { QueueBoardModule } from './queue/queue-board.module';
import { RemindersModule } from './reminders/reminders.module';
import { TaskChangeBusModule } from './tasks/task-change-bus.module';

@Module({})
export class AppModule {
  /**
   * Builds the root module when called, so the environment is read at boot (and
   * per test app) rather than when this file is first imported.
   */
  static register(): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(),
        LoggingModule,
        DatabaseModule,
        HealthModule,
        TaskChangeBusModule,
        RemindersModule.register(),
        QueueBoardModule,
      ],
    };
  }
}
