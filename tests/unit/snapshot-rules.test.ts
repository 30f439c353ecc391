import { describe, expect, it } from 'vitest';
import type { Area, Panel } from '../../src/lib/measures/areas';
import type { DimensionId } from '../../src/lib/measures/bases';
import type { MeasureId } from '../../src/lib/measures/index';
import type { ReportRow } from '../../src/lib/measures/report';
import { checkSnapshot } from '../../src/lib/snapshot/check';
import { suppressBreakdown, type Cell } from '../../src/lib/snapshot/disclosure';
import type { Figures, Snapshot, SnapshotCell } from '../../src/lib/snapshot/document';
import { buildFigures, NEVER_BY, type FigureRows, type Row } from '../../src/lib/snapshot/figures';

/**
 * The disclosure rules of published snapshots (spec/snapshots.md, rules 1–9), each on a table worked by hand:
 * rows of real measures given as `ReportRow`s, through `buildFigures` with a small area list made here.
 * Every expected cell is worked out in the comment beside it (k = 6 unless said).
 */

const P = '2023/24';
const ALL: { from: null; to: null } = { from: null, to: null };
/** Extra series, as `COHORTS` gives them: the counts rule 9 links figures to. */
const COHORTS_LIKE: ReadonlyMap<MeasureId, string> = new Map([
  ['roll_n', 'test'],
  ['cla12m_n', 'test'],
  ['ks4_cohort_n', 'test'],
]);

const count = (measure: string, value: number | null, more: Partial<Row> = {}): Row => ({
  measure,
  period: P,
  value,
  numerator: null,
  denominator: null,
  ...more,
});
const ratio = (measure: string, n: number, d: number, more: Partial<Row> = {}, scale = 100): Row => ({
  measure,
  period: P,
  value: d === 0 ? null : (scale * n) / d,
  numerator: n,
  denominator: d,
  ...more,
});
const average = (measure: string, value: number | null, d: number, more: Partial<Row> = {}): Row => ({
  measure,
  period: P,
  value,
  numerator: null,
  denominator: d,
  ...more,
});
const bin = (from: number, value: number, period = P): Row => ({
  measure: 'ks4_att8_distribution',
  period,
  group: String(from),
  value,
  numerator: null,
  denominator: null,
  children: value,
});

const area = (...panels: Panel[]): Area => ({
  id: 'test',
  label: 'Test',
  lead: 'Hand-worked tables.',
  tables: [],
  panels,
});
const trend = (...measures: MeasureId[]): Panel => ({ kind: 'trend', title: 'Trend', measures });
const by = (measure: MeasureId, dimension: DimensionId): Panel => ({
  kind: 'breakdown',
  title: 'By',
  measure,
  dimension,
});
const histogram: Panel = {
  kind: 'histogram',
  title: 'Attainment 8 distribution',
  distribution: 'ks4_att8_distribution',
};

interface Tables {
  series: Row[];
  byDimension?: Record<string, Row[]>;
  bins?: Row[];
}
const rowsOf = (t: Tables): FigureRows => ({
  series: t.series,
  byDimension: new Map(Object.entries(t.byDimension ?? {})),
  bins: new Map([['ks4_att8_distribution', t.bins ?? []]]),
});
const figures = (t: Tables, panels: Panel[], k = 6, extra: ReadonlyMap<MeasureId, string> = new Map()): Figures =>
  buildFigures(rowsOf(t), [area(...panels)], k, ALL, extra);

/** The published cell of a measure and period, without its period. */
function pointOf(f: Figures, measure: string, period = P): SnapshotCell {
  const found = f.series.find((s) => s.measure === measure)?.points.find((p) => p.period === period);
  if (!found) throw new Error(`no point ${measure} ${period}`);
  const { period: _, ...cell } = found;
  return cell as SnapshotCell;
}
/** The groups of a breakdown of the period, as `group → cell`. */
function groupsOf(f: Figures, measure: string, dimension: string, period = P): Record<string, SnapshotCell> {
  const b = f.breakdowns.find((x) => x.measure === measure && x.dimension === dimension && x.period === period);
  if (!b) throw new Error(`no breakdown ${measure} by ${dimension} ${period}`);
  return Object.fromEntries(b.groups.map(({ group, ...cell }) => [group, cell as SnapshotCell]));
}
const totalOf = (f: Figures, measure: string, dimension: string, period = P) =>
  f.breakdowns.find((x) => x.measure === measure && x.dimension === dimension && x.period === period)!.total;
