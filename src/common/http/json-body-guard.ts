import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest, RawServerDefault } from 'fastify';
import type { ApiError } from './api-exception.filter';

/** Deepest nesting of objects and arrays a JSON body may have; the API's deepest DTO is a few levels. */
export const MAX_JSON_DEPTH = 32;
/** The error code of a body nested deeper than MAX_JSON_DEPTH (answered 400 by the exception filter). */
export const JSON_TOO_DEEP = 'UBND_JSON_TOO_DEEP';

/**
 * True when the JSON text nests objects or arrays deeper than `max`. One pass over
 * the characters, before anything parses or walks the value: a megabyte of `[[[[…`
 * would otherwise cost the parser, class-transformer and the validators (which
 * recurse, and run out of stack) far more than this.
 */
export function jsonNestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Parses JSON bodies with Fastify's own parser (prototype poisoning refused) behind a nesting check. */
export function limitJsonDepth(app: NestFastifyApplication, bodyLimit: number): void {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (request, raw, done) => {
    const body = raw.toString('utf8');
    if (jsonNestedDeeperThan(body, MAX_JSON_DEPTH)) {
      done(Object.assign(new Error('JSON nested too deep'), { statusCode: 400, code: JSON_TOO_DEEP }), undefined);
      return;
    }
    void parse(request, body, done);
  });
}

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

function refuse(reply: FastifyReply, field: string, message: string) {
  const body: ApiError = {
    statusCode: 400,
    error: 'Bad Request',
    message: [`${field}: ${message}`],
    errors: [{ field, message }],
  };
  return reply.code(400).send(body);
}

/**
 * Checks every parsed request before Nest sees it:
 * - a body, when there is one, is a JSON object: the validation pipe lets
 *   `null`, numbers, strings and arrays through as if no field had been sent;
 * - no key is `__proto__`, `constructor` or `prototype`, in the body or the
 *   query string. Fastify already refuses JSON that sets `__proto__` or
 *   `constructor.prototype`; class-transformer silently drops the rest, and a
 *   request that tries them is not a mistake to let through.
 */
export function guardJsonBodies(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    const body = request.body;
    const hasBody = body !== undefined && !(body === null && !request.headers['content-type']);
    if (hasBody && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      return refuse(reply, 'body', 'the request body must be a JSON object');
    }
    const path = findPrototypeKey(request.query, 'query') ?? findPrototypeKey(body, 'body');
    if (path !== null) {
      return refuse(
        reply,
        path.replace(/^(query|body)\./, ''),
        'property names __proto__, constructor and prototype are not allowed',
      );
    }
  });
}
