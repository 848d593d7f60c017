import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { Department } from '../departments/department.entity';
import { NotificationSource } from '../notifications/notification-source';
import { Notification } from '../notifications/notification.entity';
import { NotificationsModule } from '../notifications/notifications.module';
import { Task } from '../tasks/entities/task.entity';
import { TasksModule } from '../tasks/tasks.module';
import { DigestService } from './digest.service';
import { DigestsController } from './digests.controller';
import { ReminderPlanner } from './reminder-planner.service';
import { ReminderSource } from './reminder-source';
import { TaskEventNotifier } from './task-event-notifier';

/**
 * What is sent and when: deadline reminders and overdue notices planned in the
 * task's transaction, the morning digests, and the e-mails of task events.
 * Rows are recorded and queued through NotificationsModule; this module is the
 * NotificationSource that delivery asks, when a row falls due, what it says.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Notification, Task, Department]),
    NotificationsModule,
    TasksModule,
    CalendarModule,
  ],
  controllers: [DigestsController],
  providers: [
    ReminderPlanner,
    TaskEventNotifier,
    DigestService,
    ReminderSource,
    { provide: NotificationSource, useExisting: ReminderSource },
  ],
  exports: [ReminderPlanner, DigestService, NotificationSource],
})
export class RemindersModule {}
