import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue.service';
import { NOTIFICATION_QUEUE } from './queue.constants';
import { bullRedisOptions } from './redis-options';

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        prefix: config.queuePrefix,
        redis: bullRedisOptions(config.redisUrl),
        settings: {
          // After Redis comes back, resume fetching jobs within a second.
          retryProcessDelay: 1_000,
          // How often delayed jobs that are due are moved to the waiting list when
          // no timer caught them (5 s by default). With 1,000 reminders due in the
          // same 10 s, some waited for this poll: p99 lateness 4.9 s (BENCHMARKS.md).
          guardInterval: 250,
        },
      }),
    }),
    BullModule.registerQueue({ name: NOTIFICATION_QUEUE }),
  ],
  providers: [JobQueue],
  exports: [JobQueue, BullModule],
})
export class QueueModule {}
