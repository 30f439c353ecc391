import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import type { ReportRow } from '../../../src/lib/measures/report';
import { csv, dbWith, expectRow, HEADERS, measureRows, pairs, type Expected } from './harness';

/**
 * Attendance measures (spec measures.md, "Pupil-based measures" and "Machine-readable report").
 * Every expected value below is worked by hand from the spec; the working is in the comments.
 */

const ABS = ['abs_overall_pct', 'abs_persistent_10_pct', 'abs_severe_50_pct'] as const;

const allPairs = (periods: string[]) => ABS.flatMap((m) => periods.map((p) => `${m} ${p}`)).sort();

// nc_year in 2023/24 = 2023 − birth year − (1 if birth month ≥ 9) − 4:
// born 2010-05 → 9 (KS3); A4 born 2014-03 → 5 (KS2); A5 born 2009-10 → 2023 − 2009 − 1 − 4 = 9 (KS3), 8 in 2022/23 (KS3).
const PUPILS = csv(
  HEADERS.pupils,
  'A1,F,2010-05,WBRI,N,0',
  'A2,M,2010-05,WBRI,K,0',
  'A3,F,2010-05,BCRB,E,0',
  'A4,M,2014-03,WBRI,K,0',
  'A5,F,2009-10,WBRI,E,0',
  'A6,M,2010-05,WBRI,N,0',
);

// child_id,academic_year,term,sessions_possible,sessions_authorised,sessions_unauthorised
const ATTENDANCE = csv(
  HEADERS.attendance,
  // A1: (6 + 4 + 8 + 2) / (120 + 80) = 20 / 200 = exactly 10% over the year (8.3% in autumn, 12.5% in spring): persistent
  'A1,2023/24,AUTUMN,120,6,4',
  'A1,2023/24,SPRING,80,8,2',
  // A2: (40 + 9 + 30 + 20) / (500 + 500) = 99 / 1000 = 9.9% over the year (10% in spring alone): not persistent
  'A2,2023/24,AUTUMN,500,40,9',
  'A2,2023/24,SPRING,500,30,20',
  // A3: (30 + 20 + 10 + 20) / (100 + 60) = 80 / 160 = exactly 50%: persistent and severe
  'A3,2023/24,AUTUMN,100,30,20',
  'A3,2023/24,SUMMER,60,10,20',
  // A4: (50 + 48) / 200 = 98 / 200 = 49%: persistent, not severe
  'A4,2023/24,AUTUMN,200,50,48',
  // A5: possible 0 in every term: out of the persistent and severe denominators
  'A5,2023/24,AUTUMN,0,0,0',
  'A5,2023/24,SPRING,0,0,0',
  // A6: (0 + 1 + 1) / (0 + 40) = 2 / 40 = 5%: possible > 0 over the year, in the denominators, not persistent
  'A6,2023/24,AUTUMN,0,0,0',
  'A6,2023/24,SPRING,40,1,1',
  // a child not in pupils.csv: an orphan, counted nowhere
  'ORPH,2023/24,AUTUMN,100,100,0',
  // 2022/23: only A5, with nothing possible
  'A5,2022/23,AUTUMN,0,0,0',
  'A5,2022/23,SPRING,0,0,0',
);

