/**
 * Plain-language descriptions of the contract, shared by the generated Markdown
 * (reference.ts) and the in-app Help page, so the two can never say different things.
 * Text may hold `backtick` spans for literal values; the Help page renders them as <code>.
 */
import { KNOWN_EXPORTS } from './exports';
import {
  DOB_HEADERS,
  EMPTY_MARKERS,
  FALSE_VALUES,
  ID_MAX_LENGTH,
  NAME_AND_CONTACT_HEADERS,
  NOT_PERSONAL_HEADERS,
  POSTCODE_HEADERS,
  TRUE_VALUES,
  UPN_HEADERS,
  normaliseHeader,
} from './general';
import { TABLES } from './tables';
import type { Code, Column, ColumnType, RowCheck, Table } from './types';

const TYPE_LABELS: Record<ColumnType, string> = {
  id: 'identifier',
  str: 'text',
  int: 'whole number',
  dec: 'number',
  date: 'date',
  bool: 'yes/no',
  year: 'academic year',
  enum: 'code',
  yearmonth: 'year-month `YYYY-MM`',
};

const tick = (s: string): string => `\`${s}\``;
const list = (xs: readonly string[]): string => xs.map(tick).join(', ');
/** Numbers as the spec writes them: a true minus sign for negatives. */
const num = (n: number): string => (n < 0 ? `−${-n}` : String(n));

/** The columns of each table's column list, in the Markdown and on the Help page. */
export const COLUMN_HEADINGS = [
  'column',
  'header aliases',
  'type',
  'codes',
  'range',
  'reference',
  'empty',
  'description',
] as const;

export const fileName = (t: Table): string => `${t.name}.csv`;
export const requiredLabel = (t: Table): string => (t.required ? 'required' : 'optional');

export function describeType(c: Column): string {
  return TYPE_LABELS[c.type];
}

/** One code: `M` (male; also 1, MALE). */
export function describeCode(code: Code): string {
  const notes = [code.label, code.aliases?.length ? `also ${code.aliases.join(', ')}` : undefined];
  const note = notes.filter(Boolean).join('; ');
  return note ? `${tick(code.code)} (${note})` : tick(code.code);
}

export function describeCodes(c: Column): string[] {
  return (c.codes ?? []).map(describeCode);
}

export function describeAliases(c: Column): string {
  return list(c.aliases ?? []);
}

export function describeRange(c: Column): string {
  if (c.min !== undefined && c.max !== undefined) return `${num(c.min)} – ${num(c.max)}`;
  if (c.min !== undefined) return `≥ ${num(c.min)}`;
  if (c.max !== undefined) return `≤ ${num(c.max)}`;
  return '';
}

export function describeRef(c: Column): string {
  if (!c.ref) return '';
  const target = c.ref.column === c.name ? '' : ` (${tick(c.ref.column)})`;
  return `must be in ${c.ref.table}.csv${target}, else the row is an orphan`;
}

export function describeEmpty(c: Column): string {
  return c.emptyAs === undefined ? '' : `empty = ${tick(c.emptyAs)}`;
}

export function primaryKey(t: Table): string[] {
  return t.columns.filter((c) => c.pk).map((c) => c.name);
}

export function describePrimaryKey(t: Table): string {
  const pk = primaryKey(t);
  if (pk.length === 0) return 'none: repeated rows are not checked for duplicates';
  return `${pk.map(tick).join(' + ')}: a repeated key rejects the later row`;
}

export function describeCheck(check: RowCheck): string {
  switch (check.kind) {
    case 'notBefore':
      return `${tick(check.column)} must not be before ${tick(check.other)}; otherwise the row is rejected.`;
    case 'sumAtMost':
      return (
        `${check.columns.map(tick).join(' + ')} ≤ ${tick(check.max)}; otherwise the row is rejected ` +
        `(reported against ${tick(check.column)}).`
      );
  }
}