/** The bins of the distribution, as `from → cell`. */
const binsOf = (f: Figures) =>
  Object.fromEntries(f.distributions[0].bins.map(({ from, to: _, ...cell }) => [from, cell as SnapshotCell]));

const C = { value: 'c' } as const;
const X = { value: 'x' } as const;
const Z = { value: 'z' } as const;
const n = (value: number) => ({ value });

describe('rule 1: a count of 1 to k−1 is c, zero is 0', () => {
  it('k = 6: 0 → 0, 1 → c, 5 → c, 6 → 6', () => {
    const f = figures(
      {
        series: [
          count('susp_n', 0, { period: '2020/21' }),
          count('susp_n', 1, { period: '2021/22' }),
          count('susp_n', 5, { period: '2022/23' }),
          count('susp_n', 6),
        ],
      },
      [trend('susp_n')],
    );
    expect(f.series[0].points).toEqual([
      { period: '2020/21', value: 0 },
      { period: '2021/22', value: 'c' },
      { period: '2022/23', value: 'c' },
      { period: P, value: 6 },
    ]);
  });
  it('k = 10 on the same rows: 6 → c as well; 10 → 10', () => {
    const f = figures(
      {
        series: [
          count('susp_n', 0, { period: '2020/21' }),
          count('susp_n', 6, { period: '2022/23' }),
          count('susp_n', 10),
        ],
      },
      [trend('susp_n')],
      10,
    );
    expect(f.series[0].points).toEqual([
      { period: '2020/21', value: 0 },
      { period: '2022/23', value: 'c' },
      { period: P, value: 10 },
    ]);
  });
  it('a null count is x', () => {
    expect(pointOf(figures({ series: [count('susp_n', null)] }, [trend('susp_n')]), 'susp_n')).toEqual(X);
  });
});

describe('rule 2: a rate is shown only over ≥ k, with numerator and complement not in 1..k−1', () => {
  it('0% and 100% on small bases: 0/5 → c, 5/5 → c; 0/6 → 0, 6/6 → 100', () => {
    // 0/5 and 5/5: denominator 5 < 6. 0/6: numerator 0, complement 6. 6/6: numerator 6, complement 0.
    const f = figures(
      {
        series: [
          ratio('pep_completed_pct', 0, 5, { period: '2020/21' }),
          ratio('pep_completed_pct', 5, 5, { period: '2021/22' }),
          ratio('pep_completed_pct', 0, 6, { period: '2022/23' }),
          ratio('pep_completed_pct', 6, 6),
        ],
      },
      [trend('pep_completed_pct')],
    );
    expect(f.series[0].points).toEqual([
      { period: '2020/21', value: 'c' },
      { period: '2021/22', value: 'c' },
      { period: '2022/23', value: 0, numerator: 0, denominator: 6 },
      { period: P, value: 100, numerator: 6, denominator: 6 },
    ]);
  });
  it('a complement in 1..k−1: 7/10 → c (10 − 7 = 3); 14/20 → 70 (complement 6); 15/20 → c (complement 5)', () => {
    const f = figures(
      {
        series: [
          ratio('pep_completed_pct', 7, 10, { period: '2021/22' }),
          ratio('pep_completed_pct', 14, 20, { period: '2022/23' }),
          ratio('pep_completed_pct', 15, 20),
        ],
      },
      [trend('pep_completed_pct')],
    );
    expect(f.series[0].points).toEqual([
      { period: '2021/22', value: 'c' },
      { period: '2022/23', value: 70, numerator: 14, denominator: 20 },
      { period: P, value: 'c' },
    ]);
  });
  it('k = 10: 12/20 (complement 8) shown with k = 6 is c with k = 10', () => {
    const t = { series: [ratio('pep_completed_pct', 12, 20)] };
    expect(pointOf(figures(t, [trend('pep_completed_pct')], 6), 'pep_completed_pct')).toEqual({
      value: 60,
      numerator: 12,
      denominator: 20,
    });
    expect(pointOf(figures(t, [trend('pep_completed_pct')], 10), 'pep_completed_pct')).toEqual(C);
  });
  it('cases per officer: rule 2 holds on its published denominator, so that the snapshot opens', () => {
    // 82 cases over 5 officers: denominator 5 < 6 → c. Over 6 officers: 82/6, complement 6 − 82 < 0 → shown.
    // 6 cases over 8 officers: complement 8 − 6 = 2 in 1..5 → c. A shown ratio with any of these would be refused on open.
    const f = figures(
      {
        series: [
          ratio('ehe_cases_per_officer', 82, 5, { period: '2021/22', children: 60 }, 1),
          ratio('ehe_cases_per_officer', 82, 6, { period: '2022/23', children: 60 }, 1),
          ratio('ehe_cases_per_officer', 6, 8, { children: 6 }, 1),
        ],
      },
      [trend('ehe_cases_per_officer')],
    );
    expect(f.series[0].points).toEqual([
      { period: '2021/22', value: 'c' },
      { period: '2022/23', value: 82 / 6, numerator: 82, denominator: 6 },
      { period: P, value: 'c' },
    ]);
    expect(() => checkSnapshot(JSON.stringify(asSnapshot(f, 6)))).not.toThrow();
  });
});

