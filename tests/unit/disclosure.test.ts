import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../src/lib/measures/report';
import { formatCell, suppressBreakdown, suppressRow, validK, type Cell } from '../../src/lib/snapshot/disclosure';

const c: Cell = { value: null, symbol: 'c' };
const x: Cell = { value: null, symbol: 'x' };
const z: Cell = { value: null, symbol: 'z' };
const shown = (value: number): Cell => ({ value, symbol: null });

const count = (value: number | null, group?: string, measure = 'susp_n', period = '2023/24'): ReportRow => ({
  measure,
  period,
  value,
  numerator: null,
  denominator: null,
  ...(group === undefined ? {} : { group }),
});
const ratio = (n: number, d: number, group?: string, scale = 100): ReportRow => ({
  measure: 'pep_completed_pct',
  period: '2023/24',
  value: d === 0 ? null : (scale * n) / d,
  numerator: n,
  denominator: d,
  ...(group === undefined ? {} : { group }),
});
const average = (value: number | null, d: number, group?: string): ReportRow => ({
  measure: 'ks4_att8_avg',
  period: '2023/24',
  value,
  numerator: null,
  denominator: d,
  ...(group === undefined ? {} : { group }),
});

/** The cells of a breakdown, in the order of its rows. */
const cells = (rows: ReportRow[], kind: 'count' | 'ratio' | 'average', k = 6) => {
  const map = suppressBreakdown(rows, kind, k);
  return rows.map((r) => map.get(r));
};

describe('rule 1: counts', () => {
  it('shows 0, suppresses 1 and 5, shows 6 (k = 6)', () => {
    expect(suppressRow(count(0), 'count')).toEqual(shown(0));
    expect(suppressRow(count(1), 'count')).toEqual(c);
    expect(suppressRow(count(5), 'count')).toEqual(c);
    expect(suppressRow(count(6), 'count')).toEqual(shown(6));
  });
  it('follows k: 9 is c and 10 shown with k = 10; 19 c and 20 shown with k = 20', () => {
    expect(suppressRow(count(9), 'count', 10)).toEqual(c);
    expect(suppressRow(count(10), 'count', 10)).toEqual(shown(10));
    expect(suppressRow(count(19), 'count', 20)).toEqual(c);
    expect(suppressRow(count(20), 'count', 20)).toEqual(shown(20));
  });
  it('applies to sums as given: 4 sessions lost is c, 40 is shown, 5.5 is c', () => {
    expect(suppressRow(count(4, undefined, 'susp_sessions_lost'), 'count')).toEqual(c);
    expect(suppressRow(count(40, undefined, 'susp_sessions_lost'), 'count')).toEqual(shown(40));
    expect(suppressRow(count(5.5, undefined, 'susp_sessions_lost'), 'count')).toEqual(c);
  });
  it('marks a missing count x', () => {
    expect(suppressRow(count(null), 'count')).toEqual(x);
  });
});

