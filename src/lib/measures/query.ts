import { base, BASES, type BaseId } from './bases';
import type { Measure } from './define';
import type { Distribution } from './distributions';
import type { BoundSql, Filter } from './filter';
import { IntervalSums, NO_INTERVAL, type IntervalTail } from './interval-sql';
import { PERIOD_SETS } from './periods';
import type { RowSet } from './row-sets';

export type { RowSet } from './row-sets';

export interface Part {
  measures: readonly Measure[];
  /** break every measure down by this dimension; measures whose base lacks it are left out */
  dimension?: string | null;
}

/** A distribution: its rows have the bin's lower edge as `grp` and the bin's count as `value`. */
export interface BinsPart {
  distribution: Distribution;
}

export const isBins = (p: Part | BinsPart): p is BinsPart => 'distribution' in p;

/** The aggregates each base must compute, per dimension it is grouped by. */
class Aggregates {
  readonly byBase = new Map<string, { baseId: BaseId; dimension: string | null; names: Map<string, string> }>();
  cte(baseId: BaseId, dimension: string | null): string {
    const key = `${baseId}|${dimension ?? ''}`;
    if (!this.byBase.has(key)) this.byBase.set(key, { baseId, dimension, names: new Map() });
    return `b_${baseId}${dimension ? `_by_${dimension}` : ''}`;
  }
  name(baseId: BaseId, dimension: string | null, sql: string): string {
    this.cte(baseId, dimension);
    const names = this.byBase.get(`${baseId}|${dimension ?? ''}`)!.names;
    if (!names.has(sql)) names.set(sql, `a${names.size}`);
    return names.get(sql)!;
  }
}

const num = (sql: string) => `CAST(${sql} AS DOUBLE)`;
const hasDimension = (baseId: BaseId, dimension: string | null) =>
  !!dimension && Object.hasOwn(base(baseId).dimensions, dimension);

/** Children behind the rows of a base that meet a condition: every base's rows carry the child they are about; a register row without one is one child. */
const childrenWhere = (condition = 'TRUE') =>
  `(count(DISTINCT child_id) FILTER (WHERE ${condition}) + count_if(child_id IS NULL AND (${condition})))`;

function measureSelect(
  m: Measure,
  part: number,
  dimension: string | null,
  aggs: Aggregates,
  children: boolean,
  sums: IntervalSums | null,
): string {
  const dim = (baseId: BaseId) => (hasDimension(baseId, dimension) ? dimension : null);
  const agg = (baseId: BaseId, sql: string) => aggs.name(baseId, dim(baseId), sql);
  // intervals of whole series only: a breakdown's groups are read against each other, not against chance
  const tail: IntervalTail = !sums
    ? { columns: '', join: '' }
    : dimension
      ? { columns: `, ${NO_INTERVAL}`, join: '' }
      : sums.tail(m, (sql) => `b.${agg(m.base, sql)}`);
  const b = aggs.cte(m.base, dim(m.base));
  const from = dim(m.base)
    ? `p_${m.periods} p JOIN ${b} b ON b.period = p.period`
    : `p_${m.periods} p LEFT JOIN ${b} b ON b.period = p.period`;
  const head = (grp: string) => `SELECT ${part} AS part, '${m.id}' AS measure, p.period, ${grp} AS grp`;
  const kids = (alias: string, baseId: BaseId, condition?: string) =>
    children ? num(`coalesce(${alias}.${agg(baseId, childrenWhere(condition))}, 0)`) : 'NULL::DOUBLE';
  // Rule 7: the children behind the rows counted, and behind the complement of a ratio.
  const behind = (alias: string, baseId: BaseId) =>
    `${m.behind ? kids('b', m.base, m.behind.value) : kids(alias, baseId)} AS children, ${m.behind?.complement ? kids('b', m.base, m.behind.complement) : 'NULL::DOUBLE'} AS complement_children`;
  if (m.kind === 'count') {
    return `${head('b.grp')}, ${num(`coalesce(b.${agg(m.base, m.value)}, 0)`)} AS value, NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator, ${behind('b', m.base)}${tail.columns} FROM ${from}${tail.join}`;
  }
  if (m.kind === 'average') {
    return `${head('b.grp')}, ${num(`b.${agg(m.base, m.value)}`)} AS value, NULL::DOUBLE AS numerator, ${num(`coalesce(b.${agg(m.base, m.count)}, 0)`)} AS denominator, ${behind('b', m.base)}${tail.columns} FROM ${from}${tail.join}`;
  }
  const n = `coalesce(b.${agg(m.base, m.numerator)}, 0)`;
  let d = `coalesce(b.${agg(m.base, m.denominator)}, 0)`;
  let grp = 'b.grp';
  let join = from;
  let alias = 'b';
  let baseOfChildren = m.base;
  if (m.denominatorBase) {
    const db = aggs.cte(m.denominatorBase, dim(m.denominatorBase));
    d = `coalesce(d.${agg(m.denominatorBase, m.denominator)}, 0)`;
    alias = 'd';
    baseOfChildren = m.denominatorBase;
    if (dim(m.base) && dim(m.denominatorBase)) {
      // Every group of the denominator is shown, with 0 where the numerator's rows have none.
      grp = 'd.grp';
      join = `p_${m.periods} p JOIN ${db} d ON d.period = p.period LEFT JOIN ${b} b ON b.period = p.period AND b.grp IS NOT DISTINCT FROM d.grp`;
    } else {
      join = `${from} LEFT JOIN ${db} d ON d.period = p.period`;
    }
  }
  return `${head(grp)}, CASE WHEN ${d} = 0 THEN NULL ELSE ${m.scale} * ${num(n)} / ${d} END AS value, ${num(n)} AS numerator, ${num(d)} AS denominator, ${behind(alias, baseOfChildren)}${tail.columns} FROM ${join}${tail.join}`;
}

