import {
  EMPTY_MARKERS,
  sqlType,
  storedColumns,
  table as contractTable,
  type Column,
  type RowCheck,
  type Table,
} from '../contract';
import { CONTINUITY_QUOTES, continuitySql } from './continuity';
import { derivable, derivationSql, filledFrom, filledValue } from './derive';
import { ks2FlagWarnings } from './ks2-flags';
import type { Db } from '../db/types';
import type { PreparedFile } from './prepare';
import { MAX_WARNING_DETAILS, type FileReport, type RowError } from './report';
import { ident, list, lit } from '../db/sql';
import { cleanCell, invalidReason, rawName, storedValue, validValue } from './sql';

export const stageName = (table: string): string => `_stage_${table}`;

/** Every spelling of an empty marker in upper and lower case (N/A, n/a, N/a, n/A). */
function spellings(marker: string): string[] {
  if (marker === '') return [''];
  const rest = spellings(marker.slice(1));
  return [...new Set([marker[0].toUpperCase(), marker[0].toLowerCase()])].flatMap((h) => rest.map((r) => h + r));
}

/** The reader gives null for an empty marker in any case, as `cleanCell` does. */
const EMPTY_CELLS = list(EMPTY_MARKERS.flatMap(spellings));

/** How to read the file: its line number, the cleaned cell of a column of `file.columns`, and the `read_csv` call. */
function readCells(
  fileName: string,
  file: PreparedFile,
): { line: string; cell: (column: string) => string; from: string } {
  const options = (nulls: string) =>
    `header = true, auto_detect = false, quote = '"', escape = '"', nullstr = [${nulls}]`;
  if (file.layout.kind === 'rewritten') {
    const cols = ['__line', ...file.columns].map((c) => `${lit(c)}: 'VARCHAR'`).join(', ');
    return {
      line: 'CAST(__line AS INTEGER)',
      cell: (c) => ident(c),
      from: `read_csv(${lit(fileName)}, ${options(EMPTY_CELLS)}, delim = ',', new_line = '\\n', columns = {${cols}})`,
    };
  }
  const { delimiter, newLine, width, positions, markers, short } = file.layout;
  const cols = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const delim = delimiter === '\t' ? `'\\t'` : lit(delimiter);
  return {
    // one record per line, the header on line 1: the scan keeps the file's order
    line: 'CAST(row_number() OVER () AS INTEGER) + 1',
    cell: (c) => ident(`c${positions[file.columns.indexOf(c)]}`),
    // each marker and padding costs the reader time on every value: only those the scan found
    from: `read_csv(${lit(fileName)}, ${options(list(['', ...markers]))}, delim = ${delim}, new_line = ${newLine === '\n' ? `'\\n'` : `'\\r\\n'`}, null_padding = ${short}, columns = {${cols}})`,
  };
}

/** Where each column of `_typed` comes from: the file, a constant the user supplied, or a derivation from those. */
interface Sources {
  fromFile: Column[];
  given: Column[];
  derived: Column[];
  /** every column with a raw cell */
  present: Set<string>;
}

function sourcesOf(table: Table, file: PreparedFile): Sources {
  const fromFile = table.columns.filter((c) => file.columns.includes(c.name));
  const given = table.columns.filter((c) => file.constants?.[c.name] !== undefined && !file.columns.includes(c.name));
  const read = new Set([...fromFile, ...given].map((c) => c.name));
  const derived = derivable(table, read);
  return { fromFile, given, derived, present: new Set([...read, ...derived.map((c) => c.name)]) };
}

/**
 * Columns whose raw cell is quoted beside a valid value (a check, a duplicate, the continuity rules, a filled value).
 * Every other raw cell is kept only where it is invalid or missing: a valid id or text is its own raw cell.
 */
function quotedRaw(table: Table): Set<string> {
  const names = table.columns.filter((c) => c.pk).map((c) => c.name);
  for (const k of table.checks) names.push(k.column, ...(k.kind === 'notBefore' ? [k.other] : [...k.columns, k.max]));
  if (table.name === 'care_periods') names.push(...CONTINUITY_QUOTES);
  names.push(...filledFrom(table));
  return new Set(names);
}

const ownRaw = (c: Column) => c.type === 'id' || c.type === 'str';

/** The raw cell of a column of `_typed`, for any row. */
const rawOf = (c: Column): string => (ownRaw(c) ? `coalesce(${rawName(c.name)}, ${ident(c.name)})` : rawName(c.name));

/**
 * `_typed`: the typed value of every column of the table, in its order, then `__line` and the raw cells kept
 * (`quotedRaw`). Raw cells come from the file or constants the user supplied; derived columns from the typed values.
 */
