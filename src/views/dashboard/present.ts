import type { Bar, Bin, Series, StackColumn, StackPart } from '../../lib/charts/types';
import { groupLabel, orderGroups } from '../../lib/contract/labels';
import type { Measure } from '../../lib/measures/define';
import { formatCell } from '../../lib/snapshot/disclosure';
import type {
  SeriesPoint,
  SnapshotBreakdown,
  SnapshotCell,
  SnapshotDistribution,
  SnapshotSeries,
} from '../../lib/snapshot/document';
import { asCell, shownValue } from '../../lib/snapshot/lookup';

/** National groups drawn beside a local series: the measure's own (children in care, or care leavers, nationally), then all pupils. */
const NATIONAL_LABEL: Record<string, string> = {
  CLA_12M: 'Children in care nationally',
  CARE_LEAVERS_17_18: 'Care leavers nationally',
  CARE_LEAVERS_19_21: 'Care leavers nationally',
  ALL_PUPILS: 'All pupils nationally',
};

/** The national figure a local one is read against: of the measure's national group (children in care, or care leavers of its ages). */
export const nationalOf = (m: Pick<Measure, 'national'>, p: Pick<SeriesPoint, 'national'> | undefined): number | null =>
  p?.national?.[m.national] ?? null;

export function formatValue(m: Measure, v: number): string {
  return formatCell({ value: v, symbol: null }, m.precision, m.unit);
}

export const display = (c: SnapshotCell, m: Pick<Measure, 'precision' | 'unit'>): string =>
  formatCell(asCell(c), m.precision, m.unit);

/** A shown figure with its 95% interval, as tables and tooltips give it: "18.2 (15.1 to 21.3)". */
export const withInterval = (m: Measure, p: SeriesPoint): string =>
  p.low === undefined || p.high === undefined
    ? display(p, m)
    : `${display(p, m)} (${formatValue(m, p.low)} to ${formatValue(m, p.high)})`;

/** Local series of each measure (small cells shown as c), and the national figures of a single measure. */
export function trendSeries(measures: readonly Measure[], figures: readonly (SnapshotSeries | null)[]): Series[] {
  const series: Series[] = measures.map((m, i) => ({
    id: m.id,
    label: measures.length > 1 ? m.title : 'This authority',
    role: 'local',
    points: (figures[i]?.points ?? []).map((p) => ({
      period: p.period,
      value: shownValue(p),
      display: withInterval(m, p),
      ...(p.low === undefined ? {} : { low: p.low, high: p.high }),
    })),
  }));
  if (measures.length !== 1 || !figures[0]) return series;
  const [m] = measures;
  const points = figures[0].points;
  const groups = [m.national, 'ALL_PUPILS'].filter((g) => points.some((p) => p.national?.[g] !== undefined));
  for (const g of groups) {
    series.push({
      id: `${m.id}:${g}`,
      label: NATIONAL_LABEL[g] ?? g,
      role: g === 'ALL_PUPILS' ? 'comparison' : 'national',
      points: points.map(({ period, national }) => {
        const v = national?.[g];
        return v === undefined
          ? { period, value: null, display: 'x' }
          : { period, value: v, display: formatValue(m, v) };
      }),
    });
  }
  return series;
}

/** A breakdown as bars, each group in words, in its dimension's natural order (or largest first, for reasons and areas). */
export function breakdownBars(m: Measure, b: SnapshotBreakdown | null): Bar[] {
  if (!b) return [];
  const byGroup = new Map(b.groups.map((g) => [g.group, g]));
  return orderGroups(b.dimension, [...byGroup.keys()], (g) => shownValue(byGroup.get(g)!))
    .map((group) => byGroup.get(group)!)
    .map((g) => ({ label: groupLabel(b.dimension, g.group), value: shownValue(g), display: display(g, m) }));
}

/**
 * Shares of a count measure's groups in each period, for stacked bars: each shown group over the period's total.
 * Parts keep their codes as keys (a part's colour follows its code) and are in the dimension's order, bottom first.
 */
export function stackColumns(breakdowns: readonly SnapshotBreakdown[]): { columns: StackColumn[]; parts: StackPart[] } {
  const dimension = breakdowns[0]?.dimension ?? '';
  const sizes = new Map<string, number>();
  for (const g of breakdowns.flatMap((b) => b.groups))
    sizes.set(g.group, (sizes.get(g.group) ?? 0) + (shownValue(g) ?? 0));
  const keys = orderGroups(dimension, [...sizes.keys()], (g) => sizes.get(g) ?? null);
  const columns = breakdowns.map((b) => {
    const total = shownValue(b.total) ?? 0;
    const values: StackColumn['values'] = {};
    for (const g of b.groups) {
      const v = shownValue(g);
      const share = total > 0 && v !== null ? (100 * v) / total : 0;
      values[g.group] = {
        value: share,
        display:
          v === null ? String(g.value) : `${formatCell({ value: v, symbol: null }, 0, 'count')} (${share.toFixed(1)}%)`,
      };
    }
    return { period: b.period, values };
  });
  return { columns, parts: keys.map((k) => ({ key: k, label: groupLabel(dimension, k) })) };
}

/** A distribution's bins for the histogram: a suppressed bin is drawn empty and reads c. */
export function histogramBins(d: SnapshotDistribution | null): Bin[] {
  return (d?.bins ?? []).map((b) => ({
    x0: b.from,
    x1: b.to,
    count: shownValue(b) ?? 0,
    display: formatCell(asCell(b), 0, 'count'),
  }));
}
