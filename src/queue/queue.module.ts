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
        },
      }),
    }),
    BullModule.registerQueue({ name: NOTIFICATION_QUEUE }),
  ],
  providers: [JobQueue],
  exports: [JobQueue, BullModule],
})
export class QueueModule {}
