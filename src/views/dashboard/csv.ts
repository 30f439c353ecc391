import type { Twin } from '../../lib/charts/twin';
import { toCsv } from '../../lib/ingest/export';

/** Exactly what the table twin shows, as CSV. */
export function twinCsv(twin: Twin): string {
  return (
    toCsv(
      twin.columns,
      twin.rows.map((r) => [r.header, ...r.cells]),
    ) + '\r\n'
  );
}
