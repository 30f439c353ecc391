/**
 * CSV text in the contract's form: header = the contract's column names in contract order, comma,
 * LF, no BOM; booleans 1/0, empty cell for unknown; a cell is quoted only if it holds a comma, a
 * quote or a line break.
 */
import { TABLES } from '../contract';
import type { TableName } from '../contract';

export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

/** The contract's column names of each table, in order. */
export const COLUMNS: Readonly<Record<TableName, readonly string[]>> = Object.fromEntries(
  TABLES.map((t) => [t.name, t.columns.map((c) => c.name)]),
) as Record<TableName, readonly string[]>;

export const TABLE_NAMES: readonly TableName[] = TABLES.map((t) => t.name);

const NEEDS_QUOTES = /[",\r\n]/;

export function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value === true) return '1';
  if (value === false) return '0';
  const s = typeof value === 'number' ? String(value) : value;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
  private readonly lines = new Map<TableName, string[]>();
  private readonly sizes = new Map<TableName, number>();
  readonly counts = new Map<TableName, number>();

  constructor(
    private readonly flushText: (table: TableName, text: string) => void,
    private readonly chunkChars = 4_000_000,
    /** when true, a row key that is not a contract column throws (tests) */
    private readonly strict = false,
  ) {
    for (const t of TABLE_NAMES) {
      this.lines.set(t, [headerLine(t)]);
      this.sizes.set(t, 0);
      this.counts.set(t, 0);
    }
  }

  row(table: TableName, row: Row): void {
    if (this.strict) {
      const cols = COLUMNS[table];
      for (const k of Object.keys(row)) if (!cols.includes(k)) throw new Error(`${table}: no column ${k}`);
    }
    const text = line(table, row);
    const buf = this.lines.get(table) as string[];
    buf.push(text);
    this.counts.set(table, (this.counts.get(table) as number) + 1);
    const size = (this.sizes.get(table) as number) + text.length + 1;
    if (size >= this.chunkChars) this.flush(table);
    else this.sizes.set(table, size);
  }

  private flush(table: TableName): void {
    const buf = this.lines.get(table) as string[];
    if (buf.length > 0) this.flushText(table, buf.join('\n') + '\n');
    this.lines.set(table, []);
    this.sizes.set(table, 0);
  }

  /** Hands on whatever is left; call once at the end. */
  end(): void {
    for (const t of TABLE_NAMES) this.flush(t);
  }
}
