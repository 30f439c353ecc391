import { describe, expect, it } from 'vitest';
import { binomialCdf, normalQuantile, tQuantile } from '../../src/lib/stats/critical';
import { medianInterval, medianRanks, ratioInterval, tInterval, wilson } from '../../src/lib/stats/intervals';
import { newcombe, newcombeInterval, outside, welch, welchInterval } from '../../src/lib/stats/differences';

describe('normalQuantile', () => {
  it('gives the published critical values of the standard normal', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 9);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963985, 9);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829304, 9);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853627, 9);
    expect(normalQuantile(0.5)).toBe(0);
    // far in the tail, AS241's third region: z for 1e-10 is 6.361340902
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902, 8);
  });

  it('is infinite at 0 and 1, and undefined outside them', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});

describe('tQuantile', () => {
  it('gives the published t table values', () => {
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(tQuantile(0.975, 3)).toBeCloseTo(3.182446, 6);
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776445, 6);
    expect(tQuantile(0.975, 8)).toBeCloseTo(2.306004, 6);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042272, 6);
    expect(tQuantile(0.995, 10)).toBeCloseTo(3.169273, 6);
    expect(tQuantile(0.95, 2)).toBeCloseTo(2.919986, 6);
  });

  it('is symmetric about 0', () => {
    expect(tQuantile(0.025, 4)).toBeCloseTo(-2.776445, 6);
    expect(tQuantile(0.5, 7)).toBe(0);
  });

  it('tends to the normal as df grows', () => {
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.96, 2);
    // z + (z³ + z)/(4·df) to first order: 1.959964 + 9.489085/4e6 = 1.9599664
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.9599664, 6);
    expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.959963985, 9);
  });

  it('takes Welch’s non-integer degrees of freedom, between the whole ones either side', () => {
    const t = tQuantile(0.975, 8.5);
    expect(t).toBeLessThan(2.306004); // df 8
    expect(t).toBeGreaterThan(2.262157); // df 9
  });

  it('has the closed form of df 2: t = (2p − 1)·√(2 / (4p(1 − p)))', () => {
    // p = 0.975: 0.95·√(2 / 0.0975) = 0.95·4.529108 = 4.302653
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.302653, 6);
  });
});

describe('binomialCdf', () => {
  it('sums the binomial terms exactly', () => {
    // (1 + 10)/1024 and (1 + 10 + 45)/1024
    expect(binomialCdf(1, 10)).toBeCloseTo(11 / 1024, 12);
    expect(binomialCdf(2, 10)).toBeCloseTo(56 / 1024, 12);
    expect(binomialCdf(0, 6)).toBeCloseTo(1 / 64, 12);
    // 0.8⁵ + 5·0.2·0.8⁴ = 0.32768 + 0.4096
    expect(binomialCdf(1, 5, 0.2)).toBeCloseTo(0.73728, 12);
  });

  it('is 0 below the support and 1 at its top', () => {
    expect(binomialCdf(-1, 10)).toBe(0);
    expect(binomialCdf(10, 10)).toBe(1);
    expect(binomialCdf(0, 0)).toBe(1);
  });

  it('does not overflow for n = 100000', () => {
    // by symmetry P(X ≤ n/2) = ½ + ½·P(X = n/2), and P(X = n/2) ≈ √(2/(πn)) = 0.00252313
    expect(binomialCdf(50_000, 100_000)).toBeCloseTo(0.5 + 0.5 * 0.00252313, 7);
    // 6.3 standard deviations below the mean: about 1.3e-10, and not 0
    const tail = binomialCdf(49_000, 100_000);
    expect(tail).toBeGreaterThan(1e-10);
    expect(tail).toBeLessThan(2e-10);
  });
});

