import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';

export const ROLES = ['admin', 'office', 'leader', 'department'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in user making a request, as established by the auth feature. */
export interface UserActor {
  userId: number;
  role: Role;
  /** Set for role "department": the one department the user belongs to. */
  departmentId: number | null;
}

/**
 * The service acting on its own: the seed, scripts, the worker, schedulers. It
 * has every right and no user; the audit trail records its changes with no
 * actor, which the trail reads as "the system".
 */
export interface SystemActor {
  readonly userId: null;
  readonly role: 'system';
  readonly departmentId: null;
}

/**
 * Whoever a service acts for. Always given: there is no "no actor" meaning full
 * rights, so a caller that forgets it fails to compile instead of dropping the
 * department scope.
 */
export type Actor = UserActor | SystemActor;

export const SYSTEM_ACTOR: SystemActor = Object.freeze({ userId: null, role: 'system', departmentId: null });

/**
 * The request's actor (`request.user`, set by the auth guard). A route that
 * reaches here without one (a @Public route asking for it) answers 401 rather
 * than running unscoped.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): UserActor => {
  const request = context.switchToHttp().getRequest<{ user?: UserActor }>();
  if (!request.user) throw new UnauthorizedException('Authentication required');
  return request.user;
});

/** True when the actor is restricted to one department's data. */
export function isDepartmentActor(actor: Actor): actor is UserActor & { role: 'department' } {
  return actor.role === 'department';
}
