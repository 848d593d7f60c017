import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DocumentsModule } from '../documents/documents.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TasksModule } from '../tasks/tasks.module';
import { ExtractionController } from './extraction.controller';
import { ExtractionService } from './extraction.service';

/** Draft tasks and indicators read from the texts of sessions. */
@Module({
  imports: [SessionsModule, TasksModule, CalendarModule, DocumentsModule],
  controllers: [ExtractionController],
  providers: [ExtractionService],
})
export class ExtractionModule {}