describe('rule 2: percentages and rates', () => {
  it('suppresses a small numerator: 3/10 → c', () => {
    expect(suppressRow(ratio(3, 10), 'ratio')).toEqual(c);
  });
  it('suppresses a small complement: 7/10 → c (10 − 7 = 3)', () => {
    expect(suppressRow(ratio(7, 10), 'ratio')).toEqual(c);
  });
  it('shows 6/12 as 50', () => {
    expect(suppressRow(ratio(6, 12), 'ratio')).toEqual(shown(50));
  });
  it('suppresses a denominator of 5 even at 0/5 and 5/5; shows 0/6 and 6/6', () => {
    expect(suppressRow(ratio(0, 5), 'ratio')).toEqual(c);
    expect(suppressRow(ratio(5, 5), 'ratio')).toEqual(c);
    expect(suppressRow(ratio(0, 6), 'ratio')).toEqual(shown(0));
    expect(suppressRow(ratio(6, 6), 'ratio')).toEqual(shown(100));
  });
  it('edges of the complement: 14/20 shown (20 − 14 = 6), 15/20 → c (complement 5)', () => {
    expect(suppressRow(ratio(14, 20), 'ratio')).toEqual(shown(70));
    expect(suppressRow(ratio(15, 20), 'ratio')).toEqual(c);
  });
  it('with k = 10: 9/30 → c, 10/30 shown, 21/30 → c (complement 9), 20/30 shown', () => {
    expect(suppressRow(ratio(9, 30), 'ratio', 10)).toEqual(c);
    expect(suppressRow(ratio(10, 30), 'ratio', 10)).toEqual(shown(100 / 3));
    expect(suppressRow(ratio(21, 30), 'ratio', 10)).toEqual(c);
    expect(suppressRow(ratio(20, 30), 'ratio', 10)).toEqual(shown(200 / 3));
  });
  it('rates of events: 9 suspensions per 6 pupils is shown (negative complement), 3 per 20 is c', () => {
    expect(suppressRow(ratio(9, 6), 'ratio')).toEqual(shown(150));
    expect(suppressRow(ratio(3, 20), 'ratio')).toEqual(c);
  });
  it('cases per officer: 30 cases over 3 officers is c, over 6 officers shown as 5', () => {
    expect(suppressRow(ratio(30, 3, undefined, 1), 'ratio')).toEqual(c);
    expect(suppressRow(ratio(30, 6, undefined, 1), 'ratio')).toEqual(shown(5));
  });
  it('a zero denominator is z (not applicable); unknown counts behind a value are c, behind no value x', () => {
    expect(suppressRow(ratio(0, 0), 'ratio')).toEqual(z);
    expect(suppressRow({ measure: 'm', period: 'p', value: 50, numerator: null, denominator: 40 }, 'ratio')).toEqual(c);
    expect(
      suppressRow({ measure: 'm', period: 'p', value: null, numerator: null, denominator: null }, 'ratio'),
    ).toEqual(x);
  });
});

describe('rule 3: averages and medians', () => {
  it('suppresses an average over 5 values, shows one over 6', () => {
    expect(suppressRow(average(18.24, 5), 'average')).toEqual(c);
    expect(suppressRow(average(18.24, 6), 'average')).toEqual(shown(18.24));
  });
  it('follows k: over 9 values c, over 10 shown with k = 10', () => {
    expect(suppressRow(average(12, 9), 'average', 10)).toEqual(c);
    expect(suppressRow(average(12, 10), 'average', 10)).toEqual(shown(12));
  });
  it('an average of no values is x (rule 5: Progress 8 in a year without one); a missing value over 6 values is x', () => {
    expect(suppressRow(average(null, 0), 'average')).toEqual(x);
    expect(suppressRow(average(null, 6), 'average')).toEqual(x);
  });
  it('a suppressed cell carries no number (rule 6)', () => {
    expect(JSON.stringify(suppressRow(average(18.24, 5), 'average'))).toBe('{"value":null,"symbol":"c"}');
  });
});

