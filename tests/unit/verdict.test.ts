import { describe, expect, it } from 'vitest';
import { measure } from '../../src/lib/measures/index';
import { tileOf } from '../../src/views/dashboard/tiles';
import { verdict, verdictWords } from '../../src/views/dashboard/verdict';
import type { Figures } from '../../src/lib/snapshot/document';

describe('verdict(measure, value, other)', () => {
  it('reads higher as better where higher is better, and lower where lower is', () => {
    expect(verdict({ better: 'higher', precision: 1 }, 18.2, 16.7)).toBe('better');
    expect(verdict({ better: 'higher', precision: 1 }, 16.7, 18.2)).toBe('worse');
    expect(verdict({ better: 'lower', precision: 1 }, 8.7, 9.0)).toBe('better');
    expect(verdict({ better: 'lower', precision: 1 }, 9.0, 8.7)).toBe('worse');
  });

  it('calls figures that show the same the same, and has no verdict for a measure neither way', () => {
    // 20.31 and 20.34 both show as 20.3
    expect(verdict({ better: 'lower', precision: 1 }, 20.31, 20.34)).toBe('the same');
    expect(verdict({ better: null, precision: 0 }, 120, 100)).toBeNull();
    expect(verdictWords('the same', 'last year')).toBe('the same as last year');
    expect(verdictWords('worse', 'children in care nationally')).toBe('worse than children in care nationally');
  });
});

describe('an overview tile', () => {
  type At = { period: string; value: number; national?: number; denominator?: number; low?: number; high?: number };
  const figures = (id: string, points: At[]) =>
    ({
      series: [
        {
          measure: id,
          group: null,
          points: points.map(({ national, ...p }) => ({
            ...p,
            symbol: null,
            national: national === undefined ? {} : { CLA_12M: national },
          })),
        },
      ],
    }) as unknown as Figures;

  it('says in words and with an arrow whether the change and the national gap are better or worse', () => {
    // means of 400 values, ± 0.4 (sd 0.4 × √400 / 1.9659 = 4.07): Welch's SE √(2 × 4.07² / 400) = 0.288, so a fall
    // of 1.3 is beyond chance; 17.3 lies above 16.3 to 17.1
    const att8 = tileOf(
      'ks4_att8_avg',
      figures('ks4_att8_avg', [
        { period: '2023/24', value: 18.0, denominator: 400, low: 17.6, high: 18.4 },
        { period: '2024/25', value: 16.7, national: 17.3, denominator: 400, low: 16.3, high: 17.1 },
      ]),
    );
    expect(att8?.change).toBe('▼ down 1.3 on 2023/24: worse than last year');
    expect(att8?.national).toBe('worse than children in care nationally (17.3)');
    const absence = tileOf(
      'abs_overall_pct',
      // a figure over sessions: its intervals (9.2 to 9.8, 8.4 to 8.95) do not overlap, and 9.0 lies above the latest
      figures('abs_overall_pct', [
        { period: '2023/24', value: 9.5, low: 9.2, high: 9.8 },
        { period: '2024/25', value: 8.7, national: 9.0, low: 8.4, high: 8.95 },
      ]),
    );
    expect(absence?.change).toBe('▼ down 0.8 points on 2023/24: better than last year');
    expect(absence?.national).toBe('better than children in care nationally (9.0%)');
  });

  it('judges neither a mean nor a figure over sessions whose interval is not at hand', () => {
    const att8 = tileOf(
      'ks4_att8_avg',
      figures('ks4_att8_avg', [
        { period: '2023/24', value: 18.0 },
        { period: '2024/25', value: 16.7, national: 17.3 },
      ]),
    );
    expect(att8?.change).toBe('▼ down 1.3 on 2023/24');
    expect(att8?.national).toBe('children in care nationally: 17.3');
  });

  it('gives a count that is neither better nor worse its change alone', () => {
    const ehe = tileOf(
      'ehe_open_census_n',
      figures('ehe_open_census_n', [
        { period: '2023/24', value: 100 },
        { period: '2024/25', value: 120, national: 90 },
      ]),
    );
    expect(measure('ehe_open_census_n').better).toBeNull();
    expect(ehe?.change).toBe('▲ up 20 on 2023/24');
    expect(ehe?.national).toBe('children in care nationally: 90');
  });

  it('says no change when the two figures read the same once rounded, never up 0.0', () => {
    // 8.72% and 8.68% both show as 8.7%
    const absence = tileOf(
      'abs_overall_pct',
      figures('abs_overall_pct', [
        { period: '2023/24', value: 8.68 },
        { period: '2024/25', value: 8.72 },
      ]),
    );
    expect(absence?.change).toBe('no change on 2023/24');
  });
});