export interface Rule {
  topic: string;
  text: string;
}

const join = (xs: readonly string[], last: string): string =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${last} ${xs[xs.length - 1]}`;

/** The rules that hold for every file, with the lists taken from general.ts and tables.ts. */
export function generalRules(tables: readonly Table[] = TABLES): Rule[] {
  const markers = EMPTY_MARKERS.filter((m) => m !== '');
  const fatal = tables.filter((t) => t.required).map(fileName);
  return [
    {
      topic: 'identification',
      text: 'A file is recognised by its header: it goes to the table whose columns account for the most of its columns; on a tie, to the one with the largest share of its own columns present; then by file name. A file that matches no table, or lacks a required column, is refused whole, with a message naming the closest table and its missing columns.',
    },
    {
      topic: 'encoding',
      text: 'UTF-8, with or without a byte-order mark; UTF-16 with a byte-order mark (Excel\'s "Unicode text", usually tab-separated). A file that is not valid UTF-8 is read as Windows-1252 (what Excel on Windows writes), and a notice says so.',
    },
    {
      topic: 'delimiter',
      text: 'comma; semicolon and tab are detected. Line endings LF or CRLF; blank lines are skipped.',
    },
    {
      topic: 'header',
      text: `required. Matching is case-insensitive, trims spaces and treats spaces and hyphens as underscores (${tick('Child ID')} = ${tick(normaliseHeader('Child ID'))}), and, when nothing else matches, ignores the underscores altogether (${tick('startdate')} = ${tick('start_date')}). The header aliases listed below are accepted. Unknown extra columns are ignored and listed in the load report; two columns that map to the same field refuse the file. A header cell that looks like data (a date, a UPN or a postcode) means the file has no header row: it is refused. A refused file's columns can be mapped to a table's by hand (a column map, kept in the browser and exported as JSON).`,
    },
    { topic: 'empty cell', text: `unknown (null). ${join(markers.map(tick), 'and')} also mean unknown, in any case.` },
    {
      topic: 'date',
      text: `${tick('YYYY-MM-DD')} or UK ${tick('DD/MM/YYYY')} (also ${tick('D/M/YYYY')}), or ${tick('YYYY-Mon-DD')} with an English month abbreviation, each optionally followed by a zero time (${tick('2024-12-01 00:00:00')}, ${tick('2024-12-01T00:00:00')}). Nothing else; an impossible date (${tick('31/02/2024')}) is an error.`,
    },
    {
      topic: 'whole number',
      text: `digits, optionally with a zero fraction as databases export them (${tick('134.0')} = 134; ${tick('134.5')} is not a whole number).`,
    },
    { topic: 'yes/no', text: `true: ${list(TRUE_VALUES)}; false: ${list(FALSE_VALUES)}; any case.` },
    {
      topic: 'academic year',
      text: `${tick('2023/24')}, ${tick('2023-24')} or ${tick('202324')} (the DfE ${tick('time_period')} form), stored as ${tick('2023/24')}. The second year must follow the first.`,
    },
    {
      topic: 'code',
      text: 'case-insensitive and trimmed; stored upper-case. The aliases listed beside a code are accepted for it.',
    },
    {
      topic: 'identifier',
      text: `1 to ${ID_MAX_LENGTH} letters, digits, ${tick('_')} or ${tick('-')}: pseudonyms issued by the local authority.`,
    },
    {
      topic: 'invalid values',
      text: 'A missing or invalid value (unknown code, not a number, not a date, out of its range) in a required column rejects the row. In an optional column the value becomes null and a warning is counted, except where a row check below rejects the row.',
    },
    {
      topic: 'row errors',
      text: 'A rejected row is listed with file, line number (1-based, the header is line 1), column, value and reason. Nothing is dropped silently: the load report counts rows read, loaded, rejected and warnings, per file.',
    },
    {
      topic: 'ragged rows',
      text: 'A row with more fields than the header, or an unterminated quote, is rejected with its line number; a row with fewer fields is read with the missing fields empty.',
    },
    { topic: 'duplicates', text: 'A repeated primary key (marked PK) rejects the later row.' },
    {
      topic: 'orphans',
      text: 'Where a column must be in another file, a row whose value is not there is kept out of the measures and counted as an orphan in the load report.',
    },
    {
      topic: 'loading again',
      text: `A refused optional file does not stop the other files; a refused or missing ${join(fatal, 'or')} stops the whole set (all or nothing). A new set never replaces the one already loaded until it has loaded without such a fatal error.`,
    },
    { topic: 'identifiable data', text: identifiableText() },
    { topic: 'real exports', text: realExportsText() },
  ];
}

function identifiableText(): string {
  return (
    'Identifiers are handled at the door, before anything is stored, and the load report says, per file, what was done with each such column. ' +
    `Names and contacts (a header that is or ends with ${list(NAME_AND_CONTACT_HEADERS)}; not ${list(NOT_PERSONAL_HEADERS)}) and postcodes (${list(POSTCODE_HEADERS)} and any ${tick('*postcode*')} column) are not read. ` +
    `A date of birth (${list(DOB_HEADERS)}) is read only to derive the birth month (pupils) or the age (destinations), then dropped. ` +
    `A UPN (${list(UPN_HEADERS)}) is read only as the key that links a school file keyed by UPN to the child_id of the SSDA903 Header; the link map lives only in memory, and rows of pupils not in the Header are counted and discarded. ` +
    `Among the columns read, a value holding a UPN (a letter, 11 digits, then a letter or digit: ${tick('H801200001001')}) or a full UK postcode (${tick('DY1 1HF')}, ${tick('NE2  1AA')}, ${tick('DY11HF')}, any case) is replaced by ${tick('[removed]')} in free text, with a warning, and refuses the file in any other column. ` +
    `Pseudonyms such as ${tick('NX41DAC1012')} and codes such as ${tick('OUT_LA_GT20MI')} are not identifiers. No message ever quotes an identifying value.`
  );
}

function realExportsText(): string {
  const used = KNOWN_EXPORTS.filter((e) => e.table).map((e) => `${e.label} → ${e.table}`);
  const unused = KNOWN_EXPORTS.filter((e) => !e.table).map((e) => e.label);
  return (
    `Recognised by their headers, whatever their names: ${used.join(', ')}. ${unused.join(', ')} are recognised and listed as not used. ` +
    'The DfE XML form of the return (root EXPSSDA903) is read as the same files. ' +
    'An OC3 takes its reporting year from a YEAR column, else from its file name (a lone year such as 2025, or 2024-25), else the app asks (the command line takes --year). ' +
    'Episodes from several yearly returns are made continuous: repeated DECOMs are one episode, a row left open before a later one is closed, and with a YEAR column stale copies from earlier returns are rejected; each change is a warning or a rejected row with its line.'
  );
}

/** All the searchable text of a column, lower-case. */
function columnText(c: Column): string {
  return [c.name, ...(c.aliases ?? []), describeType(c), c.description, ...describeCodes(c), describeRef(c)]
    .join(' ')
    .toLowerCase();
}

/**
 * Tables and columns matching a free-text query. A table whose name or description matches keeps
 * all its columns; otherwise it keeps the columns that match, and is dropped when none do.
 */
export function filterTables(query: string, tables: readonly Table[] = TABLES): Table[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...tables];
  const out: Table[] = [];
  for (const t of tables) {
    if (`${fileName(t)} ${t.description}`.toLowerCase().includes(q)) out.push(t);
    else {
      const columns = t.columns.filter((c) => columnText(c).includes(q));
      if (columns.length) out.push({ ...t, columns });
    }
  }
  return out;
}

/** Split text on backticks: odd parts are literal values. */
export function spans(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((s) => s.text !== '');
}
