import type { Measure } from '../../lib/measures/define';
import type { Row } from '../../lib/state/measure-runner';
import { cellFor } from './cell';

/** What the latest figure rests on, e.g. "2024/25: 9 of 57" or "2024/25: average of 41 values"; never for a suppressed cell. */
export function basis(m: Measure, rows: readonly Row[]): string | null {
  const latest = rows.filter((r) => r.measure === m.id && r.group === undefined).sort((a, b) => a.period.localeCompare(b.period)).at(-1);
  if (!latest || cellFor(latest, m).symbol) return null;
  const n = (v: number | null) => (v ?? 0).toLocaleString('en-GB');
  if (m.kind === 'ratio') return `${latest.period}: ${n(latest.numerator)} of ${n(latest.denominator)}`;
  if (m.kind === 'average' && m.unit === 'gbp') return `${latest.period}: total over ${n(latest.denominator)} PEPs`;
  if (m.kind === 'average') return `${latest.period}: ${m.unit === 'median' || m.unit === 'days' ? 'middle' : 'average'} of ${n(latest.denominator)} values`;
  return null;
}
