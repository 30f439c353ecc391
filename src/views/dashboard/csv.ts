import type { Twin } from '../../lib/charts/twin';

/** A cell a spreadsheet would run as a formula gets an apostrophe; plain numbers (-1.31) stay numbers. */
export function safeCsvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d[\d,]*(\.\d+)?%?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Exactly what the table twin shows, as CSV. */
export function twinCsv(twin: Twin): string {
  const lines = [twin.columns, ...twin.rows.map((r) => [r.header, ...r.cells])];
  return lines.map((cells) => cells.map(safeCsvCell).join(',')).join('\r\n') + '\r\n';
}
