import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsEmail,
  IsIn,
  IsInt,
  isEmail,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  validateSync,
} from 'class-validator';
import { isValidTimeZone } from '../common/time/zoned-time';
import { passwordProblem } from '../users/password-policy';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * Every environment variable the service reads, with its default and its rule
 * (every key needs at least one rule; `@IsOptional()` for a key without a default).
 * `loadConfiguration` (configuration.ts) validates it once per boot and groups it;
 * everything else asks `AppConfig` for typed values.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Public address of the web app, used in links inside e-mails. */
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'APP_URL must be an http(s) URL' })
  APP_URL = 'http://localhost:3000';

  /** `sqlite:<path>` (relative to the project folder) or `postgres://…`. */
  @Matches(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, {
    message: 'DATABASE_URL must look like sqlite:data/app.sqlite or postgres://user@host:5432/db',
  })
  DATABASE_URL = 'sqlite:data/app.sqlite';

  @IsIn(['true', 'false'])
  DATABASE_LOGGING: 'true' | 'false' = 'false';

  /** SQLite: read-only connections beside the main one for the task lists' reads (see ReadConnections); 0: none. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(16)
  SQLITE_READERS = 2;

  /**
   * PostgreSQL: the list's reads kept prepared on each connection (see KeptStatements); `off` behind a
   * pooler that hands a session's statements to other server connections (PgBouncer in transaction mode).
   */
  @IsIn(['on', 'off'])
  POSTGRES_PREPARED_STATEMENTS: 'on' | 'off' = 'on';

  @Matches(/^rediss?:\/\/.+$/, { message: 'REDIS_URL must look like redis://host:6379' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key the queues use, so that several deployments can share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, - or _' })
  QUEUE_PREFIX = 'ubnd';

  /** IANA time zone in which calendar-date deadlines end and reminders are sent. */
  @Transform(trimmed)
  @IsString()
  APP_TIMEZONE = 'Asia/Ho_Chi_Minh';

  /** A task is "due soon" when its deadline is at most this many days away. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  DUE_SOON_DAYS = 3;

  /**
   * Last day of the month included in a reporting period (Nghị định 09/2019/NĐ-CP, Art. 12: the
   * 15th of the previous month to the 14th); 0 gives calendar periods.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(28)
  PERIOD_CUTOFF_DAY = 14;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Who decides extension requests besides the leader in charge and the chairman:
   * `leader` (only they) or `leader,office` (the office too).
   */
  @Matches(/^\s*(leader|office)(\s*,\s*(leader|office))*\s*$/, {
    message: 'EXTENSION_DECIDERS must be leader or leader,office',
  })
  EXTENSION_DECIDERS = 'leader';

  /** Whole days after a deadline in which an extension may still be requested; 0: only before the deadline. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(30)
  EXTENSION_GRACE_DAYS = 0;

  /** Approved extensions allowed per task, or per occurrence of a recurring task. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(20)
  EXTENSION_MAX = 2;

  /** How many days before today an actual completion date may lie. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  COMPLETION_BACKDATE_DAYS = 5;

  /** `on`: a unit's reported completion waits for the office to confirm it; `off`: it counts at once. */
  @IsIn(['on', 'off'])
  CONFIRM_COMPLETION: 'on' | 'off' = 'on';

  /** `auto`: readable lines on a terminal outside production, JSON otherwise; `json` or `pretty` force one. */
  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';

  /** Comma-separated offsets before each deadline: `7d` (at REMINDER_TIME), `2h`, `30m`, `10s`. */
  @Matches(/^\s*\d+\s*[dhms](\s*,\s*\d+\s*[dhms])*\s*$/, {
    message: 'REMINDER_OFFSETS must be a comma-separated list such as 7d,3d,1d,0d or 2h,30m,10s',
  })
  REMINDER_OFFSETS = '7d,3d,1d,0d';

  /** Local time of day at which whole-day reminders are sent. */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'REMINDER_TIME must be HH:mm, e.g. 08:00' })
  REMINDER_TIME = '08:00';

  /** Cron expression, in APP_TIMEZONE, of the morning digest. */
  @Matches(/^\S+(\s+\S+){4,5}$/, { message: 'DIGEST_CRON must be a cron expression such as 30 7 * * *' })
  DIGEST_CRON = '30 7 * * *';

  /** Comma-separated addresses of the chairman's office, who receive the province-wide summary. */
  @IsString()
  OFFICE_EMAILS = '';

  /** smtp://user:pass@host:port; unset writes messages as .eml files to OUTBOX_DIR instead. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+$/, { message: 'SMTP_URL must look like smtp://host:25' })
  SMTP_URL?: string;

  /** Sender of every e-mail; empty: "Văn phòng UBND <PROVINCE_NAME> <no-reply@localhost>". */
  @IsString()
  @MaxLength(200)
  MAIL_FROM = '';

  /** The province as e-mails name it, in the sender, letterheads and footers ("tỉnh Bắc Kạn"). */
  @Transform(trimmed)
  @IsString()
  @Matches(/^\S.{0,99}$/u, { message: 'PROVINCE_NAME must be 1-100 characters, e.g. tỉnh Bắc Kạn' })
  PROVINCE_NAME = 'tỉnh Bắc Kạn';

  /** `on`: e-mail the moments that call for action (task assigned, deadline changed, extension requested…). */
  @IsIn(['on', 'off'])
  EVENT_EMAILS: 'on' | 'off' = 'on';

  @IsString()
  OUTBOX_DIR = 'data/outbox';

  /** Where uploaded attachments are kept; shared by every instance and backed up with the database. */
  @IsString()
  @Matches(/\S/, { message: 'FILES_DIR must name a folder, e.g. data/files' })
  FILES_DIR = 'data/files';

  /** Hours an uploaded attachment may stay unlinked to a completion before its file and row are removed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  ATTACHMENT_UNLINKED_TTL_HOURS = 24;

  /** Sending attempts per message before it is marked failed (SMTP 4xx, timeouts, dropped connections). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  MAIL_MAX_ATTEMPTS = 5;

  /** First retry delay after a failed send; each further retry waits twice as long. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  MAIL_RETRY_DELAY_MS = 30_000;

  /** Connection, greeting and socket timeout of the SMTP client. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  SMTP_TIMEOUT_MS = 30_000;

  /** How often the reconciler re-creates queue jobs that Redis lost (a flush, an outage). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  RECONCILE_INTERVAL_MS = 60_000;

  /** Messages one process sends at the same time. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY = 10;

  /** `on`: this process also runs the queue processors; `off`: it only schedules. */
  @IsIn(['on', 'off'])
  WORKER: 'on' | 'off' = 'on';

  /** HS256 key for access tokens; at least 32 bytes in production. Unset elsewhere: a random key per process. */
  @IsOptional()
  @IsString()
  JWT_SECRET?: string;

  @Matches(/^\d+[smhd]$/, { message: 'JWT_EXPIRES_IN must look like 8h, 30m or 7d' })
  JWT_EXPIRES_IN = '8h';

  /** The first admin account, created at start when there is no user at all. */
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  ADMIN_PASSWORD?: string;

  /** Comma-separated origins allowed by CORS; empty keeps CORS closed. */
  @IsString()
  CORS_ORIGINS = '';

  /** Largest accepted request body, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT = 1_048_576;

  /** Login attempts allowed per client per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  /**
   * Reverse proxies whose X-Forwarded-For is believed, so that limits count the real client:
   * `off` (default), a hop count (`1`: the nearest proxy), or a comma-separated list of proxy
   * addresses or CIDR ranges.
   */
  @Matches(/^(off|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, {
    message: 'TRUST_PROXY must be off, a hop count or a comma-separated list of proxy addresses',
  })
  TRUST_PROXY = 'off';

  /** Longest time a statistics result is reused (0: never); any task change in this process drops it at once. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300)
  STATS_CACHE_SECONDS = 5;

  /**
   * `on` adds `GET /api/bench/noop`, a route that does nothing, so the benchmark can
   * measure the ceiling of this app's own HTTP stack (adapter, hooks, guards, pipes).
   */
  @IsIn(['on', 'off'])
  BENCH_NOOP_ROUTE: 'on' | 'off' = 'off';
}

