import type { Measure } from '../../lib/measures/define';
import { cellFor } from './cell';
import type { Row } from '../../lib/state/measure-runner';
import { formatValue } from './present';

export interface Headline {
  measure: Measure;
  period: string;
  value: number;
  previous: { period: string; value: number } | null;
  national: number | null;
}

const shown = (r: Row, m: Measure): number | null => {
  const cell = cellFor(r, m);
  return cell.symbol ? null : cell.value;
};

/** The latest shown figure of a measure, the one before it and the national figure for children in care. */
export function headline(m: Measure, rows: readonly Row[]): Headline | null {
  const own = rows.filter((r) => r.measure === m.id).sort((a, b) => a.period.localeCompare(b.period));
  const latest = own.at(-1);
  if (!latest) return null;
  const value = shown(latest, m);
  if (value === null) return null;
  const before = own.at(-2);
  const prev = before ? shown(before, m) : null;
  const national = latest.benchmarks.CLA_12M ?? latest.benchmarks.CARE_LEAVERS_19_21 ?? latest.benchmarks.CARE_LEAVERS_17_18 ?? null;
  return { measure: m, period: latest.period, value, previous: before && prev !== null ? { period: before.period, value: prev } : null, national };
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
