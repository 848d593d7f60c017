import { CoreSchema1767225600000 } from './1767225600000-CoreSchema';
import { FoldedSearchForDepartmentsAndSessions1795720132888 } from './1795720132888-FoldedSearchForDepartmentsAndSessions';
import { TaskQueryIndexes1795720604902 } from './1795720604902-TaskQueryIndexes';
import { TaskSearchIndex1795720901410 } from './1795720901410-TaskSearchIndex';
import { Notifications1795721564930 } from './1795721564930-Notifications';

/** Migrations in the order they run; the same list serves SQLite and PostgreSQL. */
export const MIGRATIONS = [
  CoreSchema1767225600000,
  FoldedSearchForDepartmentsAndSessions1795720132888,
  TaskQueryIndexes1795720604902,
  TaskSearchIndex1795720901410,
  Notifications1795721564930,
];
