import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A digest of every table's rows (junction tables included), to show that a
 * rejected request changed nothing at all: not a row, not an audit entry.
 */
export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  const tables = new Map<string, string[]>();
  for (const metadata of dataSource.entityMetadatas) {
    tables.set(
      metadata.tableName,
      metadata.primaryColumns.map((column) => column.databaseName),
    );
  }
  for (const [table, keys] of [...tables].sort(([a], [b]) => a.localeCompare(b))) {
    const order = keys.map((key) => `"${key}"`).join(', ');
    const rows: unknown[] = await dataSource.query(`SELECT * FROM "${table}"${order ? ` ORDER BY ${order}` : ''}`);
    result[table] = `${rows.length}:${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)}`;
  }
  return result;
}

/**
 * A mark that moves whenever a row may have been written, read in one query where the fingerprint reads every
 * table: while it has not moved, the fingerprint is what it was. On SQLite, the rows this connection changed
 * (`total_changes()`, the app's single connection) and the commits of any other connection (`data_version`);
 * on PostgreSQL, the server's WAL insert position, which every write of a row advances. It also moves without a
 * row changing (another database on the server, a hint bit): the caller then reads the fingerprint itself.
 */
export async function writeMark(dataSource: DataSource): Promise<string> {
  if (dataSource.options.type === 'postgres') {
    const [row] = await dataSource.query('SELECT pg_current_wal_insert_lsn()::text AS mark');
    return String(row.mark);
  }
  const [changes] = await dataSource.query('SELECT total_changes() AS changes');
  const [version] = await dataSource.query('PRAGMA data_version');
  return `${changes.changes}:${version.data_version}`;
}
