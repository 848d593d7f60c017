import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { ConfigProvider, Empty, Pagination, Spin, Tooltip, type TableProps } from 'antd';
import type { ColumnType, SortOrder, SorterResult } from 'antd/es/table/interface';
import { useContext, type Key, type KeyboardEvent, type ReactNode } from 'react';
import { columnKeyOf, keyOf, valueAt } from './responsive-table';

const SIZE_CLASS = {
  small: ' ant-table-small',
  middle: ' ant-table-medium',
  medium: ' ant-table-medium',
  large: '',
} as const;

/** The order a click on a sortable header asks for: the next of its directions, then none. */
function nextOrder(directions: SortOrder[], order: SortOrder | undefined): SortOrder {
  if (!order) return directions[0] ?? null;
  return directions[directions.indexOf(order) + 1] ?? null;
}

/**
 * A list as antd's Table draws it (the same markup and class names, so antd.css styles it the same) for lists
 * without row selection, expansion, fixed columns, filters or a fixed header: its columns, its rows, one sortable
 * column, the pager below. The Table component itself did more on every page that showed a list: it measures the
 * scrollbar's width when it mounts (a style sheet added and removed, and the style and layout of the whole page
 * computed in between, then again for the paint) and mounts several components per cell. Sorting and paging are
 * reported through `onChange` as the Table reports them.
 */
export function PlainTable<T extends object>({
  columns = [],
  dataSource,
  rowKey,
  size = 'large',
  loading,
  pagination,
  onChange,
  locale,
  className,
}: TableProps<T>) {
  const { locale: antLocale } = useContext(ConfigProvider.ConfigContext);
  const visible = (columns as ColumnType<T>[]).filter((column) => !column.hidden);
  const rows = dataSource ?? [];
  const busy = typeof loading === 'object' ? !!loading.spinning : !!loading;
  const sorted = visible.find((column) => column.sorter && column.sortOrder);
  const sorterOf = (column: ColumnType<T> | undefined, order: SortOrder | undefined): SorterResult<T> =>
    column ? { column, columnKey: column.key, field: column.dataIndex as Key, order: order ?? undefined } : {};
  const paged = pagination ? pagination : undefined;
  const report = (page: number, pageSize: number, sorter: SorterResult<T>, action: 'paginate' | 'sort') =>
    onChange?.({ ...paged, current: page, pageSize }, {}, sorter, { action, currentDataSource: [...rows] });

  const header = (column: ColumnType<T>, index: number) => {
    const key = columnKeyOf(column, index);
    const title = column.title as ReactNode;
    if (!column.sorter) {
      return (
        <th key={key} className="ant-table-cell" scope="col" style={{ textAlign: column.align }}>
          {title}
        </th>
      );
    }
    const order = column.sortOrder ?? null;
    const next = nextOrder(column.sortDirections ?? ['ascend', 'descend'], order);
    const table = antLocale?.Table;
    const tip = next === 'ascend' ? table?.triggerAsc : next === 'descend' ? table?.triggerDesc : table?.cancelSort;
    // A new sort order starts again from the first page, as the Table does.
    const sort = () => report(1, paged?.pageSize ?? rows.length, sorterOf(column, next), 'sort');
    return (
      <th
        key={key}
        className={`ant-table-cell ant-table-column-has-sorters${order ? ' ant-table-column-sort' : ''}`}
        scope="col"
        tabIndex={0}
        aria-sort={order === 'ascend' ? 'ascending' : order === 'descend' ? 'descending' : undefined}
        aria-description={antLocale?.global?.sortable}
        aria-label={typeof title === 'string' ? title : undefined}
        onClick={sort}
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'Enter') sort();
        }}
      >
        <Tooltip title={tip}>
          <div className="ant-table-column-sorters">
            <span className="ant-table-column-title">{title}</span>
            <span className="ant-table-column-sorter ant-table-column-sorter-full">
              <span className="ant-table-column-sorter-inner" aria-hidden="true">
                <CaretUpOutlined className={`ant-table-column-sorter-up${order === 'ascend' ? ' active' : ''}`} />
                <CaretDownOutlined className={`ant-table-column-sorter-down${order === 'descend' ? ' active' : ''}`} />
              </span>
            </span>
          </div>
        </Tooltip>
      </th>
    );
  };

  return (
    <div className={['ant-table-wrapper ant-table-css-var', className].filter(Boolean).join(' ')}>
      <Spin spinning={busy}>
        <div className={`ant-table${SIZE_CLASS[size]}`}>
          <div className="ant-table-container">
            <div className="ant-table-content">
              <table style={{ tableLayout: 'auto' }}>
                <colgroup>
                  {visible.map((column, index) => (
                    <col key={columnKeyOf(column, index)} style={column.width ? { width: column.width } : undefined} />
                  ))}
                </colgroup>
                <thead className="ant-table-thead">
                  <tr>{visible.map(header)}</tr>
                </thead>
                <tbody className="ant-table-tbody">
                  {rows.length === 0 ? (
                    <tr className="ant-table-placeholder">
                      <td className="ant-table-cell" colSpan={visible.length}>
                        {busy
                          ? null
                          : ((locale?.emptyText as ReactNode) ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />)}
                      </td>
                    </tr>
                  ) : (
                    rows.map((record, index) => (
                      <tr
                        key={keyOf(record, rowKey, index)}
                        className="ant-table-row ant-table-row-level-0"
                        data-row-key={keyOf(record, rowKey, index)}
                      >
                        {visible.map((column, columnIndex) => {
                          const value = valueAt(record, column.dataIndex as ColumnType<object>['dataIndex']);
                          return (
                            <td
                              key={columnKeyOf(column, columnIndex)}
                              className={`ant-table-cell${column.sorter && column.sortOrder ? ' ant-table-column-sort' : ''}`}
                              style={{ textAlign: column.align }}
                            >
                              {column.render
                                ? (column.render(value, record, index) as ReactNode)
                                : (value as ReactNode)}
                            </td>
                          );
                        })}
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
          </div>
        </div>
        {paged && (paged.total ?? 0) > 0 && (
          <Pagination
            {...paged}
            size="small"
            className="ant-table-pagination ant-table-pagination-end"
            onChange={(page, pageSize) => report(page, pageSize, sorterOf(sorted, sorted?.sortOrder), 'paginate')}
          />
        )}
      </Spin>
    </div>
  );
}
