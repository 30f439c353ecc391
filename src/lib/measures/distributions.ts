import type { Db } from '../db/types';
import { base } from './bases';
import { pupilFilterSql, registerFilterSql, type Filter } from './filter';

/** A distribution: the values of one field over a base's rows, counted in bins of a width. */
export interface Distribution {
  id: string;
  title: string;
  definition: string;
  base: string;
  /** SQL of the value on the base's rows */
  value: string;
  where: string;
  width: number;
}

export const DISTRIBUTIONS: readonly Distribution[] = [
  { id: 'ks4_att8_distribution', title: 'Attainment 8 scores', base: 'ks4', value: 'att8', where: 'att8 IS NOT NULL', width: 10,
    definition: 'Pupils at the end of key stage 4 by Attainment 8 score, in bands of 10 points.' },
  { id: 'cme_days_to_return_distribution', title: 'Days to return to school', base: 'cme_ends', value: 'CAST(end_date - start_date AS INTEGER)',
    where: "end_reason = 'RETURNED_TO_SCHOOL'", width: 14, definition: 'Episodes ending in the year with a return to school, by days missing education, in fortnights.' },
];

export interface BinRow {
  period: string;
  x0: number;
  count: number;
}

/** Counts per period and bin under a filter; the same filtered rows as the measures of that base. */
export async function runDistribution(db: Db, id: string, filter: Filter): Promise<BinRow[]> {
  const d = DISTRIBUTIONS.find((x) => x.id === id);
  if (!d) throw new Error(`unknown distribution ${id}`);
  const b = base(d.base);
  const f = b.materialize ? pupilFilterSql(filter) : registerFilterSql(filter);
  const ctes = b.materialize
    ? `f_${b.id} AS (SELECT * FROM base_${b.id} py WHERE ${f.sql})`
    : `fcme AS (SELECT * FROM cme r WHERE ${f.sql}), fehe AS (SELECT * FROM ehe r WHERE ${f.sql})`;
  const params = b.materialize ? f.params : [...f.params, ...f.params];
  return db.query<BinRow>(
    `WITH ${ctes} SELECT period, CAST(floor((${d.value}) / ${d.width}) * ${d.width} AS DOUBLE) AS x0, count(*)::INTEGER AS count
     FROM (${b.rows(null)}) AS py WHERE ${d.where} GROUP BY ALL ORDER BY period, x0`,
    params,
  );
}
