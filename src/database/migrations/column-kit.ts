import { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * Column shapes shared by the migrations. One set of migrations serves SQLite and
 * PostgreSQL, so driver-specific types are chosen here rather than written twice.
 */
export function columnKit(queryRunner: QueryRunner) {
  const postgres = queryRunner.connection.driver.options.type === 'postgres';
  const now = postgres ? 'now()' : "datetime('now')";
  return {
    id: (): TableColumnOptions => ({
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    }),
    int: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'integer',
      ...extra,
    }),
    varchar: (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      ...extra,
    }),
    text: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'text',
      ...extra,
    }),
    bool: (name: string, defaultValue: boolean): TableColumnOptions => ({
      name,
      type: 'boolean',
      default: postgres ? String(defaultValue) : defaultValue ? 1 : 0,
    }),
    instant: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: postgres ? 'timestamptz' : 'datetime',
      ...extra,
    }),
    calendarDate: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '10',
      ...extra,
    }),
    createdAt: (name = 'createdAt'): TableColumnOptions => ({
      name,
      type: postgres ? 'timestamptz' : 'datetime',
      default: now,
    }),
  };
}
