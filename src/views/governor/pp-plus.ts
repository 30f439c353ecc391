import { measure } from '../../lib/measures/index';
import type { Figures } from '../../lib/snapshot/document';
import { seriesOf } from '../../lib/snapshot/lookup';
import { display } from '../dashboard/present';

/** What the annual report must say of pupil premium plus: the amount committed in PEPs in the latest year, or why it is not shown. */
export function ppPlusLine(figures: Figures): string | null {
  const latest = seriesOf(figures, 'pep_pp_plus_gbp')?.points.at(-1);
  if (!latest) return null;
  const m = measure('pep_pp_plus_gbp');
  if (typeof latest.value !== 'number')
    return `Pupil premium plus committed in PEPs in ${latest.period}: ${display(latest, m)} (${latest.value === 'c' ? 'suppressed: it rests on too few children' : 'not available'}).`;
  const peps =
    'denominator' in latest && latest.denominator !== undefined
      ? ` across ${latest.denominator.toLocaleString('en-GB')} PEPs with an amount recorded`
      : '';
  return `Pupil premium plus committed in PEPs in ${latest.period}: ${display(latest, m)}${peps}.`;
}
