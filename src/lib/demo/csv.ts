/**
 * CSV text in the contract's form: header = the contract's column names in contract order, comma,
 * LF, no BOM; booleans 1/0, empty cell for unknown; a cell is quoted only if it holds a comma, a
 * quote or a line break.
 */
import { TABLES } from '../contract';
import type { TableName } from '../contract';

export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

/** Columns of the SSDA903 and census layouts that the demo, in our own layout, does not write. */
const NOT_IN_DEMO = new Set(['rne', 'cin', 'place_provider', 'rec', 'reason_place_change', 'reason2', 'reason3']);
const DEMO_TABLES = TABLES.filter((t) => t.name !== 'uasc');

/** The contract's column names of each table the demo writes, in order. */
export const COLUMNS: Readonly<Record<TableName, readonly string[]>> = Object.fromEntries(
  DEMO_TABLES.map((t) => [t.name, t.columns.filter((c) => !c.input && !NOT_IN_DEMO.has(c.name)).map((c) => c.name)]),
) as unknown as Record<TableName, readonly string[]>;

export const TABLE_NAMES: readonly TableName[] = DEMO_TABLES.map((t) => t.name);

const NEEDS_QUOTES = /[",\r\n]/;

export function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value === true) return '1';
  if (value === false) return '0';
  if (typeof value === 'number') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function headerLine(table: TableName): string {
  return COLUMNS[table].map(cell).join(',');
}

/** One CSV line (without its LF) of a row, in the contract's column order. */
export function line(table: TableName, row: Row): string {
  const cols = COLUMNS[table];
  let out = cell(row[cols[0]]);
  for (let i = 1; i < cols.length; i++) out += ',' + cell(row[cols[i]]);
  return out;
}

/** Where generated rows go: one call per row. */
export interface Sink {
  row(table: TableName, row: Row): void;
}

/**
 * A sink that turns rows into CSV lines and hands them on in chunks, so that a national-scale run
 * never holds a whole file in one string: `flush(table, text)` receives consecutive pieces of the
 * file (the header first), each ending in LF.
 */
export class ChunkedCsvSink implements Sink {
  private readonly buffers = new Map<TableName, { lines: string[]; size: number; count: number }>();

  constructor(
    private readonly flushText: (table: TableName, text: string) => void,
    /** small chunks keep the strings short-lived: far less garbage collection at national scale */
    private readonly chunkChars = 16_384,
    /** when true, a row key that is not a contract column throws (tests) */
    private readonly strict = false,
  ) {
    for (const t of TABLE_NAMES) this.buffers.set(t, { lines: [headerLine(t)], size: 0, count: 0 });
  }

  /** Rows received so far, per table. */
  get counts(): ReadonlyMap<TableName, number> {
    return new Map(TABLE_NAMES.map((t) => [t, this.buffers.get(t)?.count ?? 0]));
  }

  row(table: TableName, row: Row): void {
    if (this.strict) {
      const cols = COLUMNS[table];
      for (const k of Object.keys(row)) if (!cols.includes(k)) throw new Error(`${table}: no column ${k}`);
    }
    const buf = this.buffers.get(table) as { lines: string[]; size: number; count: number };
    const text = line(table, row);
    buf.lines.push(text);
    buf.count++;
    buf.size += text.length + 1;
    if (buf.size >= this.chunkChars) this.flush(table);
  }

  private flush(table: TableName): void {
    const buf = this.buffers.get(table) as { lines: string[]; size: number; count: number };
    if (buf.lines.length > 0) this.flushText(table, buf.lines.join('\n') + '\n');
    buf.lines = [];
    buf.size = 0;
  }

  /** Hands on whatever is left; call once at the end. */
  end(): void {
    for (const t of TABLE_NAMES) this.flush(t);
  }
}
