import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StartedSession } from './auth.service';

/** The browser's session: the access token, HttpOnly so page scripts never hold it. */
export const SESSION_COOKIE = 'ubnd_session';
/** Readable by the page, which echoes it in X-CSRF-Token on every state-changing request. */
export const CSRF_COOKIE = 'ubnd_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Sets both cookies of a browser session. `secure` when APP_URL is https. */
export function setSessionCookies(reply: FastifyReply, session: StartedSession, secure: boolean): void {
  const common = { path: '/', sameSite: 'strict', secure, maxAge: session.maxAgeSeconds } as const;
  void reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  const common = { path: '/', sameSite: 'strict', secure } as const;
  void reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  void reply.clearCookie(CSRF_COOKIE, { ...common, httpOnly: false });
}

export function cookieOf(request: FastifyRequest, name: string): string | null {
  const value = (request.cookies as Record<string, string | undefined> | undefined)?.[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 4096 ? value : null;
}

/** Requests that change nothing need no CSRF token. */
export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}
