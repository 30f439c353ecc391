/**
 * Rows of the measures → the figures every view draws (`Figures`): the same for the dashboard, on live rows,
 * and for a published snapshot. Disclosure control happens here, once: rules 1–3 and 7 on each cell, rule 9
 * on linked series points, then rule 4 in each breakdown and distribution against its series point.
 */
import type { Area } from '../measures/areas';
import type { Benchmarks } from '../measures/benchmarks';
import { distribution } from '../measures/distributions';
import { isMeasureId, measure, type Measure, type MeasureId } from '../measures/index';
import type { ReportRow } from '../measures/report';
import { suppressBreakdown, suppressRow, validK, type Cell } from './disclosure';
import type { Bin, BreakdownGroup, Figures, SeriesPoint, SnapshotCell, SnapshotSeries } from './document';
import { suppressLinked, type LinkedPoint } from './linked';
import { inRange, type Range } from './periods';

export type Row = ReportRow & { benchmarks?: Benchmarks };

/** The rows figures are built from: every measure whole, each breakdown dimension, each distribution's bins. */
export interface FigureRows {
  series: readonly Row[];
  byDimension: ReadonlyMap<string, readonly Row[]>;
  bins: ReadonlyMap<string, readonly Row[]>;
}

/** How many published cells each rule suppressed: small numbers (rules 1–3), few children behind (7), secondary (4), linked counts (9). */
export interface Tally {
  small: number;
  children: number;
  secondary: number;
  linked: number;
}

export const emptyTally = (): Tally => ({ small: 0, children: 0, secondary: 0, linked: 0 });

/** Why a cell that is c was suppressed, had it been alone. */
function primary(row: ReportRow, kind: Measure['kind'], k: number): keyof Tally {
  if (suppressRow({ ...row, children: undefined, complement_children: undefined }, kind, k).symbol === 'c')
    return 'small';
  return suppressRow(row, kind, k).symbol === 'c' ? 'children' : 'secondary';
}

/** Rule 8: no breakdown by school, by officer or by child is published, whatever k is. */
export const NEVER_BY: readonly string[] = [
  'school',
  'school_ref',
  'school_urn',
  'officer',
  'officer_ref',
  'child',
  'child_id',
];

/** A disclosure cell as published: the number with what it rests on, or the symbol alone (rule 6). */
export function published(cell: Cell, row: ReportRow, kind: Measure['kind']): SnapshotCell {
  if (cell.symbol !== null || cell.value === null) return { value: cell.symbol ?? 'x' };
  if (kind === 'ratio') return { value: cell.value, numerator: row.numerator ?? 0, denominator: row.denominator ?? 0 };
  if (kind === 'average') return { value: cell.value, denominator: row.denominator ?? 0 };
  return { value: cell.value };
}

/** The measures of a set of areas' panels, each with the first area that shows it. */
export function areaOfSeries(areas: readonly Area[]): Map<MeasureId, string> {
  const out = new Map<MeasureId, string>();
  for (const a of areas) {
    for (const p of a.panels) {
      for (const id of p.kind === 'trend'
        ? p.measures
        : p.kind === 'histogram'
          ? [distribution(p.distribution).of]
          : [p.measure]) {
        if (!out.has(id)) out.set(id, a.id);
      }
    }
  }
  return out;
}

const byPeriod = (a: { period: string }, b: { period: string }) => a.period.localeCompare(b.period);

/**
 * The figures of `areas` (and of `extra` series: measure id → area id) within `range`, with threshold k.
 * Breakdowns are of the latest period in range, stacks of every period; distributions of the latest.
 */
