import { ForbiddenException } from '@nestjs/common';
import { Actor, isDepartmentActor } from '../common/auth/actor';

/**
 * Row rules of sessions and their department reports. Which roles write at all
 * is said on the routes (@Roles): the office records sessions and attendees,
 * the office and the departments submit reports.
 */

/** A department submits and moves reports only under its own name; the office (admin, the system) for any unit. */
export function assertMayReportFor(actor: Actor, departmentId: number): void {
  if (isDepartmentActor(actor) && actor.departmentId !== departmentId) {
    throw new ForbiddenException('A department may submit reports only for itself');
  }
}

/**
 * Whether the actor may change (or extract figures from) a unit's report. Every
 * role reads reports; another department's report is not revealed to a
 * department user for writing, so the service answers 404 when this is false.
 */
export function mayEditReportOf(actor: Actor, departmentId: number): boolean {
  return !isDepartmentActor(actor) || actor.departmentId === departmentId;
}
