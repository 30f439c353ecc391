import type { Measure } from '../../lib/measures/define';
import type { Tested } from './chance';

export type Verdict = 'better' | 'worse' | 'the same' | 'within normal variation';

/** Which of two figures is higher as shown, at the measure's precision: 1, -1, or 0 when they show the same. */
export function compareShown(m: Pick<Measure, 'precision'>, value: number, other: number): -1 | 0 | 1 {
  const shown = (v: number) => Math.round(v * 10 ** m.precision);
  return Math.sign(shown(value) - shown(other)) as -1 | 0 | 1;
}

/**
 * Whether a figure is better or worse than another (last year's, the national one), by the measure's own direction
 * of good, compared as shown (at the measure's precision); null for a measure that is neither better nor worse
 * higher. With `judge`, the one place these words are chosen.
 */
export function verdict(m: Pick<Measure, 'better' | 'precision'>, value: number, other: number): Verdict | null {
  if (m.better === null) return null;
  const d = compareShown(m, value, other);
  if (d === 0) return 'the same';
  return d > 0 === (m.better === 'higher') ? 'better' : 'worse';
}

/**
 * `verdict`, once chance has been ruled on (`chance.ts`): better or worse only when the test says the difference is
 * more than chance, else "within normal variation"; a figure with no interval (a count) is judged as shown.
 */
export function judge(
  m: Pick<Measure, 'better' | 'precision'>,
  value: number,
  other: number,
  tested: Tested,
): Verdict | null {
  if (tested === 'untested') return verdict(m, value, other);
  if (m.better === null || tested === 'unknown') return null;
  if (compareShown(m, value, other) === 0) return 'the same';
  if (tested === null) return 'within normal variation';
  return (tested === 'higher') === (m.better === 'higher') ? 'better' : 'worse';
}

/** "better than last year", "the same as children in care nationally", "within normal variation of last year". */
export function verdictWords(v: Verdict, than: string): string {
  if (v === 'within normal variation') return `within normal variation of ${than}`;
  return v === 'the same' ? `the same as ${than}` : `${v} than ${than}`;
}