describe('rule 4: secondary suppression in breakdowns', () => {
  it('groups 3, 10, 12 (total 25): 3 and 10 both c', () => {
    expect(cells([count(3, 'F'), count(10, 'M'), count(12, 'U')], 'count')).toEqual([c, c, shown(12)]);
  });
  it('groups 3, 0, 12 (total 15): the zero stays, 12 is suppressed → c, 0, c', () => {
    expect(cells([count(3, 'F'), count(0, 'M'), count(12, 'U')], 'count')).toEqual([c, shown(0), c]);
  });
  it('groups 3, 0, 0: only zeros beside the c, so a zero is suppressed (the first of equals)', () => {
    expect(cells([count(3, 'A'), count(0, 'B'), count(0, 'C')], 'count')).toEqual([c, c, shown(0)]);
  });
  it('two primary c cells need nothing more: 2, 4, 30, 40', () => {
    expect(cells([count(2, 'A'), count(4, 'B'), count(30, 'C'), count(40, 'D')], 'count')).toEqual([
      c,
      c,
      shown(30),
      shown(40),
    ]);
  });
  it('no c, nothing suppressed: 0, 6, 7', () => {
    expect(cells([count(0, 'A'), count(6, 'B'), count(7, 'C')], 'count')).toEqual([shown(0), shown(6), shown(7)]);
  });
  it('ties go to the first row: 1, 8, 8 → c, c, 8', () => {
    expect(cells([count(1, 'A'), count(8, 'B'), count(8, 'C')], 'count')).toEqual([c, c, shown(8)]);
  });
  it('works within each measure and period separately', () => {
    const rows = [
      count(3, 'F', 'susp_n', '2022/23'),
      count(10, 'M', 'susp_n', '2022/23'),
      count(12, 'U', 'susp_n', '2022/23'),
      count(8, 'F', 'susp_n', '2023/24'),
      count(10, 'M', 'susp_n', '2023/24'),
      count(12, 'U', 'susp_n', '2023/24'),
      count(3, 'F', 'excl_perm_n', '2023/24'),
      count(20, 'M', 'excl_perm_n', '2023/24'),
      count(7, 'U', 'excl_perm_n', '2023/24'),
    ];
    expect(cells(rows, 'count')).toEqual([c, c, shown(12), shown(8), shown(10), shown(12), c, shown(20), c]);
  });
  it('with k = 10, 9, 10, 12 → c, c, 12', () => {
    expect(cells([count(9, 'A'), count(10, 'B'), count(12, 'C')], 'count', 10)).toEqual([c, c, shown(12)]);
  });
  it('ratios rank by numerator: 3/10, 0/20, 8/16, 12/24 → c, 0, c, 50', () => {
    expect(cells([ratio(3, 10, 'A'), ratio(0, 20, 'B'), ratio(8, 16, 'C'), ratio(12, 24, 'D')], 'ratio')).toEqual([
      c,
      shown(0),
      c,
      shown(50),
    ]);
  });
  it('a ratio suppressed by its complement is protected too: 7/10, 12/24, 8/16 → c, 50, c', () => {
    expect(cells([ratio(7, 10, 'A'), ratio(12, 24, 'B'), ratio(8, 16, 'C')], 'ratio')).toEqual([c, shown(50), c]);
  });
  it('averages rank by number of values: over 5, 30, 8 values → c, 30 kept, c', () => {
    expect(cells([average(20, 5, 'A'), average(30, 30, 'B'), average(40, 8, 'C')], 'average')).toEqual([
      c,
      shown(30),
      c,
    ]);
  });
  it('a total that is c with no group c: the smallest non-zero group goes (8, 10, 12 → c, 10, 12); all zeros stay', () => {
    const hidden = () => c;
    const within = (rows: ReportRow[], kind: 'count' | 'ratio') => {
      const m = suppressBreakdown(rows, kind, 6, hidden);
      return rows.map((r) => m.get(r));
    };
    expect(within([count(8, 'A'), count(10, 'B'), count(12, 'C')], 'count')).toEqual([c, shown(10), shown(12)]);
    expect(within([count(0, 'A'), count(0, 'B')], 'count')).toEqual([shown(0), shown(0)]);
  });
  it('a ratio total that is c over groups all at 0%: their denominators would add up to it, so the smallest base goes', () => {
    // 0/38 hidden (rule 9 beside a roll of 40): 0/20 and 0/18 would give 20 + 18 = 38 back → the 18 goes
    const rows = [ratio(0, 20, 'A'), ratio(0, 18, 'B')];
    const m = suppressBreakdown(rows, 'ratio', 6, () => c);
    expect(rows.map((r) => m.get(r))).toEqual([shown(0), c]);
    // 0/0 groups (z) are not a base: nothing to hide
    const empty = [ratio(0, 0, 'A'), ratio(0, 0, 'B')];
    const e = suppressBreakdown(empty, 'ratio', 6, () => c);
    expect(empty.map((r) => e.get(r))).toEqual([z, z]);
  });
  it('z and x cells are neither counted as c nor suppressed: c, z, 7 → c, z, c', () => {
    expect(cells([ratio(2, 8, 'A'), ratio(0, 0, 'B'), ratio(7, 14, 'C')], 'ratio')).toEqual([c, z, c]);
  });
});

