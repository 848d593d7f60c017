import { Process, Processor } from '@nestjs/bull';
import { Injectable, OnApplicationBootstrap, Type } from '@nestjs/common';
import type { Job } from 'bull';
import { JobPayloads, JOBS, NOTIFICATION_QUEUE } from '../queue/queue.constants';
import { NotificationSender, SendOutcome } from './notification-sender.service';
import { NotificationSource } from './notification-source';
import { PeriodSender } from './period-sender.service';

/** The instant a repeatable job was scheduled for (Bull's `prevMillis`), or when it was added. */
export function firedAtOf(job: Job<unknown>): Date {
  return new Date(Number((job.opts as { prevMillis?: number }).prevMillis ?? job.timestamp));
}

export interface NotificationProcessor extends OnApplicationBootstrap {
  send(job: Job<JobPayloads['send']>): Promise<SendOutcome>;
  sendPeriod(job: Job<JobPayloads['send-period']>): Promise<string>;
  digest(job: Job<JobPayloads['digest']>): Promise<string>;
}

/**
 * The notification queue's processor: each send job to NotificationSender,
 * `concurrency` at a time; a period's job (its digests and summary, sent in
 * batches) to PeriodSender and the morning digest job to the source, one at a
 * time. @nestjs/bull registers its handlers when the module starts; each
 * waits until the whole application has started (mail transport, calendar),
 * as the handlers registered at bootstrap did.
 *
 * A class per concurrency, because @Process takes it when the class is
 * declared and WORKER_CONCURRENCY is configuration.
 */
export function notificationProcessor(concurrency: number): Type<NotificationProcessor> {
  @Processor(NOTIFICATION_QUEUE)
  @Injectable()
  class Handlers implements NotificationProcessor {
    private start!: () => void;
    private readonly started = new Promise<void>((resolve) => (this.start = resolve));

    constructor(
      private readonly sender: NotificationSender,
      private readonly periods: PeriodSender,
      private readonly source: NotificationSource,
    ) {}

    onApplicationBootstrap(): void {
      this.start();
    }

    @Process({ name: JOBS.send, concurrency })
    async send(job: Job<JobPayloads['send']>): Promise<SendOutcome> {
      await this.started;
      return this.sender.handleSend(job);
    }

    @Process({ name: JOBS.sendPeriod, concurrency: 1 })
    async sendPeriod(job: Job<JobPayloads['send-period']>): Promise<string> {
      await this.started;
      return this.periods.handleSend(job);
    }

    @Process({ name: JOBS.digest, concurrency: 1 })
    async digest(job: Job<JobPayloads['digest']>): Promise<string> {
      await this.started;
      return this.source.runDigest(firedAtOf(job));
    }
  }
  return Handlers;
}