describe('rule 3: an average rests on ≥ k values', () => {
  it('over 5 values → c, over 6 → shown with its number of values; with k = 10, over 9 → c', () => {
    const t = {
      series: [
        average('ks4_att8_avg', 31.5, 5, { period: '2021/22' }),
        average('ks4_att8_avg', 28.25, 6, { period: '2022/23' }),
        average('ks4_att8_avg', 40, 9),
      ],
    };
    expect(figures(t, [trend('ks4_att8_avg')]).series[0].points).toEqual([
      { period: '2021/22', value: 'c' },
      { period: '2022/23', value: 28.25, denominator: 6 },
      { period: P, value: 40, denominator: 9 },
    ]);
    expect(figures(t, [trend('ks4_att8_avg')], 10).series[0].points).toEqual([
      { period: '2021/22', value: 'c' },
      { period: '2022/23', value: 'c' },
      { period: P, value: 'c' },
    ]);
  });
});

describe('rule 4: secondary suppression in breakdowns with a shown total', () => {
  const terms = (...values: number[]) =>
    values.map((v, i) => count('susp_n', v, { group: ['AUTUMN', 'SPRING', 'SUMMER'][i] }));

  it('one small group beside a shown total: the next smallest goes too (3, 10, 12 of 25 → c, c, 12)', () => {
    const f = figures({ series: [count('susp_n', 25)], byDimension: { term: terms(3, 10, 12) } }, [
      by('susp_n', 'term'),
    ]);
    expect(totalOf(f, 'susp_n', 'term')).toEqual(n(25));
    expect(groupsOf(f, 'susp_n', 'term')).toEqual({ AUTUMN: C, SPRING: C, SUMMER: n(12) });
  });
  it('a zero is not the second cell: 3, 0, 12 of 15 → c, 0, c', () => {
    const f = figures({ series: [count('susp_n', 15)], byDimension: { term: terms(3, 0, 12) } }, [
      by('susp_n', 'term'),
    ]);
    expect(groupsOf(f, 'susp_n', 'term')).toEqual({ AUTUMN: C, SPRING: n(0), SUMMER: C });
  });
  it('with the total itself c (passed as total): a group already c needs nothing more; else the smallest non-zero group goes', () => {
    const rows = (...values: number[]) => terms(...values);
    const hidden = (): Cell => ({ value: null, symbol: 'c' });
    const cells = (list: ReportRow[]) => {
      const m = suppressBreakdown(list, 'count', 6, hidden);
      return list.map((r) => m.get(r));
    };
    const c: Cell = { value: null, symbol: 'c' };
    const shown = (value: number): Cell => ({ value, symbol: null });
    // 3 is c: with the total hidden, 10 and 12 cannot give it back → c, 10, 12
    expect(cells(rows(3, 10, 12))).toEqual([c, shown(10), shown(12)]);
    // no group c: the groups would add up to the hidden total, so the smallest non-zero (8) goes → c, 10, 12
    expect(cells(rows(8, 10, 12))).toEqual([c, shown(10), shown(12)]);
    // zeros are not hidden: 0, 9, 0 → 0, c, 0
    expect(cells(rows(0, 9, 0))).toEqual([shown(0), c, shown(0)]);
    // all groups zero: nothing to hide
    expect(cells(rows(0, 0, 0))).toEqual([shown(0), shown(0), shown(0)]);
  });
  it('k = 6 and k = 10 on the same table: suspensions by reason 6, 11, 14, 30 of 61', () => {
    const reasons = [
      count('susp_n', 6, { group: 'PP' }),
      count('susp_n', 11, { group: 'PA' }),
      count('susp_n', 14, { group: 'VP' }),
      count('susp_n', 30, { group: 'VA' }),
    ];
    const t = { series: [count('susp_n', 61)], byDimension: { reason: reasons } };
    // k = 6: no group in 1..5, nothing hidden
    expect(groupsOf(figures(t, [by('susp_n', 'reason')], 6), 'susp_n', 'reason')).toEqual({
      PP: n(6),
      PA: n(11),
      VP: n(14),
      VA: n(30),
    });
    // k = 10: 6 is c, alone beside the shown 61 → the next smallest, 11, goes too
    const f10 = figures(t, [by('susp_n', 'reason')], 10);
    expect(totalOf(f10, 'susp_n', 'reason')).toEqual(n(61));
    expect(groupsOf(f10, 'susp_n', 'reason')).toEqual({ PP: C, PA: C, VP: n(14), VA: n(30) });
  });
  it('k = 6 and k = 10 on a rate by term: 8/16, 12/20, 20/24 of 40/60', () => {
    const t = {
      series: [ratio('pep_completed_pct', 40, 60)],
      byDimension: {
        term: [
          ratio('pep_completed_pct', 8, 16, { group: 'AUTUMN' }),
          ratio('pep_completed_pct', 12, 20, { group: 'SPRING' }),
          ratio('pep_completed_pct', 20, 24, { group: 'SUMMER' }),
        ],
      },
    };
    // k = 6: SUMMER's complement is 4 → c; alone, so the smallest non-zero numerator shown (AUTUMN, 8) goes too
    const f6 = figures(t, [by('pep_completed_pct', 'term')], 6);
    expect(totalOf(f6, 'pep_completed_pct', 'term')).toEqual({ value: 200 / 3, numerator: 40, denominator: 60 });
    expect(groupsOf(f6, 'pep_completed_pct', 'term')).toEqual({
      AUTUMN: C,
      SPRING: { value: 60, numerator: 12, denominator: 20 },
      SUMMER: C,
    });
    // k = 10: AUTUMN's numerator 8, SPRING's complement 8 and SUMMER's complement 4 are all in 1..9 → all c; the total
    // (40 of 60, complement 20) stands
    const f10 = figures(t, [by('pep_completed_pct', 'term')], 10);
    expect(totalOf(f10, 'pep_completed_pct', 'term')).toEqual({ value: 200 / 3, numerator: 40, denominator: 60 });
    expect(groupsOf(f10, 'pep_completed_pct', 'term')).toEqual({ AUTUMN: C, SPRING: C, SUMMER: C });
  });
  it('a cell c by rule 7 counts like any other: 12 suspensions of 2 children beside 30 and 25 → c, 30, c', () => {
    const f = figures(
      {
        series: [count('susp_n', 67, { children: 30 })],
        byDimension: {
          term: [
            count('susp_n', 12, { group: 'AUTUMN', children: 2 }),
            count('susp_n', 30, { group: 'SPRING', children: 20 }),
            count('susp_n', 25, { group: 'SUMMER', children: 15 }),
          ],
        },
      },
      [by('susp_n', 'term')],
    );
    expect(groupsOf(f, 'susp_n', 'term')).toEqual({ AUTUMN: C, SPRING: n(30), SUMMER: C });
  });
  it("a distribution's bins are a breakdown of its series point: 3, 8, 9 of 20 values → c, c, 9", () => {
    const f = figures({ series: [average('ks4_att8_avg', 17.5, 20)], bins: [bin(0, 3), bin(10, 8), bin(20, 9)] }, [
      trend('ks4_att8_avg'),
      histogram,
    ]);
    expect(f.distributions).toEqual([
      {
        distribution: 'ks4_att8_distribution',
        area: 'test',
        period: P,
        bins: [
          { from: 0, to: 10, value: 'c' },
          { from: 10, to: 20, value: 'c' },
          { from: 20, to: 30, value: 9 },
        ],
      },
    ]);
  });
});