describe('validK', () => {
  it('accepts whole numbers 6 to 20', () => {
    expect(validK(6)).toBe(6);
    expect(validK(20)).toBe(20);
    expect(validK(10)).toBe(10);
  });
  it('rejects 5, 21, 6.5, NaN, Infinity and non-numbers', () => {
    for (const k of [5, 21, 0, -6, 6.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => validK(k)).toThrow(RangeError);
    expect(() => validK('6' as unknown as number)).toThrow(RangeError);
  });
  it('is checked by suppressRow and suppressBreakdown', () => {
    expect(() => suppressRow(count(3), 'count', 5)).toThrow(RangeError);
    expect(() => suppressBreakdown([count(3)], 'count', 21)).toThrow(RangeError);
  });
});

describe('formatCell', () => {
  it('shows the symbols', () => {
    expect(formatCell(c, 0, 'count')).toBe('c');
    expect(formatCell(x, 1, 'percent')).toBe('x');
    expect(formatCell(z, 1, 'mean')).toBe('z');
    expect(formatCell({ value: null, symbol: null }, 0, 'count')).toBe('x');
  });
  it('rounds and separates thousands the en-GB way', () => {
    expect(formatCell(shown(12), 0, 'count')).toBe('12');
    expect(formatCell(shown(1234567), 0, 'count')).toBe('1,234,567');
    expect(formatCell(shown(18.25), 1, 'percent')).toBe('18.3%');
    expect(formatCell(shown(0), 1, 'percent')).toBe('0.0%');
    expect(formatCell(shown(12.346), 2, 'per100')).toBe('12.35');
    expect(formatCell(shown(12345.5), 0, 'gbp')).toBe('£12,346');
    expect(formatCell(shown(-40), 0, 'gbp')).toBe('-£40');
    expect(formatCell(shown(18.24), 1, 'mean')).toBe('18.2');
    expect(formatCell(shown(-0.456), 2, 'mean')).toBe('-0.46');
    expect(formatCell(shown(-0.004), 2, 'mean')).toBe('0.00');
    expect(formatCell(shown(12.5), 0, 'median')).toBe('13');
    expect(formatCell(shown(1500), 0, 'days')).toBe('1,500');
    expect(formatCell(shown(4.25), 1, 'ratio')).toBe('4.3');
  });
});

describe('the children behind a figure', () => {
  it('makes c a figure resting on 1 to k−1 children, however large its own numbers', () => {
    // abs_overall_pct: 90 of 900 sessions, all of 3 children
    expect(suppressRow({ ...ratio(90, 900), children: 3 }, 'ratio')).toEqual(c);
    // susp_sessions_lost: 40 sessions of one child
    expect(suppressRow({ ...count(40), children: 1 }, 'count')).toEqual(c);
    expect(suppressRow({ ...count(40), children: 6 }, 'count')).toEqual(shown(40));
    expect(suppressRow({ ...count(40), children: 7 }, 'count', 8)).toEqual(c);
    // no child, nothing to count: 0 and z stand
    expect(suppressRow({ ...count(0), children: 0 }, 'count')).toEqual(shown(0));
    expect(suppressRow({ ...ratio(0, 0), children: 0 }, 'ratio')).toEqual(z);
  });
  it('takes part in secondary suppression like any c', () => {
    const rows = [
      { ...count(12, 'A'), children: 2 },
      { ...count(30, 'B'), children: 20 },
      { ...count(25, 'C'), children: 15 },
    ];
    // A is c on its 2 children; C (25) is the next smallest, so it goes too
    expect(cells(rows, 'count')).toEqual([c, shown(30), c]);
  });
});
