import { CoreSchema1767225600000 } from './1767225600000-CoreSchema';
import { TaskSearchIndex1795720901410 } from './1795720901410-TaskSearchIndex';

/** Migrations in the order they run; the same list serves SQLite and PostgreSQL. */
export const MIGRATIONS = [CoreSchema1767225600000, TaskSearchIndex1795720901410];
