import { isMeasureId, measure } from '../../lib/measures/index';
import type { Figures } from '../../lib/snapshot/document';
import { display, formatValue, nationalOf } from '../dashboard/present';

export interface NationalRow {
  title: string;
  period: string;
  local: string;
  /** children in care (or care leavers) nationally */
  national: string;
  all: string;
}

/** Each series with national figures: its latest period, this authority's figure and the national ones beside it. */
export function nationalRows(f: Figures): NationalRow[] {
  return f.series.flatMap((s) => {
    const latest = s.points.filter((p) => p.national && Object.keys(p.national).length).at(-1);
    if (!latest?.national) return [];
    if (!isMeasureId(s.measure)) throw new Error(`unknown measure ${s.measure}`);
    const m = measure(s.measure);
    const n = latest.national;
    const cla = nationalOf(m, latest);
    return [
      {
        title: m.title,
        period: latest.period,
        local: display(latest, m),
        national: cla === null ? 'x' : formatValue(m, cla),
        all: n.ALL_PUPILS === undefined ? 'x' : formatValue(m, n.ALL_PUPILS),
      },
    ];
  });
}