describe('rule 5: x not available, z not applicable', () => {
  it('a Progress 8 year with no scores (value null over 0 values) is x; a rate over 0 is z', () => {
    const f = figures(
      {
        series: [
          average('ks4_p8_avg', null, 0, { period: '2019/20' }),
          average('ks4_p8_avg', -0.5, 12),
          ratio('pep_completed_pct', 0, 0),
        ],
      },
      [trend('ks4_p8_avg', 'pep_completed_pct')],
    );
    expect(f.series.find((s) => s.measure === 'ks4_p8_avg')!.points).toEqual([
      { period: '2019/20', value: 'x' },
      { period: P, value: -0.5, denominator: 12 },
    ]);
    expect(pointOf(f, 'pep_completed_pct')).toEqual(Z);
  });
  it('a breakdown whose measure has no series point has an x total', () => {
    const f = figures({ series: [], byDimension: { term: [count('susp_n', 10, { group: 'AUTUMN' })] } }, [
      by('susp_n', 'term'),
    ]);
    expect(totalOf(f, 'susp_n', 'term')).toEqual(X);
  });
});

describe('rule 6: a suppressed cell carries no number', () => {
  it('a c point holds its period and national figures only; a c group its group; a c bin its edges', () => {
    const f = figures(
      {
        series: [
          ratio('pep_completed_pct', 3, 10, { benchmarks: { CLA_12M: 81.5 } }),
          average('ks4_att8_avg', 17.5, 20),
          count('susp_n', 25),
        ],
        byDimension: {
          term: [
            count('susp_n', 3, { group: 'AUTUMN' }),
            count('susp_n', 10, { group: 'SPRING' }),
            count('susp_n', 12, { group: 'SUMMER' }),
          ],
        },
        bins: [bin(0, 3), bin(10, 8), bin(20, 9)],
      },
      [trend('pep_completed_pct', 'ks4_att8_avg'), by('susp_n', 'term'), histogram],
    );
    const point = f.series.find((s) => s.measure === 'pep_completed_pct')!.points[0];
    expect(point).toStrictEqual({ period: P, value: 'c', national: { CLA_12M: 81.5 } });
    const groups = f.breakdowns[0].groups;
    expect(groups[0]).toStrictEqual({ group: 'AUTUMN', value: 'c' });
    expect(groups[1]).toStrictEqual({ group: 'SPRING', value: 'c' });
    expect(f.distributions[0].bins[0]).toStrictEqual({ from: 0, to: 10, value: 'c' });
    // nowhere in the file does a c stand beside a numerator or a denominator
    const text = JSON.stringify(f);
    expect(text).not.toMatch(/"value":"c","(numerator|denominator)"/);
    expect(text).not.toMatch(/"(numerator|denominator)":[0-9.]+,"value":"c"/);
  });
  it('a total hidden by a rule carries no number either', () => {
    // 37 of a cohort of 40 (rule 9) → the average's total is c, alone
    const f = figures(
      {
        series: [count('ks4_cohort_n', 40), average('ks4_att8_avg', 45.5, 37)],
        byDimension: {
          sex: [average('ks4_att8_avg', 47, 20, { group: 'F' }), average('ks4_att8_avg', 43.7, 17, { group: 'M' })],
        },
      },
      [by('ks4_att8_avg', 'sex')],
      6,
      COHORTS_LIKE,
    );
    expect(totalOf(f, 'ks4_att8_avg', 'sex')).toStrictEqual(C);
  });
});

