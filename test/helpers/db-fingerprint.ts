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