/** The measures a part keeps: with a dimension, those whose base has it. */
export function measuresOf(part: Part | BinsPart): readonly Measure[] {
  if (isBins(part)) return [];
  return part.dimension ? part.measures.filter((m) => hasDimension(m.base, part.dimension!)) : part.measures;
}

function binsSelect({ distribution: d }: BinsPart, part: number, children: boolean, intervals: boolean): string {
  return `SELECT ${part} AS part, '${d.id}' AS measure, py.period, CAST(CAST(floor((${d.value}) / ${d.width}) * ${d.width} AS INTEGER) AS VARCHAR) AS grp,
    count(*)::DOUBLE AS value, NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator, ${children ? num(childrenWhere()) : 'NULL::DOUBLE'} AS children, NULL::DOUBLE AS complement_children${intervals ? `, ${NO_INTERVAL}` : ''}
    FROM (${base(d.base).rows(null)}) AS py WHERE ${d.where} GROUP BY ALL`;
}

/** Every table a base's row set is read from: the model gives each a `keep` column for the dashboard's kept rows. */
export const ROW_SET_SOURCES: readonly string[] = [...new Set(BASES.flatMap((b) => b.reads.map((r) => r.source)))];

/** `children`: give each row the number of children behind it (the dashboard's small-number check); else null. */
export interface SqlOptions {
  children?: boolean;
  /** give each whole series' rows what its 95% interval needs (`interval-sql.ts`) */
  intervals?: boolean;
}

/** The SQL of several parts over the filtered row sets their bases read, which it names but does not define. */
function unfiltered(
  parts: readonly (Part | BinsPart)[],
  { children = false, intervals = false }: SqlOptions,
): { rowSets: RowSet[]; ctes: string[]; body: string } {
  const aggs = new Aggregates();
  const sums = intervals ? new IntervalSums() : null;
  const selects = parts.flatMap((part, i) =>
    isBins(part)
      ? [binsSelect(part, i, children, intervals)]
      : measuresOf(part).map((m) => measureSelect(m, i, part.dimension ?? null, aggs, children, sums)),
  );
  const baseIds = [
    ...[...aggs.byBase.values()].map((a) => a.baseId),
    ...parts.filter(isBins).map((p) => p.distribution.base),
    ...(sums?.bases() ?? []),
  ];
  const aggregates = [...aggs.byBase.values()].map(({ baseId, dimension, names }) => {
    const b = base(baseId);
    const grp = dimension ? b.dimensions[dimension] : 'NULL';
    const cols = [...names].map(([sql, name]) => `${sql} AS ${name}`).join(', ');
    return `${aggs.cte(baseId, dimension)} AS (SELECT py.period, ${grp} AS grp, ${cols} FROM (${b.rows(dimension)}) AS py GROUP BY ALL)`;
  });
  const sets = [...new Set(parts.flatMap((p) => measuresOf(p).map((m) => m.periods)))].map(
    (set) => `p_${set} AS (${PERIOD_SETS[set]})`,
  );
  // each row set once: every CTE costs DuckDB time to plan
  const rowSets = [...new Map([...new Set(baseIds)].flatMap((id) => base(id).reads).map((r) => [r.name, r])).values()];
  const body = selects.length
    ? selects.join('\nUNION ALL ')
    : `SELECT 0 AS part, NULL AS measure, NULL AS period, NULL AS grp, NULL::DOUBLE AS value, NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator, NULL::DOUBLE AS children, NULL::DOUBLE AS complement_children${intervals ? `, ${NO_INTERVAL}` : ''} WHERE false`;
  return { rowSets, ctes: [...aggregates, ...(sums?.ctes() ?? []), ...sets], body };
}

const assemble = (ctes: readonly string[], body: string) =>
  `${ctes.length ? `WITH ${ctes.join(',\n')}\n` : ''}SELECT * FROM (${body}) ORDER BY part, measure, period, grp`;

/**
 * One query for several parts (sets of measures, each whole or broken down by a dimension, or distributions):
 * the filtered rows of each base once, one aggregate per base and dimension, one row per part, measure, period
 * (and group). School references are bound as parameters.
 */
export function partsSql(parts: readonly (Part | BinsPart)[], filter: Filter, options: SqlOptions = {}): BoundSql {
  const { rowSets, ctes, body } = unfiltered(parts, options);
  const params: unknown[] = [];
  const filtered = rowSets.map((r) => {
    const where = r.where(filter);
    params.push(...where.params);
    return `${r.name} AS ${r.materialized ? 'MATERIALIZED ' : ''}(SELECT * FROM ${r.source} ${r.alias} WHERE ${where.sql})`;
  });
  return { sql: assemble([...filtered, ...ctes], body), params };
}

/**
 * The same query over kept rows: each row set's source has a `keep` column that a filter change updates, so
 * the SQL does not change with the filter and DuckDB can run one plan again and again.
 */
export function keptSql(
  parts: readonly (Part | BinsPart)[],
  options: SqlOptions = {},
): { sql: string; rowSets: RowSet[] } {
  const { rowSets, ctes, body } = unfiltered(parts, options);
  const kept = rowSets.map((r) => `${r.name} AS (SELECT * FROM ${r.source} WHERE keep)`);
  return { sql: assemble([...kept, ...ctes], body), rowSets };
}
