import { EMPTY_MARKERS, FALSE_VALUES, ID_CHARACTERS, ID_MAX_LENGTH, TRUE_VALUES, type Column } from '../contract';
import { ident, list, lit } from '../db/sql';

/** SQL text of the contract's rules. Only contract names and constants go in; cell values stay in DuckDB. */

const MARKER_LENGTH = Math.max(...EMPTY_MARKERS.map((m) => m.length));

/** A trimmed cell, null for the empty markers (the length test spares most cells the upper-casing). */
export function cleanCell(trimmed: string): string {
  return `CASE WHEN length(${trimmed}) <= ${MARKER_LENGTH} AND upper(${trimmed}) IN (${list(EMPTY_MARKERS)}) THEN NULL ELSE ${trimmed} END`;
}

/** A date form: the pattern of its date part, the SQL cutting that part from a cell that has a time after it, and its strptime format. */
interface DateForm {
  pattern: string;
  datePart: (v: string) => string;
  format: string;
}

const MONTH_ABBREVIATIONS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const DATE_FORMS: readonly DateForm[] = [
  { pattern: '[0-9]{4}-[0-9]{2}-[0-9]{2}', datePart: (v) => `left(${v}, 10)`, format: '%Y-%m-%d' },
  {
    pattern: '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}',
    datePart: (v) => `regexp_extract(${v}, '^[0-9/]+')`,
    format: '%d/%m/%Y',
  },
  { pattern: `[0-9]{4}-(?i:${MONTH_ABBREVIATIONS})-[0-9]{2}`, datePart: (v) => `left(${v}, 11)`, format: '%Y-%b-%d' },
];
// Databases and Excel write a date column as a timestamp at midnight.
const ZERO_TIME = '[ T]00:00(:00([.]0+)?)?';
const TIME_OF_DAY = '[ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?( ?[AaPp][Mm])?';
const DATE_HINT =
  'use YYYY-MM-DD, DD/MM/YYYY or YYYY-Mon-DD (2024-12-01, 01/12/2024, 2024-Dec-01), optionally with a zero time (00:00:00)';

const anyDateForm = (v: string, timePattern: string): string =>
  `regexp_full_match(${v}, ${lit(`(${DATE_FORMS.map((f) => f.pattern).join('|')})${timePattern}`)})`;

/** Plain dates first: most cells take that path, which needs no cutting. */
function parseDate(v: string): string {
  const plain = DATE_FORMS.map(
    (f) => `WHEN regexp_full_match(${v}, ${lit(f.pattern)}) THEN CAST(try_strptime(${v}, ${lit(f.format)}) AS DATE)`,
  );
  const atMidnight = DATE_FORMS.map(
    (f) =>
      `WHEN regexp_full_match(${v}, ${lit(f.pattern + ZERO_TIME)}) THEN CAST(try_strptime(${f.datePart(v)}, ${lit(f.format)}) AS DATE)`,
  );
  return `CASE ${[...plain, ...atMidnight].join(' ')} END`;
}

// Digits, optionally with a zero fraction as databases write whole numbers (134.0). The pattern, not the cast, refuses 134.5: DuckDB would round it.
const WHOLE_NUMBER = '[+-]?[0-9]{1,9}([.]0+)?';

