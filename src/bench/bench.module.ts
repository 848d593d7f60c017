import { Module } from '@nestjs/common';
import { NoopController } from './noop.controller';

/**
 * Registered only when BENCH_NOOP_ROUTE=on. Its route is served by the same
 * Fastify adapter, global prefix, guards, pipes, filter and request logging as
 * every other route, so its throughput is the ceiling the real routes are
 * measured against.
 */
@Module({ controllers: [NoopController] })
export class BenchModule {}