function typedSelect(
  table: Table,
  file: PreparedFile,
  fileName: string,
  { fromFile, given, derived }: Sources,
): string {
  const read = readCells(fileName, file);
  const raws = [
    ...fromFile.map((c) => `${read.cell(c.name)} AS ${rawName(c.name)}`),
    ...given.map((c) => `${cleanCell(lit(file.constants![c.name]))} AS ${rawName(c.name)}`),
  ];
  const readNames = new Set([...fromFile, ...given].map((c) => c.name));
  // ids the scan already found valid are their own typed value
  const checked = new Set(file.layout.kind === 'as-is' ? file.layout.ids : []);
  const typed = table.columns
    .filter((c) => !derived.includes(c))
    .map((c) =>
      !readNames.has(c.name)
        ? `CAST(NULL AS ${sqlType(c)}) AS ${ident(c.name)}`
        : `${checked.has(c.name) && fromFile.includes(c) ? rawName(c.name) : validValue(c)} AS ${ident(c.name)}`,
    );
  let inner = `SELECT __line, ${[...readNames].map((c) => rawName(c)).join(', ')}, ${typed.join(', ')}
    FROM (SELECT ${read.line} AS __line, ${raws.join(', ')} FROM ${read.from})`;
  if (derived.length > 0) {
    const derivedRaw = derived.map((c) => `${derivationSql(table, c)} AS ${rawName(c.name)}`);
    inner = `SELECT *, ${derived.map((c) => `${validValue(c)} AS ${ident(c.name)}`).join(', ')} FROM (SELECT *, ${derivedRaw.join(', ')} FROM (${inner}))`;
  }
  const keep = quotedRaw(table);
  const withRaw = table.columns.filter((c) => readNames.has(c.name) || derived.includes(c));
  const kept = withRaw.map((c) =>
    keep.has(c.name) && !ownRaw(c)
      ? rawName(c.name)
      : `CASE WHEN ${ident(c.name)} IS NULL THEN ${rawName(c.name)} END AS ${rawName(c.name)}`,
  );
  return `SELECT ${table.columns.map((c) => ident(c.name)).join(', ')}, __line, ${kept.join(', ')} FROM (${inner})`;
}

const notRejected = `__line NOT IN (SELECT line FROM _err)`;

/** The cell quoted beside an error: never a birth-month cell, which may hold a whole date of birth. */
const quotedValue = (col: Column): string => (col.type === 'yearmonth' ? 'CAST(NULL AS VARCHAR)' : rawName(col.name));

function errorSelect(col: Column, where: string): string {
  return `SELECT __line AS line, ${lit(col.name)} AS "column", ${quotedValue(col)} AS value, ${invalidReason(col)} AS reason FROM _typed WHERE ${where}`;
}

