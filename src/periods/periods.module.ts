import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { PeriodsController } from './periods.controller';
import { PeriodsService } from './periods.service';

/** Reporting periods with a cut-off, unit scores and frozen reports; the Excel export uses PeriodsService. */
@Module({
  imports: [TasksModule],
  controllers: [PeriodsController],
  providers: [PeriodsService],
  exports: [PeriodsService],
})
export class PeriodsModule {}
