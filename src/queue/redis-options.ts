import type { RedisOptions } from 'ioredis';

/**
 * ioredis options for Bull's three clients (commands, subscriber, blocking).
 *
 * Bull requires `maxRetriesPerRequest: null` and `enableReadyCheck: false` for
 * its subscriber and blocking clients; the command client gets them too, so that
 * Bull's own calls wait for Redis to come back instead of failing for good and
 * stopping the processing loop. Callers in request paths never wait on these
 * clients: JobQueue checks the connection first and bounds every call.
 */
export function bullRedisOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    db: Number.isInteger(db) ? db : 0,
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
    enableReadyCheck: false,
    connectTimeout: 5_000,
    // Reconnect quickly after an outage (at most every 2 s), forever.
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
  };
}
