import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module';
import { TasksModule } from '../tasks/tasks.module';
import { AttendeesController } from './attendees.controller';
import { AttendeesService } from './attendees.service';
import { CarriedOverService } from './carried-over.service';
import { DepartmentReport } from './entities/department-report.entity';
import { MeetingSession } from './entities/meeting-session.entity';
import { SessionAttendee } from './entities/session-attendee.entity';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([MeetingSession, SessionAttendee, DepartmentReport]),
    DepartmentsModule,
    TasksModule,
  ],
  controllers: [SessionsController, AttendeesController, ReportsController],
  providers: [SessionsService, AttendeesService, ReportsService, CarriedOverService],
  exports: [SessionsService, AttendeesService, ReportsService],
})
export class SessionsModule {}
