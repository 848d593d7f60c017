import { DynamicModule, Module, Type } from '@nestjs/common';
import { NotificationDeliveryModule } from './notification-delivery.module';
import { notificationProcessor } from './notification.processor';

/**
 * The sending part of delivery: the queue's processor. The worker process
 * imports it; the web process only with WORKER=on (the default), so an
 * instance started with WORKER=off schedules and never takes a job.
 */
@Module({})
export class NotificationSendingModule {
  /** `source` exports the NotificationSource; `concurrency` is how many messages go at a time (WORKER_CONCURRENCY). */
  static register(source: Type, concurrency: number): DynamicModule {
    return {
      module: NotificationSendingModule,
      imports: [NotificationDeliveryModule.register(source), source],
      providers: [notificationProcessor(concurrency)],
    };
  }
}
