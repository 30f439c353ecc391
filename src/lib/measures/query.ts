import { base } from './bases';
import type { Measure } from './define';
import { pupilFilterSql, registerFilterSql, type BoundSql, type Filter } from './filter';
import { PERIOD_SETS } from './periods';

export interface Request {
  measures: readonly Measure[];
  filter: Filter;
  /** break every measure down by this dimension; measures whose base lacks it are left out */
  dimension?: string | null;
}

class Aggregates {
  readonly byBase = new Map<string, Map<string, string>>();
  name(baseId: string, sql: string): string {
    const aggs = this.byBase.get(baseId) ?? new Map<string, string>();
    this.byBase.set(baseId, aggs);
    if (!aggs.has(sql)) aggs.set(sql, `a${aggs.size}`);
    return aggs.get(sql)!;
  }
}

const num = (sql: string) => `CAST(${sql} AS DOUBLE)`;

function measureSelect(m: Measure, aggs: Aggregates, grouped: (baseId: string) => boolean): string {
  const b = `b_${m.base}`;
  const from = grouped(m.base)
    ? `p_${m.periods} p JOIN ${b} b ON b.period = p.period`
    : `p_${m.periods} p LEFT JOIN ${b} b ON b.period = p.period`;
  const head = `SELECT '${m.id}' AS measure, p.period, b.grp`;
  if (m.kind === 'count') {
    return `${head}, ${num(`coalesce(b.${aggs.name(m.base, m.value)}, 0)`)} AS value, NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator FROM ${from}`;
  }
  if (m.kind === 'average') {
    return `${head}, ${num(`b.${aggs.name(m.base, m.value)}`)} AS value, NULL::DOUBLE AS numerator, ${num(`coalesce(b.${aggs.name(m.base, m.count)}, 0)`)} AS denominator FROM ${from}`;
  }
  const n = `coalesce(b.${aggs.name(m.base, m.numerator)}, 0)`;
  let d = `coalesce(b.${aggs.name(m.base, m.denominator)}, 0)`;
  let rows = `${head}`;
  let join = from;
  if (m.denominatorBase) {
    const db = `b_${m.denominatorBase}`;
    d = `coalesce(d.${aggs.name(m.denominatorBase, m.denominator)}, 0)`;
    if (grouped(m.base) && grouped(m.denominatorBase)) {
      // Every group of the denominator is shown, with 0 where the numerator's rows have none.
      rows = `SELECT '${m.id}' AS measure, p.period, d.grp`;
      join = `p_${m.periods} p JOIN ${db} d ON d.period = p.period LEFT JOIN b_${m.base} b ON b.period = p.period AND b.grp IS NOT DISTINCT FROM d.grp`;
    } else {
      join = `${from} LEFT JOIN ${db} d ON d.period = p.period`;
    }
  }
  return `${rows}, CASE WHEN ${d} = 0 THEN NULL ELSE ${m.scale} * ${num(n)} / ${d} END AS value, ${num(n)} AS numerator, ${num(d)} AS denominator FROM ${join}`;
}

/**
 * One query for a set of measures: the filtered cohorts, one aggregate per base, one row per measure and period
 * (and group). Filter values are bound as parameters.
 */
export function reportSql({ measures, filter, dimension = null }: Request): BoundSql {
  const chosen = dimension ? measures.filter((m) => Object.hasOwn(base(m.base).dimensions, dimension)) : measures;
  const grouped = (baseId: string) => !!dimension && Object.hasOwn(base(baseId).dimensions, dimension);
  const aggs = new Aggregates();
  const selects = chosen.map((m) => measureSelect(m, aggs, grouped));
  const pupilYear = pupilFilterSql(filter);
  const pupil = pupilFilterSql(filter, ['pupil']);
  const register = registerFilterSql(filter);
  const used = [...aggs.byBase.keys()].map(base).filter((b) => b.materialize);
  const ctes = [
    ...used.map((b) => `f_${b.id} AS (SELECT * FROM base_${b.id} py WHERE ${pupilYear.sql})`),
    `fp AS (SELECT * FROM pupil_facts py WHERE ${pupil.sql})`,
    `fcme AS (SELECT * FROM cme r WHERE ${register.sql})`,
    `fehe AS (SELECT * FROM ehe r WHERE ${register.sql})`,
  ];
  for (const [baseId, names] of aggs.byBase) {
    const b = base(baseId);
    const grp = grouped(baseId) ? b.dimensions[dimension!] : 'NULL';
    const cols = [...names].map(([sql, name]) => `${sql} AS ${name}`).join(', ');
    ctes.push(`b_${baseId} AS (SELECT py.period, ${grp} AS grp, ${cols} FROM (${b.rows(grouped(baseId) ? dimension : null)}) AS py GROUP BY ALL)`);
  }
  for (const set of new Set(chosen.map((m) => m.periods))) ctes.push(`p_${set} AS (${PERIOD_SETS[set]})`);
  const sql = `WITH ${ctes.join(',\n')}\nSELECT * FROM (${selects.join('\nUNION ALL ')}) ORDER BY measure, period, grp`;
  return { sql, params: [...used.flatMap(() => pupilYear.params), ...pupil.params, ...register.params, ...register.params] };
}
