import { AREAS, type Area } from '../../lib/measures/areas';
import type { Measure, NationalGroup } from '../../lib/measures/define';
import { measure, type MeasureId } from '../../lib/measures/index';
import type { Figures, SeriesPoint, SnapshotSeries } from '../../lib/snapshot/document';
import { changeTest, chanceWords, gapTest } from './chance';
import { seriesOf } from '../../lib/snapshot/lookup';
import { panelHref, trendMeasures } from './panel-link';
import { formatValue, nationalOf } from './present';
import { compareShown, judge, verdictWords, type Verdict } from './verdict';

export interface Headline {
  measure: Measure<MeasureId>;
  period: string;
  value: number;
  previous: { period: string; value: number } | null;
  national: number | null;
  /** the points themselves, for the tests of chance */
  points: { latest: SeriesPoint; previous: SeriesPoint | null };
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
    points: { latest, previous: before && typeof before.value === 'number' ? before : null },
  };
}

/** The headline's change on last year, judged against chance. */
export function onYear(h: Headline): Verdict | null {
  if (!h.previous || !h.points.previous) return null;
  return judge(h.measure, h.value, h.previous.value, changeTest(h.measure, h.points.latest, h.points.previous));
}

/** The headline's gap to the national figure, judged against chance. */
export function onNational(h: Headline): Verdict | null {
  return h.national === null
    ? null
    : judge(h.measure, h.value, h.national, gapTest(h.measure, h.points.latest, h.national));
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
    const v = onYear(h);
    s += `, ${d > 0 ? 'up from' : d < 0 ? 'down from' : 'the same as'} ${f(h.previous.value)} in ${h.previous.period}`;
    if (v === 'within normal variation')
      s += ` (within normal variation: ${chanceWords(m, h.points.latest, h.value - h.previous.value, 'change')})`;
    else if (v && v !== 'the same') s += ` (${verdictWords(v, 'last year')})`;
  }
  if (h.national !== null) {
    const v = onNational(h);
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
  const year = onYear(h);
  const national = onNational(h);
  if (year) out.push(verdictWords(year, 'last year'));
  if (national) out.push(verdictWords(national, nationalWho(h.measure)));
  return out;
}

/** How many of a headline's differences a test of chance found real (a figure without an interval has none): those rank first. */
export function significant(h: Headline): number {
  const real = (t: string) => t === 'higher' || t === 'lower';
  const year = h.points.previous ? changeTest(h.measure, h.points.latest, h.points.previous) : 'untested';
  const national = h.national === null ? 'untested' : gapTest(h.measure, h.points.latest, h.national);
  return [year, national].filter((t) => t !== null && real(t)).length;
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

/** The `most` headlines that stand out most, those beyond chance first, then the largest differences; none that is neither better nor worse, none that does not differ. */
export function standsOut(headlines: readonly Headline[], most = 6, areas: readonly Area[] = AREAS): StandOut[] {
  return headlines
    .filter((h) => h.measure.better !== null && salience(h) > 0)
    .sort((a, b) => significant(b) - significant(a) || salience(b) - salience(a))
    .slice(0, most)
    .map((h) => ({
      measure: h.measure.id,
      sentence: sentence(h),
      verdicts: verdictsOf(h),
      href: panelHref(h.measure.id, areas),
    }));
}
