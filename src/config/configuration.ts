import * as path from 'node:path';
import { Environment, validateEnvironment } from './environment';

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

/**
 * The validated configuration of one boot, by area. Built once from a set of
 * variables (the process environment, or what a test passes in) and handed to
 * the modules as a value, so two apps in one process can run with different
 * settings.
 */
export interface Configuration {
  /** Every declared key as validated, including keys no area below names yet. */
  readonly environment: Readonly<Environment>;
  readonly app: {
    readonly nodeEnv: Environment['NODE_ENV'];
    readonly isProduction: boolean;
    readonly port: number;
    readonly host: string;
    /** Without a trailing slash. */
    readonly appUrl: string;
  };
  readonly logging: { readonly level: string; readonly format: Environment['LOG_FORMAT'] };
  readonly http: {
    readonly bodyLimit: number;
    readonly corsOrigins: readonly string[];
    readonly loginRateLimit: number;
    readonly benchNoopRoute: boolean;
  };
  readonly database: {
    readonly url: string;
    readonly kind: DatabaseKind;
    readonly logging: boolean;
    /** SQLite read connections beside the main one (SQLITE_READERS). */
    readonly readers: number;
    /** PostgreSQL: reads whose plan does not depend on their parameters kept prepared (POSTGRES_PREPARED_STATEMENTS). */
    readonly keepPrepared: boolean;
  };
  readonly redis: { readonly url: string; readonly queuePrefix: string };
  readonly time: { readonly zone: string; readonly dueSoonDays: number };
  readonly reminders: {
    readonly offsets: readonly string[];
    readonly time: string;
    readonly digestCron: string;
    readonly officeEmails: readonly string[];
    readonly reconcileIntervalMs: number;
  };
  readonly worker: { readonly runs: boolean; readonly concurrency: number };
  readonly mail: {
    readonly smtpUrl: string | undefined;
    readonly from: string;
    /** PROVINCE_NAME: "tỉnh Bắc Kạn". */
    readonly province: string;
    /** EVENT_EMAILS. */
    readonly events: boolean;
    /** Absolute. */
    readonly outboxDir: string;
    readonly maxAttempts: number;
    readonly retryDelayMs: number;
    readonly smtpTimeoutMs: number;
  };
  readonly auth: {
    readonly jwtSecret: string | undefined;
    readonly jwtExpiresIn: string;
    readonly adminEmail: string | undefined;
    readonly adminPassword: string | undefined;
  };
  readonly stats: { readonly cacheSeconds: number };
  /** EXTENSION_GRACE_DAYS and EXTENSION_MAX: the rules of extension requests. */
  readonly extensions: { readonly graceDays: number; readonly max: number };
}

/** Validates `variables` (the process environment unless given) and groups them; throws naming every bad key. */
export function loadConfiguration(variables: Record<string, string | undefined> = process.env): Configuration {
  const env = validateEnvironment(variables);
  const configuration: Configuration = {
    environment: env,
    app: {
      nodeEnv: env.NODE_ENV,
      isProduction: env.NODE_ENV === 'production',
      port: env.PORT,
      host: env.HOST,
      // Unset, the address is this machine's on the port the app listens on.
      appUrl: (variables.APP_URL ? env.APP_URL : `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    },
    logging: { level: env.LOG_LEVEL, format: env.LOG_FORMAT },
    http: {
      bodyLimit: env.BODY_LIMIT,
      corsOrigins: list(env.CORS_ORIGINS),
      loginRateLimit: env.LOGIN_RATE_LIMIT,
      benchNoopRoute: env.BENCH_NOOP_ROUTE === 'on',
    },
    database: {
      url: env.DATABASE_URL,
      kind: databaseKindOf(env.DATABASE_URL),
      logging: env.DATABASE_LOGGING === 'true',
      readers: env.SQLITE_READERS,
      keepPrepared: env.POSTGRES_PREPARED_STATEMENTS === 'on',
    },
    redis: { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX },
    time: { zone: env.APP_TIMEZONE, dueSoonDays: env.DUE_SOON_DAYS },
    reminders: {
      offsets: list(env.REMINDER_OFFSETS),
      time: env.REMINDER_TIME,
      digestCron: env.DIGEST_CRON,
      officeEmails: list(env.OFFICE_EMAILS),
      reconcileIntervalMs: env.RECONCILE_INTERVAL_MS,
    },
    worker: { runs: env.WORKER === 'on', concurrency: env.WORKER_CONCURRENCY },
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM || `Văn phòng UBND ${env.PROVINCE_NAME} <no-reply@localhost>`,
      province: env.PROVINCE_NAME,
      events: env.EVENT_EMAILS === 'on',
      outboxDir: resolveProjectPath(env.OUTBOX_DIR),
      maxAttempts: env.MAIL_MAX_ATTEMPTS,
      retryDelayMs: env.MAIL_RETRY_DELAY_MS,
      smtpTimeoutMs: env.SMTP_TIMEOUT_MS,
    },
    auth: {
      jwtSecret: env.JWT_SECRET,
      jwtExpiresIn: env.JWT_EXPIRES_IN,
      adminEmail: env.ADMIN_EMAIL,
      adminPassword: env.ADMIN_PASSWORD,
    },
    stats: { cacheSeconds: env.STATS_CACHE_SECONDS },
    extensions: { graceDays: env.EXTENSION_GRACE_DAYS, max: env.EXTENSION_MAX },
  };
  return deepFreeze(configuration);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
