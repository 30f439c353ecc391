import type { Db } from '../db/types';

export const LA_FILE = 'la-benchmarks.csv';
export const NEIGHBOURS_FILE = 'statistical-neighbours.csv';

const LA_COLUMNS = [
  'time_period',
  'period_label',
  'la_code',
  'old_la_code',
  'la_name',
  'region_name',
  'measure',
  'group',
  'value',
  'symbol',
  'source',
] as const;

const NEIGHBOUR_COLUMNS = [
  'la_code',
  'old_la_code',
  'la_name',
  'region_name',
  'rank',
  'neighbour_la_code',
  'neighbour_old_la_code',
  'neighbour_name',
  'similarity',
  'sn_section',
] as const;

/** A rule every row of a DfE file keeps: the SQL condition a row breaks it by, the column it names, and the fix. */
interface Rule {
  broken: string;
  column: string;
  problem: string;
}

const CODE = `'^E(06|08|09|10|12|13|92)[0-9]{6}$'`;

const LA_RULES: readonly Rule[] = [
  {
    broken: `NOT regexp_matches(coalesce(la_code, ''), ${CODE})`,
    column: 'la_code',
    problem: 'is not an area code such as E08000027',
  },
  { broken: `coalesce(period_label, '') = ''`, column: 'period_label', problem: 'is empty' },
  {
    broken: `coalesce(measure, '') = '' OR coalesce("group", '') = ''`,
    column: 'measure',
    problem: 'or its group is empty',
  },
  { broken: `value IS NOT NULL AND TRY_CAST(value AS DOUBLE) IS NULL`, column: 'value', problem: 'is not a number' },
  {
    broken: `(value IS NULL) = (symbol IS NULL) OR coalesce(symbol, 'c') NOT IN ('c', 'x', 'z', 'k')`,
    column: 'symbol',
    problem: 'must be c, x, z or k where the value is empty, and empty where there is a value',
  },
];

const NEIGHBOUR_RULES: readonly Rule[] = [
  {
    broken: `NOT regexp_matches(coalesce(la_code, ''), ${CODE})`,
    column: 'la_code',
    problem: 'is not an area code such as E08000027',
  },
  {
    broken: `NOT regexp_matches(coalesce(neighbour_la_code, ''), ${CODE})`,
    column: 'neighbour_la_code',
    problem: 'is not an area code such as E08000027',
  },
  {
    broken: `TRY_CAST(rank AS INTEGER) NOT BETWEEN 1 AND 10 OR rank IS NULL`,
    column: 'rank',
    problem: 'is not a whole number from 1 to 10',
  },
];

/** Read a bundled DfE file with every column as text, refusing it with the first row that breaks a rule. */
async function checkedText(
  db: Db,
  file: string,
  bytes: Uint8Array,
  columns: readonly string[],
  rules: readonly Rule[],
): Promise<string> {
  const raw = `raw_${file.replace(/\W/g, '_')}`;
  const header = new TextDecoder()
    .decode(bytes.subarray(0, 1000))
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0];
  if (header !== columns.join(',')) {
    throw new Error(
      `${file}, line 1: the header is not the DfE file's (${columns.join(', ')}). Restore the file from data/ in the repository.`,
    );
  }
  await db.registerFile(file, bytes);
  try {
    const spec = columns.map((c) => `'${c}': 'VARCHAR'`).join(', ');
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE ${raw} AS SELECT row_number() OVER () + 1 AS line, * FROM read_csv('${file}', header = true, auto_detect = false, columns = {${spec}})`,
    );
  } catch (e) {
    throw new Error(
      `${file}: could not be read as the DfE file of ${columns.length} columns (${columns.join(', ')}): ${e instanceof Error ? e.message : String(e)}. Restore the file from data/ in the repository.`,
    );
  } finally {
    await db.dropFile(file);
  }
  for (const rule of rules) {
    const [bad] = await db.query<{ line: number; cell: string | null }>(
      `SELECT CAST(line AS INTEGER) AS line, CAST("${rule.column}" AS VARCHAR) AS cell FROM ${raw} WHERE ${rule.broken} ORDER BY line LIMIT 1`,
    );
    if (bad) {
      await db.exec(`DROP TABLE ${raw}`);
      const column = columns.indexOf(rule.column) + 1;
      throw new Error(
        `${file}, line ${bad.line}, column ${column} (${rule.column}): the value ${bad.cell === null ? '(empty)' : JSON.stringify(bad.cell)} ${rule.problem}. Restore the file from data/ in the repository.`,
      );
    }
  }
  return raw;
}

/**
 * Load DfE's local-authority figures (`la_benchmarks`) and statistical neighbours (`statistical_neighbours`), both
 * checked row by row first: a file that breaks a rule is refused and nothing of it is kept.
 */
export async function loadLocalAuthorityFigures(db: Db, la: Uint8Array, neighbours: Uint8Array): Promise<void> {
  const laRaw = await checkedText(db, LA_FILE, la, LA_COLUMNS, LA_RULES);
  const snRaw = await checkedText(db, NEIGHBOURS_FILE, neighbours, NEIGHBOUR_COLUMNS, NEIGHBOUR_RULES);
  await db.exec(`CREATE OR REPLACE TABLE la_benchmarks AS SELECT period_label AS period, la_code, old_la_code, la_name, region_name,
    measure, "group" AS grp, CAST(value AS DOUBLE) AS value, symbol FROM ${laRaw}`);
  await db.exec(`CREATE OR REPLACE TABLE statistical_neighbours AS SELECT la_code, CAST(rank AS INTEGER) AS rank,
    neighbour_la_code, neighbour_name, similarity, sn_section FROM ${snRaw}`);
  await db.exec(`DROP TABLE ${laRaw}; DROP TABLE ${snRaw}`);
}

/** Whether the local-authority figures are loaded in this database. */
export async function localAuthorityFiguresLoaded(db: Db): Promise<boolean> {
  const [r] = await db.query<{ n: number }>(
    `SELECT CAST(count(*) AS INTEGER) AS n FROM duckdb_tables() WHERE table_name IN ('la_benchmarks', 'statistical_neighbours')`,
  );
  return r.n === 2;
}