describe('wilson', () => {
  // z = 1.959964, z² = 3.841459; centre = (p + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·√(p(1−p)/n + z²/4n²)
  it('gives the Wilson score interval in percent', () => {
    // 3 of 10: centre 0.492073/1.384146 = 0.355506, half 1.416010·√(0.021 + 0.009604) = 0.247715
    const w = wilson(3, 10)!;
    expect(w.low).toBeCloseTo(10.78, 2);
    expect(w.high).toBeCloseTo(60.32, 2);
  });

  it('is exactly 0 at the bottom when x = 0, and exactly the scale at the top when x = n', () => {
    // 0 of 12: the upper limit is z²/(n + z²) = 3.841459/15.841459 = 0.242494
    expect(wilson(0, 12)!.low).toBe(0);
    expect(wilson(0, 12)!.high).toBeCloseTo(24.25, 2);
    expect(wilson(12, 12)!.low).toBeCloseTo(75.75, 2);
    expect(wilson(12, 12)!.high).toBe(100);
  });

  it('is in the scale asked for', () => {
    expect(wilson(3, 10, 1)!.low).toBeCloseTo(0.1078, 4);
    expect(wilson(12, 12, 1)!.high).toBe(1);
  });

  it('is null with no denominator', () => {
    expect(wilson(0, 0)).toBeNull();
  });
});

describe('tInterval', () => {
  it('gives mean ± t·sd/√n', () => {
    // values 2, 4, 4, 5, 10: mean 5; squared deviations 9 + 1 + 1 + 0 + 25 = 36, sd = √(36/4) = 3;
    // half-width 2.776445·3/√5 = 8.329335/2.236068 = 3.724992
    const t = tInterval(5, 3, 5)!;
    expect(t.low).toBeCloseTo(1.275008, 5);
    expect(t.high).toBeCloseTo(8.724992, 5);
  });

  it('uses t with 1 df for two values', () => {
    // values 1 and 3: mean 2, sd √2; half-width 12.7062·√2/√2 = 12.7062
    const t = tInterval(2, Math.SQRT2, 2)!;
    expect(t.low).toBeCloseTo(-10.7062, 4);
    expect(t.high).toBeCloseTo(14.7062, 4);
  });

  it('is null for fewer than two values', () => {
    expect(tInterval(5, 0, 1)).toBeNull();
    expect(tInterval(0, 0, 0)).toBeNull();
  });
});

describe('medianRanks', () => {
  it('takes the extremes for n = 6', () => {
    // P(X ≤ 0) = 1/64 = 0.0156 ≤ 0.025, P(X ≤ 1) = 7/64 = 0.109: coverage 1 − 2/64 = 96.9%
    expect(medianRanks(6)).toEqual({ lo: 1, hi: 6 });
  });

  it('has no interval for n ≤ 5', () => {
    // n = 5: even the extremes leave P(X ≤ 0) = 1/32 = 0.031 > 0.025 in each tail
    expect(medianRanks(5)).toBeNull();
    expect(medianRanks(1)).toBeNull();
    expect(medianRanks(0)).toBeNull();
  });

  it('gives the published ranks', () => {
    // n = 10: P(X ≤ 1) = 11/1024 = 0.0107, P(X ≤ 2) = 56/1024 = 0.0547
    expect(medianRanks(10)).toEqual({ lo: 2, hi: 9 });
    // n = 20: P(X ≤ 5) = 21700/2²⁰ = 0.0207, P(X ≤ 6) = 60460/2²⁰ = 0.0577
    expect(medianRanks(20)).toEqual({ lo: 6, hi: 15 });
  });

  it('finds the ranks for a large n quickly', () => {
    // about n/2 − 1.96·√n/2 = 50000 − 309.9; the defining property holds at j and fails at j + 1
    const { lo, hi } = medianRanks(100_000)!;
    expect(lo).toBeGreaterThan(49_680);
    expect(lo).toBeLessThan(49_700);
    expect(hi).toBe(100_001 - lo);
    expect(binomialCdf(lo - 1, 100_000)).toBeLessThanOrEqual(0.025);
    expect(binomialCdf(lo, 100_000)).toBeGreaterThan(0.025);
  });
});

