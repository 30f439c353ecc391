import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { measure } from '../../../src/lib/measures/index';
import { runParts, type ReportRow } from '../../../src/lib/measures/report';
import { csv, dbWith, HEADERS } from './harness';

/** The 95% intervals the measures' rows carry under `{ intervals: true }`, worked by hand (docs/intervals.md). */

const rowsOf = async (db: Db, ids: string[], dimension: string | null = null): Promise<ReportRow[]> =>
  (await runParts(db, {}, [{ measures: ids.map((id) => measure(id as never)), dimension }], { intervals: true }))[0];
const row = (rows: ReportRow[], id: string, period: string) =>
  rows.find((r) => r.measure === id && r.period === period)!;

describe('intervals of local figures', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(
        HEADERS.pupils,
        ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((c) => `${c},F,2010-05,WBRI,N,0`),
        ...['K1', 'K2', 'K3', 'K4', 'K5'].map((c) => `${c},M,2008-03,WBRI,N,0`),
      ),
      'care_periods.csv': csv(HEADERS.care_periods, 'A1,2020-01-01,,C2,U1,IN_LA'),
      'attendance.csv': csv(
        HEADERS.attendance,
        // child: absent / possible over the year
        'A1,2023/24,AUTUMN,120,6,4', // A1: 20 / 200 (10%, persistent)
        'A1,2023/24,SPRING,80,8,2',
        'A2,2023/24,AUTUMN,500,40,9', // A2: 99 / 1000
        'A2,2023/24,SPRING,500,30,20',
        'A3,2023/24,AUTUMN,100,30,20', // A3: 80 / 160 (persistent)
        'A3,2023/24,SUMMER,60,10,20',
        'A4,2023/24,AUTUMN,200,50,48', // A4: 98 / 200 (persistent)
        'A5,2023/24,AUTUMN,0,0,0', // A5: nothing possible, no unit
        'A6,2023/24,SPRING,40,1,1', // A6: 2 / 40
      ),
      // Attainment 8 of five children: 2, 4, 4, 5, 10
      'ks4_results.csv': csv(
        HEADERS.ks4_results,
        'K1,2023/24,2,,4,4,8',
        'K2,2023/24,4,,4,4,8',
        'K3,2023/24,4,,4,4,8',
        'K4,2023/24,5,,4,4,8',
        'K5,2023/24,10,,4,4,8',
      ),
      // EHE first contact, days after the start: 2023/24 six values 1, 3, 7, 14, 20, 40; 2024/25 five values
      'ehe_episodes.csv': csv(
        HEADERS.ehe_episodes,
        'E01,Y01,2023-10-01,,LIFESTYLE,NONE,8,2023-10-02,,',
        'E02,Y02,2023-10-01,,LIFESTYLE,NONE,8,2023-10-04,,',
        'E03,Y03,2023-10-01,,LIFESTYLE,NONE,8,2023-10-08,,',
        'E04,Y04,2023-10-01,,LIFESTYLE,NONE,8,2023-10-15,,',
        'E05,Y05,2023-10-01,,LIFESTYLE,NONE,8,2023-10-21,,',
        'E06,Y06,2023-10-01,,LIFESTYLE,NONE,8,2023-11-10,,',
        // no first contact yet: not a value of the median, nor of its interval
        'E07,Y07,2023-10-01,,LIFESTYLE,NONE,8,,,',
        'E11,Y11,2024-10-01,,LIFESTYLE,NONE,8,2024-10-02,,',
        'E12,Y12,2024-10-01,,LIFESTYLE,NONE,8,2024-10-04,,',
        'E13,Y13,2024-10-01,,LIFESTYLE,NONE,8,2024-10-08,,',
        'E14,Y14,2024-10-01,,LIFESTYLE,NONE,8,2024-10-15,,',
        'E15,Y15,2024-10-01,,LIFESTYLE,NONE,8,2024-10-21,,',
      ),
    });
  }, 30_000);

  it('gives a share of children its Wilson interval: persistent absence 3 of 5', async () => {
    const r = row(await rowsOf(db, ['abs_persistent_10_pct']), 'abs_persistent_10_pct', '2023/24');
    // p = 0.6, z = 1.959964: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n) = 23.07 to 88.24
    expect(r.value).toBe(60);
    expect(r.low).toBeCloseTo(23.07, 2);
    expect(r.high).toBeCloseTo(88.24, 2);
  });

  it('treats the child as the unit of overall absence, a figure over sessions', async () => {
    const r = row(await rowsOf(db, ['abs_overall_pct']), 'abs_overall_pct', '2023/24');
    // R = 299 / 1600 = 0.186875 over n = 5 children with sessions (A5 has none).
    // y − R·x: −17.375, −87.875, 50.1, 60.625, −5.475; Σ² = 14239.2825
    // V = 5/4 × 14239.2825 / 1600² = 0.0069528; √V = 0.083383; t(0.975, 4) = 2.776445 → ± 23.151 points
    // 18.6875 − 23.151 is below 0, so the low end is 0; high 41.84
    expect(r.value).toBeCloseTo(18.6875, 4);
    expect(r.low).toBe(0);
    expect(r.high).toBeCloseTo(41.84, 2);
    // the five children it rests on
    expect(r.units).toBe(5);
  });

  it('gives a mean its t interval: Attainment 8 of 2, 4, 4, 5, 10', async () => {
    const r = row(await rowsOf(db, ['ks4_att8_avg']), 'ks4_att8_avg', '2023/24');
    // mean 5, sample sd √(36/4) = 3, ± 2.776445 × 3 / √5 = 3.7250
    expect(r.value).toBe(5);
    expect(r.units).toBeUndefined();
    expect(r.low).toBeCloseTo(1.275, 3);
    expect(r.high).toBeCloseTo(8.725, 3);
  });

  it('gives a median of six values the interval of its 1st and 6th, and one of five none', async () => {
    const rows = await rowsOf(db, ['ehe_first_contact_median_days']);
    // six values 1, 3, 7, 14, 20, 40: P(Bin(6, ½) ≤ 0) = 1/64 ≤ 0.025 → ranks 1 and 6 (coverage 96.9%)
    expect(row(rows, 'ehe_first_contact_median_days', '2023/24')).toMatchObject({ value: 10.5, low: 1, high: 40 });
    // five values: P(Bin(5, ½) ≤ 0) = 1/32 > 0.025 → no interval with 95% coverage
    const five = row(rows, 'ehe_first_contact_median_days', '2024/25');
    expect(five.value).toBe(7);
    expect(five.low).toBeUndefined();
  });

  it('gives counts and breakdowns no interval', async () => {
    expect(row(await rowsOf(db, ['ks4_cohort_n']), 'ks4_cohort_n', '2023/24').low).toBeUndefined();
    const bySex = await rowsOf(db, ['ks4_att8_avg'], 'sex');
    expect(bySex.length).toBeGreaterThan(0);
    expect(bySex.every((r) => r.low === undefined)).toBe(true);
  });
});
