import type { Measure } from '../../lib/measures/define';
import type { SnapshotSeries } from '../../lib/snapshot/document';
import { formatValue } from './present';

export interface Headline {
  measure: Measure;
  period: string;
  value: number;
  previous: { period: string; value: number } | null;
  national: number | null;
}

/** The latest figure of a measure if it is shown, the one before it if shown, and the national figure for children in care. */
export function headline(m: Measure, series: SnapshotSeries | null): Headline | null {
  const points = series?.points ?? [];
  const latest = points.at(-1);
  if (!latest || typeof latest.value !== 'number') return null;
  const before = points.at(-2);
  const n = latest.national;
  const national = n?.CLA_12M ?? n?.CARE_LEAVERS_19_21 ?? n?.CARE_LEAVERS_17_18 ?? null;
  return {
    measure: m, period: latest.period, value: latest.value,
    previous: before && typeof before.value === 'number' ? { period: before.period, value: before.value } : null,
    national,
  };
}

/** "Attainment 8: 16.7 in 2024/25, down from 18.0; below children in care nationally (18.2)." Only from shown figures. */
export function sentence(h: Headline): string {
  const f = (v: number) => formatValue(h.measure, v);
  let s = `${h.measure.title}: ${f(h.value)} in ${h.period}`;
  if (h.previous) {
    const dir = h.value > h.previous.value ? 'up from' : h.value < h.previous.value ? 'down from' : 'the same as';
    s += `, ${dir} ${f(h.previous.value)} in ${h.previous.period}`;
  }
  if (h.national !== null) {
    const cmp = h.value > h.national ? 'above' : h.value < h.national ? 'below' : 'level with';
    s += `; ${cmp} ${h.measure.benchmark?.startsWith('cl') ? 'care leavers' : 'children in care'} nationally (${f(h.national)})`;
  }
  return `${s}.`;
}

/** How far a headline stands out: its gap to the national figure and its change on last year, relative. */
export function salience(h: Headline): number {
  const rel = (a: number, b: number) => (b === 0 ? 0 : Math.abs(a - b) / Math.abs(b));
  return Math.max(h.national !== null ? rel(h.value, h.national) : 0, h.previous ? rel(h.value, h.previous.value) : 0);
}

export function standsOut(headlines: readonly Headline[], most = 5): string[] {
  return [...headlines].sort((a, b) => salience(b) - salience(a)).slice(0, most).map(sentence);
}
