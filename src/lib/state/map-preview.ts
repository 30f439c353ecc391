import { normaliseHeader, type Table } from '../contract';
import { doorRefusal, LINK_KEY, type ColumnMapEntry } from '../ingest/column-map';
import { decode } from '../ingest/decode';
import { doorKind } from '../ingest/door';
import { columnFor } from '../ingest/identify';
import { prepareOffThread } from '../ingest/prepare-off-thread';
import { scanCsv } from '../ingest/scan';
import { likeness } from '../ingest/suggest';
import type { FileInput } from './dataset.svelte';

export { LINK_KEY };
export const PREVIEW_ROWS = 5;
const PREVIEW_CHARS = 64 * 1024;

/** A target of a column map: a contract column of the table, or the UPN link key. */
export interface Target {
  name: string;
  label: string;
  required: boolean;
}

/** What a file's columns can be mapped to in a table: its columns (the birth month from a DOB), and the link key. */
export function targets(table: Table): Target[] {
  const out: Target[] = table.columns.map((c) => ({ name: c.name, label: c.description, required: !!c.required }));
  if (table.columns.some((c) => c.name === 'child_id' && c.ref?.table === 'pupils')) {
    out.push({
      name: LINK_KEY,
      label: 'UPN: links each row to the child of the SSDA903 Header with the same UPN (then dropped)',
      required: false,
    });
  }
  return out;
}

/** The headers a target may take: the door's rules come before any map. */
export function offered(target: Target, headers: readonly string[], table: Table): string[] {
  return headers.filter((h) => doorRefusal(h, target.name, table) === null);
}

/** The header each target most likely is: by name or alias (a DOB for the birth month, a UPN for the link key), then the most alike. */
export function guess(table: Table, headers: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const taken = new Set<string>();
  const take = (target: string, header: string | undefined) => {
    if (header === undefined) return;
    out[target] = header;
    taken.add(header);
  };
  const all = targets(table);
  for (const t of all) {
    take(
      t.name,
      offered(t, headers, table).find(
        (h) => !taken.has(h) && (doorKind(h) !== null || columnFor(table, normaliseHeader(h))?.name === t.name),
      ),
    );
  }
  // then, for the columns still without one, the file's most alike column (`possible` for sessions_possible)
  for (const t of all) {
    if (out[t.name] || t.name === LINK_KEY) continue;
    const best = offered(t, headers, table)
      .filter((h) => !taken.has(h))
      .map((h) => ({ h, score: likeness(h, t.name) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= 3) take(t.name, best.h);
  }
  return out;
}

export type Preview = { ok: true; columns: string[]; rows: string[][] } | { ok: false; reason: string };

/** The first rows of a file as they would load with this map entry: through the door, in the worker. */
export async function preview(input: FileInput, entry: ColumnMapEntry): Promise<Preview> {
  const text = decode(new Uint8Array(await input.read()))?.text ?? '';
  const head =
    text.length > PREVIEW_CHARS ? text.slice(0, text.lastIndexOf('\n', PREVIEW_CHARS) + 1 || PREVIEW_CHARS) : text;
  const bytes = new TextEncoder().encode(head).buffer;
  const [result] = await prepareOffThread([{ name: input.name, bytes }], {
    map: { schema: 'vsd-column-map/1', maps: [entry] },
    preview: true,
  }).all();
  if (!result.ok) return { ok: false, reason: result.report.reason ?? 'The file cannot be read.' };
  const rows: string[][] = [];
  const given = Object.entries(result.file.constants ?? {});
  scanCsv(new TextDecoder().decode(result.file.csv), ',', (line, fields) => {
    if (line === 1) return;
    if (fields) rows.push([...fields.slice(1), ...given.map(([, v]) => v)]);
    return rows.length < PREVIEW_ROWS;
  });
  return { ok: true, columns: [...result.file.columns, ...given.map(([k]) => k)], rows };
}
