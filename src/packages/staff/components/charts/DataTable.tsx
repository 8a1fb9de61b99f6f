// A dense table of figures: a header row, one row per record; optionally sorted by a click on any column's header
// (again to turn the order round) and with rows that open something. Wide tables scroll sideways on a phone.
import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { nextSort, sortRows, type SortDir, type SortState, type SortValue } from '../../../../console/sort';
import { DASHBOARD_TEXT } from '../../../../text/dashboard';

export interface Column<R> {
  key: string;
  title: string;
  cell: (row: R) => ReactNode;
  /** The value the column sorts by; without it the column does not sort. */
  sortValue?: (row: R) => SortValue;
  /** The order of a first click: names A→Z, figures highest first. */
  firstDir?: SortDir;
  numeric?: boolean;
}

interface Props<R> {
  columns: Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** What a click on a row opens; rows are plain without it. */
  onRow?: (row: R) => void;
  initialSort?: SortState;
  /** The id of the table (rows get `<id>-<key>`). */
  id: string;
  className?: string;
}

export function DataTable<R>({ columns, rows, rowKey, onRow, initialSort, id, className = '' }: Props<R>) {
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const sortColumn = sort ? columns.find((c) => c.key === sort.key) : undefined;
  const shown = sort && sortColumn?.sortValue ? sortRows(rows, sortColumn.sortValue, sort.dir) : rows;
  const cellClass = (c: Column<R>) => `data-table__cell${c.numeric ? ' data-table__cell--numeric' : ''}`;

  return (
    <View className={`data-table-wrap ${className}`}>
      <View className='data-table' id={id} ariaRole='table'>
        <View className='data-table__row data-table__row--head' ariaRole='row'>
          {columns.map((c) => {
            const sorted = sort?.key === c.key ? sort.dir : null;
            const click = c.sortValue ? () => setSort(nextSort(sort, c.key, c.firstDir ?? 'desc')) : undefined;
            return (
              <View
                key={c.key}
                id={`${id}-head-${c.key}`}
                className={`${cellClass(c)} data-table__cell--head${click ? ' data-table__cell--sortable' : ''}${sorted ? ' data-table__cell--sorted' : ''}`}
                ariaRole='columnheader'
                onClick={click}
              >
                <Text>{c.title}</Text>
                {sorted ? (
                  <Text className='data-table__arrow'>
                    {sorted === 'asc' ? ` ▲${DASHBOARD_TEXT.sortedAsc}` : ` ▼${DASHBOARD_TEXT.sortedDesc}`}
                  </Text>
                ) : null}
              </View>
            );
          })}
        </View>
        {shown.map((row) => {
          const key = rowKey(row);
          return (
            <View
              key={key}
              id={`${id}-${key}`}
              className={`data-table__row${onRow ? ' data-table__row--link' : ''}`}
              ariaRole='row'
              hoverClass={onRow ? 'data-table__row--pressed' : 'none'}
              onClick={onRow ? () => onRow(row) : undefined}
            >
              {columns.map((c) => (
                <View key={c.key} className={cellClass(c)} ariaRole='cell'>
                  {c.cell(row)}
                </View>
              ))}
            </View>
          );
        })}
      </View>
    </View>
  );
}
