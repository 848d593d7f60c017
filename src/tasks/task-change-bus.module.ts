import { Global, Module } from '@nestjs/common';
import { TaskChangeBus } from './task-change-bus';

/** One bus for the whole app: TaskService publishes on it, reminders and audit listen. */
@Global()
@Module({
  providers: [TaskChangeBus],
  exports: [TaskChangeBus],
})
export class TaskChangeBusModule {}
