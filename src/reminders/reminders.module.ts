import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { AppConfig } from '../config/app-config';
import { Department } from '../departments/department.entity';
import { MailModule } from '../mail/mail.module';
import { QueueModule } from '../queue/queue.module';
import { Task } from '../tasks/entities/task.entity';
import { TasksModule } from '../tasks/tasks.module';
import { DigestService } from './digest.service';
import { DigestsController } from './digests.controller';
import { NotificationScheduler } from './notification-scheduler.service';
import { NotificationSender, PROCESS_JOBS } from './notification-sender.service';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { Reconciler } from './reconciler.service';
import { ReminderPlanner } from './reminder-planner.service';
import { TaskEventNotifier } from './task-event-notifier';

export interface RemindersModuleOptions {
  /** Run the queue processors in this process; defaults to WORKER=on. */
  processJobs?: boolean;
}

/**
 * Deadline reminders, overdue notices and digests: planned in the task's
 * transaction, scheduled on Bull, sent by e-mail once, recorded in `notifications`.
 */
@Module({})
export class RemindersModule {
  static register(options: RemindersModuleOptions = {}): DynamicModule {
    return {
      module: RemindersModule,
      imports: [
        TypeOrmModule.forFeature([Notification, Task, Department]),
        TasksModule,
        QueueModule,
        MailModule,
        CalendarModule,
      ],
      controllers: [NotificationsController, DigestsController],
      providers: [
        {
          provide: PROCESS_JOBS,
          inject: [AppConfig],
          useFactory: (config: AppConfig) => options.processJobs ?? config.runsWorker,
        },
        ReminderPlanner,
        TaskEventNotifier,
        NotificationScheduler,
        NotificationSender,
        DigestService,
        Reconciler,
        NotificationsService,
      ],
      exports: [ReminderPlanner, Reconciler, DigestService, NotificationSender],
    };
  }
}