export function buildFigures(
  rows: FigureRows,
  areas: readonly Area[],
  k: number,
  range: Range,
  extra: ReadonlyMap<MeasureId, string> = new Map(),
  tally?: Tally,
): Figures {
  validK(k);
  const count = (row: ReportRow, kind: Measure['kind'], cell: Cell) => {
    if (tally && cell.symbol === 'c') tally[primary(row, kind, k)]++;
  };
  const wanted = new Map([...extra, ...areaOfSeries(areas)]);
  const points: (LinkedPoint & { measure: MeasureId; row: Row })[] = rows.series
    .filter(
      (r): r is Row & { measure: MeasureId } =>
        isMeasureId(r.measure) && wanted.has(r.measure) && inRange(r.period, range),
    )
    .map((row) => ({
      measure: row.measure,
      period: row.period,
      denominator: row.denominator,
      row,
      cell: suppressRow(row, measure(row.measure), k),
    }));
  const linked = new Set(suppressLinked(points, k));
  for (const p of points) {
    if (linked.has(p)) {
      if (tally) tally.linked++;
    } else count(p.row, measure(p.measure).kind, p.cell);
  }
  const cellAt = new Map(points.map((p) => [`${p.measure}|${p.period}`, p.cell]));
  const total = (id: string, period: string) => cellAt.get(`${id}|${period}`);

  const series: SnapshotSeries[] = [...wanted].flatMap(([id, area]) => {
    const m = measure(id);
    const own = points.filter((p) => p.measure === id).sort(byPeriod);
    if (own.length === 0) return [];
    return [{ measure: id, kind: m.kind, unit: m.unit, area, points: own.map((p) => point(p.cell, p.row, m)) }];
  });

  const breakdowns = areas.flatMap((area) =>
    area.panels.flatMap((panel) => {
      if (panel.kind !== 'breakdown' && panel.kind !== 'stack') return [];
      if (NEVER_BY.includes(panel.dimension))
        throw new Error(`rule 8: no breakdown by ${panel.dimension} is published`);
      const m = measure(panel.measure);
      const own = (rows.byDimension.get(panel.dimension) ?? []).filter(
        (r) => r.measure === m.id && inRange(r.period, range),
      );
      const periods = [...new Set(own.map((r) => r.period))].sort();
      const shown = panel.kind === 'stack' ? periods : periods.slice(-1);
      const inShown = own.filter((r) => shown.includes(r.period));
      const cells = suppressBreakdown(inShown, m, k, total);
      return shown.map((period) => ({
        measure: m.id,
        kind: m.kind,
        unit: m.unit,
        area: area.id,
        dimension: panel.dimension,
        period,
        total: total(m.id, period)
          ? published(total(m.id, period)!, points.find((p) => p.measure === m.id && p.period === period)!.row, m.kind)
          : { value: 'x' as const },
        groups: inShown
          .filter((r) => r.period === period)
          .map((r): BreakdownGroup => {
            count(r, m.kind, cells.get(r)!);
            return { group: r.group ?? 'UNKNOWN', ...published(cells.get(r)!, r, m.kind) };
          }),
      }));
    }),
  );

  const distributions = areas.flatMap((area) =>
    area.panels.flatMap((panel) => {
      if (panel.kind !== 'histogram') return [];
      const d = distribution(panel.distribution);
      const own = (rows.bins.get(d.id) ?? []).filter((r) => inRange(r.period, range));
      const period = own
        .map((r) => r.period)
        .sort()
        .at(-1);
      if (!period) return [];
      const latest = own.filter((r) => r.period === period).sort((a, b) => Number(a.group) - Number(b.group));
      const cells = suppressBreakdown(latest, 'count', k, () => total(d.of, period));
      return [
        {
          distribution: d.id,
          area: area.id,
          period,
          bins: latest.map((r): Bin => {
            count(r, 'count', cells.get(r)!);
            return { from: Number(r.group), to: Number(r.group) + d.width, ...published(cells.get(r)!, r, 'count') };
          }),
        },
      ];
    }),
  );

  return { series, breakdowns: dedupe(breakdowns), distributions };
}

function point(cell: Cell, row: Row, m: Measure): SeriesPoint {
  const national = row.benchmarks && Object.keys(row.benchmarks).length ? { national: row.benchmarks } : {};
  // a suppressed figure gets no interval
  const interval =
    cell.symbol === null && row.low !== undefined
      ? { low: row.low, high: row.high!, ...(row.units === undefined ? {} : { units: row.units }) }
      : {};
  return { period: row.period, ...published(cell, row, m.kind), ...national, ...interval };
}

/** Two panels may show the same measure by the same dimension (a breakdown and a stack): keep one of each period. */
function dedupe<T extends { measure: string; dimension: string; period: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((b) => {
    const key = `${b.measure}|${b.dimension}|${b.period}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
