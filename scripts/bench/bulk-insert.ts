import { QueryRunner } from 'typeorm';
import { SqlDialect } from '../../src/database/sql-dialect';

/** A value of a generated row: booleans go as they are (SQLite's driver binds them as 1 and 0). */
export type Cell = string | number | boolean | null | Date;

/** Encodes values the way the app stores them, so it reads generated rows as its own. */
export class RowEncoder {
  constructor(readonly dialect: SqlDialect) {}

  instant(value: Date | null): Cell {
    return value === null ? null : this.dialect.instant(value);
  }
}

/**
 * Multi-row INSERTs, as many rows per statement as the database's parameter
 * limit allows (SqlDialect.maxParameters), so that a hundred thousand rows
 * take a few hundred statements inside the caller's transaction.
 */
export async function insertRows(
  runner: QueryRunner,
  dialect: SqlDialect,
  table: string,
  columns: string[],
  rows: Cell[][],
): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.floor(dialect.maxParameters / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: Cell[] = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const marks: string[] = [];
      for (const value of row) {
        params.push(value);
        marks.push(dialect.placeholder(params.length));
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await runner.query(head + tuples.join(', '), params);
  }
}

/** After rows were inserted with explicit ids, generated ids must continue past them (SqlDialect.continueIdsSql). */
export async function continueIds(runner: QueryRunner, dialect: SqlDialect, tables: string[]): Promise<void> {
  for (const table of tables) {
    const sql = dialect.continueIdsSql(table);
    if (sql) await runner.query(sql);
  }
}
