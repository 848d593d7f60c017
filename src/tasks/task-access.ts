import { ForbiddenException } from '@nestjs/common';
import { Actor, isDepartmentActor } from '../common/auth/actor';

/**
 * How an actor stands to one task (department scoping):
 * - `full`: internal callers, admin, office, leader: they see every task;
 * - `lead`: a department user whose department leads the task;
 * - `support`: a department user whose department cooperates on it.
 * A department user with neither relation does not see the task at all: the
 * services answer 404, so that a task's existence is not revealed.
 */
export type TaskAccess = 'full' | 'lead' | 'support';

/** Create, edit, cancel: the office's work (and admin's, and internal callers'). */
export function assertCanManageTasks(actor: Actor | undefined): void {
  if (actor && actor.role !== 'admin' && actor.role !== 'office') {
    throw new ForbiddenException('Only the office can create, edit or cancel tasks');
  }
}

/**
 * Progress: the office, admin, and the departments on the task. A cooperating
 * department's update is recorded as a note (see TaskService.addProgress).
 */
export function assertCanPostProgress(actor: Actor | undefined): void {
  if (actor?.role === 'leader') throw new ForbiddenException('Leaders do not post progress');
}

export function assertCanComplete(actor: Actor | undefined, access: TaskAccess): void {
  assertCanPostProgress(actor);
  if (isDepartmentActor(actor) && access !== 'lead') {
    throw new ForbiddenException('Only the lead department can complete this task');
  }
}

export function assertCanRequestExtension(actor: Actor | undefined, access: TaskAccess): void {
  if (actor?.role === 'leader') throw new ForbiddenException('Leaders decide extensions, they do not request them');
  if (isDepartmentActor(actor) && access !== 'lead') {
    throw new ForbiddenException('Only the lead department can request an extension');
  }
}

export function assertCanDecideExtension(actor: Actor | undefined): void {
  if (isDepartmentActor(actor)) throw new ForbiddenException('Only the office or a leader decides extensions');
}
