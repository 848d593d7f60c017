import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import type { FieldError } from './validation';
import { JSON_TOO_DEEP, MAX_JSON_DEPTH } from './json-body-guard';

/** The one error shape of the API. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string | string[];
  errors?: FieldError[];
  /** The business rule a 409 refusal broke (see rule-conflict.ts). */
  rule?: string;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Turns every error into the ApiError shape. Anything that is not a deliberate
 * HTTP error is logged with its stack and answered with a bare 500, so that no
 * stack trace, SQL or driver message reaches a client.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const body = this.toApiError(exception, request);
    if (body.statusCode >= 500) {
      this.logger.error(
        { err: exception, method: request?.method, url: request?.url },
        exception instanceof Error ? exception.message : 'Unhandled error',
      );
    }
    void reply.status(body.statusCode).send(body);
  }

  private toApiError(exception: unknown, request: FastifyRequest | undefined): ApiError {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'string') return this.shape(status, response);
      const { message, errors, rule } = response as {
        message?: string | string[];
        errors?: FieldError[];
        rule?: string;
      };
      return {
        ...this.shape(status, message ?? exception.message),
        ...(errors ? { errors } : {}),
        ...(typeof rule === 'string' ? { rule } : {}),
      };
    }
    if (exception instanceof EntityNotFoundError) {
      return this.shape(HttpStatus.NOT_FOUND, 'Not found');
    }
    if (exception instanceof QueryFailedError && isUniqueViolation(exception)) {
      return this.shape(HttpStatus.CONFLICT, 'A record with the same unique value already exists');
    }
    // Errors raised by Fastify itself (malformed JSON, body too large, wrong content type).
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      const code = (exception as { code?: string }).code;
      return this.shape(fastifyStatus, fastifyMessage(code, fastifyStatus, request));
    }
    return this.shape(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
  }

  private shape(statusCode: number, message: string | string[]): ApiError {
    return { statusCode, error: REASONS[statusCode] ?? 'Error', message };
  }
}

function isUniqueViolation(error: QueryFailedError): boolean {
  const driverError = error.driverError as { code?: string; message?: string } | undefined;
  return driverError?.code === '23505' || /UNIQUE constraint failed/.test(driverError?.message ?? '');
}

function fastifyMessage(code: string | undefined, status: number, _request: FastifyRequest | undefined): string {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'Request body is too large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Content-Type must be application/json';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'Request body must not be empty when Content-Type is application/json';
    case JSON_TOO_DEEP:
      return `Request body is nested deeper than ${MAX_JSON_DEPTH} levels`;
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'Request body is not valid JSON';
    default:
      return status === 400 ? 'Malformed request' : (REASONS[status] ?? 'Request error');
  }
}
