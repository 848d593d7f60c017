import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { ApiError } from '../common/http/api-exception.filter';
import { AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { bearerToken } from './auth.guard';
import { AuthService } from './auth.service';
import { SignInLimiter } from './sign-in-limiter';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Successful Basic credentials are trusted this long, so the dashboard's polling does not hash a
 * password per request. An entry holds the account's token version and is dropped as soon as the
 * account changes (password, role, unit, e-mail, deactivation).
 */
const CREDENTIAL_CACHE_MS = 60_000;

/**
 * The queue dashboard (Bull Board) is a Fastify plugin outside Nest's routing,
 * so the API guard does not see it. This hook closes it in every environment:
 * only an active admin gets in, with either `Authorization: Bearer <admin token>`
 * or HTTP Basic with the admin's e-mail and password (what a browser prompts for).
 * Basic attempts count against the one sign-in budget of the API (SignInLimiter),
 * and any account that is not an active admin gets the same 401 as a wrong
 * password, so the dashboard cannot confirm another account's password.
 * Browsers send cached Basic credentials with cross-site requests too, so a
 * request that changes something must come from the same origin and carry JSON.
 */
export function protectQueueDashboard(app: NestFastifyApplication): void {
  const auth = app.get(AuthService);
  const users = app.get(UsersService);
  const limiter = app.get(SignInLimiter);
  const ownOrigin = new URL(app.get(AppConfig).appUrl).origin;
  const basicCache = new Map<string, { userId: number; tokenVersion: number; until: number }>();

  const deny = (reply: FastifyReply, statusCode: 401 | 403 | 415 | 429, message: string) => {
    const error = { 401: 'Unauthorized', 403: 'Forbidden', 415: 'Unsupported Media Type', 429: 'Too Many Requests' }[
      statusCode
    ];
    if (statusCode === 401) void reply.header('WWW-Authenticate', 'Basic realm="Queues", charset="UTF-8"');
    return reply.code(statusCode).send({ statusCode, error, message } satisfies ApiError);
  };

  /** The admin behind Basic credentials, null for anything else, or the seconds to wait when the budget is spent. */
  const basicAdmin = async (request: FastifyRequest, header: string): Promise<number | null | { retry: number }> => {
    const key = createHash('sha256').update(header).digest('hex');
    const now = Date.now();
    const cached = basicCache.get(key);
    if (cached && cached.until > now) {
      const state = await users.signInState(cached.userId);
      if (state?.actor.role === 'admin' && state.tokenVersion === cached.tokenVersion) return cached.userId;
      basicCache.delete(key);
    }
    const decoded = Buffer.from(header.slice('Basic '.length).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0 || decoded.length > 400) return null;
    const email = decoded.slice(0, colon);
    const outcome = await limiter.attempt(request.ip, email, () =>
      auth.checkCredentials(email, decoded.slice(colon + 1)),
    );
    if (outcome.limited) return { retry: outcome.retryAfterSeconds };
    const user = outcome.result;
    if (!user || user.role !== 'admin') return null;
    if (basicCache.size > 1_000) basicCache.clear();
    basicCache.set(key, { userId: user.id, tokenVersion: user.tokenVersion, until: now + CREDENTIAL_CACHE_MS });
    return user.id;
  };

  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!isDashboardRequest(request)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        if (!sameOrigin(request, ownOrigin)) return deny(reply, 403, 'Cross-site requests to the queues are refused');
        if (hasBody(request) && !/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
          return deny(reply, 415, 'Content-Type must be application/json');
        }
      }
      const header = request.headers.authorization;
      if (typeof header === 'string' && /^Basic /i.test(header)) {
        const result = await basicAdmin(request, header);
        if (result !== null && typeof result === 'object') {
          void reply.header('Retry-After', String(result.retry));
          return deny(reply, 429, 'Too many sign-in attempts; try again in a minute');
        }
        if (result === null) return deny(reply, 401, 'Sign in as an admin to see the queues');
        return;
      }
      const token = bearerToken(header);
      const actor = token ? await auth.actorForToken(token) : null;
      if (!actor) return deny(reply, 401, 'Sign in as an admin to see the queues');
      if (actor.role !== 'admin') return deny(reply, 403, 'Only an admin may see the queues');
    });
}

/**
 * A request a browser made from another site says so: `Sec-Fetch-Site` (modern
 * browsers) or `Origin`. Either, when present, must name this site.
 */
function sameOrigin(request: FastifyRequest, ownOrigin: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return true;
  return origin === ownOrigin || origin === `${request.protocol}://${request.host}`;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/** By the matched route when there is one (the router decodes %-escapes), else by the decoded path. */
function isDashboardRequest(request: FastifyRequest): boolean {
  const under = (path: string) => path === QUEUE_DASHBOARD_PATH || path.startsWith(`${QUEUE_DASHBOARD_PATH}/`);
  const route = request.routeOptions?.url;
  if (route && under(route)) return true;
  let path = request.url.split('?', 1)[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape cannot route anywhere; judge the raw path.
  }
  return under(path.replace(/\/{2,}/g, '/').toLowerCase());
}
