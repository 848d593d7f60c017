import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ATTACHMENT_MAX_BYTES } from './attachment-types';

/** The one route that takes a multipart body; every other write takes JSON only. */
const UPLOAD_ROUTE = '/api/tasks/:id/attachments';

/**
 * Multipart bodies for attachment uploads. The file is streamed to disk with
 * its own limit (20 MB), not held in memory and not bound by BODY_LIMIT, which
 * keeps bounding JSON. Elsewhere a multipart body is refused (415) as any
 * other non-JSON body is.
 */
export async function acceptAttachmentUploads(app: NestFastifyApplication): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5, parts: 6, headerPairs: 100 },
    // The service reads `truncated` after streaming, and answers 413 naming the field.
    throwFileSizeLimit: false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.isMultipart() && request.routeOptions.url !== UPLOAD_ROUTE) {
        return reply.code(415).send({
          statusCode: 415,
          error: 'Unsupported Media Type',
          message: 'Content-Type must be application/json',
        });
      }
    });
}
