import { Inject, Injectable } from '@nestjs/common';
import { Configuration, resolveProjectPath } from './configuration';
import { Environment } from './environment';

export { databaseKindOf, PROJECT_ROOT, resolveProjectPath } from './configuration';
export type { DatabaseKind } from './configuration';

/** Injection token of the `Configuration` this app was booted with. */
export const CONFIGURATION = Symbol('CONFIGURATION');

/**
 * Typed, validated configuration of this app, by area (`config.mail.from`,
 * `config.database.kind`). Inject this rather than reading the environment. The
 * flat getters below are the names callers used before the areas existed.
 */
@Injectable()
export class AppConfig implements Configuration {
  readonly environment: Configuration['environment'];
  readonly app: Configuration['app'];
  readonly logging: Configuration['logging'];
  readonly http: Configuration['http'];
  readonly database: Configuration['database'];
  readonly redis: Configuration['redis'];
  readonly time: Configuration['time'];
  readonly reminders: Configuration['reminders'];
  readonly worker: Configuration['worker'];
  readonly mail: Configuration['mail'];
  readonly auth: Configuration['auth'];
  readonly stats: Configuration['stats'];
  readonly extensions: Configuration['extensions'];

  constructor(@Inject(CONFIGURATION) configuration: Configuration) {
    this.environment = configuration.environment;
    this.app = configuration.app;
    this.logging = configuration.logging;
    this.http = configuration.http;
    this.database = configuration.database;
    this.redis = configuration.redis;
    this.time = configuration.time;
    this.reminders = configuration.reminders;
    this.worker = configuration.worker;
    this.mail = configuration.mail;
    this.auth = configuration.auth;
    this.stats = configuration.stats;
    this.extensions = configuration.extensions;
  }

  /** A validated key by name, for a key no area names yet. */
  private get<K extends keyof Environment>(key: K): Environment[K] {
    return this.environment[key];
  }

  get nodeEnv() {
    return this.app.nodeEnv;
  }
  get isProduction() {
    return this.app.isProduction;
  }
  get port() {
    return this.app.port;
  }
  get host() {
    return this.app.host;
  }
  get appUrl() {
    return this.app.appUrl;
  }
  get databaseUrl() {
    return this.database.url;
  }
  get databaseKind() {
    return this.database.kind;
  }
  get databaseLogging() {
    return this.database.logging;
  }
  get redisUrl() {
    return this.redis.url;
  }
  get queuePrefix() {
    return this.redis.queuePrefix;
  }
  get timeZone() {
    return this.time.zone;
  }
  get dueSoonDays() {
    return this.time.dueSoonDays;
  }
  get completionBackdateDays(): number {
    return this.get('COMPLETION_BACKDATE_DAYS');
  }
  /** A unit's completion waits for the office's confirmation (CONFIRM_COMPLETION=on). */
  get confirmCompletion(): boolean {
    return this.get('CONFIRM_COMPLETION') === 'on';
  }
  /** True when the office may decide extension requests too (EXTENSION_DECIDERS includes office). */
  get officeDecidesExtensions() {
    return this.get('EXTENSION_DECIDERS')
      .split(',')
      .some((item) => item.trim() === 'office');
  }
  get logLevel() {
    return this.logging.level;
  }
  get reminderOffsets(): string[] {
    return [...this.reminders.offsets];
  }
  get reminderTime() {
    return this.reminders.time;
  }
  get digestCron() {
    return this.reminders.digestCron;
  }
  get officeEmails(): string[] {
    return [...this.reminders.officeEmails];
  }
  get smtpUrl() {
    return this.mail.smtpUrl;
  }
  get mailFrom() {
    return this.mail.from;
  }
  get provinceName() {
    return this.mail.province;
  }
  get eventEmails() {
    return this.mail.events;
  }
  get outboxDir() {
    return this.mail.outboxDir;
  }
  get mailMaxAttempts() {
    return this.mail.maxAttempts;
  }
  get mailRetryDelayMs() {
    return this.mail.retryDelayMs;
  }
  get smtpTimeoutMs() {
    return this.mail.smtpTimeoutMs;
  }
  get reconcileIntervalMs() {
    return this.reminders.reconcileIntervalMs;
  }
  get workerConcurrency() {
    return this.worker.concurrency;
  }
  get runsWorker() {
    return this.worker.runs;
  }
  get jwtSecret() {
    return this.auth.jwtSecret;
  }
  get jwtExpiresIn() {
    return this.auth.jwtExpiresIn;
  }
  get adminEmail() {
    return this.auth.adminEmail;
  }
  get adminPassword() {
    return this.auth.adminPassword;
  }
  get corsOrigins(): string[] {
    return [...this.http.corsOrigins];
  }
  get bodyLimit() {
    return this.http.bodyLimit;
  }
  get loginRateLimit() {
    return this.http.loginRateLimit;
  }
  /** Where uploaded attachments are kept (FILES_DIR, absolute). */
  get filesDir(): string {
    return resolveProjectPath(this.get('FILES_DIR'));
  }
  /** How long an upload may stay unlinked to a completion before it is removed (ATTACHMENT_UNLINKED_TTL_HOURS). */
  get attachmentUnlinkedTtlMs(): number {
    return this.get('ATTACHMENT_UNLINKED_TTL_HOURS') * 60 * 60 * 1000;
  }
  get statsCacheSeconds() {
    return this.stats.cacheSeconds;
  }
  /** The place a document is dated at: PROVINCE_NAME without "tỉnh"/"thành phố" ("Bắc Kạn, ngày …"). */
  get provincePlace() {
    return this.provinceName.replace(/^(tỉnh|thành phố)\s+/iu, '');
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
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}
