/** The published snapshot, `vsd-snapshot/1` (spec/snapshots.md, "The document, field by field"). */
import type { Unit } from '../measures/define';

export const SCHEMA = 'vsd-snapshot/1';

export type Symbol = 'c' | 'x' | 'z';

/**
 * A published figure: a count's value; a ratio's value with its numerator and denominator; an average's
 * value with the number of values (`denominator`); or a symbol alone (rule 6).
 */
export type SnapshotCell = { value: number; numerator?: number; denominator?: number } | { value: Symbol };

/** National figures (public DfE statistics) by group: CLA_12M, ALL_PUPILS, CARE_LEAVERS_17_18, … */
export type National = Record<string, number>;

/**
 * A point of a series. `low` and `high`, its 95% interval, and `units`, are the dashboard's own: figures published in a
 * snapshot are built without them, and the snapshot check refuses them.
 */
export type SeriesPoint = SnapshotCell & {
  period: string;
  national?: National;
  low?: number;
  high?: number;
  /** the children a clustered figure's interval rests on */
  units?: number;
};

export type Kind = 'count' | 'ratio' | 'average';

export interface SnapshotSeries {
  measure: string;
  kind: Kind;
  unit: Unit;
  area: string;
  points: SeriesPoint[];
}

export type BreakdownGroup = SnapshotCell & { group: string };

export interface SnapshotBreakdown {
  measure: string;
  kind: Kind;
  unit: Unit;
  area: string;
  dimension: string;
  period: string;
  total: SnapshotCell;
  groups: BreakdownGroup[];
}

export type Bin = SnapshotCell & { from: number; to: number };

export interface SnapshotDistribution {
  distribution: string;
  area: string;
  period: string;
  bins: Bin[];
}

/** What every view draws from: the dashboard builds it from live rows, the governor view reads it from a snapshot. */
export interface Figures {
  series: SnapshotSeries[];
  breakdowns: SnapshotBreakdown[];
  distributions: SnapshotDistribution[];
}

export interface Snapshot extends Figures {
  schema: typeof SCHEMA;
  title: string;
  authority: string;
  as_at: string;
  created: string;
  app_version: string;
  disclosure: { k: number };
  periods: { from: string; to: string };
  sources: { table: string; sha256: string }[];
  commentary?: Record<string, string>;
}

export const isSymbol = (v: SnapshotCell['value']): v is Symbol => typeof v === 'string';