describe('medianInterval', () => {
  it('takes the values at the ranks', () => {
    expect(medianInterval([1, 2, 3, 4, 5, 6])).toEqual({ low: 1, high: 6 });
    expect(medianInterval([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])).toEqual({ low: 11, high: 18 });
  });

  it('is null for five values or fewer', () => {
    expect(medianInterval([1, 2, 3, 4, 5])).toBeNull();
    expect(medianInterval([])).toBeNull();
  });
});

describe('ratioInterval', () => {
  const sums = (rows: [number, number][]) => ({
    n: rows.length,
    sumY: rows.reduce((s, [y]) => s + y, 0),
    sumX: rows.reduce((s, [, x]) => s + x, 0),
    sumYY: rows.reduce((s, [y]) => s + y * y, 0),
    sumXY: rows.reduce((s, [y, x]) => s + x * y, 0),
    sumXX: rows.reduce((s, [, x]) => s + x * x, 0),
  });

  it('gives the ratio estimator interval', () => {
    // sessions missed / possible for 4 children: (10, 100), (20, 100), (5, 50), (15, 150); R̂ = 50/400 = 0.125
    // residuals y − R̂x: −2.5, 7.5, −1.25, −3.75; squares 6.25 + 56.25 + 1.5625 + 14.0625 = 78.125
    // (from the sums: 750 − 2·0.125·5500 + 0.015625·45000 = 750 − 1375 + 703.125 = 78.125)
    // V = 4/3 · 78.125/400² = 0.000651042, √V = 0.0255155; half-width 3.182446·0.0255155 = 0.0812018
    const r = ratioInterval(
      sums([
        [10, 100],
        [20, 100],
        [5, 50],
        [15, 150],
      ]),
      100,
    )!;
    expect(r.low).toBeCloseTo(4.37982, 4);
    expect(r.high).toBeCloseTo(20.62018, 4);
  });

  it('keeps the interval at or above 0', () => {
    // (2, 10), (0, 5), (3, 8), (1, 7): R̂ = 6/30 = 0.2; residuals 0, −1, 1.4, −0.4, squares sum 3.12
    // V = 4/3 · 3.12/900 = 0.00462222, √V = 0.0679869; half-width 3.182446·0.0679869 = 0.216365
    const r = ratioInterval(
      sums([
        [2, 10],
        [0, 5],
        [3, 8],
        [1, 7],
      ]),
      100,
    )!;
    expect(r.low).toBe(0); // 20 − 21.6365 < 0
    expect(r.high).toBeCloseTo(41.6365, 3);
  });

  it('keeps a percentage at or below its scale when asked', () => {
    // (5, 5), (4, 5), (5, 5), (5, 5): R̂ = 19/20 = 0.95; residuals 0.25, −0.75, 0.25, 0.25, squares sum 0.75
    // V = 4/3 · 0.75/400 = 0.0025, √V = 0.05; half-width 3.182446·0.05 = 0.159122
    const s = sums([
      [5, 5],
      [4, 5],
      [5, 5],
      [5, 5],
    ]);
    expect(ratioInterval(s, 100, { max: 100 })).toEqual({ low: expect.closeTo(79.0878, 3), high: 100 });
    expect(ratioInterval(s, 100)!.high).toBeCloseTo(110.9122, 3);
  });

  it('is null for one unit or no denominator', () => {
    expect(ratioInterval({ n: 1, sumY: 1, sumX: 2, sumYY: 1, sumXY: 2, sumXX: 4 }, 100)).toBeNull();
    expect(ratioInterval({ n: 3, sumY: 0, sumX: 0, sumYY: 0, sumXY: 0, sumXX: 0 }, 100)).toBeNull();
  });
});

