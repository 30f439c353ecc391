import type { Bar, Bin, Series, StackColumn, StackPart } from '../../lib/charts/types';
import type { Measure } from '../../lib/measures/define';
import { formatCell } from '../../lib/snapshot/disclosure';
import type { SnapshotBreakdown, SnapshotCell, SnapshotDistribution, SnapshotSeries } from '../../lib/snapshot/document';
import { asCell, shownValue } from '../../lib/snapshot/lookup';

/** National groups drawn beside a local series: children in care (or care leavers) nationally, then all pupils. */
const NATIONAL = ['CLA_12M', 'CARE_LEAVERS_17_18', 'CARE_LEAVERS_19_21'];
const NATIONAL_LABEL: Record<string, string> = {
  CLA_12M: 'Children in care nationally', CARE_LEAVERS_17_18: 'Care leavers nationally', CARE_LEAVERS_19_21: 'Care leavers nationally', ALL_PUPILS: 'All pupils nationally',
};

export function formatValue(m: Measure, v: number): string {
  return formatCell({ value: v, symbol: null }, m.precision, m.unit);
}

export const display = (c: SnapshotCell, m: Pick<Measure, 'precision' | 'unit'>): string => formatCell(asCell(c), m.precision, m.unit);

/** Local series of each measure (small cells shown as c), and the national figures of a single measure. */
export function trendSeries(measures: readonly Measure[], figures: readonly (SnapshotSeries | null)[]): Series[] {
  const series: Series[] = measures.map((m, i) => ({
    id: m.id,
    label: measures.length > 1 ? m.title : 'This authority',
    role: 'local',
    points: (figures[i]?.points ?? []).map((p) => ({ period: p.period, value: shownValue(p), display: display(p, m) })),
  }));
  if (measures.length !== 1 || !figures[0]) return series;
  const [m] = measures;
  const points = figures[0].points;
  const groups = [...NATIONAL, 'ALL_PUPILS'].filter((g) => points.some((p) => p.national?.[g] !== undefined));
  for (const g of groups) {
    series.push({
      id: `${m.id}:${g}`, label: NATIONAL_LABEL[g] ?? g, role: g === 'ALL_PUPILS' ? 'comparison' : 'national',
      points: points.map(({ period, national }) => {
        const v = national?.[g];
        return v === undefined ? { period, value: null, display: 'x' } : { period, value: v, display: formatValue(m, v) };
      }),
    });
  }
  return series;
}

/** A breakdown as bars, in the order its labels read. */
export function breakdownBars(m: Measure, b: SnapshotBreakdown | null, label: (group: string) => string = (g) => g): Bar[] {
  return (b?.groups ?? [])
    .map((g) => ({ label: label(g.group), value: shownValue(g), display: display(g, m) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { numeric: true }));
}

/** Shares of a count measure's groups in each period, for stacked bars: each shown group over the period's total. */
export function stackColumns(breakdowns: readonly SnapshotBreakdown[], label: (group: string) => string = (g) => g): { columns: StackColumn[]; parts: StackPart[] } {
  const keys = [...new Set(breakdowns.flatMap((b) => b.groups.map((g) => g.group)))].sort();
  const columns = breakdowns.map((b) => {
    const total = shownValue(b.total) ?? 0;
    const values: StackColumn['values'] = {};
    for (const g of b.groups) {
      const v = shownValue(g);
      const share = total > 0 && v !== null ? (100 * v) / total : 0;
      values[g.group] = { value: share, display: v === null ? String(g.value) : `${formatCell({ value: v, symbol: null }, 0, 'count')} (${share.toFixed(1)}%)` };
    }
    return { period: b.period, values };
  });
  return { columns, parts: keys.map((k) => ({ key: k, label: label(k) })) };
}

/** A distribution's bins for the histogram: a suppressed bin is drawn empty and reads c. */
export function histogramBins(d: SnapshotDistribution | null): Bin[] {
  return (d?.bins ?? []).map((b) => ({ x0: b.from, x1: b.to, count: shownValue(b) ?? 0, display: formatCell(asCell(b), 0, 'count') }));
}
