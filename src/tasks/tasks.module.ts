import { Module } from '@nestjs/common';
import { OccurrenceHorizon } from './occurrence-horizon';
import { TaskChangeBus } from './task-change-bus';
import { TaskOccurrences } from './task-occurrences';
import { TaskRepository } from './task.repository';
import { TaskExtensionService } from './task-extensions.service';
import { TaskUnitOfWork } from './task-unit-of-work';
import { TasksController } from './tasks.controller';
import { TaskService } from './tasks.service';

/**
 * Directive tasks. Other features react to task changes through the exported
 * TaskChangeBus and read tasks through the exported TaskRepository.
 */
@Module({
  controllers: [TasksController],
  providers: [
    TaskService,
    TaskRepository,
    TaskExtensionService,
    TaskUnitOfWork,
    TaskChangeBus,
    TaskOccurrences,
    OccurrenceHorizon,
  ],
  exports: [TaskService, TaskRepository, TaskExtensionService, TaskChangeBus, TaskOccurrences, TaskUnitOfWork],
})
export class TasksModule {}
