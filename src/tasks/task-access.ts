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

/** What decides whether an actor may decide a task's extension request. */
export interface ExtensionDecisionFacts {
  /** The deciding actor's title when it is a leader. */
  leaderTitle: 'chairman' | 'vice_chairman' | null;
  /** The task's leader in charge. */
  taskLeaderId: number | null;
  /** EXTENSION_DECIDERS includes office. */
  officeDecides: boolean;
}

/**
 * Extensions are decided by the leader in charge of the task or the chairman
 * (any leader while the task names none), by admins, and by the office only
 * where EXTENSION_DECIDERS includes `office`.
 */
export function decidesExtension(actor: Actor | undefined, facts: ExtensionDecisionFacts): boolean {
  if (!actor || actor.role === 'admin') return true;
  if (actor.role === 'office') return facts.officeDecides;
  if (actor.role !== 'leader') return false;
  return facts.leaderTitle === 'chairman' || facts.taskLeaderId === null || facts.taskLeaderId === actor.userId;
}

export function assertCanDecideExtension(actor: Actor | undefined, facts: ExtensionDecisionFacts): void {
  if (decidesExtension(actor, facts)) return;
  if (actor?.role === 'office') {
    throw new ForbiddenException(
      'Extensions are decided by the leader in charge or the chairman; the office forwards the request with its opinion',
    );
  }
  throw new ForbiddenException('Only the leader in charge of the task or the chairman decides its extensions');
}

/** The office forwards requests to the deciding leader (admins too). */
export function assertCanForwardExtension(actor: Actor | undefined): void {
  if (actor && actor.role !== 'admin' && actor.role !== 'office') {
    throw new ForbiddenException('Only the office forwards extension requests');
  }
}
