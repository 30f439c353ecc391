import type { Db } from '../db/types';
import type { BenchmarkIndex } from '../measures/benchmarks';
import { MEASURES } from '../measures/index';
import { comparisonsSql, type Compared } from './comparisons-sql';

interface ComparisonRow {
  measure: string;
  grp: string;
  period: string;
  la: number | null;
  neighbours: number | null;
  neighbours_n: number;
  region: number | null;
  subregion: number | null;
  rank: number | null;
  ranked: number | null;
  q1: number | null;
  q2: number | null;
  q3: number | null;
  neighbours_rank: number | null;
  neighbours_ranked: number | null;
}

/** The DfE measure and group each local measure is compared with (children looked after for 12 months, or care leavers of its ages). */
function compared(): Compared[] {
  const out = new Map<string, Compared>();
  for (const m of MEASURES) {
    const key = `${m.benchmark}|${m.national}`;
    if (m.benchmark && !out.get(key)?.better)
      out.set(key, { measure: m.benchmark, group: m.national, better: m.better });
  }
  return [...out.values()];
}

const round2 = (v: number) => Math.round(v * 100) / 100;
/** Type-7 quantiles of one-decimal figures, without the float noise of interpolation (16.799999999999997). */
const clean = (v: number | null) => (v === null ? null : Math.round(v * 1e6) / 1e6);

/**
 * The comparison figures of one authority by `measure|period`, each keyed by kind and group: `la_CLA_12M` (its
 * published figure), `neighbours_CLA_12M` (the average of its neighbours with a value, to 2 d.p.),
 * `neighbours_n_CLA_12M` (how many of the ten had one), `region_…`, `subregion_…` (Inner or Outer London),
 * `rank_…` of `ranked_…` authorities with a value, the quartiles `q1_…` to `q3_…`, and `neighbours_rank_…` of
 * `neighbours_ranked_…` (itself and its neighbours with a value). A figure DfE did not publish is left out.
 */
export async function readComparisons(db: Db, code: string): Promise<BenchmarkIndex> {
  const rows = await db.query<ComparisonRow>(comparisonsSql(compared()), [code]);
  const index: BenchmarkIndex = new Map();
  for (const r of rows) {
    const key = `${r.measure}|${r.period}`;
    const figures = index.get(key) ?? {};
    const put = (name: string, v: number | null) => {
      if (v !== null) figures[`${name}_${r.grp}`] = v;
    };
    put('la', r.la);
    put('neighbours', r.neighbours === null ? null : round2(r.neighbours));
    put('neighbours_n', r.neighbours_n);
    put('region', r.region);
    put('subregion', r.subregion);
    if (r.la !== null) {
      put('rank', r.rank);
      put('ranked', r.ranked);
      put('neighbours_rank', r.neighbours_rank);
      put('neighbours_ranked', r.neighbours_ranked);
    }
    put('q1', clean(r.q1));
    put('q2', clean(r.q2));
    put('q3', clean(r.q3));
    index.set(key, figures);
  }
  return index;
}

/** LAIT's quartile band of a published figure: A the best quarter by the measure's direction, each band holding its upper bound. */
export function quartileBand(
  value: number,
  [q1, q2, q3]: readonly [number, number, number],
  better: 'higher' | 'lower' | null,
): 'A' | 'B' | 'C' | 'D' | null {
  if (better === null) return null;
  const quarter = value <= q1 ? 0 : value <= q2 ? 1 : value <= q3 ? 2 : 3;
  return (better === 'lower' ? ['A', 'B', 'C', 'D'] : ['D', 'C', 'B', 'A'])[quarter] as 'A' | 'B' | 'C' | 'D';
}
