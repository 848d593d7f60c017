import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger as Pino } from 'pino';

/**
 * A request's id: the caller's `X-Request-Id` when it is a plain token (a proxy or
 * the web client tying its own logs to ours), else a new UUID. Anything else a
 * client sends is not copied into the logs.
 */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

/**
 * One log line per request once its answer is sent — method, path, status and
 * time, never headers or bodies — at `warn` for a 4xx and `error` for a 5xx; the
 * id goes back in `X-Request-Id` so a clerk's report can be matched to its line.
 */
export function logRequests(fastify: FastifyInstance, logger: Pino): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const statusCode = reply.statusCode;
    const level = statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
    if (logger.isLevelEnabled(level)) {
      const responseTime = Math.round(reply.elapsedTime);
      logger[level](
        { req: { id: request.id, method: request.method, url: request.url }, res: { statusCode }, responseTime },
        `${request.method} ${request.url} ${statusCode} ${responseTime} ms`,
      );
    }
    done();
  });
}
