import {
  DOB_HEADERS,
  NAME_AND_CONTACT_HEADERS,
  normaliseHeader,
  NOT_PERSONAL_HEADERS,
  POSTCODE_HEADERS,
  UPN_HEADERS,
  type Table,
} from '../contract';

/**
 * The door: what happens to a column that identifies a person, before anything reaches DuckDB.
 * - name: names and contacts, never read
 * - postcode: never read
 * - other_dob: another person's date of birth (SSDA903 MC_DOB), never read
 * - dob: read to derive the birth month (pupils, destinations), then dropped; elsewhere not read
 * - upn / former_upn: read only as the link key to the SSDA903 Header, then dropped
 */
export type DoorKind = 'name' | 'postcode' | 'other_dob' | 'dob' | 'upn' | 'former_upn';

/** `DOB (dd/mm/yyyy)` → `dob`, `Forename(s)` → `forenames`, `D.O.B.` → `dob`: letters and digits only. */
const squash = (h: string): string =>
  h
    .replace(/\([^)]*\)$/, '')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase() || h.toLowerCase();
const squashAll = (xs: readonly string[]): string[] => xs.map(squash);
const NAMES = squashAll(NAME_AND_CONTACT_HEADERS);
const NOT_PERSONAL = squashAll(NOT_PERSONAL_HEADERS);
const POSTCODES = squashAll(POSTCODE_HEADERS);
const DOBS = squashAll(DOB_HEADERS);

/** What the door does with a column, by its header; null for a column read as usual. */
export function doorKind(header: string): DoorKind | null {
  const h = squash(normaliseHeader(header));
  if (h.includes('postcode') || POSTCODES.includes(h)) return 'postcode';
  if (DOBS.includes(h)) return 'dob';
  if (h.endsWith('dob') || h.endsWith('dateofbirth')) return 'other_dob';
  if (h === squash(UPN_HEADERS[1])) return 'former_upn';
  if (h === UPN_HEADERS[0] || h.endsWith('upn')) return 'upn';
  if (NOT_PERSONAL.includes(h) || h.startsWith('missing')) return null;
  if (NAMES.some((n) => h.endsWith(n) || h.endsWith(`${n}s`))) return 'name';
  return null;
}

/** The door columns of a file: position → kind. */
export function doorColumns(headers: readonly string[]): Map<number, DoorKind> {
  const out = new Map<number, DoorKind>();
  headers.forEach((h, i) => {
    const kind = doorKind(h);
    if (kind) out.set(i, kind);
  });
  return out;
}

/** Whether this table derives a column from a date of birth (pupils' birth month; destinations' age through it). */
export function takesBirthMonth(table: Table): boolean {
  return table.columns.some((c) => c.name === 'birth_year_month');
}

/** A column the door took, and what it did with it, for the load report. */
export interface DoorColumn {
  column: string;
  done: string;
}

/** `links`: the file's UPN is the key of a Header (`header`), or links this file's rows to one (`rows`). */
export function doorTreatment(kind: DoorKind, table: Table | null, links: 'header' | 'rows' | null): string {
  switch (kind) {
    case 'name':
      return 'a name or contact: not read';
    case 'postcode':
      return 'a postcode: not read';
    case 'other_dob':
      return "another person's date of birth: not read";
    case 'dob':
      if (!table || !takesBirthMonth(table)) return 'a date of birth: not read';
      return table.name === 'destinations'
        ? 'used for the age, then dropped'
        : 'used for the birth month, then dropped';
    case 'upn':
    case 'former_upn':
      if (links === 'header') return 'kept in memory only, to link school files keyed by UPN, then dropped';
      return links === 'rows' ? 'used to link rows to the SSDA903 Header, then dropped' : 'a UPN: not read';
  }
}

/** One sentence for the load report, listing every door column once. */
export function doorNotice(columns: readonly DoorColumn[]): string | null {
  if (columns.length === 0) return null;
  const groups = new Map<string, string[]>();
  for (const c of columns) groups.set(c.done, [...(groups.get(c.done) ?? []), c.column]);
  return `Identifiable data, handled at the door: ${[...groups].map(([done, cols]) => `${cols.join(', ')} (${done})`).join('; ')}.`;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const ZERO_TIME = '(?:[ T]00:00(?::00(?:\\.0+)?)?)?';
const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${ZERO_TIME}$`);
const UK = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${ZERO_TIME}$`);
const MON = new RegExp(`^(\\d{4})-([A-Za-z]{3})-(\\d{2})${ZERO_TIME}$`);

/** `YYYY-MM` of a date of birth in any of the contract's date forms; null when it is not a real date. The day goes no further. */
export function birthMonth(dob: string): string | null {
  const v = dob.trim();
  let y: number, m: number, d: number;
  let match = ISO.exec(v);
  if (match) [y, m, d] = [+match[1], +match[2], +match[3]];
  else if ((match = UK.exec(v))) [y, m, d] = [+match[3], +match[2], +match[1]];
  else if ((match = MON.exec(v))) [y, m, d] = [+match[1], MONTHS.indexOf(match[2].toUpperCase()) + 1, +match[3]];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}`;
}
