import type { CellValue, Column } from './types';

/** A flag column's value that raises the flag. */
export function isFlagged(v: CellValue): v is string | number | true {
  return v !== null && v !== false && v !== '' && v !== 0 && !Number.isNaN(v);
}

/** What a cell says in words: empty for no value, a flag's label when raised (empty when not). */
export function cellText<R>(column: Column<R>, row: R): string {
  const v = column.value(row);
  if (column.flag) {
    if (!isFlagged(v)) return '';
    if (column.format) return column.format(v);
    return typeof v === 'string' ? v : column.label;
  }
  if (v === null || (typeof v === 'number' && Number.isNaN(v))) return '';
  return column.format ? column.format(v) : String(v);
}
