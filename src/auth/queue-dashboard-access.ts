import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { ApiError } from '../common/http/api-exception.filter';
import { AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { bearerToken } from './auth.guard';
import { AuthService } from './auth.service';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Successful Basic credentials are trusted this long, so the dashboard's polling does not hash a password per request. */
const CREDENTIAL_CACHE_MS = 60_000;
const FAILURE_WINDOW_MS = 60_000;

/**
 * The queue dashboard (Bull Board) is a Fastify plugin outside Nest's routing,
 * so the API guard does not see it. This hook closes it in every environment:
 * only an active admin gets in, with either `Authorization: Bearer <admin token>`
 * or HTTP Basic with the admin's e-mail and password (what a browser prompts for).
 * Failed Basic attempts count against the same per-minute limit as the login.
 */
export function protectQueueDashboard(app: NestFastifyApplication): void {
  const auth = app.get(AuthService);
  const users = app.get(UsersService);
  const failureLimit = app.get(AppConfig).loginRateLimit;
  const basicCache = new Map<string, { userId: number; until: number }>();
  const failures = new Map<string, { count: number; until: number }>();

  const deny = (reply: FastifyReply, statusCode: 401 | 403 | 429, message: string) => {
    const error = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'Too Many Requests' }[statusCode];
    if (statusCode === 401) void reply.header('WWW-Authenticate', 'Basic realm="Queues", charset="UTF-8"');
    return reply.code(statusCode).send({ statusCode, error, message } satisfies ApiError);
  };

  const basicUser = async (request: FastifyRequest, header: string): Promise<number | null | 'blocked'> => {
    const key = createHash('sha256').update(header).digest('hex');
    const now = Date.now();
    const cached = basicCache.get(key);
    if (cached && cached.until > now) return cached.userId;
    const failure = failures.get(request.ip);
    if (failure && failure.until > now && failure.count >= failureLimit) return 'blocked';
    const decoded = Buffer.from(header.slice('Basic '.length).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user =
      colon > 0 && decoded.length <= 400
        ? await auth.checkCredentials(decoded.slice(0, colon), decoded.slice(colon + 1))
        : null;
    if (!user) {
      const current = failure && failure.until > now ? failure : { count: 0, until: now + FAILURE_WINDOW_MS };
      current.count += 1;
      failures.set(request.ip, current);
      return null;
    }
    if (basicCache.size > 1_000) basicCache.clear();
    basicCache.set(key, { userId: user.id, until: now + CREDENTIAL_CACHE_MS });
    return user.id;
  };

  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!isDashboardRequest(request)) return;
      const header = request.headers.authorization;
      let userId: number | null;
      if (typeof header === 'string' && /^Basic /i.test(header)) {
        const result = await basicUser(request, header);
        if (result === 'blocked') return deny(reply, 429, 'Too many failed sign-in attempts; try again in a minute');
        userId = result;
      } else {
        const token = bearerToken(header);
        userId = token ? ((await auth.actorForToken(token))?.userId ?? null) : null;
      }
      const actor = userId === null ? null : await users.actorFor(userId);
      if (!actor) return deny(reply, 401, 'Sign in as an admin to see the queues');
      if (actor.role !== 'admin') return deny(reply, 403, 'Only an admin may see the queues');
    });
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