describe('rule 7: a figure of events rests on ≥ k children', () => {
  it('12 suspensions of 3 children → c; of 6 children → 12; with k = 10, of 9 children → c', () => {
    expect(pointOf(figures({ series: [count('susp_n', 12, { children: 3 })] }, [trend('susp_n')]), 'susp_n')).toEqual(
      C,
    );
    expect(pointOf(figures({ series: [count('susp_n', 12, { children: 6 })] }, [trend('susp_n')]), 'susp_n')).toEqual(
      n(12),
    );
    expect(
      pointOf(figures({ series: [count('susp_n', 12, { children: 9 })] }, [trend('susp_n')], 10), 'susp_n'),
    ).toEqual(C);
  });
  it('a rate of PEPs: numerator on 3 children → c; complement on 2 → c; both on ≥ 6 or 0 → shown', () => {
    const one = (more: Partial<Row>) =>
      pointOf(
        figures({ series: [ratio('pep_completed_pct', 12, 30, more)] }, [trend('pep_completed_pct')]),
        'pep_completed_pct',
      );
    expect(one({ children: 3, complement_children: 10 })).toEqual(C);
    expect(one({ children: 8, complement_children: 2 })).toEqual(C);
    expect(one({ children: 6, complement_children: 6 })).toEqual({ value: 40, numerator: 12, denominator: 30 });
    // 30 of 30 completed: no child behind the complement (0) → shown
    expect(
      pointOf(
        figures({ series: [ratio('pep_completed_pct', 30, 30, { children: 9, complement_children: 0 })] }, [
          trend('pep_completed_pct'),
        ]),
        'pep_completed_pct',
      ),
    ).toEqual({ value: 100, numerator: 30, denominator: 30 });
  });
  it('sessions: 90 absent of 900 possible, all of 3 children → c', () => {
    expect(
      pointOf(
        figures({ series: [ratio('abs_overall_pct', 90, 900, { children: 3, complement_children: 3 })] }, [
          trend('abs_overall_pct'),
        ]),
        'abs_overall_pct',
      ),
    ).toEqual(C);
  });
});

