import { EntityManager, ObjectLiteral } from 'typeorm';

/**
 * Runs hand-written SQL with `:name` / `:...list` parameters on either database:
 * the driver turns them into its own placeholders and converts Date values
 * (UTC text on SQLite, timestamptz on PostgreSQL). Identifiers are quoted
 * ("dueAt") so that PostgreSQL keeps their case.
 */
export function rawQuery<T>(manager: EntityManager, sql: string, params: ObjectLiteral = {}): Promise<T[]> {
  const [query, parameters] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
  return manager.query(query, parameters);
}

/** An instant read by raw SQL: a Date from PostgreSQL, UTC text ("2024-01-31 16:59:59.999") from SQLite. */
export function instantOf(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

/** Counts come back as numbers from SQLite and as strings (bigint) from PostgreSQL. */
export function countOf(value: unknown): number {
  return Number(value ?? 0);
}
