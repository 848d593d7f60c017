import type { Task, TaskAction } from '../../lib/api/queries';

/** What the signed-in user may do on a task: the server decides, the page only shows it. */
export function allowedActions(task: Task): TaskAction[] {
  return task.allowedActions ?? [];
}
