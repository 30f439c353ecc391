import type { Db } from '../db/types';
import type { Filter } from './filter';
import { MEASURES, type Measure } from './index';
import { reportSql } from './query';

export interface ReportRow {
  measure: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** the group, in a breakdown */
  group?: string | null;
}

export interface Report {
  schema: 'vsd-report/1';
  filters: Filter;
  rows: ReportRow[];
}

/** Run measures (all by default) under a filter, optionally broken down by a dimension. */
export async function runMeasures(db: Db, filter: Filter, measures: readonly Measure[] = MEASURES, dimension: string | null = null): Promise<ReportRow[]> {
  const { sql, params } = reportSql({ measures, filter, dimension });
  const rows = await db.query<{ measure: string; period: string; grp: string | null; value: number | null; numerator: number | null; denominator: number | null }>(sql, params);
  const order = new Map(measures.map((m, i) => [m.id, i]));
  return rows
    .map(({ grp, ...r }) => (dimension ? { ...r, group: grp } : r))
    .sort((a, b) => order.get(a.measure)! - order.get(b.measure)! || a.period.localeCompare(b.period));
}

export async function runReport(db: Db, filter: Filter): Promise<Report> {
  return { schema: 'vsd-report/1', filters: filter, rows: await runMeasures(db, filter) };
}
