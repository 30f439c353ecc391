import { normaliseHeader, TABLE_BY_NAME, type Table, type TableName } from '../contract';
import { doorKind } from './door';
import { objectOf, readJson } from './json-file';

/** The link key a UPN column maps to: not a contract column, never stored. */
export const LINK_KEY = 'upn';

/**
 * How a file whose header the contract does not know loads: its columns mapped to a table's, and constants for what
 * it lacks (its academic year, its term). Header names and those constants only, never a value of the file.
 */
export interface ColumnMapEntry {
  table: TableName;
  /** the file's header as written; the entry applies to any file with the same headers, in any order */
  headers: string[];
  /** contract column (or `upn`, the link key) → the file's header */
  columns: Record<string, string>;
  /** contract column → the value every row takes */
  constants: Record<string, string>;
}

export interface ColumnMap {
  schema: 'vsd-column-map/1';
  maps: ColumnMapEntry[];
}

export class ColumnMapError extends Error {}

const signature = (headers: readonly string[]): string =>
  headers
    .map(normaliseHeader)
    .filter((h) => h !== '')
    .sort()
    .join('\u0000');

/** The entry of a map for a file with these headers. */
export function entryFor(map: ColumnMap | undefined, headers: readonly string[]): ColumnMapEntry | null {
  const sig = signature(headers);
  return map?.maps.find((e) => signature(e.headers) === sig) ?? null;
}

/** Why the door forbids mapping this header to this target; null when it may. The door comes before any map. */
export function doorRefusal(header: string, target: string, table: Table): string | null {
  const kind = doorKind(header);
  if (kind === 'name' || kind === 'postcode' || kind === 'other_dob') {
    const what =
      kind === 'name' ? 'a name or contact' : kind === 'postcode' ? 'a postcode' : "another person's date of birth";
    return `"${header}" is ${what}: it is never read, so it cannot be mapped.`;
  }
  if (kind === 'dob' && target !== 'birth_year_month')
    return `"${header}" is a date of birth: it can only give the birth month, not ${table.name}.${target}.`;
  if ((kind === 'upn' || kind === 'former_upn') && target !== LINK_KEY)
    return `"${header}" is a UPN: it can only be the link key to the SSDA903 Header, not ${table.name}.${target}.`;
  if (target === LINK_KEY && kind !== 'upn' && kind !== 'former_upn')
    return `Only a UPN column can be the link key; "${header}" is not one.`;
  if (target === 'birth_year_month' && kind !== 'dob' && !table.columns.some((c) => c.name === target))
    return `${table.name} has no birth month.`;
  return null;
}

function text(v: unknown, where: string, max = 200): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > max)
    throw new ColumnMapError(`${where} must be text of 1 to ${max} characters.`);
  return v;
}

const record = (v: unknown, where: string) => objectOf(v, where, ColumnMapError);

/** Check one entry against the contract and the door; throws a ColumnMapError naming the field. */
export function checkEntry(raw: unknown, where: string): ColumnMapEntry {
  const e = record(raw, where);
  const table = TABLE_BY_NAME.get(text(e.table, `${where}.table`) as TableName);
  if (!table) throw new ColumnMapError(`${where}.table must be one of ${[...TABLE_BY_NAME.keys()].join(', ')}.`);
  if (!Array.isArray(e.headers) || e.headers.length === 0)
    throw new ColumnMapError(`${where}.headers must be the file's header names.`);
  const headers = e.headers.map((h, i) => text(h, `${where}.headers[${i}]`));
  const columns: Record<string, string> = {};
  for (const [target, header] of Object.entries(record(e.columns, `${where}.columns`))) {
    const h = text(header, `${where}.columns.${target}`);
    if (target !== LINK_KEY && target !== 'birth_year_month' && !table.columns.some((c) => c.name === target)) {
      throw new ColumnMapError(`${where}.columns.${target}: ${table.name} has no column ${target}.`);
    }
    if (!headers.includes(h))
      throw new ColumnMapError(`${where}.columns.${target}: "${h}" is not one of the file's headers.`);
    const refusal = doorRefusal(h, target, table);
    if (refusal) throw new ColumnMapError(`${where}.columns.${target}: ${refusal}`);
    columns[target] = h;
  }
  const constants: Record<string, string> = {};
  for (const [target, value] of Object.entries(record(e.constants ?? {}, `${where}.constants`))) {
    if (!table.columns.some((c) => c.name === target))
      throw new ColumnMapError(`${where}.constants.${target}: ${table.name} has no column ${target}.`);
    if (columns[target])
      throw new ColumnMapError(`${where}.constants.${target}: the column is already mapped to "${columns[target]}".`);
    constants[target] = text(value, `${where}.constants.${target}`, 64);
  }
  return { table: table.name, headers, columns, constants };
}

/** A `vsd-column-map/1` document, checked; throws a ColumnMapError naming the field. */
export function parseColumnMap(json: string): ColumnMap {
  const d = record(readJson(json, 'Not a column map: the file is not JSON.', ColumnMapError), 'the column map');
  if (d.schema !== 'vsd-column-map/1') throw new ColumnMapError('schema must be "vsd-column-map/1".');
  if (!Array.isArray(d.maps)) throw new ColumnMapError('maps must be a list.');
  return { schema: 'vsd-column-map/1', maps: d.maps.map((m, i) => checkEntry(m, `maps[${i}]`)) };
}

/** The map with this entry added, replacing any entry for the same headers. */
export function withEntry(map: ColumnMap | undefined, entry: ColumnMapEntry): ColumnMap {
  const sig = signature(entry.headers);
  return {
    schema: 'vsd-column-map/1',
    maps: [...(map?.maps ?? []).filter((e) => signature(e.headers) !== sig), entry],
  };
}
