import { DynamicModule, Module, Type } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { QueueModule } from '../queue/queue.module';
import { NotificationSender } from './notification-sender.service';
import { NotificationsModule } from './notifications.module';
import { PeriodSender } from './period-sender.service';
import { Reconciler } from './reconciler.service';

/**
 * Delivery of what the record holds: the reconciler (every process that plans
 * runs it) and the senders (one row; a period's rows, in batches). `source` is
 * the module that exports the NotificationSource. Jobs are taken from the queue only where
 * NotificationSendingModule is imported.
 */
@Module({})
export class NotificationDeliveryModule {
  private static readonly registered = new Map<Type, DynamicModule>();

  /** The same module for the same source, however often it is imported. */
  static register(source: Type): DynamicModule {
    let module = this.registered.get(source);
    if (!module) {
      module = {
        module: NotificationDeliveryModule,
        imports: [NotificationsModule, QueueModule, MailModule, source],
        providers: [Reconciler, NotificationSender, PeriodSender],
        exports: [Reconciler, NotificationSender, PeriodSender],
      };
      this.registered.set(source, module);
    }
    return module;
  }
}
