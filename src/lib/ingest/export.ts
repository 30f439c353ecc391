import Papa from 'papaparse';
import type { FileReport } from './report';

/** A cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function safeCell(v: string | number | null): string | number | null {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** Every rejected row of these files, as one CSV. */
export function rejectedRowsCsv(files: readonly FileReport[]): string {
  const rows = files.flatMap((f) => f.errors.map((e) => [f.file, e.line, e.column, e.value, e.reason].map(safeCell)));
  return Papa.unparse({ fields: ['file', 'line', 'column', 'value', 'reason'], data: rows });
}
