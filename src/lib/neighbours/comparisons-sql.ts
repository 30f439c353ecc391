/** An authority's rows are those of the local-authority codes: not regions (E12, E13) nor England (E92). */
const IS_AUTHORITY = `regexp_matches(la_code, '^E(06|08|09|10)')`;

/** A DfE measure and group a local measure is compared with, and which way is better. */
export interface Compared {
  measure: string;
  group: string;
  better: 'higher' | 'lower' | null;
}

/**
 * For one authority (the first parameter) and the DfE measures and groups `compared`,
 * one row per measure, group and period: the authority's published figure; its ten statistical neighbours' average
 * over those with a value, and how many had one; its region and, for a London borough, Inner or Outer London;
 * and its rank and the quartiles among all authorities with a value (LAIT: type-7 quantiles, ties take
 * the lower rank, rank 1 the best), and its rank among itself and its neighbours.
 */
export function comparisonsSql(compared: readonly Compared[]): string {
  const values = compared.map(
    ({ measure, group, better }) => `('${measure}', '${group}', ${better === null ? 'NULL' : `'${better}'`})`,
  );
  return `WITH dir(measure, grp, better) AS (VALUES ${values.join(', ')}),
me AS (SELECT ? AS code),
home AS (SELECT any_value(region_name) AS region FROM la_benchmarks, me WHERE la_code = me.code),
nb AS (SELECT neighbour_la_code AS code FROM statistical_neighbours, me WHERE la_code = me.code),
f AS (SELECT b.*, d.better FROM la_benchmarks b JOIN dir d USING (measure, grp)),
ranked AS (
  SELECT measure, grp, period, la_code, value,
    CASE better WHEN 'higher' THEN rank() OVER (PARTITION BY measure, grp, period ORDER BY value DESC)
      WHEN 'lower' THEN rank() OVER (PARTITION BY measure, grp, period ORDER BY value) END AS r,
    count(*) OVER (PARTITION BY measure, grp, period) AS n
  FROM f WHERE ${IS_AUTHORITY} AND value IS NOT NULL),
quartiles AS (
  SELECT measure, grp, period, quantile_cont(value, [0.25, 0.5, 0.75]) AS q FROM ranked GROUP BY ALL),
local_ranked AS (
  SELECT measure, grp, period, la_code,
    CASE better WHEN 'higher' THEN rank() OVER (PARTITION BY measure, grp, period ORDER BY value DESC)
      WHEN 'lower' THEN rank() OVER (PARTITION BY measure, grp, period ORDER BY value) END AS r,
    count(*) OVER (PARTITION BY measure, grp, period) AS n
  FROM f, me WHERE value IS NOT NULL AND (la_code = me.code OR la_code IN (SELECT code FROM nb))),
areas AS (
  SELECT measure, grp, period,
    max(value) FILTER (WHERE la_code = me.code) AS la,
    avg(value) FILTER (WHERE la_code IN (SELECT code FROM nb)) AS neighbours,
    CAST(count(value) FILTER (WHERE la_code IN (SELECT code FROM nb)) AS INTEGER) AS neighbours_n,
    max(value) FILTER (WHERE regexp_matches(la_code, '^E12') AND la_name = CASE WHEN home.region IN ('Inner London', 'Outer London') THEN 'London' ELSE home.region END) AS region,
    max(value) FILTER (WHERE regexp_matches(la_code, '^E13') AND la_name = home.region) AS subregion
  FROM f, me, home GROUP BY ALL)
SELECT a.measure, a.grp, a.period, a.la, a.neighbours, a.neighbours_n, a.region, a.subregion,
  CAST(r.r AS INTEGER) AS rank, CAST(r.n AS INTEGER) AS ranked,
  q.q[1] AS q1, q.q[2] AS q2, q.q[3] AS q3,
  CAST(l.r AS INTEGER) AS neighbours_rank, CAST(l.n AS INTEGER) AS neighbours_ranked
FROM areas a
LEFT JOIN ranked r ON r.measure = a.measure AND r.grp = a.grp AND r.period = a.period AND r.la_code = (SELECT code FROM me)
LEFT JOIN quartiles q ON q.measure = a.measure AND q.grp = a.grp AND q.period = a.period
LEFT JOIN local_ranked l ON l.measure = a.measure AND l.grp = a.grp AND l.period = a.period AND l.la_code = (SELECT code FROM me)
ORDER BY a.measure, a.grp, a.period`;
}