function checkSql(check: RowCheck, present: Set<string>): string | null {
  const c = (n: string) => ident(n);
  if (check.kind === 'notBefore') {
    if (!present.has(check.column) || !present.has(check.other)) return null;
    return `SELECT __line, ${lit(check.column)}, ${rawName(check.column)}, ${lit(`ends before it starts (${check.other} `)} || ${rawName(check.other)} || ')'
      FROM _typed WHERE ${c(check.column)} < ${c(check.other)} AND ${notRejected}`;
  }
  const sum = check.columns.map(c).join(' + ');
  return `SELECT __line, ${lit(check.column)}, ${rawName(check.column)}, ${lit(`${check.columns.join(' + ')} (`)} || (${sum}) || ${lit(`) is more than ${check.max} (`)} || ${c(check.max)} || ')'
    FROM _typed WHERE ${sum} > ${c(check.max)} AND ${notRejected}`;
}

function duplicateSql(table: Table): string | null {
  const pk = table.columns.filter((c) => c.pk).map((c) => c.name);
  if (pk.length === 0) return null;
  const value = table.columns
    .filter((c) => c.pk)
    .map(rawOf)
    .join(` || ', ' || `);
  const keys = pk.map(ident).join(', ');
  // only the keys seen twice are looked at row by row: grouping costs a fraction of a window over every row
  return `SELECT __line AS line, ${lit(pk.join(', '))}, ${value}, ${lit(`duplicate ${pk.join(', ')}: already on line `)} || first
    FROM _typed JOIN (SELECT ${keys}, min(__line) AS first FROM _typed WHERE ${notRejected} GROUP BY ${keys} HAVING count(*) > 1) USING (${keys})
    WHERE __line > first AND ${notRejected}`;
}

/**
 * `_typed` becomes `_stage_<table>` in place: rejected rows deleted, stored values filled in, the columns read only
 * to check or derive dropped. Returns the rows kept.
 */
async function keepStored(db: Db, table: Table, present: Set<string>): Promise<number> {
  const stored = storedColumns(table);
  const fills = stored.flatMap((c) => {
    const value = filledValue(table, c, storedValue(c), present);
    return value === ident(c.name)
      ? []
      : [`UPDATE _typed SET ${ident(c.name)} = ${value} WHERE ${ident(c.name)} IS DISTINCT FROM ${value}`];
  });
  const helpers = [
    ...table.columns.filter((c) => !stored.includes(c)).map((c) => c.name),
    '__line',
    ...[...present].map((c) => `${c}__raw`),
  ];
  const [{ n }] = await db.query<{ n: number }>(
    [
      `DELETE FROM _typed WHERE __line IN (SELECT line FROM _err)`,
      ...fills,
      ...helpers.map((name) => `ALTER TABLE _typed DROP COLUMN ${ident(name)}`),
      `DROP TABLE IF EXISTS ${stageName(table.name)}`,
      `ALTER TABLE _typed RENAME TO ${stageName(table.name)}`,
      `SELECT count(*)::INTEGER AS n FROM ${stageName(table.name)}`,
    ].join(';\n'),
  );
  return n;
}

/** Type and check one prepared file (its values already trimmed by `prepare`) into `_stage_<table>`; the report counts every row. Orphans are counted later. */
export async function stageFile(db: Db, file: PreparedFile, fileName: string): Promise<FileReport> {
  const table = contractTable(file.table);
  const sources = sourcesOf(table, file);
  const { present } = sources;
  await db.registerFile(fileName, file.csv);
  try {
    const required = table.columns.filter((c) => c.required);
    const checks = [...table.checks.map((k) => checkSql(k, present)), duplicateSql(table)].filter(
      (sql) => sql !== null,
    );
    await db.exec(
      [
        `CREATE OR REPLACE TABLE _typed AS ${typedSelect(table, file, fileName, sources)}`,
        `CREATE OR REPLACE TEMP TABLE _err AS ${required.map((c) => errorSelect(c, `${ident(c.name)} IS NULL`)).join(' UNION ALL ')}`,
        `CREATE OR REPLACE TEMP TABLE _warn (line INTEGER, "column" VARCHAR, value VARCHAR, reason VARCHAR)`,
        ...checks.map((sql) => `INSERT INTO _err ${sql}`),
        ...(table.name === 'care_periods' ? continuitySql(present) : []),
        ...(table.name === 'ks2_results' ? ks2FlagWarnings(present) : []),
      ].join(';\n'),
    );
    const optional = table.columns.filter((c) => !c.required && present.has(c.name));
    const invalidSql = optional.length
      ? optional
          .map((c) => errorSelect(c, `${rawName(c.name)} IS NOT NULL AND ${ident(c.name)} IS NULL`))
          .join(' UNION ALL ')
      : null;
    const warningsSql = `SELECT * FROM (${[invalidSql, 'SELECT line, "column", value, reason FROM _warn'].filter(Boolean).join(' UNION ALL ')}) WHERE line NOT IN (SELECT line FROM _err)`;
    const rowErrors = await db.query<RowError>(
      `SELECT line, "column", value, reason FROM _err ORDER BY line, "column"`,
    );
    const found = await db.query<RowError & { total: number }>(
      `SELECT line, "column", value, reason, (count(*) OVER ())::INTEGER AS total FROM (${warningsSql}) ORDER BY line LIMIT ${MAX_WARNING_DETAILS}`,
    );
    const warnings = found[0]?.total ?? 0;
    const warningDetails = [...file.warnings, ...found.map(({ total: _, ...w }) => w)]
      .sort((a, b) => a.line - b.line)
      .slice(0, MAX_WARNING_DETAILS);
    const errors = [...file.errors, ...rowErrors].sort((a, b) => a.line - b.line);
    const loaded = await keepStored(db, table, present);
    return {
      file: file.file,
      table: file.table,
      status: 'loaded',
      reason: null,
      rows_read: file.rowsRead,
      rows_loaded: loaded,
      rows_rejected: file.rowsRead - file.discarded - loaded,
      warnings: warnings + file.warnings.length,
      orphans: 0,
      errors,
      warning_details: warningDetails,
      ignored_columns: file.ignored,
      notices: file.notices,
      bytes: file.bytes,
      door: file.door,
      export: file.export,
      headers: file.headers,
      ...(file.linked ? { linked: file.linked } : {}),
    };
  } finally {
    await db.exec('DROP TABLE IF EXISTS _typed; DROP TABLE IF EXISTS _err; DROP TABLE IF EXISTS _warn');
    await db.dropFile(fileName);
  }
}
