import type { Measure } from '../../lib/measures/define';
import { intervalMethod } from '../../lib/measures/interval-method';
import type { SeriesPoint } from '../../lib/snapshot/document';
import { tQuantile } from '../../lib/stats/critical';
import { newcombe, outside, welch, type Difference } from '../../lib/stats/differences';
import { wilson, type Interval } from '../../lib/stats/intervals';
import { formatValue } from './present';

/**
 * A test's outcome: higher or lower beyond chance, null within normal variation; `untested` for a figure no interval
 * describes (a count: judged as shown), `unknown` for one whose interval is not at hand (a mean in a published
 * snapshot, which carries no spread): never called better or worse.
 */
export type Tested = Difference | 'untested' | 'unknown';

type Banded = SeriesPoint & { value: number; low: number; high: number };

/** The point with its interval: its own, or for a share of children the Wilson interval of its published counts. */
function banded(m: Measure, p: SeriesPoint): Banded | null {
  if (typeof p.value !== 'number') return null;
  if (p.low !== undefined && p.high !== undefined) return p as Banded;
  const counts = 'numerator' in p && 'denominator' in p ? (p as { numerator: number; denominator: number }) : null;
  const w: Interval | null =
    intervalMethod(m) === 'wilson' && counts && m.kind === 'ratio'
      ? wilson(counts.numerator, counts.denominator, m.scale)
      : null;
  return w ? { ...p, value: p.value, ...w } : null;
}

/** A mean's spread, back from its t interval: half-width = t(0.975, n − 1)·s/√n. */
const spread = (p: { low: number; high: number }, n: number) =>
  ((p.high - p.low) / 2) * (Math.sqrt(n) / tQuantile(0.975, n - 1));

/**
 * Whether the latest figure is higher or lower than the one before beyond chance (docs/comparisons.md): Newcombe for
 * shares of children, Welch for means, and for other figures only when their two intervals do not overlap.
 */
export function changeTest(m: Measure, latestPoint: SeriesPoint, previousPoint: SeriesPoint): Tested {
  if (intervalMethod(m) === null) return 'untested';
  const latest = banded(m, latestPoint);
  const previous = banded(m, previousPoint);
  if (!latest || !previous) return 'unknown';
  const method = intervalMethod(m);
  const n1 = 'denominator' in latest ? latest.denominator : undefined;
  const n2 = 'denominator' in previous ? previous.denominator : undefined;
  if (method === 'wilson' && 'numerator' in latest && 'numerator' in previous && n1 && n2)
    return newcombe(latest.numerator!, n1, previous.numerator!, n2);
  if (method === 'mean' && n1 && n2 && n1 >= 2 && n2 >= 2)
    return welch(latest.value, spread(latest, n1), n1, previous.value, spread(previous, n2), n2);
  if (latest.low > previous.high) return 'higher';
  if (latest.high < previous.low) return 'lower';
  return null;
}

/** Whether the latest figure is above or below a fixed figure (England, the neighbours) beyond chance: only when it lies outside the interval. */
export function gapTest(m: Measure, latest: SeriesPoint, fixed: number): Tested {
  if (intervalMethod(m) === null) return 'untested';
  const p = banded(m, latest);
  return p ? outside(fixed, p) : 'unknown';
}

/** "with 41 children, a change of 3.0 points can be chance": why a difference is within normal variation. */
export function chanceWords(m: Measure, latest: SeriesPoint, difference: number, what: 'change' | 'gap'): string {
  const size = formatValue({ ...m, unit: m.unit === 'percent' ? 'mean' : m.unit }, Math.abs(difference));
  const amount = `${what === 'change' ? 'a change' : 'a gap'} of ${size}${m.unit === 'percent' ? ' points' : ''}`;
  const children = intervalMethod(m) === 'wilson' || intervalMethod(m) === 'mean';
  const n = latest.units ?? (children && 'denominator' in latest ? latest.denominator : undefined);
  return n
    ? `with ${n.toLocaleString('en-GB')} children, ${amount} can be chance`
    : `${amount} can be chance at this size`;
}
