import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** How the request was authenticated: its session, and whether by the browser's cookie or a bearer token. */
export interface RequestSession {
  id: string;
  via: 'cookie' | 'bearer';
}

export interface SessionRequest {
  authSession?: RequestSession;
}

/** The session the request's token belongs to (set by the auth guard). */
export const CurrentSession = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<SessionRequest>().authSession;
});
