import Papa from 'papaparse';
import type { FileReport } from './report';

/** A cell a spreadsheet would run as a formula is prefixed with an apostrophe; a plain number (-1.31, -5%) is left a number. */
export function safeCell(v: string | number | null): string | number | null {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) && !/^-\d[\d,]*(\.\d+)?%?$/.test(v) ? `'${v}` : v;
}

/** CSV for spreadsheets: every cell made safe, quoted where needed, lines ended by CRLF. */
export function toCsv(fields: readonly string[], rows: readonly (string | number | null)[][]): string {
  return Papa.unparse({ fields: fields.map((f) => String(safeCell(f))), data: rows.map((r) => r.map(safeCell)) });
}

/** Every rejected row of these files, as one CSV. */
export function rejectedRowsCsv(files: readonly FileReport[]): string {
  return toCsv(
    ['file', 'line', 'column', 'value', 'reason'],
    files.flatMap((f) => f.errors.map((e) => [f.file, e.line, e.column, e.value, e.reason])),
  );
}
