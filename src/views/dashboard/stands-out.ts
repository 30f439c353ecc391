import { AREAS, type Area } from '../../lib/measures/areas';
import type { Measure, NationalGroup } from '../../lib/measures/define';
import { measure, type MeasureId } from '../../lib/measures/index';
import type { Figures, SnapshotSeries } from '../../lib/snapshot/document';
import { seriesOf } from '../../lib/snapshot/lookup';
import { panelHref, trendMeasures } from './panel-link';
import { formatValue, nationalOf } from './present';
import { compareShown, verdict, verdictWords } from './verdict';

export interface Headline {
  measure: Measure<MeasureId>;
  period: string;
  value: number;
  previous: { period: string; value: number } | null;
  national: number | null;
}

/** One of the figures that stand out: what it says, whether better or worse, and the panel that draws it. */
export interface StandOut {
  measure: MeasureId;
  sentence: string;
  /** "worse than last year", "better than children in care nationally": what the sentence judges */
  verdicts: string[];
  href: string;
}

const WHO: Record<NationalGroup, string> = {
  CLA_12M: 'children in care',
  CARE_LEAVERS_17_18: 'care leavers',
  CARE_LEAVERS_19_21: 'care leavers',
};

/** "children in care nationally", or "care leavers nationally" for a care leavers' measure: who its national group is. */
export const nationalWho = (m: Pick<Measure, 'national'>): string => `${WHO[m.national]} nationally`;

/** The latest figure of a measure if it is shown, the one before it if shown, and the national figure for children in care. */
export function headline(m: Measure<MeasureId>, series: SnapshotSeries | null): Headline | null {
  const points = series?.points ?? [];
  const latest = points.at(-1);
  if (!latest || typeof latest.value !== 'number') return null;
  const before = points.at(-2);
  return {
    measure: m,
    period: latest.period,
    value: latest.value,
    previous: before && typeof before.value === 'number' ? { period: before.period, value: before.value } : null,
    national: nationalOf(m, latest),
  };
}

/**
 * "Attainment 8: 16.7 in 2024/25, down from 18.0 in 2023/24 (worse than last year), and worse than children in care
 * nationally (18.2)." Only from shown figures; a measure that is neither better nor worse says above or below.
 */
export function sentence(h: Headline): string {
  const m = h.measure;
  const f = (v: number) => formatValue(m, v);
  let s = `${m.title}: ${f(h.value)} in ${h.period}`;
  if (h.previous) {
    const d = compareShown(m, h.value, h.previous.value);
    const v = verdict(m, h.value, h.previous.value);
    s += `, ${d > 0 ? 'up from' : d < 0 ? 'down from' : 'the same as'} ${f(h.previous.value)} in ${h.previous.period}`;
    if (v && v !== 'the same') s += ` (${verdictWords(v, 'last year')})`;
  }
  if (h.national !== null) {
    const v = verdict(m, h.value, h.national);
    const d = compareShown(m, h.value, h.national);
    const against = v
      ? verdictWords(v, nationalWho(m))
      : `${d > 0 ? 'above' : d < 0 ? 'below' : 'level with'} ${nationalWho(m)}`;
    s += `${h.previous ? ', and' : ','} ${against} (${f(h.national)})`;
  }
  return `${s}.`;
}

/** The better-or-worse words of a headline: against last year, then against the national figure. */
export function verdictsOf(h: Headline): string[] {
  const out: string[] = [];
  const onYear = h.previous ? verdict(h.measure, h.value, h.previous.value) : null;
  const onNational = h.national !== null ? verdict(h.measure, h.value, h.national) : null;
  if (onYear) out.push(verdictWords(onYear, 'last year'));
  if (onNational) out.push(verdictWords(onNational, nationalWho(h.measure)));
  return out;
}

/** How far a headline stands out: the larger of its relative gap to the national figure and its relative change on last year. */
export function salience(h: Headline): number {
  const rel = (a: number, b: number) => (b === 0 ? 0 : Math.abs(a - b) / Math.abs(b));
  return Math.max(h.national !== null ? rel(h.value, h.national) : 0, h.previous ? rel(h.value, h.previous.value) : 0);
}

/** The headlines that may stand out: every trend of every area with a shown latest figure and a way to be better. */
export function candidates(figures: Figures, areas: readonly Area[] = AREAS): Headline[] {
  return trendMeasures(areas)
    .map(measure)
    .filter((m) => m.better !== null)
    .map((m) => headline(m, seriesOf(figures, m.id)))
    .filter((h): h is Headline => h !== null);
}

/** The `most` headlines that stand out most, most first; none that is neither better nor worse, none that does not differ. */
export function standsOut(headlines: readonly Headline[], most = 6, areas: readonly Area[] = AREAS): StandOut[] {
  return headlines
    .filter((h) => h.measure.better !== null && salience(h) > 0)
    .sort((a, b) => salience(b) - salience(a))
    .slice(0, most)
    .map((h) => ({
      measure: h.measure.id,
      sentence: sentence(h),
      verdicts: verdictsOf(h),
      href: panelHref(h.measure.id, areas),
    }));
}
