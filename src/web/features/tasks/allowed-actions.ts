import type { Me } from '../../app/auth';
import type { Task, TaskAction } from '../../lib/api/queries';

const OPEN = new Set(['in_progress', 'due_soon', 'overdue', 'no_deadline', 'standing']);

/**
 * What the signed-in user may do on a task. The server's `allowedActions` decides;
 * a server that does not send it yet is read by the role rules it documents
 * (README, "Accounts, roles and security"), and refuses anything else anyway.
 */
export function allowedActions(task: Task, user: Me): TaskAction[] {
  if (task.allowedActions) return task.allowedActions;
  if (!OPEN.has(task.status)) return [];
  switch (user.role) {
    case 'admin':
    case 'office':
      return ['progress', 'complete', 'decide_extension', 'edit', 'cancel'];
    case 'leader':
      return ['decide_extension'];
    case 'department':
      if (user.departmentId === task.leadDepartmentId) return ['progress', 'complete', 'request_extension'];
      if (user.departmentId !== null && task.supportDepartmentIds.includes(user.departmentId)) return ['note'];
      return [];
  }
}
