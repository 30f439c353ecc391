import type { Figures, SnapshotBreakdown, SnapshotCell, SnapshotDistribution, SnapshotSeries } from './document';
import type { Cell } from './disclosure';

export const seriesOf = (f: Figures, id: string): SnapshotSeries | null =>
  f.series.find((s) => s.measure === id) ?? null;

/** Every period of a measure's breakdown by a dimension, oldest first. */
export const breakdownsOf = (f: Figures, id: string, dimension: string): SnapshotBreakdown[] =>
  f.breakdowns
    .filter((b) => b.measure === id && b.dimension === dimension)
    .sort((a, b) => a.period.localeCompare(b.period));

export const latestBreakdown = (f: Figures, id: string, dimension: string): SnapshotBreakdown | null =>
  breakdownsOf(f, id, dimension).at(-1) ?? null;

export const distributionOf = (f: Figures, id: string): SnapshotDistribution | null =>
  f.distributions.find((d) => d.distribution === id) ?? null;

/** A published cell as a disclosure cell, for formatting. */
export const asCell = (c: SnapshotCell): Cell =>
  typeof c.value === 'string' ? { value: null, symbol: c.value } : { value: c.value, symbol: null };

/** The number a chart draws for a cell: none for a symbol. */
export const shownValue = (c: SnapshotCell): number | null => (typeof c.value === 'number' ? c.value : null);