describe('rule 8: no breakdown by school, officer or child', () => {
  it('buildFigures refuses an area panel by school_ref, officer_ref or child_id, whatever k is', () => {
    const t = { series: [count('susp_n', 40)], byDimension: { school_ref: [count('susp_n', 40, { group: 'S1' })] } };
    // @ts-expect-error: no base has this dimension
    expect(() => figures(t, [by('susp_n', 'school_ref')])).toThrow(/rule 8/);
    // @ts-expect-error: no base has this dimension
    expect(() => figures(t, [by('susp_n', 'school_ref')], 20)).toThrow(/rule 8/);
    expect(() =>
      figures({ series: [ratio('ehe_cases_per_officer', 40, 8, {}, 1)] }, [
        // @ts-expect-error: no base has this dimension
        { kind: 'stack', title: 'S', measure: 'ehe_started_n', dimension: 'officer_ref' },
      ]),
    ).toThrow(/rule 8/);
    // @ts-expect-error: no base has this dimension
    expect(() => figures(t, [by('susp_n', 'child_id')])).toThrow(/rule 8/);
    expect(NEVER_BY).toEqual(expect.arrayContaining(['school_ref', 'officer_ref', 'child_id']));
  });
});

describe('rule 9: linked counts of the same period are one table', () => {
  it('a roll of 40 beside 37 looked after for 12 months → cla12m_n c; 34 (6 apart) and 40 (equal) stand; with k = 10, 34 → c', () => {
    const t = {
      series: [
        count('roll_n', 40, { period: '2021/22' }),
        count('cla12m_n', 40, { period: '2021/22' }),
        count('roll_n', 40, { period: '2022/23' }),
        count('cla12m_n', 34, { period: '2022/23' }),
        count('roll_n', 40),
        count('cla12m_n', 37),
      ],
    };
    const f = figures(t, [], 6, COHORTS_LIKE);
    expect(f.series.find((s) => s.measure === 'roll_n')!.points.map((p) => p.value)).toEqual([40, 40, 40]);
    expect(f.series.find((s) => s.measure === 'cla12m_n')!.points).toEqual([
      { period: '2021/22', value: 40 },
      { period: '2022/23', value: 34 },
      { period: P, value: 'c' },
    ]);
    const f10 = figures(t, [], 10, COHORTS_LIKE);
    expect(f10.series.find((s) => s.measure === 'cla12m_n')!.points.map((p) => p.value)).toEqual([40, 'c', 'c']);
  });
  it('Progress 8 over 42 beside Attainment 8 over 44 (nested: a Progress 8 score needs an Attainment 8 one) → Progress 8 c; over 38 it stands', () => {
    const t = {
      series: [
        count('ks4_cohort_n', 50),
        average('ks4_att8_avg', 20.5, 44),
        average('ks4_p8_avg', -1.2, 42),
        count('ks4_cohort_n', 50, { period: '2022/23' }),
        average('ks4_att8_avg', 21, 44, { period: '2022/23' }),
        average('ks4_p8_avg', -1.1, 38, { period: '2022/23' }),
      ],
    };
    const f = figures(t, [trend('ks4_att8_avg', 'ks4_p8_avg')], 6, COHORTS_LIKE);
    // 50 − 44 = 6 and 50 − 42 = 8: both stand beside the cohort; 44 − 42 = 2 in 1..5: the inner (Progress 8) goes
    expect(pointOf(f, 'ks4_att8_avg')).toEqual({ value: 20.5, denominator: 44 });
    expect(pointOf(f, 'ks4_p8_avg')).toEqual({ value: 'c' });
    // 44 − 38 = 6: not in 1..5
    expect(pointOf(f, 'ks4_p8_avg', '2022/23')).toEqual({ value: -1.1, denominator: 38 });
  });
  it('Attainment 8 over 37 beside a cohort of 40 → c; its breakdown by sex (20 + 17 = 37) then loses one group, and so do its bins', () => {
    const f = figures(
      {
        series: [count('ks4_cohort_n', 40), average('ks4_att8_avg', 45.5, 37), ratio('ks4_em_grade4plus_pct', 16, 40)],
        byDimension: {
          sex: [average('ks4_att8_avg', 47, 20, { group: 'F' }), average('ks4_att8_avg', 43.7, 17, { group: 'M' })],
        },
        bins: [bin(10, 7), bin(20, 12), bin(30, 18)],
      },
      [trend('ks4_att8_avg', 'ks4_em_grade4plus_pct'), by('ks4_att8_avg', 'sex'), histogram],
      6,
      COHORTS_LIKE,
    );
    // 40 − 37 = 3 in 1..5: the average (the smaller) is c
    expect(pointOf(f, 'ks4_cohort_n')).toEqual(n(40));
    expect(pointOf(f, 'ks4_att8_avg')).toEqual(C);
    // over the whole cohort (40 − 40 = 0): shown
    expect(pointOf(f, 'ks4_em_grade4plus_pct')).toEqual({ value: 40, numerator: 16, denominator: 40 });
    // rule 4 again: 20 + 17 would give back the 37; the smaller group, M (17 values), goes
    expect(totalOf(f, 'ks4_att8_avg', 'sex')).toEqual(C);
    expect(groupsOf(f, 'ks4_att8_avg', 'sex')).toEqual({ F: { value: 47, denominator: 20 }, M: C });
    // and the bins 7 + 12 + 18 = 37: the smallest non-zero (7) goes
    expect(binsOf(f)).toEqual({ 10: C, 20: n(12), 30: n(18) });
  });
  it('a rate over 38 of a roll of 40 → c, and its groups, though all 0%, must not add up to the 38', () => {
    // abs_persistent_10_pct: 0 of 38 pupils with sessions; roll 40 → 40 − 38 = 2 → c (rule 9).
    // By key stage 0/18 and 0/20 would give 18 + 20 = 38 back: the group of the smaller base (KS2, 18) goes.
    const f = figures(
      {
        series: [count('roll_n', 40), ratio('abs_persistent_10_pct', 0, 38)],
        byDimension: {
          key_stage: [
            ratio('abs_persistent_10_pct', 0, 18, { group: 'KS2' }),
            ratio('abs_persistent_10_pct', 0, 20, { group: 'KS3' }),
          ],
        },
      },
      [by('abs_persistent_10_pct', 'key_stage')],
      6,
      COHORTS_LIKE,
    );
    expect(pointOf(f, 'abs_persistent_10_pct')).toEqual(C);
    expect(groupsOf(f, 'abs_persistent_10_pct', 'key_stage')).toEqual({
      KS2: C,
      KS3: { value: 0, numerator: 0, denominator: 20 },
    });
  });
});

/** Figures as a whole snapshot, to open with `checkSnapshot`. */
function asSnapshot(f: Figures, k: number): Snapshot {
  return {
    schema: 'vsd-snapshot/1',
    title: 'Test',
    authority: 'Test',
    as_at: '2024-08-31',
    created: '2024-09-01T00:00:00Z',
    app_version: '0.0.0',
    disclosure: { k },
    periods: { from: '2019/20', to: '2023/24' },
    sources: [{ table: 'pupils', sha256: 'a'.repeat(64) }],
    ...f,
  };
}
