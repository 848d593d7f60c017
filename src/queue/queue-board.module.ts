import { BullAdapter } from '@bull-board/api/bullAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { BullBoardModule, BullBoardModuleOptions } from '@bull-board/nestjs';
import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { JobQueue } from './job-queue.service';
import { QueueModule } from './queue.module';
import { NOTIFICATION_QUEUE } from './queue.constants';

export const QUEUE_BOARD_ROUTE = '/admin/queues';

/** The Bull Board dashboard at /admin/queues (HTTP app only, not the worker). */
@Module({
  imports: [
    QueueModule,
    // @bull-board/fastify carries its own copy of @bull-board/api's typings; the classes match at run time.
    BullBoardModule.forRoot({
      route: QUEUE_BOARD_ROUTE,
      adapter: FastifyAdapter as unknown as BullBoardModuleOptions['adapter'],
    }),
    BullBoardModule.forFeature({ name: NOTIFICATION_QUEUE, adapter: BullAdapter }),
  ],
})
export class QueueBoardModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    // The board reads Redis on every request; while Redis is down it answers 503
    // at once instead of holding the request until Redis is back.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith(QUEUE_BOARD_ROUTE) && !this.jobs.isAvailable()) {
        await reply.code(503).send({
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'Redis is unreachable; the queue dashboard is back when it is',
        });
      }
    });
  }
}
