import { CoreSchema1767225600000 } from './1767225600000-CoreSchema';
import { Notifications1795720365589 } from './1795720365589-Notifications';

/** Migrations in the order they run; the same list serves SQLite and PostgreSQL. */
export const MIGRATIONS = [CoreSchema1767225600000, Notifications1795720365589];
