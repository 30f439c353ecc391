import { describe, expect, it } from 'vitest';
import { measure } from '../../src/lib/measures/index';
import type { Row } from '../../src/lib/state/measure-runner';
import { buildFigures } from '../../src/lib/snapshot/figures';
import { headline as headlineOf, sentence, standsOut } from '../../src/views/dashboard/stands-out';
import type { Measure } from '../../src/lib/measures/define';

/** The headline of a measure's rows, through the figures the dashboard builds (k = 6). */
const headline = (m: Measure, rows: Row[]) =>
  headlineOf(m, buildFigures({ series: rows, byDimension: new Map(), bins: new Map() }, [], 6, { from: null, to: null }, new Map([[m.id, 'x']])).series[0] ?? null);

const row = (m: string, period: string, value: number | null, numerator: number | null, denominator: number | null, benchmarks = {}): Row =>
  ({ measure: m, period, value, numerator, denominator, benchmarks });

describe('What stands out', () => {
  it('writes a sentence from the latest shown figure, the year before and the national figure', () => {
    const rows = [
      row('ks4_att8_avg', '2022/23', 18.04, null, 40),
      row('ks4_att8_avg', '2023/24', 16.66, null, 41, { CLA_12M: 18.2, ALL_PUPILS: 45.9 }),
    ];
    expect(sentence(headline(measure('ks4_att8_avg'), rows)!)).toBe('Attainment 8: 16.7 in 2023/24, down from 18.0 in 2022/23; below children in care nationally (18.2).');
  });
  it('never writes from a suppressed figure', () => {
    // 3 of 10 pupils: the numerator lies in 1..5, so the latest figure is c and there is no sentence.
    const rows = [row('ks4_em_grade4plus_pct', '2023/24', 30, 3, 10, { CLA_12M: 18 })];
    expect(headline(measure('ks4_em_grade4plus_pct'), rows)).toBeNull();
    // The year before is c (2 of 20): the sentence leaves out the change.
    const two = [row('ks4_em_grade4plus_pct', '2022/23', 10, 2, 20), row('ks4_em_grade4plus_pct', '2023/24', 30, 9, 30, { CLA_12M: 18 })];
    expect(sentence(headline(measure('ks4_em_grade4plus_pct'), two)!)).toBe('Grade 4 or above in English and maths: 30.0% in 2023/24; above children in care nationally (18.0%).');
  });
  it('puts first what differs most from national or from last year', () => {
    const h = (m: string, v: number, nat: number) => headline(measure(m), [row(m, '2023/24', v, null, 50, { CLA_12M: nat })])!;
    const out = standsOut([h('ks4_att8_avg', 19, 19.1), h('ks4_p8_avg', -2, -1)], 1);
    expect(out).toEqual(['Progress 8: -2.00 in 2023/24; below children in care nationally (-1.00).']);
  });
});
