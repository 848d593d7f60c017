import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

export interface RedisState {
  status: 'up' | 'down';
  message?: string;
}

/**
 * Probes Redis with its own small client. Redis only holds the job schedule, so
 * the API keeps serving while it is down; the state is reported, not fatal.
 */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly logger = new Logger(RedisHealthIndicator.name);
  private client?: Redis;
  private lastStatus?: RedisState['status'];

  constructor(private readonly config: AppConfig) {}

  async check(timeoutMs = 1000): Promise<RedisState> {
    const client = this.connection();
    try {
      if (client.status === 'wait' || client.status === 'end') await client.connect();
      await withTimeout(client.ping(), timeoutMs);
      return this.report({ status: 'up' });
    } catch (error) {
      return this.report({ status: 'down', message: 'Redis is unreachable; reminders wait until it is back' });
    }
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }

  private connection(): Redis {
    if (!this.client) {
      this.client = new Redis(this.config.redisUrl, {
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 1000,
        retryStrategy: () => null,
      });
      // Failures surface through check(); without a listener ioredis would log them as unhandled.
      this.client.on('error', () => undefined);
    }
    return this.client;
  }

  private report(state: RedisState): RedisState {
    if (state.status !== this.lastStatus) {
      if (state.status === 'down') this.logger.warn(`Redis at ${redactUrl(this.config.redisUrl)} is unreachable`);
      else this.logger.log('Redis is reachable');
      this.lastStatus = state.status;
    }
    if (state.status === 'down') {
      // A client whose connection failed is dropped so the next probe reconnects.
      this.client?.disconnect();
      this.client = undefined;
    }
    return state;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
