import type { Db } from '../db/types';
import { publicFilter, type Filter } from './filter';
import { intervalOf, type IntervalInputs } from './interval';
import { intervalMethod } from './interval-method';
import { INTERVAL_COLUMNS } from './interval-sql';
import { MEASURES, type Measure } from './index';
import { isBins, partsSql, type BinsPart, type Part, type SqlOptions } from './query';

export interface ReportRow {
  measure: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** the group, in a breakdown */
  group?: string | null;
  /** the children behind the figure, when asked for (`{ children: true }`) */
  children?: number;
  /** the children behind the complement of a ratio that counts events (rule 7), when asked for */
  complement_children?: number;
  /** the 95% interval of a whole series' figure, when asked for (`{ intervals: true }`) and it has one */
  low?: number;
  high?: number;
  /** the children a clustered figure's interval rests on (each child's sessions, events, PEPs or targets as one) */
  units?: number;
}

export interface Report {
  schema: 'vsd-report/1';
  filters: Filter;
  rows: ReportRow[];
}

export type RawRow = {
  part: number;
  measure: string;
  period: string;
  grp: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  children: number | null;
  complement_children: number | null;
} & Omit<IntervalInputs, 'value' | 'numerator' | 'denominator'>;

/** The rows of one query → the rows of each part, in the order of its measures then periods. */
export function splitParts(parts: readonly (Part | BinsPart)[], raw: readonly RawRow[]): ReportRow[][] {
  const row = (
    { grp, part: _, children, complement_children, ...r }: RawRow,
    grouped: boolean,
    m?: Measure,
  ): ReportRow => {
    const interval = m && !grouped && 'i_n' in r ? intervalOf(m, r) : null;
    const units = interval && m && intervalMethod(m) === 'cluster' ? r.i_n : null;
    for (const c of INTERVAL_COLUMNS) delete r[c];
    return {
      ...r,
      ...(grouped ? { group: grp } : {}),
      ...(children === null ? {} : { children }),
      ...(complement_children === null ? {} : { complement_children }),
      ...(interval ? { low: interval.low, high: interval.high } : {}),
      ...(units ? { units } : {}),
    };
  };
  return parts.map((part, i) => {
    if (isBins(part)) return raw.filter((r) => r.part === i).map((r) => row(r, true));
    const order = new Map(part.measures.map((m, j) => [m.id, j]));
    const byId = new Map(part.measures.map((m) => [m.id, m]));
    return raw
      .filter((r) => r.part === i)
      .map((r) => row(r, !!part.dimension, byId.get(r.measure)))
      .sort((a, b) => order.get(a.measure)! - order.get(b.measure)! || a.period.localeCompare(b.period));
  });
}

/** Run several parts in one query. */
export async function runParts(
  db: Db,
  filter: Filter,
  parts: readonly (Part | BinsPart)[],
  options: SqlOptions = {},
): Promise<ReportRow[][]> {
  const { sql, params } = partsSql(parts, filter, options);
  return splitParts(parts, await db.query<RawRow>(sql, params));
}

/** Run measures (all by default) under a filter, optionally broken down by a dimension. */
export async function runMeasures(
  db: Db,
  filter: Filter,
  measures: readonly Measure[] = MEASURES,
  dimension: string | null = null,
  options: SqlOptions = {},
): Promise<ReportRow[]> {
  const [rows] = await runParts(db, filter, [{ measures, dimension }], options);
  return rows;
}

export async function runReport(db: Db, filter: Filter, { intervals = false } = {}): Promise<Report> {
  return {
    schema: 'vsd-report/1',
    filters: publicFilter(filter),
    rows: await runMeasures(db, filter, MEASURES, null, { intervals }),
  };
}
