import { Inject, Injectable, LoggerService, Optional } from '@nestjs/common';
import pino, { DestinationStream, Logger as Pino } from 'pino';
import { AppConfig } from '../config/app-config';
import { PRETTY, readableLogs } from './log-format';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Where the lines go instead of stdout (tests read them back). */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

/**
 * The one pino logger of a process, behind Nest's LoggerService: JSON (for log
 * collectors) in production, under CI and whenever stdout is not a terminal;
 * readable coloured lines (pino-pretty, in a worker thread) on a developer's
 * terminal. Secrets in request headers are redacted wherever they are logged.
 */
@Injectable()
export class AppLogger implements LoggerService {
  readonly pino: Pino;

  constructor(config: AppConfig, @Optional() @Inject(LOG_DESTINATION) destination?: DestinationStream) {
    const options = {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
    };
    if (destination) this.pino = pino(options, destination);
    else if (readableLogs(config, process.stdout.isTTY === true)) this.pino = pino({ ...options, transport: PRETTY });
    else this.pino = pino(options);
  }

  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }

  error(message: unknown, ...optional: unknown[]): void {
    this.write('error', message, optional);
  }

  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }

  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }

  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }

  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }

  /**
   * Nest calls `log(message, context)` and `error(message, stack, context)`: the last
   * string is the context (the class that logs), an error's stack comes before it.
   */
  private write(level: Level, message: unknown, optional: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const rest = [...optional];
    if (rest.length > 0 && typeof rest[rest.length - 1] === 'string') fields.context = rest.pop();
    if (level === 'error' && typeof rest[0] === 'string' && rest[0].includes('\n    at ')) {
      fields.err = { message: String(message), stack: rest.shift() };
    }
    if (message instanceof Error) {
      fields.err = message;
      this.pino[level](fields, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...message });
    } else {
      this.pino[level](fields, String(message));
    }
  }
}