/** Parse `v` (a cleaned cell) by type; null when it is not of the type. */
function parseType(col: Column, v: string): string {
  switch (col.type) {
    case 'id':
      return `CASE WHEN regexp_full_match(${v}, '[${ID_CHARACTERS}]{1,${ID_MAX_LENGTH}}') THEN ${v} END`;
    case 'str':
      return v;
    case 'int':
      return `CASE WHEN regexp_full_match(${v}, ${lit(WHOLE_NUMBER)}) THEN CAST(${v} AS INTEGER) END`;
    case 'dec':
      return `CASE WHEN regexp_full_match(${v}, '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)') THEN TRY_CAST(${v} AS DOUBLE) END`;
    case 'date':
      return parseDate(v);
    case 'bool':
      return `CASE ${v} WHEN '1' THEN true WHEN '0' THEN false ELSE CASE WHEN upper(${v}) IN (${list(TRUE_VALUES)}) THEN true WHEN upper(${v}) IN (${list(FALSE_VALUES)}) THEN false END END`;
    case 'year':
      return `CASE WHEN regexp_full_match(${v}, '[0-9]{4}[/-]?[0-9]{2}') AND (CAST(left(${v}, 4) AS INTEGER) + 1) % 100 = CAST(right(${v}, 2) AS INTEGER) THEN left(${v}, 4) || '/' || right(${v}, 2) END`;
    case 'yearmonth':
      return `CASE WHEN regexp_full_match(${v}, '[0-9]{4}-(0[1-9]|1[0-2])') THEN ${v} END`;
    case 'enum': {
      const whens = (col.codes ?? []).flatMap((c) =>
        [c.code, ...(c.aliases ?? [])].map((a) => `WHEN ${lit(a)} THEN ${lit(c.code)}`),
      );
      return `CASE replace(replace(upper(${v}), ' ', '_'), '-', '_') ${whens.join(' ')} END`;
    }
  }
}

function rangeText(col: Column): string | null {
  if (col.min !== undefined && col.max !== undefined) return `from ${col.min} to ${col.max}`;
  if (col.min !== undefined) return `at least ${col.min}`;
  if (col.max !== undefined) return `at most ${col.max}`;
  return null;
}

function inRange(col: Column, p: string): string {
  const conds = [
    col.min !== undefined ? `${p} >= ${col.min}` : null,
    col.max !== undefined ? `${p} <= ${col.max}` : null,
  ].filter(Boolean);
  return conds.length ? `CASE WHEN ${conds.join(' AND ')} THEN ${p} END` : p;
}

/** Typed tables keep each cleaned cell as `<name>__raw` beside its typed value. */
export const rawName = (name: string): string => ident(name + '__raw');

/** The typed value of a column from its `__raw` cell: null when empty or invalid. */
export function validValue(col: Column): string {
  return inRange(col, `(${parseType(col, rawName(col.name))})`);
}

/** What is stored: the valid value, or the column's `emptyAs` code in place of unknown. */
export function storedValue(col: Column): string {
  return col.emptyAs ? `coalesce(${ident(col.name)}, ${lit(col.emptyAs)})` : ident(col.name);
}

function typeReason(col: Column, v: string): string {
  const codes = (col.codes ?? []).map((c) => c.code).join(', ');
  switch (col.type) {
    case 'id':
      return lit(`not a valid id: 1 to ${ID_MAX_LENGTH} letters, digits, _ or -`);
    case 'str':
      return lit('not valid text');
    case 'int':
      return lit('not a whole number');
    case 'dec':
      return lit('not a number: use digits and a decimal point (e.g. 12.5)');
    case 'date':
      return `CASE WHEN ${anyDateForm(v, `(${ZERO_TIME})?`)} THEN 'not a real date' WHEN ${anyDateForm(v, TIME_OF_DAY)} THEN ${lit('a date with a time of day: export dates only (a zero time, 00:00:00, is fine)')} ELSE ${lit(`not a date: ${DATE_HINT}`)} END`;
    case 'bool':
      return lit('not yes or no: use 1/0, Y/N, yes/no or true/false');
    case 'year':
      return lit('not an academic year: use 2023/24, 2023-24 or 202324');
    case 'yearmonth':
      return lit('not a year and month: use YYYY-MM (never the day)');
    case 'enum':
      return lit(`not a known code: use one of ${codes}`);
  }
}

/** Why the column's cell is invalid, for a row where `typedValue` came out null (or out of range). */
export function invalidReason(col: Column): string {
  const v = rawName(col.name);
  const range = rangeText(col);
  const inner = range
    ? `CASE WHEN (${parseType(col, v)}) IS NULL THEN ${typeReason(col, v)} ELSE ${lit(`out of range: must be ${range}`)} END`
    : typeReason(col, v);
  return `CASE WHEN ${v} IS NULL THEN 'missing: this column is required' ELSE ${inner} END`;
}
