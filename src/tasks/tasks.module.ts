import { Module } from '@nestjs/common';
import { OccurrenceHorizon } from './occurrence-horizon';
import { TaskChangeBus } from './task-change-bus';
import { TaskOccurrences } from './task-occurrences';
import { TaskExtensionService } from './task-extensions.service';
import { TaskUnitOfWork } from './task-unit-of-work';
import { TasksController } from './tasks.controller';
import { TaskService } from './tasks.service';

/** Directive tasks. Other features react to task changes through the exported TaskChangeBus. */
@Module({
  controllers: [TasksController],
  providers: [TaskService, TaskExtensionService, TaskUnitOfWork, TaskChangeBus, TaskOccurrences, OccurrenceHorizon],
  exports: [TaskService, TaskExtensionService, TaskChangeBus, TaskOccurrences, TaskUnitOfWork],
})
export class TasksModule {}
