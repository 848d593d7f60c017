import { Empty, Grid, Pagination, Skeleton, Table, type TableProps } from 'antd';
import type { ColumnType, SorterResult } from 'antd/es/table/interface';
import { useState, type Key, type ReactNode } from 'react';

type Column<T> = ColumnType<T> & { children?: unknown };

export function valueAt(record: object, dataIndex: ColumnType<object>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  return path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key as string], record);
}

/** A column's data path as text ('a.b' for ['a', 'b']), or undefined when it reads no field. */
export function dataPathOf(column: { dataIndex?: unknown }): string | undefined {
  const path = column.dataIndex;
  if (Array.isArray(path)) return path.join('.');
  if (typeof path === 'number') return String(path);
  return typeof path === 'string' ? path : undefined;
}

/** A column's React key: its own key, else its data path, else its position. */
export function columnKeyOf(column: { key?: Key; dataIndex?: unknown }, position: number) {
  return column.key !== undefined ? String(column.key) : (dataPathOf(column) ?? String(position));
}

export function keyOf<T extends object>(record: T, rowKey: TableProps<T>['rowKey'], index: number): Key {
  if (typeof rowKey === 'function') return rowKey(record, index);
  return (record as Record<string, Key>)[rowKey ?? 'key'] ?? index;
}

/**
 * Rows as stacked cards on a phone: each row's first column heads its card, the other columns follow as
 * "label: value" lines, so a clerk at 360 px reads a whole row without scrolling sideways. Server-side
 * paging keeps working through the table's own onChange (with the sort in force), and rows the table
 * shows expanded (a decision form) are expanded here too.
 */
interface CardOptions<T> {
  /** What heads a row's card instead of its first column (e.g. "1. Sở Y tế" for a ranked unit). */
  cardHead?: (record: T) => ReactNode;
  /** Keys or dataIndexes of columns the card leaves out (those cardHead already shows). */
  cardOmit?: string[];
}

function RowCards<T extends object>({
  cardHead,
  cardOmit = [],
  columns = [],
  dataSource,
  loading,
  rowKey,
  pagination,
  onChange,
  locale,
  expandable,
  className,
}: TableProps<T> & CardOptions<T>) {
  const omitted = (column: Column<T>) =>
    cardOmit.includes(String(column.key)) || cardOmit.includes(dataPathOf(column) ?? '');
  const visible = (columns as Column<T>[]).filter((column) => !column.hidden && !column.children && !omitted(column));
  const all = [...(dataSource ?? [])];
  // Paged by the server when the caller gives the total; otherwise the rows are paged here, as the table does.
  const local = !!pagination && pagination.total === undefined;
  const [localPage, setLocalPage] = useState(1);
  const pageSize = (pagination && pagination.pageSize) || 10;
  const rows = local ? all.slice((localPage - 1) * pageSize, localPage * pageSize) : all;
  const total = pagination ? (pagination.total ?? all.length) : all.length;
  const busy = typeof loading === 'object' ? loading.spinning : loading;
  const cell = (column: Column<T>, record: T, index: number): ReactNode => {
    const value = valueAt(record, column.dataIndex as ColumnType<object>['dataIndex']);
    return column.render ? (column.render(value, record, index) as ReactNode) : (value as ReactNode);
  };
  const title = (column: Column<T>): ReactNode => (typeof column.title === 'function' ? null : column.title);
  const expandedKeys = new Set<Key>(expandable?.expandedRowKeys ?? []);
  const sorted = visible.find((column) => column.sortOrder);
  const sorter: SorterResult<T> = sorted
    ? { column: sorted, columnKey: sorted.key, field: sorted.dataIndex as Key, order: sorted.sortOrder }
    : {};
  const head = cardHead ? undefined : visible[0];
  const rest = cardHead ? visible : visible.slice(1);

  if (busy && rows.length === 0) return <Skeleton active />;
  return (
    <div className={['row-cards', className].filter(Boolean).join(' ')} aria-busy={busy || undefined}>
      {rows.length === 0 ? (
        <div className="row-cards-empty">
          {(locale?.emptyText as ReactNode) ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        </div>
      ) : (
        <ul className="row-cards-list">
          {rows.map((record, index) => {
            const key = keyOf(record, rowKey, index);
            return (
              <li key={key} className="row-card">
                <div className="row-card-head">{cardHead ? cardHead(record) : head && cell(head, record, index)}</div>
                {rest.length > 0 && (
                  <dl className="row-card-fields">
                    {rest.map((column, columnIndex) => (
                      <div key={columnKeyOf(column, columnIndex)} className="row-card-field">
                        <dt>{title(column)}</dt>
                        <dd>{cell(column, record, index)}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                {expandable?.expandedRowRender && expandedKeys.has(key) && (
                  <div className="row-card-expanded">{expandable.expandedRowRender(record, index, 0, true)}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {pagination && total > pageSize && (
        <Pagination
          size="small"
          simple
          className="row-cards-pagination"
          current={local ? localPage : pagination.current}
          pageSize={pageSize}
          total={total}
          showTotal={pagination.showTotal}
          onChange={(current, size) =>
            local
              ? setLocalPage(current)
              : onChange?.({ current, pageSize: size }, {}, sorter, { action: 'paginate', currentDataSource: all })
          }
        />
      )}
    </div>
  );
}

/** An antd Table on screens from 576 px, the same rows as cards below (phones); tables with row selection stay tables. */
export function ResponsiveTable<T extends object>({ cardHead, cardOmit, ...props }: TableProps<T> & CardOptions<T>) {
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  if (!phone || props.rowSelection) return <Table<T> {...props} />;
  if (cardHead || cardOmit) return <RowCards<T> {...props} cardHead={cardHead} cardOmit={cardOmit} />;
  return <RowCards<T> {...props} />;
}
