import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveProjectPath } from '../config/app-config';

/** Where `npm run build` writes the web client (see src/web/vite.config.mts). */
export const WEB_CLIENT_DIR = resolveProjectPath('dist/web');

/** Paths the server owns; anything else that no route answers is a page of the web client. */
const SERVER_PREFIXES = ['/api/', '/api', '/health', '/admin/queues'];

/**
 * Serves the built web client at `/`: hashed assets (under /assets/) are cached
 * for a year since their names change with their content, and sent brotli- or gzip-compressed
 * from the copies the build wrote; index.html is never
 * cached and answers every client route (e.g. /tasks/123 from an e-mail), while
 * unknown /api paths keep their JSON 404. Does nothing when the client was not built.
 */
export async function serveWebClient(app: NestFastifyApplication, root = WEB_CLIENT_DIR): Promise<boolean> {
  if (!fs.existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // Files are listed once at start (the build does not change under a running server), so no wildcard
    // route competes with the API's own.
    wildcard: false,
    index: false,
    // The build writes .br and .gz copies of its scripts and styles (src/web/vite.config.mts): sent to a
    // browser that accepts them, with Vary: Accept-Encoding, and never reachable under their own names.
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders: (reply, filePath) => {
      const hashed = filePath.startsWith(path.join(root, 'assets') + path.sep);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url.split('?')[0];
    if (
      SERVER_PREFIXES.some((prefix) => url === prefix || url.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))
    )
      return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  };
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', sendIndex);
  fastify.get('/*', sendIndex);
  return true;
}
