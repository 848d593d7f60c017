import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import * as path from 'node:path';
import { Environment } from './environment';

export type DatabaseKind = 'sqlite' | 'postgres';

/** The project folder: relative paths in the configuration are resolved against it. */
export const PROJECT_ROOT = path.resolve(
  __dirname,
  '..',
  '..',
  __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '',
);

export function resolveProjectPath(relativeOrAbsolute: string): string {
  return path.isAbsolute(relativeOrAbsolute) ? relativeOrAbsolute : path.join(PROJECT_ROOT, relativeOrAbsolute);
}

export function databaseKindOf(databaseUrl: string): DatabaseKind {
  return databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/** Typed, validated configuration. Inject this rather than ConfigService. */
@Injectable()
export class AppConfig {
  constructor(private readonly config: ConfigService<Environment, true>) {}

  private get<K extends keyof Environment>(key: K): Environment[K] {
    return this.config.get(key, { infer: true });
  }

  get nodeEnv() {
    return this.get('NODE_ENV');
  }
  get isProduction() {
    return this.nodeEnv === 'production';
  }
  get port() {
    return this.get('PORT');
  }
  get host() {
    return this.get('HOST');
  }
  get appUrl() {
    return this.get('APP_URL').replace(/\/+$/, '');
  }
  get databaseUrl() {
    return this.get('DATABASE_URL');
  }
  get databaseKind(): DatabaseKind {
    return databaseKindOf(this.databaseUrl);
  }
  get databaseLogging() {
    return this.get('DATABASE_LOGGING') === 'true';
  }
  get redisUrl() {
    return this.get('REDIS_URL');
  }
  get queuePrefix() {
    return this.get('QUEUE_PREFIX');
  }
  get timeZone() {
    return this.get('APP_TIMEZONE');
  }
  get dueSoonDays() {
    return this.get('DUE_SOON_DAYS');
  }
  get logLevel() {
    return this.get('LOG_LEVEL');
  }
  get reminderOffsets() {
    return list(this.get('REMINDER_OFFSETS'));
  }
  get reminderTime() {
    return this.get('REMINDER_TIME');
  }
  get digestCron() {
    return this.get('DIGEST_CRON');
  }
  get officeEmails() {
    return list(this.get('OFFICE_EMAILS'));
  }
  get smtpUrl() {
    return this.get('SMTP_URL');
  }
  get mailFrom() {
    return this.get('MAIL_FROM');
  }
  get outboxDir() {
    return resolveProjectPath(this.get('OUTBOX_DIR'));
  }
  get mailMaxAttempts() {
    return this.get('MAIL_MAX_ATTEMPTS');
  }
  get mailRetryDelayMs() {
    return this.get('MAIL_RETRY_DELAY_MS');
  }
  get smtpTimeoutMs() {
    return this.get('SMTP_TIMEOUT_MS');
  }
  get reconcileIntervalMs() {
    return this.get('RECONCILE_INTERVAL_MS');
  }
  get workerConcurrency() {
    return this.get('WORKER_CONCURRENCY');
  }
  get runsWorker() {
    return this.get('WORKER') === 'on';
  }
  get jwtSecret() {
    return this.get('JWT_SECRET');
  }
  get jwtExpiresIn() {
    return this.get('JWT_EXPIRES_IN');
  }
  get adminEmail() {
    return this.get('ADMIN_EMAIL');
  }
  get adminPassword() {
    return this.get('ADMIN_PASSWORD');
  }
  get corsOrigins() {
    return list(this.get('CORS_ORIGINS'));
  }
  get bodyLimit() {
    return this.get('BODY_LIMIT');
  }
  get loginRateLimit() {
    return this.get('LOGIN_RATE_LIMIT');
  }
  get statsCacheSeconds() {
    return this.get('STATS_CACHE_SECONDS');
  }
}

/**
 * Fastify's `trustProxy` from TRUST_PROXY (already validated): `off`, a hop count, or a list of
 * proxy addresses. A hop count becomes a function: Fastify 5 refuses a bare number (it trusts no hop).
 */
export function trustProxyOf(value: string): false | string[] | ((address: string, hop: number) => boolean) {
  if (value === 'off') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops === 0 ? false : (_address: string, hop: number) => hop < hops;
  }
  return list(value);
}
