import { QueryRunner } from 'typeorm';

export type Cell = string | number | boolean | null | Date;

/** Encodes values the way TypeORM stores them for each driver, so the app reads generated rows as its own. */
export class RowEncoder {
  constructor(readonly kind: 'sqlite' | 'postgres') {}

  instant(value: Date | null): Cell {
    if (value === null) return null;
    // TypeORM's SQLite driver stores datetime as UTC "YYYY-MM-DD HH:mm:ss.SSS".
    return this.kind === 'sqlite' ? value.toISOString().replace('T', ' ').replace('Z', '') : value.toISOString();
  }

  bool(value: boolean): Cell {
    return this.kind === 'sqlite' ? (value ? 1 : 0) : value;
  }
}

/**
 * Multi-row INSERTs, as many rows per statement as the driver's parameter limit
 * allows (SQLite 32,766, PostgreSQL 65,535), so that a hundred thousand rows
 * take a few hundred statements inside the caller's transaction.
 */
export async function insertRows(
  runner: QueryRunner,
  kind: 'sqlite' | 'postgres',
  table: string,
  columns: string[],
  rows: Cell[][],
): Promise<void> {
  if (rows.length === 0) return;
  const maxParams = kind === 'sqlite' ? 32_000 : 65_000;
  const perStatement = Math.max(1, Math.floor(maxParams / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: Cell[] = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const marks: string[] = [];
      for (const value of row) {
        params.push(value);
        marks.push(kind === 'sqlite' ? '?' : `$${params.length}`);
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await runner.query(head + tuples.join(', '), params);
  }
}

/** After rows were inserted with explicit ids, PostgreSQL's sequences must continue past them. */
export async function resetSequences(
  runner: QueryRunner,
  kind: 'sqlite' | 'postgres',
  tables: string[],
): Promise<void> {
  if (kind !== 'postgres') return;
  for (const table of tables) {
    await runner.query(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX(id) FROM "${table}"), 1))`,
    );
  }
}
