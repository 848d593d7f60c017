import { Module } from '@nestjs/common';
import { TaskChangeBus } from './task-change-bus';
import { TaskExtensionService } from './task-extensions.service';
import { TaskUnitOfWork } from './task-unit-of-work';
import { TasksController } from './tasks.controller';
import { TaskService } from './tasks.service';

/** Directive tasks. Other features react to task changes through the exported TaskChangeBus. */
@Module({
  controllers: [TasksController],
  providers: [TaskService, TaskExtensionService, TaskUnitOfWork, TaskChangeBus],
  exports: [TaskService, TaskExtensionService, TaskChangeBus],
})
export class TasksModule {}
