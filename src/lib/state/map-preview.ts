import { TABLES, type Table } from '../contract';
import { LINK_KEY, type ColumnMapEntry } from '../ingest/column-map';
import { decode } from '../ingest/decode';
import { doorKind, type DoorKind } from '../ingest/door';
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
  /** the door lets only these kinds of header map to it (null: headers the door reads as usual) */
  door: readonly DoorKind[] | null;
}

/** What a file's columns can be mapped to in a table: its columns (the birth month from a DOB), and the link key. */
export function targets(table: Table): Target[] {
  const out: Target[] = table.columns.map((c) => ({ name: c.name, label: c.description, required: !!c.required, door: c.name === 'birth_year_month' ? ['dob'] : null }));
  if (table.columns.some((c) => c.name === 'child_id' && c.ref?.table === 'pupils')) {
    out.push({ name: LINK_KEY, label: 'UPN: links each row to the child of the SSDA903 Header with the same UPN (then dropped)', required: false, door: ['upn', 'former_upn'] });
  }
  return out;
}

/** The headers a target may take: the door's rules come before any map. */
export function offered(target: Target, headers: readonly string[]): string[] {
  return headers.filter((h) => {
    const kind = doorKind(h);
    if (target.door) return (kind !== null && target.door.includes(kind)) || (target.name === 'birth_year_month' && kind === null);
    return kind === null;
  });
}

/** The header each target most likely is: by name, alias, or the same letters. */
export function guess(table: Table, headers: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of headers) {
    const kind = doorKind(h);
    const col = kind ? undefined : columnFor(table, h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
    if (col && !out[col.name]) out[col.name] = h;
    if (kind === 'dob' && table.columns.some((c) => c.name === 'birth_year_month')) out.birth_year_month ??= h;
    if ((kind === 'upn' || kind === 'former_upn') && targets(table).some((t) => t.name === LINK_KEY)) out[LINK_KEY] ??= h;
  }
  // then, for the columns still without one, the file's most alike column (`possible` for sessions_possible)
  const taken = new Set(Object.values(out));
  for (const c of table.columns) {
    if (out[c.name]) continue;
    const best = headers.filter((h) => !taken.has(h) && doorKind(h) === null).map((h) => ({ h, score: likeness(h, c.name) })).sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= 3) {
      out[c.name] = best.h;
      taken.add(best.h);
    }
  }
  return out;
}

export const TABLE_CHOICES = TABLES;

export type Preview = { ok: true; columns: string[]; rows: string[][] } | { ok: false; reason: string };

/** The first rows of a file as they would load with this map entry: through the door, in the worker. */
export async function preview(input: FileInput, entry: ColumnMapEntry): Promise<Preview> {
  const text = decode(new Uint8Array(await input.read()))?.text ?? '';
  const head = text.length > PREVIEW_CHARS ? text.slice(0, text.lastIndexOf('\n', PREVIEW_CHARS) + 1 || PREVIEW_CHARS) : text;
  const bytes = new TextEncoder().encode(head).buffer;
  const [result] = await prepareOffThread([{ name: input.name, bytes }], { map: { schema: 'vsd-column-map/1', maps: [entry] }, preview: true });
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
