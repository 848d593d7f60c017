import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, UserActor } from '../common/auth/actor';
import { PUBLIC_KEY, ROLES_KEY } from '../common/auth/roles.decorator';
import { AuthService } from './auth.service';
import type { SessionRequest } from './current-session';
import { cookieOf, CSRF_COOKIE, CSRF_HEADER, isSafeMethod, SESSION_COOKIE } from './session-cookies';

/** Reads `Authorization: Bearer <token>`; anything else is no token. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer +(\S{1,4096})$/i.exec(header.trim());
  return match ? match[1] : null;
}

/**
 * Every route needs a valid token of an active account unless marked @Public:
 * `Authorization: Bearer <token>`, or the browser's `ubnd_session` cookie. A
 * request the cookie authenticates that changes state must also carry
 * `X-CSRF-Token` equal to the `ubnd_csrf` cookie and bound to the session.
 * The guard sets `request.user` to the actor (role and department as they are
 * now, not as they were when the token was issued), then checks @Roles:
 * admin passes everywhere, a route without @Roles is admin-only.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & SessionRequest & { user?: UserActor }>();
    const bearer = bearerToken(request.headers.authorization);
    const cookie = bearer ? null : cookieOf(request, SESSION_COOKIE);
    const token = bearer ?? cookie;
    const signedIn = token ? await this.auth.authenticate(token) : null;
    if (!signedIn) {
      void context.switchToHttp().getResponse<FastifyReply>().header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException(token ? 'The access token is invalid or expired' : 'Authentication required');
    }
    if (cookie && !isSafeMethod(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const presented = typeof header === 'string' ? header : null;
      if (
        !presented ||
        presented !== cookieOf(request, CSRF_COOKIE) ||
        !this.auth.csrfTokenMatches(signedIn.sessionId, presented)
      ) {
        throw new ForbiddenException('CSRF token missing or wrong');
      }
    }
    request.user = signedIn.actor;
    request.authSession = { id: signedIn.sessionId, via: cookie ? 'cookie' : 'bearer' };

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (signedIn.actor.role === 'admin' || allowed?.includes(signedIn.actor.role)) return true;
    throw new ForbiddenException('Your role does not allow this action');
  }
}
