import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/lib/measures/areas';
import { measure } from '../../src/lib/measures/index';
import type { Figures, SeriesPoint } from '../../src/lib/snapshot/document';
import { wilson } from '../../src/lib/stats/intervals';
import { chanceWords, changeTest, gapTest } from '../../src/views/dashboard/chance';
import { candidates, significant, standsOut } from '../../src/views/dashboard/stands-out';
import { tileOf } from '../../src/views/dashboard/tiles';
import { judge, verdictWords } from '../../src/views/dashboard/verdict';

const share = (period: string, x: number, n: number): SeriesPoint => ({
  period,
  value: (100 * x) / n,
  numerator: x,
  denominator: n,
  ...wilson(x, n)!,
});
// t(0.975, 15) = 2.13145: a mean of 16 values with sd 4 has the half-width 2.13145 × 4 / √16 = 2.13145
const mean = (period: string, value: number): SeriesPoint => ({
  period,
  value,
  denominator: 16,
  low: value - 2.13145,
  high: value + 2.13145,
});

describe('a change on last year, tested against chance', () => {
  const grade4 = measure('ks4_em_grade4plus_pct');
  it('calls a share of children higher only when Newcombe’s interval of the difference excludes 0', () => {
    // Newcombe (1998), example: 56/70 against 48/80, difference 0.2000 with 95% interval 0.0524 to 0.3339
    expect(changeTest(grade4, share('2024/25', 56, 70), share('2023/24', 48, 80))).toBe('higher');
    // 10 of 57 (17.5%) against 12 of 60 (20.0%): the interval of the difference spans 0
    expect(changeTest(grade4, share('2024/25', 10, 57), share('2023/24', 12, 60))).toBeNull();
  });

  it('calls a mean higher or lower by Welch’s test', () => {
    const att8 = measure('ks4_att8_avg');
    // sd 4, n 16 each: SE = √(16/16 + 16/16) = 1.4142, df 30, t = 2.04227 → the difference ± 2.888
    expect(changeTest(att8, mean('2024/25', 30), mean('2023/24', 20))).toBe('higher');
    expect(changeTest(att8, mean('2024/25', 17), mean('2023/24', 20))).toBe('lower');
    expect(changeTest(att8, mean('2024/25', 21), mean('2023/24', 20))).toBeNull();
  });

  it('calls another figure different only when its two intervals do not overlap', () => {
    const absence = measure('abs_overall_pct');
    const at = (period: string, value: number, low: number, high: number): SeriesPoint => ({
      period,
      value,
      numerator: 1,
      denominator: 1,
      low,
      high,
    });
    expect(changeTest(absence, at('b', 11, 10, 12), at('a', 14, 13, 15))).toBe('lower');
    expect(changeTest(absence, at('b', 11, 10, 13.5), at('a', 14, 13, 15))).toBeNull();
  });

  it('leaves a count untested (judged as shown), and a figure whose interval is not at hand unknown', () => {
    const count = measure('ks4_cohort_n');
    expect(changeTest(count, { period: 'b', value: 12 }, { period: 'a', value: 10 })).toBe('untested');
    expect(changeTest(grade4, { period: 'b', value: 'c' }, share('a', 1, 10))).toBe('unknown');
    // a published mean carries its number of values, not its spread
    const att8 = measure('ks4_att8_avg');
    expect(changeTest(att8, { period: 'b', value: 17, denominator: 40 }, mean('a', 20))).toBe('unknown');
  });

  it('works out a published share’s Wilson interval from its counts', () => {
    // a snapshot's point: 56 of 70 against 48 of 80, without low and high
    const bare = (p: SeriesPoint) => ({ ...p, low: undefined, high: undefined });
    expect(changeTest(grade4, bare(share('b', 56, 70)), bare(share('a', 48, 80)))).toBe('higher');
  });
});

