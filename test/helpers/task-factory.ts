// The factories live in test/factories/ (one per entity); this file keeps the old import path working.
export { createDepartment } from '../factories/department.factory';
export { createSession } from '../factories/session.factory';
export { createTask } from '../factories/task.factory';
export type { TaskBody, TaskJson } from '../factories/task.factory';
export { dateFromNow, daysFromNow } from './dates';
