import type { Measure } from '../../lib/measures/define';
import type { SnapshotSeries } from '../../lib/snapshot/document';

/** What the latest figure rests on, e.g. "2024/25: 9 of 57" or "2024/25: average of 41 values"; never for a suppressed cell. */
export function basis(m: Measure, series: SnapshotSeries | null): string | null {
  const latest = series?.points.at(-1);
  if (!latest || typeof latest.value !== 'number') return null;
  const n = (v: number | undefined) => (v ?? 0).toLocaleString('en-GB');
  if (m.kind === 'ratio' && 'numerator' in latest) return `${latest.period}: ${n(latest.numerator)} of ${n(latest.denominator)}`;
  if (m.kind === 'average' && m.unit === 'gbp') return `${latest.period}: total over ${n(latest.denominator)} PEPs`;
  if (m.kind === 'average') return `${latest.period}: ${m.unit === 'median' || m.unit === 'days' ? 'middle' : 'average'} of ${n(latest.denominator)} values`;
  return null;
}