describe('attendance measures', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': PUPILS,
      // only A1 has a care period: the others are not on roll, and attendance measures count them all the same
      'care_periods.csv': csv(HEADERS.care_periods, 'A1,2020-01-01,,C2,U1,IN_LA'),
      'attendance.csv': ATTENDANCE,
    });
  }, 30_000);

  it('reports every attendance measure for each year holding an attendance row', async () => {
    expect(pairs(await measureRows(db, ABS))).toEqual(allPairs(['2022/23', '2023/24']));
  });

  it('computes overall, persistent and severe absence of 2023/24 without a filter', async () => {
    const rows = await measureRows(db, ABS);
    // Σ absent over terms and children: 20 + 99 + 80 + 98 + 0 + 2 = 299 (ORPH left out)
    // Σ possible: 200 + 1000 + 160 + 200 + 0 + 40 = 1600; 100 × 299 / 1600 = 18.6875
    expectRow(rows, 'abs_overall_pct', '2023/24', { value: 18.6875, numerator: 299, denominator: 1600 });
    // children with possible > 0: A1, A2, A3, A4, A6 = 5 (A5 left out); ≥ 10%: A1 (10%), A3 (50%), A4 (49%) = 3: 60
    expectRow(rows, 'abs_persistent_10_pct', '2023/24', { value: 60, numerator: 3, denominator: 5 });
    // ≥ 50%: A3 only = 1 of 5: 20
    expectRow(rows, 'abs_severe_50_pct', '2023/24', { value: 20, numerator: 1, denominator: 5 });
  });

  it('gives null where nothing was possible (2022/23)', async () => {
    const rows = await measureRows(db, ABS);
    // Σ possible 0 → null; Σ absent 0
    expectRow(rows, 'abs_overall_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    // no child with possible > 0 → 0 / 0 → null
    expectRow(rows, 'abs_persistent_10_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(rows, 'abs_severe_50_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
  });

  it('filters by sen_provision, reporting years whose rows the filter excludes', async () => {
    const k = await measureRows(db, ABS, { sen_provision: ['K'] });
    expect(pairs(k)).toEqual(allPairs(['2022/23', '2023/24']));
    // A2 and A4: 100 × (99 + 98) / (1000 + 200) = 19700 / 1200 = 16.41666…
    expectRow(k, 'abs_overall_pct', '2023/24', { value: 19700 / 1200, numerator: 197, denominator: 1200 });
    // A4 (49%) persistent, A2 (9.9%) not: 1 of 2 = 50
    expectRow(k, 'abs_persistent_10_pct', '2023/24', { value: 50, numerator: 1, denominator: 2 });
    // neither ≥ 50%: 0 of 2 = 0
    expectRow(k, 'abs_severe_50_pct', '2023/24', { value: 0, numerator: 0, denominator: 2 });
    // 2022/23: no row of a K child: empty sums 0, ratios null
    expectRow(k, 'abs_overall_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(k, 'abs_persistent_10_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(k, 'abs_severe_50_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });

    const e = await measureRows(db, ABS, { sen_provision: ['E'] });
    // A3 and A5: 100 × (80 + 0) / (160 + 0) = 50
    expectRow(e, 'abs_overall_pct', '2023/24', { value: 50, numerator: 80, denominator: 160 });
    // A5 has possible 0: left out; A3 at 50%: 1 of 1
    expectRow(e, 'abs_persistent_10_pct', '2023/24', { value: 100, numerator: 1, denominator: 1 });
    expectRow(e, 'abs_severe_50_pct', '2023/24', { value: 100, numerator: 1, denominator: 1 });
  });

  it('filters by key_stage in the year', async () => {
    const rows = await measureRows(db, ABS, { key_stage: ['KS2'] });
    expect(pairs(rows)).toEqual(allPairs(['2022/23', '2023/24']));
    // A4 alone (Year 5): 100 × 98 / 200 = 49
    expectRow(rows, 'abs_overall_pct', '2023/24', { value: 49, numerator: 98, denominator: 200 });
    expectRow(rows, 'abs_persistent_10_pct', '2023/24', { value: 100, numerator: 1, denominator: 1 });
    expectRow(rows, 'abs_severe_50_pct', '2023/24', { value: 0, numerator: 0, denominator: 1 });
    // 2022/23: A5 is in KS3; nothing
    expectRow(rows, 'abs_overall_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(rows, 'abs_persistent_10_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
  });

  it('breaks absence down by key stage', async () => {
    const rows = await measureRows(db, ['abs_overall_pct', 'abs_persistent_10_pct'], {}, 'key_stage');
    // KS2 = A4: 98 / 200
    expectRow(rows, 'abs_overall_pct', '2023/24', { value: 49, numerator: 98, denominator: 200 }, 'KS2');
    // KS3 = A1, A2, A3, A5, A6: (20 + 99 + 80 + 0 + 2) / (200 + 1000 + 160 + 0 + 40) = 201 / 1400
    // 100 × 201 / 1400 = 14.357142…
    expectRow(rows, 'abs_overall_pct', '2023/24', { value: 20100 / 1400, numerator: 201, denominator: 1400 }, 'KS3');
    // persistent KS2: A4 1 of 1; KS3: A1, A3 of A1, A2, A3, A6 (A5 left out) = 2 of 4
    expectRow(rows, 'abs_persistent_10_pct', '2023/24', { value: 100, numerator: 1, denominator: 1 }, 'KS2');
    expectRow(rows, 'abs_persistent_10_pct', '2023/24', { value: 50, numerator: 2, denominator: 4 }, 'KS3');
  });
});

describe('overall absence by term', () => {
  it('sums each term over children', async () => {
    const db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, 'A,F,2012-01,WBRI,N,0', 'B,M,2012-01,WBRI,N,0'),
      'care_periods.csv': csv(HEADERS.care_periods, 'A,2020-01-01,,C2,U1,IN_LA'),
      'attendance.csv': csv(
        HEADERS.attendance,
        'A,2023/24,AUTUMN,100,5,5',
        'B,2023/24,AUTUMN,100,10,0',
        'A,2023/24,SPRING,50,0,0',
      ),
    });
    const rows = await measureRows(db, ['abs_overall_pct'], {}, 'term');
    // Autumn: (10 + 10) / 200 = 10%; spring: 0 / 50 = 0%.
    expect(rows.map((r) => [r.group, r.value, r.numerator, r.denominator])).toEqual([
      ['AUTUMN', 10, 20, 200],
      ['SPRING', 0, 0, 50],
    ]);
  });
});
