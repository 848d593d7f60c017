import { Module } from '@nestjs/common';
import { PeriodsModule } from '../periods/periods.module';
import { TasksModule } from '../tasks/tasks.module';
import { PeriodWorkbookController } from './excel/period-workbook.controller';
import { TasksCsvController } from './csv/tasks-csv.controller';
import { TasksCsvService } from './csv/tasks-csv.service';
import { DeadlineCalendarController } from './calendar/deadline-calendar.controller';
import { DeadlineCalendarService } from './calendar/deadline-calendar.service';
import { WordDocumentsController } from './word/word-documents.controller';
import { WordDocumentsService } from './word/word-documents.service';

/** The files the office files and shares: CSV task lists, deadline calendars, Word letters, Excel reports. */
@Module({
  imports: [TasksModule, PeriodsModule],
  controllers: [TasksCsvController, DeadlineCalendarController, WordDocumentsController, PeriodWorkbookController],
  providers: [TasksCsvService, DeadlineCalendarService, WordDocumentsService],
})
export class ExportsModule {}
