import { createParamDecorator, ExecutionContext } from '@nestjs/common';

export const ROLES = ['admin', 'office', 'leader', 'department'] as const;
export type Role = (typeof ROLES)[number];

/** Who is making a request, as established by the auth feature. */
export interface Actor {
  userId: number;
  role: Role;
  /** Set for role "department": the one department the user belongs to. */
  departmentId: number | null;
}

/**
 * The request's actor (`request.user`). Services take it to scope what a
 * department user may see and do; `undefined` means an internal caller
 * (scripts, the worker) acting with full rights.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | undefined => {
  const request = context.switchToHttp().getRequest<{ user?: Actor }>();
  return request.user;
});

/** True when the actor is restricted to one department's data. */
export function isDepartmentActor(actor: Actor | undefined): actor is Actor & { role: 'department' } {
  return actor?.role === 'department';
}
