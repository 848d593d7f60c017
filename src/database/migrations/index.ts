import { CoreSchema1767225600000 } from './1767225600000-CoreSchema';
import { Users1795720147421 } from './1795720147421-Users';
import { AuditTrail1795720147422 } from './1795720147422-AuditTrail';

/** Migrations in the order they run; the same list serves SQLite and PostgreSQL. */
export const MIGRATIONS = [CoreSchema1767225600000, Users1795720147421, AuditTrail1795720147422];
