import type { Db } from '../db/types';
import { readComparisons } from '../neighbours/comparisons';
import { MEASURES } from './index';
import type { ReportRow } from './report';

/** Load `national-benchmarks.csv` (England figures from DfE releases) as the table `national_benchmarks`. */
export async function loadBenchmarks(db: Db, csv: Uint8Array): Promise<void> {
  await db.registerFile('national-benchmarks.csv', csv);
  await db.exec(`CREATE OR REPLACE TABLE national_benchmarks AS SELECT * FROM read_csv('national-benchmarks.csv', header = true, auto_detect = false,
    columns = {'time_period': 'VARCHAR', 'period_label': 'VARCHAR', 'measure': 'VARCHAR', 'group': 'VARCHAR', 'value': 'DOUBLE', 'unit': 'VARCHAR', 'source': 'VARCHAR', 'note': 'VARCHAR'})`);
  await db.dropFile('national-benchmarks.csv');
}

export type Benchmarks = Record<string, number>;

export type BenchmarkIndex = Map<string, Benchmarks>;

/**
 * The national figures of every measure with a benchmark id, by `measure|period`; with an authority's code (and
 * its figures loaded, `loadLocalAuthorityFigures`), its neighbours', region's and own published figures beside them.
 */
export async function readBenchmarks(db: Db, authority: string | null = null): Promise<BenchmarkIndex> {
  const ids = [...new Set(MEASURES.map((m) => m.benchmark).filter((b): b is string => !!b))];
  const national = await db.query<{ measure: string; period: string; grp: string; value: number }>(
    `SELECT measure, period_label AS period, "group" AS grp, value FROM national_benchmarks WHERE value IS NOT NULL AND measure IN (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  const index: BenchmarkIndex = new Map();
  for (const n of national) {
    const key = `${n.measure}|${n.period}`;
    index.set(key, { ...index.get(key), [n.grp]: n.value });
  }
  if (!authority) return index;
  for (const [key, figures] of await readComparisons(db, authority)) index.set(key, { ...index.get(key), ...figures });
  return index;
}

/** Each row with the national figures of its measure's benchmark id and period, by group (CLA_12M, ALL_PUPILS, ...). */
export function attachBenchmarks(
  rows: readonly ReportRow[],
  index: BenchmarkIndex,
): (ReportRow & { benchmarks: Benchmarks })[] {
  const benchmarkOf = new Map<string, string | null>(MEASURES.map((m) => [m.id, m.benchmark]));
  return rows.map((r) => ({ ...r, benchmarks: index.get(`${benchmarkOf.get(r.measure)}|${r.period}`) ?? {} }));
}

export async function withBenchmarks(
  db: Db,
  rows: readonly ReportRow[],
  authority: string | null = null,
): Promise<(ReportRow & { benchmarks: Benchmarks })[]> {
  return attachBenchmarks(rows, await readBenchmarks(db, authority));
}
