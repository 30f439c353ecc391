import { measure, type MeasureId } from '../../lib/measures/index';
import type { Figures } from '../../lib/snapshot/document';
import { seriesOf } from '../../lib/snapshot/lookup';
import { panelHref } from './panel-link';
import { display, formatValue, nationalOf } from './present';
import { chanceWords } from './chance';
import { headline, nationalWho, onNational, onYear } from './stands-out';
import { verdictWords } from './verdict';

export interface Tile {
  title: string;
  value: string;
  change: string | null;
  national: string | null;
  spark: (number | null)[];
  /** the national figure of each period of `spark`, null where there is none */
  sparkNational: (number | null)[];
  href: string;
}

/** The overview's tile of a headline measure: its latest figure, the change on the year before and the national figure. */
export function tileOf(id: MeasureId, figures: Figures): Tile | null {
  const m = measure(id);
  const s = seriesOf(figures, id);
  const latest = s?.points.at(-1);
  if (!s || !latest) return null;
  const h = headline(m, s);
  const unitWord = m.unit === 'percent' ? ' points' : '';
  let change: string | null = null;
  if (h?.previous) {
    const d = h.value - h.previous.value;
    // the same once rounded as shown is no change: never "up 0.0"
    const same = formatValue(m, h.value) === formatValue(m, h.previous.value);
    const moved = same
      ? `no change on ${h.previous.period}`
      : `${d > 0 ? '▲ up' : '▼ down'} ${formatValue({ ...m, unit: m.unit === 'percent' ? 'mean' : m.unit }, Math.abs(d))}${unitWord} on ${h.previous.period}`;
    const v = onYear(h);
    change =
      v === 'within normal variation'
        ? `${moved}: within normal variation (${chanceWords(m, h.points.latest, d, 'change')})`
        : v && v !== 'the same'
          ? `${moved}: ${verdictWords(v, 'last year')}`
          : moved;
  }
  let national: string | null = null;
  if (h?.national != null) {
    const v = onNational(h);
    national = v
      ? `${verdictWords(v, nationalWho(m))} (${formatValue(m, h.national)})`
      : `${nationalWho(m)}: ${formatValue(m, h.national)}`;
  }
  return {
    title: `${m.title}, ${latest.period}`,
    value: display(latest, m),
    change,
    national,
    spark: s.points.map((p) => (typeof p.value === 'number' ? p.value : null)),
    sparkNational: s.points.map((p) => nationalOf(m, p)),
    href: panelHref(id),
  };
}
