import type { FindOneOptions, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { DatabaseKind } from '../config/app-config';

/**
 * What differs between SQLite and PostgreSQL, in one place, resolved once from
 * the configuration and injected (`constructor(private readonly dialect: SqlDialect)`),
 * so that features never ask which driver they run on.
 */
export abstract class SqlDialect {
  abstract readonly kind: DatabaseKind;

  /**
   * Find options that lock the row read for the rest of the transaction. On
   * PostgreSQL `FOR UPDATE`; SQLite takes the database's write lock when the
   * transaction starts (see TransactionRunner), so no row lock is needed.
   */
  abstract lockForUpdate(): Pick<FindOneOptions, 'lock'>;

  /** The same lock on a query builder. */
  abstract lockRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T>;

  /**
   * `column` is one of the ids `idsSql` (a subquery returning one integer column)
   * returns. PostgreSQL gets them as an array, so that it looks the rows up by
   * key rather than joining the subquery.
   */
  abstract idIn(column: string, idsSql: string): string;

  /**
   * An instant as a query parameter, in the form the database compares it
   * with: SQLite keeps instants as UTC text 'YYYY-MM-DD HH:MM:SS.SSS' and
   * compares strings (its driver would bind a Date as milliseconds);
   * PostgreSQL takes a Date for a timestamptz.
   */
  abstract instant(value: Date): Date | string;

  /**
   * `INSERT … ON CONFLICT (conflict) DO UPDATE SET` each of `update` to the new
   * value (or `DO NOTHING` when `update` is empty): the same statement on both
   * (SQLite since 3.24), with each database's placeholders.
   */
  upsert(table: string, columns: string[], conflict: string[], update: string[]): string {
    const quote = (name: string) => `"${name}"`;
    const values = columns.map((_, i) => this.placeholder(i + 1)).join(', ');
    const action =
      update.length === 0
        ? 'DO NOTHING'
        : `DO UPDATE SET ${update.map((name) => `${quote(name)} = excluded.${quote(name)}`).join(', ')}`;
    return (
      `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${values}) ` +
      `ON CONFLICT (${conflict.map(quote).join(', ')}) ${action}`
    );
  }

  /** The n-th (from 1) positional parameter of a raw query. */
  abstract placeholder(n: number): string;
}

class SqliteDialect extends SqlDialect {
  readonly kind = 'sqlite' as const;

  lockForUpdate(): Pick<FindOneOptions, 'lock'> {
    return {};
  }

  lockRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return query;
  }

  idIn(column: string, idsSql: string): string {
    return `${column} IN (${idsSql})`;
  }

  instant(value: Date): string {
    return value.toISOString().replace('T', ' ').replace('Z', '');
  }

  placeholder(): string {
    return '?';
  }
}

class PostgresDialect extends SqlDialect {
  readonly kind = 'postgres' as const;

  lockForUpdate(): Pick<FindOneOptions, 'lock'> {
    return { lock: { mode: 'pessimistic_write' } };
  }

  lockRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return query.setLock('pessimistic_write');
  }

  idIn(column: string, idsSql: string): string {
    return `${column} = ANY(ARRAY(${idsSql}))`;
  }

  instant(value: Date): Date {
    return value;
  }

  placeholder(n: number): string {
    return `$${n}`;
  }
}

export function sqlDialectFor(kind: DatabaseKind): SqlDialect {
  return kind === 'postgres' ? new PostgresDialect() : new SqliteDialect();
}
