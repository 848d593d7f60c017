import { ForbiddenException } from '@nestjs/common';
import { Actor, isDepartmentActor } from '../../common/auth/actor';

/**
 * Row rule of the deadline calendars. The address route admits the office and
 * the departments; the address is a credential for one department's feed.
 */
export function assertMayReadCalendarOf(actor: Actor, departmentId: number): void {
  if (isDepartmentActor(actor) && actor.departmentId !== departmentId) {
    throw new ForbiddenException("Only the department's own users and the office see its calendar address");
  }
}
