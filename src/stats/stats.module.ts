import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { StatsCache } from './stats-cache';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

/** Dashboard statistics over tasks; the digest reuses StatsService. */
@Module({
  imports: [TasksModule],
  controllers: [StatsController],
  providers: [StatsService, StatsCache],
  exports: [StatsService],
})
export class StatsModule {}
