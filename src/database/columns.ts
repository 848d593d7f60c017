import { Column, ColumnOptions, CreateDateColumn, getMetadataArgsStorage, UpdateDateColumn } from 'typeorm';
import type { DatabaseKind } from '../config/app-config';

/**
 * Instants are `timestamptz` on PostgreSQL and UTC ISO text (`datetime`) on
 * SQLite. Decorators run when a file is imported, before the database is known,
 * so instant columns are declared as `datetime` and recorded here; the data source
 * builder switches them to the right type for the database it connects to.
 */
const instantColumns: Array<{ target: object; propertyName: string }> = [];

function recordInstant(decorator: PropertyDecorator): PropertyDecorator {
  return (target, propertyName) => {
    decorator(target, propertyName);
    instantColumns.push({ target: target.constructor, propertyName: String(propertyName) });
  };
}

export function instantColumnType(kind: DatabaseKind): 'timestamptz' | 'datetime' {
  return kind === 'postgres' ? 'timestamptz' : 'datetime';
}

/** Sets the column type of every instant column for `kind`; called before a data source initialises. */
export function useInstantColumnsFor(kind: DatabaseKind): void {
  const type = instantColumnType(kind);
  for (const column of getMetadataArgsStorage().columns) {
    if (instantColumns.some((c) => c.target === column.target && c.propertyName === column.propertyName)) {
      column.options.type = type;
    }
  }
}

export function InstantColumn(options: Omit<ColumnOptions, 'type'> = {}): PropertyDecorator {
  return recordInstant(Column({ ...options, type: 'datetime' }));
}

export function CreatedAtColumn(): PropertyDecorator {
  return recordInstant(CreateDateColumn({ type: 'datetime' }));
}

export function UpdatedAtColumn(): PropertyDecorator {
  return recordInstant(UpdateDateColumn({ type: 'datetime' }));
}

/** A calendar date kept as YYYY-MM-DD text, so no driver shifts it across a time zone. */
export function CalendarDateColumn(options: Omit<ColumnOptions, 'type' | 'length'> = {}): PropertyDecorator {
  return Column({ ...options, type: 'varchar', length: 10 });
}
