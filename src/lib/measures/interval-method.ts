import type { AverageMeasure, Measure } from './define';

/**
 * How chance is measured around a local figure (docs/comparisons.md):
 * - `wilson`: a share of children (numerator and denominator count children);
 * - `mean`: a mean over children, a t interval from the values' spread;
 * - `median`: an order-statistic interval from the sorted values;
 * - `cluster`: a figure over sessions, events, PEPs or targets, a ratio-estimator interval with the child as the unit;
 * - null: a count, a total or a caseload, which no interval describes.
 */
export type IntervalMethod = 'wilson' | 'mean' | 'median' | 'cluster' | null;

/** An aggregate `fn(arg) rest`, such as `median(x) FILTER (WHERE …)`, split at its outer parentheses. */
function call(sql: string): { fn: string; arg: string; rest: string } | null {
  const open = sql.indexOf('(');
  if (open < 0) return null;
  let depth = 0;
  for (let i = open; i < sql.length; i++) {
    if (sql[i] === '(') depth++;
    else if (sql[i] === ')' && --depth === 0)
      return { fn: sql.slice(0, open).trim(), arg: sql.slice(open + 1, i), rest: sql.slice(i + 1) };
  }
  return null;
}

export function intervalMethod(m: Measure): IntervalMethod {
  if (m.kind === 'count') return null;
  if (m.kind === 'ratio') {
    if (m.unit === 'ratio') return null;
    return m.behind ? 'cluster' : 'wilson';
  }
  const fn = call(m.value)?.fn;
  if (fn === 'median') return 'median';
  if (fn === 'avg') return m.behind ? 'cluster' : 'mean';
  return null;
}

/** The spread of a mean's values: `avg(x) …` → `stddev_samp(x) …`. */
export function spreadSql(m: Measure): string | null {
  if (m.kind !== 'average' || intervalMethod(m) !== 'mean') return null;
  const c = call(m.value)!;
  return `stddev_samp(${c.arg})${c.rest}`;
}

/** A median's values in order, without the nulls `median` skips: `median(x) …` → `list_sort(list_filter(list(x) …, …))`. */
export function sortedSql(m: Measure): string | null {
  if (m.kind !== 'average' || intervalMethod(m) !== 'median') return null;
  const c = call(m.value)!;
  return `list_sort(list_filter(list(CAST(${c.arg} AS DOUBLE))${c.rest}, v -> v IS NOT NULL))`;
}

/** A clustered figure's numerator and denominator, each summed over one child's rows. */
export function perChildSql(m: Measure): { y: string; x: string } | null {
  if (intervalMethod(m) !== 'cluster') return null;
  if (m.kind === 'ratio') return { y: m.numerator, x: m.denominator };
  // `cluster` is given to ratios and averages alone
  const a = m as AverageMeasure;
  const c = call(a.value)!;
  return { y: `sum(${c.arg})${c.rest}`, x: a.count };
}