describe('newcombe', () => {
  it('matches Newcombe 1998’s worked example', () => {
    // 56/70 − 48/80 = 0.8 − 0.6 = 0.2000, 95% CI 0.0524 to 0.3339
    const d = newcombeInterval(56, 70, 48, 80)!;
    expect(d.low).toBeCloseTo(0.0524, 4);
    expect(d.high).toBeCloseTo(0.3339, 4);
    expect(newcombe(56, 70, 48, 80)).toBe('higher');
    expect(newcombe(48, 80, 56, 70)).toBe('lower');
  });

  it('handles all and none', () => {
    // 10/10 − 0/10: Wilson limits (0.722467, 1) and (0, 0.277533), as z²/(n + z²) = 3.841459/13.841459;
    // low = 1 − √(0.277533² + 0.277533²) = 1 − 0.392493 = 0.607507, high = 1 + √(0 + 0) = 1
    const d = newcombeInterval(10, 10, 0, 10)!;
    expect(d.low).toBeCloseTo(0.6075, 4);
    expect(d.high).toBeCloseTo(1, 12);
    // 0/10 − 0/10: ±0.277533
    expect(newcombeInterval(0, 10, 0, 10)!.low).toBeCloseTo(-0.2775, 4);
    expect(newcombe(0, 10, 0, 10)).toBeNull();
  });

  it('is null within normal variation or without a denominator', () => {
    // 3/10 − 2/10: Wilson (0.1078, 0.6032) and (0.0567, 0.5098); the interval straddles 0
    expect(newcombe(3, 10, 2, 10)).toBeNull();
    expect(newcombeInterval(3, 0, 2, 10)).toBeNull();
    expect(newcombe(3, 10, 0, 0)).toBeNull();
  });
});

describe('welch', () => {
  it('gives the Welch interval with Welch–Satterthwaite df', () => {
    // 1, 2, 3, 4, 5 against 6, 7, 8, 9, 10: means 3 and 8, both variances 10/4 = 2.5;
    // se² = 2.5/5 + 2.5/5 = 1; df = 1² / (0.5²/4 + 0.5²/4) = 1/0.125 = 8; t = 2.306004
    const d = welchInterval(3, Math.sqrt(2.5), 5, 8, Math.sqrt(2.5), 5)!;
    expect(d.low).toBeCloseTo(-7.306004, 5);
    expect(d.high).toBeCloseTo(-2.693996, 5);
    expect(welch(3, Math.sqrt(2.5), 5, 8, Math.sqrt(2.5), 5)).toBe('lower');
    expect(welch(8, Math.sqrt(2.5), 5, 3, Math.sqrt(2.5), 5)).toBe('higher');
  });

  it('takes non-integer df for unequal variances', () => {
    // sd 2 of 4 and sd 3 of 9: both s²/n = 1, se = √2; df = 4/(1/3 + 1/8) = 96/11 = 8.73, t between 2.262 and 2.306
    // 10 − 7 = 3 ± about 2.273·1.414 = 3.214: the interval just reaches below 0
    const d = welchInterval(10, 2, 4, 7, 3, 9)!;
    expect(3 - d.low).toBeGreaterThan(2.262157 * Math.SQRT2);
    expect(3 - d.low).toBeLessThan(2.306004 * Math.SQRT2);
    expect(welch(10, 2, 4, 7, 3, 9)).toBeNull();
  });

  it('is null within normal variation, and for a group of one', () => {
    // 3 − 4 = −1 ± 2.306: straddles 0
    expect(welch(3, Math.sqrt(2.5), 5, 4, Math.sqrt(2.5), 5)).toBeNull();
    expect(welchInterval(3, 1, 1, 4, 1, 5)).toBeNull();
    expect(welch(3, 1, 5, 4, 1, 1)).toBeNull();
  });

  it('is exact when neither group varies', () => {
    expect(welchInterval(3, 0, 5, 4, 0, 5)).toEqual({ low: -1, high: -1 });
    expect(welch(3, 0, 5, 4, 0, 5)).toBe('lower');
  });
});

describe('outside', () => {
  it('says the local figure is higher when the fixed figure is below its interval', () => {
    expect(outside(10, { low: 10.78, high: 60.32 })).toBe('higher');
    expect(outside(61, { low: 10.78, high: 60.32 })).toBe('lower');
    expect(outside(30, { low: 10.78, high: 60.32 })).toBeNull();
    // on the boundary is within
    expect(outside(10.78, { low: 10.78, high: 60.32 })).toBeNull();
    expect(outside(30, null)).toBeNull();
  });
});
