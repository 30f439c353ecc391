/**
 * The plain shapes of the virtual table. Nothing here knows about DuckDB or measures:
 * a view describes its columns as accessors over whatever rows it holds.
 */

/** What a column reads from a row; `null` (and NaN) is "no value", sorted last either way. */
export type CellValue = string | number | boolean | null;

export type SortDirection = 'asc' | 'desc';

export interface SortState {
  /** the `key` of the sorted column */
  key: string;
  direction: SortDirection;
}

export interface Column<R> {
  /** unique among the table's columns; the sort state names it */
  key: string;
  /** the heading; for a flag column, also the text shown in a flagged cell */
  label: string;
  value: (r: R) => CellValue;
  /** the text of a non-null value (nulls show as an empty cell); defaults to `String(v)` */
  format?: (v: string | number | boolean) => string;
  /** of the cells and the heading; defaults to left (numbers read best right-aligned) */
  align?: 'left' | 'right';
  /**
   * A flag column: a truthy value shows a marker and a text label (never colour alone),
   * the label being `format(v)`, else a string value itself, else the column's `label`.
   */
  flag?: boolean;
  /** what the column sorts by, when not its value (a list of flags by how many are raised) */
  sortBy?: (r: R) => CellValue;
  /** a link for the cell (out of the tab order: the row is the tab stop, and Enter on it opens) */
  href?: (r: R) => string;
  /** a CSS width for the column (the table has a fixed layout); defaults to 9rem */
  width?: string;
}

export type RowKey = string | number;
