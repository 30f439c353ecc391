import { sqlType, storedColumns, table as contractTable, type Column, type RowCheck, type Table } from '../contract';
import { continuitySql } from './continuity';
import { derivable, derivationSql, filledValue } from './derive';
import type { Db } from '../db/types';
import type { PreparedFile } from './prepare';
import { MAX_WARNING_DETAILS, type FileReport, type RowError } from './report';
import { ident, lit } from '../db/sql';
import { cleanCell, invalidReason, rawName, storedValue, validValue } from './sql';

export const stageName = (table: string): string => `_stage_${table}`;

function readCsv(fileName: string, columns: readonly string[]): string {
  const cols = ['__line', ...columns].map((c) => `${lit(c)}: 'VARCHAR'`).join(', ');
  return `read_csv(${lit(fileName)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\\n', columns = {${cols}})`;
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

/** Cleaned raw cells (from the file, or constants the user supplied), typed values, then the values derived from them. */
function typedSelect(table: Table, file: PreparedFile, fileName: string, { fromFile, given, derived }: Sources): string {
  const raws = [
    ...fromFile.map((c) => `${cleanCell(ident(c.name))} AS ${rawName(c.name)}`),
    ...given.map((c) => `${cleanCell(lit(file.constants![c.name]))} AS ${rawName(c.name)}`),
  ];
  const read = new Set([...fromFile, ...given].map((c) => c.name));
  const typed = table.columns.filter((c) => !derived.includes(c)).map((c) => (read.has(c.name) ? `${validValue(c)} AS ${ident(c.name)}` : `CAST(NULL AS ${sqlType(c)}) AS ${ident(c.name)}`));
  const inner = `SELECT __line, ${[...read].map((c) => rawName(c)).join(', ')}, ${typed.join(', ')}
    FROM (SELECT CAST(__line AS INTEGER) AS __line, ${raws.join(', ')} FROM ${readCsv(fileName, file.columns)})`;
  if (derived.length === 0) return inner;
  const derivedRaw = derived.map((c) => `${derivationSql(table, c)} AS ${rawName(c.name)}`);
  return `SELECT *, ${derived.map((c) => `${validValue(c)} AS ${ident(c.name)}`).join(', ')} FROM (SELECT *, ${derivedRaw.join(', ')} FROM (${inner}))`;
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
  const value = pk.map((n) => rawName(n)).join(` || ', ' || `);
  return `SELECT line, ${lit(pk.join(', '))}, value, ${lit(`duplicate ${pk.join(', ')}: already on line `)} || first FROM (
      SELECT __line AS line, ${value} AS value, first_value(__line) OVER w AS first, row_number() OVER w AS rn
      FROM _typed WHERE ${notRejected} WINDOW w AS (PARTITION BY ${pk.map(ident).join(', ')} ORDER BY __line)) WHERE rn > 1`;
}

/** Type and check one prepared file (its values already trimmed by `prepare`) into `_stage_<table>`; the report counts every row. Orphans are counted later. */
export async function stageFile(db: Db, file: PreparedFile, fileName: string): Promise<FileReport> {
  const table = contractTable(file.table);
  const sources = sourcesOf(table, file);
  const { present } = sources;
  await db.registerFile(fileName, file.csv);
  try {
    await db.exec(`CREATE OR REPLACE TEMP TABLE _typed AS ${typedSelect(table, file, fileName, sources)}`);
    const required = table.columns.filter((c) => c.required);
    await db.exec(`CREATE OR REPLACE TEMP TABLE _err AS ${required.map((c) => errorSelect(c, `${ident(c.name)} IS NULL`)).join(' UNION ALL ')}`);
    await db.exec(`CREATE OR REPLACE TEMP TABLE _warn (line INTEGER, "column" VARCHAR, value VARCHAR, reason VARCHAR)`);
    for (const sql of [...table.checks.map((k) => checkSql(k, present)), duplicateSql(table)]) {
      if (sql) await db.exec(`INSERT INTO _err ${sql}`);
    }
    if (table.name === 'care_periods') for (const sql of continuitySql(present)) await db.exec(sql);
    const stored = storedColumns(table).map((c) => `${filledValue(table, c, storedValue(c), present)} AS ${ident(c.name)}`).join(', ');
    await db.exec(`CREATE OR REPLACE TABLE ${stageName(table.name)} AS SELECT ${stored} FROM _typed WHERE ${notRejected}`);
    const optional = table.columns.filter((c) => !c.required && present.has(c.name));
    const invalidSql = optional.length ? optional.map((c) => errorSelect(c, `${rawName(c.name)} IS NOT NULL AND ${ident(c.name)} IS NULL`)).join(' UNION ALL ') : null;
    const warningsSql = `SELECT * FROM (${[invalidSql, 'SELECT line, "column", value, reason FROM _warn'].filter(Boolean).join(' UNION ALL ')}) WHERE line NOT IN (SELECT line FROM _err)`;
    const [counts] = await db.query<{ loaded: number; warnings: number }>(
      `SELECT (SELECT count(*) FROM ${stageName(table.name)})::INTEGER AS loaded, (SELECT count(*) FROM (${warningsSql}))::INTEGER AS warnings`,
    );
    const rowErrors = await db.query<RowError>(`SELECT line, "column", value, reason FROM _err ORDER BY line, "column"`);
    const warningDetails = [...file.warnings, ...(await db.query<RowError>(`${warningsSql} ORDER BY line LIMIT ${MAX_WARNING_DETAILS}`))].sort((a, b) => a.line - b.line).slice(0, MAX_WARNING_DETAILS);
    const errors = [...file.errors, ...rowErrors].sort((a, b) => a.line - b.line);
    return {
      file: file.file, table: file.table, status: 'loaded', reason: null,
      rows_read: file.rowsRead, rows_loaded: counts.loaded, rows_rejected: file.rowsRead - file.discarded - counts.loaded,
      warnings: counts.warnings + file.warnings.length, orphans: 0, errors, warning_details: warningDetails,
      ignored_columns: file.ignored, notices: file.notices, bytes: file.bytes, door: file.door, export: file.export,
      headers: file.headers, ...(file.linked ? { linked: file.linked } : {}),
    };
  } finally {
    await db.exec('DROP TABLE IF EXISTS _typed; DROP TABLE IF EXISTS _err; DROP TABLE IF EXISTS _warn');
    await db.dropFile(fileName);
  }
}