describe('a gap to a fixed figure', () => {
  it('is real only when the fixed figure lies outside the local interval', () => {
    // 10 of 57: Wilson 9.82 to 29.37 (17.54%)
    const p = share('2024/25', 10, 57);
    expect(gapTest(measure('ks4_em_grade4plus_pct'), p, 18.2)).toBeNull();
    expect(gapTest(measure('ks4_em_grade4plus_pct'), p, 30)).toBe('lower');
    expect(gapTest(measure('ks4_em_grade4plus_pct'), p, 9)).toBe('higher');
  });
});

describe('the words', () => {
  const grade4 = measure('ks4_em_grade4plus_pct');
  it('says better or worse only beyond chance, else within normal variation, and the same when shown the same', () => {
    expect(judge(grade4, 17.5, 20, null)).toBe('within normal variation');
    expect(judge(grade4, 80, 60, 'higher')).toBe('better');
    expect(judge(measure('abs_overall_pct'), 12, 10, 'higher')).toBe('worse');
    expect(judge(grade4, 17.51, 17.49, null)).toBe('the same');
    // a count has no interval: judged as shown; a figure whose interval is not at hand is not judged
    expect(judge(grade4, 3, 2, 'untested')).toBe('better');
    expect(judge(grade4, 30, 20, 'unknown')).toBeNull();
    expect(verdictWords('within normal variation', 'last year')).toBe('within normal variation of last year');
  });

  it('gives the reason in plain words', () => {
    expect(chanceWords(grade4, share('2024/25', 10, 57), 17.54 - 20, 'change')).toBe(
      'with 57 children, a change of 2.5 points can be chance',
    );
    expect(chanceWords(measure('ks4_att8_avg'), mean('2024/25', 17), 1.25, 'gap')).toBe(
      'with 16 children, a gap of 1.3 can be chance',
    );
    // a figure over sessions: the children its interval rests on, not its sessions
    const absence = {
      period: '2024/25',
      value: 8.7,
      numerator: 11087,
      denominator: 126849,
      low: 6.9,
      high: 10.6,
      units: 419,
    };
    expect(chanceWords(measure('abs_overall_pct'), absence, 1.2, 'change')).toBe(
      'with 419 children, a change of 1.2 points can be chance',
    );
  });
});

describe('the tile and what stands out, on small cohorts', () => {
  // 10 of 57 in 2024/25 (17.5%) against 12 of 60 in 2023/24 (20.0%), England 18.2: neither is beyond chance
  const figures = (latest: SeriesPoint): Figures => ({
    series: [
      {
        measure: 'ks4_em_grade4plus_pct',
        kind: 'ratio',
        unit: 'percent',
        area: 'ks4',
        points: [share('2023/24', 12, 60), { ...latest, national: { CLA_12M: 18.2 } }],
      },
    ],
    breakdowns: [],
    distributions: [],
  });

  it('says a change inside its interval is within normal variation, with the reason', () => {
    const tile = tileOf('ks4_em_grade4plus_pct', figures(share('2024/25', 10, 57)))!;
    expect(tile.change).toBe(
      '▼ down 2.5 points on 2023/24: within normal variation (with 57 children, a change of 2.5 points can be chance)',
    );
    expect(tile.national).toBe('within normal variation of children in care nationally (18.2%)');
  });

  it('ranks a difference beyond chance above a larger one within it', () => {
    // 56 of 70 (80%) against 48 of 80 (60%) is beyond chance (Newcombe: 0.0524 to 0.3339) …
    const real = candidates(figures(share('2024/25', 56, 70)), AREAS);
    expect(significant(real[0])).toBe(2);
    expect(standsOut(real)[0].verdicts).toEqual(['better than last year', 'better than children in care nationally']);
    // … and 10 of 57 is not: no verdict of better or worse
    const noise = candidates(figures(share('2024/25', 10, 57)), AREAS);
    expect(significant(noise[0])).toBe(0);
    expect(standsOut(noise)[0].sentence).toBe(
      'Grade 4 or above in English and maths: 17.5% in 2024/25, down from 20.0% in 2023/24 (within normal variation: with 57 children, a change of 2.5 points can be chance), and within normal variation of children in care nationally (18.2%).',
    );
  });
});
