import { ForbiddenException } from '@nestjs/common';
import { Actor, Role } from './actor';

/**
 * Throws 403 unless the actor has one of `roles`. An undefined actor is an
 * internal caller (seed, worker) and may do anything.
 */
export function assertRole(actor: Actor | undefined, roles: readonly Role[], action: string): void {
  if (actor && !roles.includes(actor.role)) {
    throw new ForbiddenException(`Role "${actor.role}" may not ${action}`);
  }
}

/** Who maintains the list of departments. */
export const DEPARTMENT_WRITERS: readonly Role[] = ['admin'];

/** Who records sessions, attendees and any department's reports. */
export const SESSION_WRITERS: readonly Role[] = ['admin', 'office'];