/** Validates the environment once at boot; the thrown message names every bad key. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, stripEmpty(raw), { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  const problems = errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
  const badOfficeEmails = env.OFFICE_EMAILS.split(',')
    .map((address) => address.trim())
    .filter((address) => address.length > 0 && !isEmail(address));
  if (badOfficeEmails.length > 0) {
    problems.push(`OFFICE_EMAILS: not e-mail addresses: ${badOfficeEmails.join(', ')}`);
  }
  if (!isValidTimeZone(env.APP_TIMEZONE)) {
    problems.push(`APP_TIMEZONE: "${env.APP_TIMEZONE}" is not an IANA time zone such as Asia/Ho_Chi_Minh`);
  }
  problems.push(...accountProblems(env));
  if (problems.length > 0) {
    throw new Error(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return env;
}

/** Placeholders that appear in examples and must never sign real tokens. */
const PLACEHOLDER_SECRETS = [/change[-_ ]?me/i, /^secret$/i, /replace[-_ ]?(me|this|with)/i, /^x+$/i];

/**
 * Account and token settings. Production refuses to start with a missing or short
 * token key or a default admin password; other environments only need the pair
 * ADMIN_EMAIL / ADMIN_PASSWORD to be complete.
 */
function accountProblems(env: Environment): string[] {
  const problems: string[] = [];
  if (env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) problems.push('ADMIN_PASSWORD: required when ADMIN_EMAIL is set');
  if (env.ADMIN_PASSWORD && !env.ADMIN_EMAIL) problems.push('ADMIN_EMAIL: required when ADMIN_PASSWORD is set');
  if (env.NODE_ENV !== 'production') return problems;
  const secret = env.JWT_SECRET;
  if (!secret) {
    problems.push(
      'JWT_SECRET: required in production (at least 32 bytes, e.g. the output of `openssl rand -base64 48`)',
    );
  } else if (Buffer.byteLength(secret, 'utf8') < 32) {
    problems.push(`JWT_SECRET: must be at least 32 bytes in production (it has ${Buffer.byteLength(secret, 'utf8')})`);
  } else if (PLACEHOLDER_SECRETS.some((pattern) => pattern.test(secret)) || new Set(secret).size < 8) {
    problems.push('JWT_SECRET: looks like a placeholder; use a random value (e.g. `openssl rand -base64 48`)');
  }
  if (env.ADMIN_PASSWORD) {
    const problem = passwordProblem(env.ADMIN_PASSWORD);
    if (problem) problems.push(`ADMIN_PASSWORD: ${problem}; a default or weak admin password is refused in production`);
  }
  return problems;
}

/**
 * Every key `Environment` declares, read from its validation rules, so that an
 * optional key without a default is kept like any other.
 */
export function declaredKeys(): string[] {
  const rules = getMetadataStorage().getTargetValidationMetadatas(Environment, '', true, false);
  return [...new Set(rules.map((rule) => rule.propertyName))];
}

/**
 * The declared keys of `raw` (variables the service does not read are left
 * out); an empty variable means "use the default", as it does in most .env conventions.
 */
function stripEmpty(raw: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of declaredKeys()) {
    const value = raw[key];
    if (value !== undefined && value !== '') result[key] = value;
  }
  return result;
}

/**
 * The validated process environment. Prefer the `Configuration` a module is
 * given (`AppModule.register({ configuration })`): it may come from a test's own variables.
 */
export function readEnvironment(): Environment {
  return validateEnvironment(process.env);
}
