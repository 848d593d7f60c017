import { ForbiddenException } from '@nestjs/common';
import { Actor, isDepartmentActor } from '../common/auth/actor';
import type { TaskAction } from './task-actions';

/**
 * Row rules of tasks: what a unit may see and do to one task. Which roles reach
 * a route at all is said on the route (@Roles); these rules hold for those who
 * reach it.
 *
 * How an actor stands to one task (department scoping):
 * - `full`: the system, admin, office, leader: they see every task;
 * - `lead`: a department user whose department leads the task;
 * - `support`: a department user whose department cooperates on it.
 * A department user with neither relation does not see the task at all: the
 * services answer 404, so that a task's existence is not revealed.
 */
export type TaskAccess = 'full' | 'lead' | 'support';

/**
 * The actor's relation to a task led by `leadDepartmentId`, given whether the
 * actor's department cooperates on it; null when the actor may not see it.
 */
export function taskAccessOf(actor: Actor, leadDepartmentId: number, cooperates: boolean): TaskAccess | null {
  if (!isDepartmentActor(actor)) return 'full';
  if (actor.departmentId === null) return null;
  if (leadDepartmentId === actor.departmentId) return 'lead';
  return cooperates ? 'support' : null;
}

/** A cooperating department's update is a note: it moves neither the percent nor the status. */
export function postsNoteOnly(access: TaskAccess): boolean {
  return access === 'support';
}

export function assertCanComplete(actor: Actor, access: TaskAccess): void {
  if (isDepartmentActor(actor) && access !== 'lead') {
    throw new ForbiddenException('Only the lead department can complete this task');
  }
}

export function assertCanRequestExtension(actor: Actor, access: TaskAccess): void {
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
 * (any leader while the task names none), by admins and the system, and by the
 * office only where EXTENSION_DECIDERS includes `office`.
 */
export function decidesExtension(actor: Actor, facts: ExtensionDecisionFacts): boolean {
  switch (actor.role) {
    case 'system':
    case 'admin':
      return true;
    case 'office':
      return facts.officeDecides;
    case 'leader':
      return facts.leaderTitle === 'chairman' || facts.taskLeaderId === null || facts.taskLeaderId === actor.userId;
    case 'department':
      return false;
  }
}

export function assertCanDecideExtension(actor: Actor, facts: ExtensionDecisionFacts): void {
  if (decidesExtension(actor, facts)) return;
  if (actor.role === 'office') {
    throw new ForbiddenException(
      'Extensions are decided by the leader in charge or the chairman; the office forwards the request with its opinion',
    );
  }
  throw new ForbiddenException('Only the leader in charge of the task or the chairman decides its extensions');
}

export interface TaskActionFacts {
  /** The caller's role; `system` for the service's own work. */
  role: Actor['role'];
  access: TaskAccess;
  open: boolean;
  /** A unit's completion waits for the office. */
  awaitingConfirmation: boolean;
  hasDeadline: boolean;
  pendingExtension: boolean;
  /** The caller may decide this task's extension requests (see decidesExtension). */
  decidesExtension: boolean;
  /**
   * A request would meet the extension rules now (before the deadline or within EXTENSION_GRACE_DAYS,
   * fewer than EXTENSION_MAX approved); absent counts as met.
   */
  extensionRulesMet?: boolean;
}

/**
 * What the caller may do to the task now (`allowedActions`): the same rules the
 * services enforce, so that a client shows only the buttons that will work.
 */
export function allowedTaskActions(facts: TaskActionFacts): TaskAction[] {
  const { role, access, open } = facts;
  const actions: TaskAction[] = [];
  const office = role === 'system' || role === 'admin' || role === 'office';
  if (facts.awaitingConfirmation && office) actions.push('confirm', 'return');
  if (!open) return actions;
  const lead = office || (role === 'department' && access === 'lead');
  if (lead) actions.push('progress', 'complete');
  if (lead || (role === 'department' && access === 'support')) actions.push('note');
  if (lead && facts.hasDeadline && !facts.pendingExtension && facts.extensionRulesMet !== false)
    actions.push('request_extension');
  if (facts.pendingExtension && facts.decidesExtension) actions.push('decide_extension');
  if (facts.pendingExtension && office) actions.push('forward_extension');
  if (office) actions.push('edit', 'cancel');
  return actions;
}
