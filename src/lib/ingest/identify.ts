import {
  knownExport,
  normaliseHeader,
  TABLES,
  type Column,
  type KnownExport,
  type Table,
  type TableName,
} from '../contract';
import { takesBirthMonth, type DoorKind } from './door';
import { suggestColumns } from './suggest';

export interface HeaderMap {
  table: Table;
  /** for each contract column present: its position in the file */
  positions: Map<string, number>;
  ignored: string[];
  /** position of the date of birth the birth month is derived from */
  dob: number | null;
  /** positions of the UPN link keys, when the file is keyed by UPN instead of child_id */
  upn: number | null;
  formerUpn: number | null;
  /** the real export recognised by its header */
  known: KnownExport | null;
  /** required columns the user must supply as constants (an OC3's reporting year) */
  needs: string[];
}

export type Identified =
  | { ok: true; map: HeaderMap }
  | { ok: false; reason: string; table: Table | null; known: KnownExport | null; unused?: boolean };

const squash = (h: string): string => h.replace(/_/g, '');

/** The contract column a normalised header names: by name or alias, else (nothing else matching) ignoring underscores. */
export function columnFor(table: Table, header: string): Column | undefined {
  return (
    table.columns.find((c) => c.name === header || c.aliases?.includes(header)) ??
    table.columns.find((c) => squash(c.name) === squash(header) || c.aliases?.some((a) => squash(a) === squash(header)))
  );
}

function stem(fileName: string): string {
  return normaliseHeader(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
}

/** The table a file is named after (`pupils.csv`, `Pupils 2024.csv` is not), so that a refusal still knows what it was. */
export function tableNamed(fileName: string): TableName | null {
  return TABLES.find((t) => t.name === stem(fileName))?.name ?? null;
}

/** The required columns of a table that are neither present nor derivable from those present. */
export function missingRequired(table: Table, present: ReadonlySet<string>): string[] {
  return table.columns
    .filter((c) => c.required && !present.has(c.name) && !c.derivedFrom?.every((d) => present.has(d)))
    .map((c) => c.name);
}

/** Whether a table's rows are keyed by child_id in pupils, so that a UPN can stand in for it. */
const linkable = (t: Table): boolean => t.columns.some((c) => c.name === 'child_id' && c.ref?.table === 'pupils');

function bestTable(
  norm: readonly string[],
  fileName: string,
  readable: (i: number) => boolean,
): { table: Table; hits: number } {
  const scored = TABLES.map((table) => {
    const hits = norm.filter((h, i) => readable(i) && columnFor(table, h));
    const matched = new Set(hits.map((h) => columnFor(table, h)!.name));
    const fits = table.columns.every((c) => !c.required || matched.has(c.name));
    return { table, hits: hits.length, fits, share: matched.size / table.columns.length };
  }).sort(
    (a, b) =>
      b.hits - a.hits ||
      Number(b.fits) - Number(a.fits) ||
      b.share - a.share ||
      Number(stem(fileName) === b.table.name) - Number(stem(fileName) === a.table.name),
  );
  return scored[0];
}

/**
 * The table a file goes to and where its columns are: a known real export by its signature, else the table whose
 * columns account for most of the file's columns; on a tie, a table the file has every required column of, then the
 * largest share of the table present, then the file name.
 * Door columns (`door`) are never matched to contract columns: a date of birth stands in for the birth month and a
 * UPN for child_id. `supplied` are columns the user gives as constants.
 */
export function identify(
  headers: readonly string[],
  fileName: string,
  door: ReadonlyMap<number, DoorKind>,
  supplied: readonly string[] = [],
): Identified {
  const norm = headers.map(normaliseHeader);
  const readable = (i: number) => !door.has(i);
  const known = knownExport(norm);
  if (known && !known.table) {
    return { ok: false, unused: true, table: null, known, reason: `${known.label}: not used by the dashboard.` };
  }
  const best = known?.table
    ? { table: TABLES.find((t) => t.name === known.table)!, hits: 1 }
    : bestTable(norm, fileName, readable);
  if (best.hits === 0) {
    const names = TABLES.map((t) => `${t.name}.csv`).join(', ');
    return {
      ok: false,
      table: null,
      known,
      reason: `Not a table the dashboard knows: none of its ${headers.length} columns belongs to ${names}. Check that the first line is the header row, or map its columns to a table.`,
    };
  }
  const { table } = best;
  const positions = new Map<string, number>();
  const ignored: string[] = [];
  const at = (kind: DoorKind) => [...door].find(([, k]) => k === kind)?.[0] ?? null;
  for (let i = 0; i < norm.length; i++) {
    if (!readable(i)) continue;
    const col = columnFor(table, norm[i]);
    if (!col) {
      if (norm[i] !== '') ignored.push(headers[i]);
      continue;
    }
    const seen = positions.get(col.name);
    if (seen !== undefined) {
      return {
        ok: false,
        table,
        known,
        reason: `Columns "${headers[seen]}" (column ${seen + 1}) and "${headers[i]}" (column ${i + 1}) both mean ${table.name}.${col.name}. Remove one of them from the export.`,
      };
    }
    positions.set(col.name, i);
  }
  const dob = takesBirthMonth(table) && !positions.has('birth_year_month') ? at('dob') : null;
  const keyedByUpn = linkable(table) && !positions.has('child_id');
  const upn = keyedByUpn ? at('upn') : null;
  const formerUpn = keyedByUpn ? at('former_upn') : null;
  const present = new Set([
    ...positions.keys(),
    ...supplied,
    ...(dob !== null ? ['birth_year_month'] : []),
    ...(upn !== null || formerUpn !== null ? ['child_id'] : []),
  ]);
  const needs = known?.asksYear && !present.has('reporting_year') ? ['reporting_year'] : [];
  for (const n of needs) present.add(n);
  const missing = missingRequired(table, present);
  if (missing.length > 0) {
    const unmatched = headers.filter((_, i) => readable(i) && ![...positions.values()].includes(i));
    const hints = suggestColumns(missing, unmatched);
    const what = known ? `This is an ${known.label} file, but` : `Looks like ${table.name}.csv, but`;
    const upnHint =
      missing.includes('child_id') && linkable(table)
        ? ' A school file may be keyed by UPN instead, linked through the SSDA903 Header.'
        : '';
    const fromDob = missing.filter(
      (m) =>
        m === 'birth_year_month' || table.columns.find((c) => c.name === m)?.derivedFrom?.includes('birth_year_month'),
    );
    const dobHint = fromDob.length
      ? ` A DOB column gives ${fromDob.map((m) => (m === 'age' ? 'the age' : 'the birth month')).join(' and ')}: it is used for that, then dropped.`
      : '';
    return {
      ok: false,
      table,
      known,
      reason: `${what} the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.${hints.length ? ` ${hints.join('; ')}: rename ${hints.length > 1 ? 'them' : 'it'} in the export, or map the columns.` : ` Add ${missing.length > 1 ? 'them' : 'it'} to the export (header on line 1), or map the file's columns.`}${dobHint}${upnHint}`,
    };
  }
  return { ok: true, map: { table, positions, ignored, dob, upn, formerUpn, known, needs } };
}
