// The factories live in test/factories/ (one per entity); this file keeps the old import path working.
export { createAttendee } from '../factories/attendee.factory';
export { postDepartment as createDepartment } from '../factories/department.factory';
export { createReport } from '../factories/report.factory';
export { postSession as createSession } from '../factories/session.factory';
export { badFields } from './bad-fields';
