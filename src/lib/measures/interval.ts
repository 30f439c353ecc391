import { medianInterval, ratioInterval, tInterval, wilson, type Interval } from '../stats/intervals';
import type { Measure } from './define';
import { intervalMethod } from './interval-method';

/** What a row of a whole series brings for its interval (`interval-sql.ts`): null where its method does not use it. */
export interface IntervalInputs {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  i_spread?: number | null;
  i_sorted?: Iterable<number> | null;
  i_n?: number | null;
  i_sy?: number | null;
  i_sx?: number | null;
  i_syy?: number | null;
  i_sxy?: number | null;
  i_sxx?: number | null;
}

/** The 95% interval of a local figure by its measure's method, or null where it has none (docs/comparisons.md). */
export function intervalOf(m: Measure, r: IntervalInputs): Interval | null {
  if (r.value === null) return null;
  switch (intervalMethod(m)) {
    case 'wilson':
      if (r.numerator === null || r.denominator === null || m.kind !== 'ratio') return null;
      return r.numerator <= r.denominator ? wilson(r.numerator, r.denominator, m.scale) : null;
    case 'mean':
      return r.i_spread == null || r.denominator === null ? null : tInterval(r.value, r.i_spread, r.denominator);
    case 'median':
      return r.i_sorted ? medianInterval(Array.from(r.i_sorted)) : null;
    case 'cluster': {
      if (r.i_n == null) return null;
      const scale = m.kind === 'ratio' ? m.scale : 1;
      const sums = { n: r.i_n, sumY: r.i_sy!, sumX: r.i_sx!, sumYY: r.i_syy!, sumXY: r.i_sxy!, sumXX: r.i_sxx! };
      return ratioInterval(sums, scale, m.unit === 'percent' ? { max: 100 } : {});
    }
    default:
      return null;
  }
}
