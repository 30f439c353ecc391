/**
 * The table twin of each chart, built from the same data: the cells are exactly
 * the display strings the chart's tooltips show ('c', 'x', 'z' included).
 */
import type { Bar, Bin, Format, Series, StackColumn, StackPart } from './types';

export interface TwinRow {
  header: string;
  cells: string[];
}

export interface Twin {
  /** every column heading, the row-header column first */
  columns: string[];
  rows: TwinRow[];
}

/** A period no point has, shown as not available. */
const MISSING = 'x';

/** One row per period (in the order they first appear), one column per series. */
export function twinOfSeries(series: readonly Series[], periodHeading = 'Period'): Twin {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))];
  const lookup = series.map((s) => new Map(s.points.map((p) => [p.period, p.display])));
  return {
    columns: [periodHeading, ...series.map((s) => s.label)],
    rows: periods.map((period) => ({ header: period, cells: lookup.map((m) => m.get(period) ?? MISSING) })),
  };
}

/** One row per bar. */
export function twinOfBars(bars: readonly Bar[], labelHeading = 'Category', valueHeading = 'Value'): Twin {
  return {
    columns: [labelHeading, valueHeading],
    rows: bars.map((b) => ({ header: b.label, cells: [b.display] })),
  };
}

/** One row per column of the stack, one table column per part (bottom part first). */
export function twinOfStack(
  columns: readonly StackColumn[],
  parts: readonly StackPart[],
  periodHeading = 'Period',
): Twin {
  return {
    columns: [periodHeading, ...parts.map((p) => p.label)],
    rows: columns.map((c) => ({ header: c.period, cells: parts.map((p) => c.values[p.key]?.display ?? MISSING) })),
  };
}

/** One row per bin, headed by its range. */
export function twinOfBins(
  bins: readonly Bin[],
  format: Format = String,
  rangeHeading = 'Range',
  countHeading = 'Count',
): Twin {
  return {
    columns: [rangeHeading, countHeading],
    rows: bins.map((b) => ({ header: `${format(b.x0)} to ${format(b.x1)}`, cells: [b.display] })),
  };
}
