import { collationRanks } from './collate';
import type { CellValue, Column, SortDirection, SortState } from './types';

/** Anything that reads a value from a row: a column, or a bare accessor. */
export type ValueSource<R> = { value: (r: R) => CellValue } | ((r: R) => CellValue);

/** Type order between mixed values of one column: numbers, then strings, then booleans. */
const NUMBER = 0;
const STRING = 1;
const BOOLEAN = 2;
const NULL = 3;

function kind(v: CellValue): number {
  if (v === null || v === undefined) return NULL;
  switch (typeof v) {
    case 'number':
      return Number.isNaN(v) ? NULL : NUMBER;
    case 'string':
      return STRING;
    case 'boolean':
      return BOOLEAN;
    default:
      return NULL;
  }
}

/** What a column sorts by: its `sortBy` when it has one, else its value. */
export function sortKeyOf<R>(column: {
  value: (r: R) => CellValue;
  sortBy?: (r: R) => CellValue;
}): (r: R) => CellValue {
  return column.sortBy ?? column.value;
}

/**
 * Rows ordered by one column: stable (ties keep their order, in both directions), nulls last in
 * both directions, numbers numerically, strings as `localeCompare('en-GB', { numeric: true })`
 * ("Y2" before "Y10"), booleans false then true (so true first when descending).
 *
 * Decorate, sort, undecorate: `value()` runs once per row, and strings are ranked once (see
 * `collate.ts`), so the sort itself compares numbers. Returns a new array.
 */
export function sortRows<R>(rows: readonly R[], column: ValueSource<R>, direction: SortDirection): R[] {
  const read = typeof column === 'function' ? column : column.value;
  const n = rows.length;
  const kinds = new Uint8Array(n);
  const keys = new Float64Array(n);
  const strings: number[] = [];
  const texts: string[] = [];

  for (let i = 0; i < n; i++) {
    const v = read(rows[i]);
    const k = kind(v);
    kinds[i] = k;
    if (k === NUMBER) keys[i] = v as number;
    else if (k === BOOLEAN) keys[i] = v ? 1 : 0;
    else if (k === STRING) {
      strings.push(i);
      texts.push(v as string);
    }
  }
  if (texts.length > 0) {
    const ranks = collationRanks(texts);
    for (let j = 0; j < strings.length; j++) keys[strings[j]] = ranks[j];
  }

  const sign = direction === 'desc' ? -1 : 1;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const ka = kinds[a];
    const kb = kinds[b];
    if (ka !== kb) {
      if (ka === NULL) return 1;
      if (kb === NULL) return -1;
      return sign * (ka - kb);
    }
    if (ka !== NULL) {
      const d = keys[a] - keys[b];
      if (d !== 0) return sign * d;
    }
    return a - b;
  });

  const out = new Array<R>(n);
  for (let i = 0; i < n; i++) out[i] = rows[order[i]];
  return out;
}

/** Rows in a table's sort order: by the sorted column's key (`sortKeyOf`), or as given when unsorted or the column is gone. */
export function sortedBy<R>(rows: readonly R[], columns: readonly Column<R>[], sort: SortState | null): readonly R[] {
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  return column && sort ? sortRows(rows, sortKeyOf(column), sort.direction) : rows;
}

/** Each row's searched values, lower-cased once per list of rows (a keystroke then only compares). */
const texts = new WeakMap<readonly unknown[], { keys: readonly unknown[]; texts: string[] }>();

function textsOf<R>(rows: readonly R[], keys: readonly ValueSource<R>[]): string[] {
  const cached = texts.get(rows);
  if (cached && cached.keys.length === keys.length && cached.keys.every((k, i) => k === keys[i])) return cached.texts;
  const reads = keys.map((k) => (typeof k === 'function' ? k : k.value));
  // one string per row, the values apart by a character no query holds after trimming
  const made = rows.map((r) =>
    reads
      .map((read) => {
        const v = read(r);
        return v === null || v === undefined ? '' : String(v).toLocaleLowerCase('en-GB');
      })
      .join('\n'),
  );
  texts.set(rows, { keys, texts: made });
  return made;
}

/**
 * Rows with any of the given columns containing the query, ignoring case (and surrounding
 * spaces). An empty query keeps every row: the same array, so a derived sort need not re-run.
 */
export function searchRows<R>(rows: readonly R[], query: string, keys: readonly ValueSource<R>[]): readonly R[] {
  const q = query.trim().toLocaleLowerCase('en-GB');
  if (q === '' || keys.length === 0) return rows;
  const hay = textsOf(rows, keys);
  return rows.filter((_, i) => hay[i].includes(q));
}
