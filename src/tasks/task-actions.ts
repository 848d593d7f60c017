import type { Actor } from '../common/auth/actor';
import type { TaskAccess } from './tasks.policy';

export const TASK_ACTIONS = [
  'progress',
  'complete',
  'note',
  'request_extension',
  'decide_extension',
  'forward_extension',
  'confirm',
  'return',
  'edit',
  'cancel',
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

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
