/** What a caller may do to a task (`allowedActions`); who may do which is decided in tasks.policy.ts. */
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
