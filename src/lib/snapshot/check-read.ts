/**
 * The readers `check.ts` builds the `vsd-snapshot/1` check from: each takes a value and the path of the field
 * that holds it, returns the value typed, or throws a `SnapshotError` naming the path and what was expected.
 * Messages never quote a long value back: a number or a string of up to 20 characters may be shown.
 */
import { identifierIn } from '../ingest/guard';

/** A snapshot file that does not follow `vsd-snapshot/1`: the message names the field and what was expected. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export type Fields = Record<string, unknown>;

/** The longest string a snapshot may hold, but for its title and commentary. */
export const MAX_TEXT = 100;

export function fail(path: string, message: string): never {
  throw new SnapshotError(path ? `${path}: ${message}` : message);
}

/** `a` + `b` → `a.b`; a field name that is not a plain word is not shown. */
export const at = (path: string, key: string): string => {
  const name = /^[A-Za-z0-9_]{1,40}$/.test(key) ? key : `[${shown(key)}]`;
  return path ? `${path}.${name}` : name;
};

/** What was found, short: a number, a string of up to 20 characters, or only its kind. */
export function shown(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v).length <= 20 ? String(v) : v.toPrecision(6);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.length <= 20 ? JSON.stringify(v) : `a text of ${v.length} characters`;
  if (Array.isArray(v)) return 'a list';
  return 'an object';
}

/** Refuse `v` at `path`: it is missing, or it is not what was expected. */
export function expected(path: string, what: string, v: unknown): never {
  return fail(path, v === undefined ? `missing; expected ${what}` : `expected ${what}, found ${shown(v)}`);
}

export function object(v: unknown, path: string, what = 'an object'): Fields {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) expected(path, what, v);
  return v as Fields;
}

export function list(v: unknown, path: string, what = 'a list'): unknown[] {
  if (!Array.isArray(v)) expected(path, what, v);
  return v;
}

/** Refuse any field of `o` not in `allowed` ("Nothing else"); `why` says what the object holds. */
export function only(o: Fields, path: string, allowed: readonly string[], why: string): void {
  for (const key of Object.keys(o)) if (!allowed.includes(key)) fail(at(path, key), why);
}

export function text(v: unknown, path: string, max = MAX_TEXT): string {
  if (typeof v !== 'string') expected(path, 'text', v);
  if (v.length > max) fail(path, `expected at most ${max} characters, found ${v.length}`);
  return v;
}

/** Text a person typed or a group's name: it may not hold what looks like a UPN or a full postcode. */
export function plain(v: unknown, path: string, max = MAX_TEXT): string {
  const s = text(v, path, max);
  const kind = identifierIn(s);
  if (kind) fail(path, `holds what looks like ${kind}; a snapshot holds nothing that identifies a child`);
  return s;
}

export function nonEmpty(v: unknown, path: string, max = MAX_TEXT): string {
  const s = plain(v, path, max);
  if (s.trim() === '') fail(path, 'expected text, found an empty one');
  return s;
}

const ID = /^[a-z0-9_]+$/;

/** An id (measure, area, table, dimension): lowercase letters, digits and `_`. */
export function id(v: unknown, path: string): string {
  if (typeof v === 'string' && v.length > MAX_TEXT)
    fail(path, `expected at most ${MAX_TEXT} characters, found ${v.length}`);
  if (typeof v !== 'string' || !ID.test(v)) expected(path, 'an id of lowercase letters, digits and _', v);
  return v;
}

export function oneOf<T extends string>(v: unknown, path: string, options: readonly T[]): T {
  if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) {
    expected(path, `one of ${options.map((o) => `"${o}"`).join(', ')}`, v);
  }
  return v as T;
}

export function finite(v: unknown, path: string, what = 'a number'): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) expected(path, what, v);
  return v;
}

/** A number of things (values, children, sessions, pounds): finite and not negative. */
export function amount(v: unknown, path: string): number {
  const n = finite(v, path, 'a number, 0 or more');
  if (n < 0) expected(path, 'a number, 0 or more', n);
  return n;
}

export function whole(v: unknown, path: string, from: number, to: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < from || v > to) {
    expected(path, `a whole number from ${from} to ${to}`, v);
  }
  return v;
}

const isDate = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** A calendar date, `2025-08-31`. */
export function date(v: unknown, path: string): string {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m || !isDate(+m[1], +m[2], +m[3])) expected(path, 'a date written YYYY-MM-DD', v);
  return v as string;
}

/** An ISO 8601 date-time with its offset, `2025-09-14T10:12:00Z` or `2025-09-14T11:12:00.123+01:00`. */
export function dateTime(v: unknown, path: string): string {
  const what = 'a date and time such as 2025-09-14T10:12:00Z';
  const m =
    typeof v === 'string'
      ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(v)
      : null;
  if (!m || !isDate(+m[1], +m[2], +m[3])) expected(path, what, v);
  const [hour, minute, second = '0', offH = '0', offM = '0'] = m.slice(4);
  if (+hour > 23 || +minute > 59 || +second > 59 || +offH > 23 || +offM > 59) expected(path, what, v);
  return v as string;
}

const ACADEMIC = /^(\d{4})\/(\d{2})$/;
const REPORTING = /^\d{4}$/;

/** The first calendar year of an academic year `2021/22` (→ 2021), or null when `v` is not one. */
function academicStart(v: unknown): number | null {
  const m = typeof v === 'string' ? ACADEMIC.exec(v) : null;
  return m && (+m[1] + 1) % 100 === +m[2] ? +m[1] : null;
}

export function academicYear(v: unknown, path: string): number {
  const start = academicStart(v);
  if (start === null) expected(path, 'an academic year such as "2021/22"', v);
  return start;
}

/**
 * A figure's period: an academic year `2023/24`, or a reporting year `2025` of the care-leaver measures,
 * which stands for the academic year 2024/25. Returns the first calendar year of that academic year.
 */
export function period(v: unknown, path: string): number {
  const start = academicStart(v);
  if (start !== null) return start;
  if (typeof v === 'string' && REPORTING.test(v)) return +v - 1;
  return expected(path, 'an academic year such as "2023/24" or a reporting year such as "2025"', v);
}
