import { base, type BaseId } from './bases';
import type { Measure } from './define';
import { intervalMethod, perChildSql, sortedSql, spreadSql } from './interval-method';

export const INTERVAL_COLUMNS = ['i_spread', 'i_sorted', 'i_n', 'i_sy', 'i_sx', 'i_syy', 'i_sxy', 'i_sxx'] as const;

/** What a row's interval is worked from (`intervals.ts`), as SQL columns; all null where it has none. */
export type IntervalColumn = (typeof INTERVAL_COLUMNS)[number];

const column = (name: IntervalColumn, sql: string | null) =>
  `${sql ?? (name === 'i_sorted' ? 'NULL::DOUBLE[]' : 'NULL::DOUBLE')} AS ${name}`;

export const NO_INTERVAL = INTERVAL_COLUMNS.map((c) => column(c, null)).join(', ');

/** The columns a measure's select gains, and the join they read. */
export interface IntervalTail {
  columns: string;
  join: string;
}

/**
 * The sums of clustered figures, with the child as the unit: each base's rows summed per child (`k_<base>`), then
 * per period over children (`cs_<measure>`): n, Σy, Σx, Σy², Σxy, Σx². A row without a child is a unit of its own.
 */
export class IntervalSums {
  private readonly perChild = new Map<BaseId, Map<string, string>>();
  private readonly clusters = new Map<string, string>();

  bases(): BaseId[] {
    return [...this.perChild.keys()];
  }

  private name(baseId: BaseId, sql: string): string {
    const names = this.perChild.get(baseId) ?? new Map<string, string>();
    this.perChild.set(baseId, names);
    if (!names.has(sql)) names.set(sql, `k${names.size}`);
    return names.get(sql)!;
  }

  /** `agg`: the name, in the select's `b` aggregate, of an aggregate over the measure's base */
  tail(m: Measure, agg: (sql: string) => string): IntervalTail {
    const method = intervalMethod(m);
    const of = (values: Partial<Record<IntervalColumn, string>>) =>
      INTERVAL_COLUMNS.map((c) => column(c, values[c] ?? null)).join(', ');
    if (method === 'mean') return { columns: `, ${of({ i_spread: agg(spreadSql(m)!) })}`, join: '' };
    if (method === 'median') return { columns: `, ${of({ i_sorted: agg(sortedSql(m)!) })}`, join: '' };
    if (method !== 'cluster') return { columns: `, ${NO_INTERVAL}`, join: '' };
    const { y, x } = perChildSql(m)!;
    const yBase = m.base;
    const xBase = m.kind === 'ratio' && m.denominatorBase ? m.denominatorBase : m.base;
    const ky = this.name(yBase, y);
    const kx = this.name(xBase, x);
    const pairs =
      yBase === xBase
        ? `SELECT period, coalesce(CAST(${ky} AS DOUBLE), 0) AS y, coalesce(CAST(${kx} AS DOUBLE), 0) AS x FROM k_${yBase}`
        : `SELECT coalesce(a.period, d.period) AS period, coalesce(CAST(a.${ky} AS DOUBLE), 0) AS y, coalesce(CAST(d.${kx} AS DOUBLE), 0) AS x
            FROM k_${yBase} a FULL JOIN k_${xBase} d ON a.period = d.period AND a.unit = d.unit`;
    const cte = `cs_${m.id}`;
    this.clusters.set(
      cte,
      `${cte} AS (SELECT period, count(*)::DOUBLE AS n, sum(y) AS sy, sum(x) AS sx, sum(y * y) AS syy, sum(x * y) AS sxy, sum(x * x) AS sxx
        FROM (${pairs}) WHERE y <> 0 OR x <> 0 GROUP BY period)`,
    );
    return {
      columns: `, ${of({ i_n: 'cs.n', i_sy: 'cs.sy', i_sx: 'cs.sx', i_syy: 'cs.syy', i_sxy: 'cs.sxy', i_sxx: 'cs.sxx' })}`,
      join: ` LEFT JOIN ${cte} cs ON cs.period = p.period`,
    };
  }

  ctes(): string[] {
    const perChild = [...this.perChild].map(([baseId, names]) => {
      const cols = [...names].map(([sql, name]) => `${sql} AS ${name}`).join(', ');
      return `k_${baseId} AS (SELECT py.period, coalesce(CAST(py.child_id AS VARCHAR), CAST(uuid() AS VARCHAR)) AS unit, ${cols} FROM (${base(baseId).rows(null)}) AS py GROUP BY ALL)`;
    });
    return [...perChild, ...this.clusters.values()];
  }
}
