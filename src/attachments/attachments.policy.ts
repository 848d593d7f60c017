import { ForbiddenException } from '@nestjs/common';
import { Actor, isDepartmentActor } from '../common/auth/actor';

/**
 * Row rules of task attachments. The upload route admits the office and the
 * departments; reading a task's files follows the task's visibility (tasks.policy).
 */

/** Files go onto a task from its lead unit or the office (admin, the system); a cooperating unit sends its part to the lead unit. */
export function assertMayAttachTo(actor: Actor, task: { leadDepartmentId: number }): void {
  if (isDepartmentActor(actor) && task.leadDepartmentId !== actor.departmentId) {
    throw new ForbiddenException('Only the lead department or the office can upload attachments to this task');
  }
}

/** The unit a file is recorded as coming from: the uploader's department, none for the office. */
export function attachingUnitOf(actor: Actor): number | null {
  return isDepartmentActor(actor) ? actor.departmentId : null;
}
