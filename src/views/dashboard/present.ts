import type { Bar, Series, StackColumn, StackPart } from '../../lib/charts/types';
import type { Measure } from '../../lib/measures/define';
import type { Row } from '../../lib/state/measure-runner';
import { formatCell, suppressBreakdown } from '../../lib/snapshot/disclosure';
import { cellFor } from './cell';

/** National groups drawn beside a local series: children in care (or care leavers) nationally, then all pupils. */
const NATIONAL = ['CLA_12M', 'CARE_LEAVERS_17_18', 'CARE_LEAVERS_19_21'];
const NATIONAL_LABEL: Record<string, string> = {
  CLA_12M: 'Children in care nationally', CARE_LEAVERS_17_18: 'Care leavers nationally', CARE_LEAVERS_19_21: 'Care leavers nationally', ALL_PUPILS: 'All pupils nationally',
};

export interface Range {
  from: string | null;
  to: string | null;
}

export const inRange = (period: string, r: Range) => (!r.from || period >= r.from) && (!r.to || period <= r.to);

export function formatValue(m: Measure, v: number): string {
  return formatCell({ value: v, symbol: null }, m.precision, m.unit);
}

/** Local series of each measure (small cells shown as c), and the national figures of a single measure. */
export function trendSeries(measures: readonly Measure[], rows: readonly Row[], range: Range): Series[] {
  const series: Series[] = measures.map((m) => ({
    id: m.id,
    label: measures.length > 1 ? m.title : 'This authority',
    role: 'local',
    points: rows.filter((r) => r.measure === m.id && inRange(r.period, range)).map((r) => {
      const cell = cellFor(r, m);
      return { period: r.period, value: cell.symbol ? null : cell.value, display: formatCell(cell, m.precision, m.unit) };
    }),
  }));
  if (measures.length !== 1) return series;
  const [m] = measures;
  const local = series[0].points;
  const groups = [...NATIONAL, 'ALL_PUPILS'].filter((g) => rows.some((r) => r.measure === m.id && r.benchmarks[g] !== undefined));
  for (const g of groups) {
    const points = local.map(({ period }) => {
      const v = rows.find((r) => r.measure === m.id && r.period === period)?.benchmarks[g];
      return v === undefined ? { period, value: null, display: 'x' } : { period, value: v, display: formatValue(m, v) };
    });
    series.push({ id: `${m.id}:${g}`, label: NATIONAL_LABEL[g] ?? g, role: g === 'ALL_PUPILS' ? 'comparison' : 'national', points });
  }
  return series;
}

/** The latest period in range that has rows. */
export function latestPeriod(rows: readonly Row[], range: Range): string | null {
  const periods = rows.map((r) => r.period).filter((p) => inRange(p, range)).sort();
  return periods.at(-1) ?? null;
}

/** A breakdown of one period as bars, with primary and secondary suppression. */
export function breakdownBars(m: Measure, rows: readonly Row[], period: string, label: (group: string) => string = (g) => g): Bar[] {
  const own = rows.filter((r) => r.measure === m.id && r.period === period);
  const cells = suppressBreakdown(own, m.kind);
  return own
    .map((r) => {
      const cell = cells.get(r)!;
      return { label: label(r.group ?? 'UNKNOWN'), value: cell.symbol ? null : cell.value, display: formatCell(cell, m.precision, m.unit) };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { numeric: true }));
}

/** Shares of a count measure's groups in each period, for stacked bars. */
export function stackColumns(m: Measure, rows: readonly Row[], range: Range): { columns: StackColumn[]; parts: StackPart[] } {
  const own = rows.filter((r) => r.measure === m.id && inRange(r.period, range));
  const keys = [...new Set(own.map((r) => r.group ?? 'UNKNOWN'))].sort();
  const cells = suppressBreakdown(own, m.kind);
  const periods = [...new Set(own.map((r) => r.period))].sort();
  const columns = periods.map((period) => {
    const inPeriod = own.filter((r) => r.period === period);
    const total = inPeriod.reduce((n, r) => n + (r.value ?? 0), 0);
    const values: StackColumn['values'] = {};
    for (const r of inPeriod) {
      const cell = cells.get(r)!;
      const share = total > 0 && !cell.symbol && cell.value !== null ? (100 * cell.value) / total : 0;
      values[r.group ?? 'UNKNOWN'] = { value: share, display: cell.symbol ? cell.symbol : `${formatCell(cell, 0, 'count')} (${share.toFixed(1)}%)` };
    }
    return { period, values };
  });
  return { columns, parts: keys.map((k) => ({ key: k, label: k })) };
}
