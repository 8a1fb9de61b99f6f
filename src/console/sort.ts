// Sorting a table by any of its columns: numbers and names, empty cells (no rate, no data) always last, ties kept in
// their given order, so a second sort on the same data gives the same rows.
export type SortDir = 'asc' | 'desc';
export type SortValue = string | number | null;
export interface SortState {
  key: string;
  dir: SortDir;
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The rows ordered by `value` in `dir`; rows whose value is null go last either way. */
export function sortRows<R>(rows: readonly R[], value: (row: R) => SortValue, dir: SortDir): R[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((x, y) => {
      if (x.v === null || y.v === null) return x.v === y.v ? x.index - y.index : x.v === null ? 1 : -1;
      return sign * compare(x.v, y.v) || x.index - y.index;
    })
    .map((x) => x.row);
}

/** The sort after a click on column `key`: the same column turns round; another starts in its own first direction. */
export function nextSort(current: SortState | null, key: string, firstDir: SortDir): SortState {
  if (current?.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: firstDir };
}
