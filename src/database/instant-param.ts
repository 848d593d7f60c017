import { DataSource, type EntityManager } from 'typeorm';
import type { DatabaseKind } from '../config/app-config';
import { sqlDialectFor } from './sql-dialect';

/**
 * An instant in the form the database compares it with. SQLite keeps instants
 * as UTC text 'YYYY-MM-DD HH:MM:SS.SSS' (what TypeORM writes) and compares them
 * as strings, so a parameter must have exactly that shape; the sqlite3 driver
 * would otherwise bind a Date as a number of milliseconds. PostgreSQL takes a
 * Date for a timestamptz.
 */
export function toInstantParam(kind: DatabaseKind, instant: Date): Date | string {
  return sqlDialectFor(kind).instant(instant);
}

export function databaseKindOfConnection(source: DataSource | EntityManager): DatabaseKind {
  const options = source instanceof DataSource ? source.options : source.connection.options;
  return options.type === 'postgres' ? 'postgres' : 'sqlite';
}
