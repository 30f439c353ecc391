import { toCsv } from '../../lib/ingest/export';
import { cellText } from '../../lib/table/cell-text';
import type { Column } from '../../lib/table/types';

/**
 * The table exactly as shown, as CSV: a title row (what the rows are, the filter, the as-at date and the pupil-data
 * warning), then the headings and every row in the shown order, each cell as the table writes it. Every cell goes
 * through the spreadsheet-formula guard of `toCsv`.
 */
export function pupilCsv<R>(title: string, columns: readonly Column<R>[], rows: readonly R[]): string {
  const body = toCsv(
    columns.map((c) => c.label),
    rows.map((r) => columns.map((c) => cellText(c, r))),
  );
  // toCsv ends a header without rows with its line break
  return `${toCsv([title], [])}${body}\r\n`;
}
