import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { TasksCsvController } from './csv/tasks-csv.controller';
import { TasksCsvService } from './csv/tasks-csv.service';
import { DeadlineCalendarController } from './calendar/deadline-calendar.controller';
import { DeadlineCalendarService } from './calendar/deadline-calendar.service';
import { WordDocumentsController } from './word/word-documents.controller';
import { WordDocumentsService } from './word/word-documents.service';

/** The files the office files and shares: CSV task lists, deadline calendars, Word letters, Excel reports. */
@Module({
  imports: [TasksModule],
  controllers: [TasksCsvController, DeadlineCalendarController, WordDocumentsController],
  providers: [TasksCsvService, DeadlineCalendarService, WordDocumentsService],
})
export class ExportsModule {}
