import { CoreSchema1767225600000 } from './1767225600000-CoreSchema';

/** Migrations in the order they run; the same list serves SQLite and PostgreSQL. */
export const MIGRATIONS = [CoreSchema1767225600000];
