import type { Measure } from '../../lib/measures/define';
import type { SnapshotSeries } from '../../lib/snapshot/document';

/**
 * What a figure rests on, e.g. "2024/25: 9 of 57", "2024/25: average of 41 values" or "2024/25: 612 in all": the
 * latest shown, or that of `period` (a breakdown's year); never for a suppressed cell.
 */
export function basis(m: Measure, series: SnapshotSeries | null, period: string | null = null): string | null {
  const latest = period === null ? series?.points.at(-1) : series?.points.find((p) => p.period === period);
  if (!latest || typeof latest.value !== 'number') return null;
  const n = (v: number | undefined) => (v ?? 0).toLocaleString('en-GB');
  if (m.kind === 'ratio' && 'numerator' in latest)
    return `${latest.period}: ${n(latest.numerator)} of ${n(latest.denominator)}`;
  if (m.kind === 'average' && m.unit === 'gbp') return `${latest.period}: total over ${n(latest.denominator)} PEPs`;
  if (m.kind === 'average')
    return `${latest.period}: ${m.unit === 'median' || m.unit === 'days' ? 'middle' : 'average'} of ${n(latest.denominator)} values`;
  if (m.kind === 'count' && m.unit === 'count') return `${latest.period}: ${n(latest.value)} in all`;
  return null;
}

/** The bases of a panel's measures: one as it is, several each after its title ("PEPs on time, 2024/25: 90 of 100"). */
export function bases(measures: readonly Measure[], series: readonly (SnapshotSeries | null)[]): string | null {
  if (measures.length === 1) return basis(measures[0], series[0]);
  const each = measures
    .map((m, i) => {
      const b = basis(m, series[i]);
      return b && `${m.title}, ${b}`;
    })
    .filter((b): b is string => b !== null);
  return each.length ? each.join('; ') : null;
}
