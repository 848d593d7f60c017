import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from './api-exception.filter';

/** Keys that address an object's prototype rather than a field. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first prototype key in `value`, or null. Iterative, so deep nesting cannot exhaust the stack. */
export function findPrototypeKey(value: unknown, root: string): string | null {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      const child = Array.isArray(current) ? `${path}[${key}]` : `${path}.${key}`;
      if (PROTOTYPE_KEYS.has(key)) return child;
      stack.push([(current as Record<string, unknown>)[key], child]);
    }
  }
  return null;
}

/**
 * Fastify already refuses JSON bodies that set `__proto__` or
 * `constructor.prototype`. This also refuses those keys (and a bare
 * `constructor`) anywhere in a body or query string, because class-transformer
 * silently drops them and a request that tries them is not a mistake to let through.
 */
export function rejectPrototypeKeys(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = findPrototypeKey(request.query, 'query') ?? findPrototypeKey(request.body, 'body');
    if (path === null) return;
    const field = path.replace(/^(query|body)\./, '');
    const message = `${field}: property names __proto__, constructor and prototype are not allowed`;
    return reply
      .code(400)
      .send({ statusCode: 400, error: 'Bad Request', message: [message], errors: [{ field, message: 'property name not allowed' }] } satisfies ApiError);
  });
}
