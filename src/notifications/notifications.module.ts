import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../queue/queue.module';
import { TasksModule } from '../tasks/tasks.module';
import { NotificationScheduler } from './notification-scheduler.service';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/**
 * The record of every e-mail the service sends (`notifications`), its queueing
 * on Bull, and the read API. What to record is decided elsewhere (reminders,
 * digests, task events); NotificationDeliveryModule keeps Redis in line with
 * the record and NotificationSendingModule sends.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification]), QueueModule, TasksModule],
  controllers: [NotificationsController],
  providers: [NotificationScheduler, NotificationsService],
  exports: [TypeOrmModule, NotificationScheduler],
})
export class NotificationsModule {}
