import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { csv, dbWith, expectRow, HEADERS, measureRows, pairs } from './harness';

/**
 * Post-16 measures (measures.md, post16_*), worked by hand. nc_year in Y/Y+1 = Y − birth year − (1 if birth month
 * ≥ 9) − 4; in 2023/24: born 2007 before September → 12, 2006 → 13, 2005 before September or 2004 from September → 14
 * (19 by 31 August 2024).
 */
const POST16 = [
  'post16_n',
  'post16_in_education_pct',
  'post16_l2_by19_pct',
  'post16_l3_by19_pct',
  'post16_em_l2_by19_pct',
  'post16_withdrawn_pct',
] as const;

const PUPILS = csv(
  HEADERS.pupils,
  'Q1,F,2007-03,WBRI,N,0', // Year 12
  'Q2,M,2007-01,WBRI,K,0', // Year 12
  'Q3,F,2006-05,BAFR,N,0', // Year 13
  'Q4,M,2006-02,APKN,N,0', // Year 13
  'Q5,F,2005-04,WBRI,N,0', // 14: 19 by 31 August
  'Q6,M,2004-10,MWBC,E,0', // 14
  'Q7,F,2005-06,WBRI,N,0', // 14
  'Q8,M,2005-08,WBRI,N,0', // 14
  'Q9,F,2004-09,WBRI,K,0', // 14
);

// child_id,academic_year,studying_level,highest_level_achieved,english_maths_l2,course_status
const RESULTS = csv(
  HEADERS.post16_results,
  'Q1,2023/24,L3,L2,1,CONTINUING',
  'Q2,2023/24,NONE,L1,0,WITHDRAWN',
  'Q3,2023/24,L2,L1,0,COMPLETED',
  'Q4,2023/24,,L2,,', //              no course level, no status: out of those denominators
  'Q5,2023/24,L3,L3,1,COMPLETED',
  'Q6,2023/24,NONE,L1,0,WITHDRAWN',
  'Q7,2023/24,L1,,,CONTINUING', //     19 with no highest level recorded: left out of the by-19 denominators
  'Q8,2023/24,L2,L4_PLUS,1,COMPLETED',
  'Q9,2023/24,NONE,L2,0,',
  'Q5,2022/23,L3,L2,1,CONTINUING', //  Q5 in Year 13 the year before (nc_year 13)
);

describe('post-16 qualifications', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': PUPILS,
      'care_periods.csv': csv(HEADERS.care_periods, 'Q1,2020-01-01,,C2,U1,IN_LA'),
      'post16_results.csv': RESULTS,
    });
  });

  it('reports every measure for each year holding a row', async () => {
    const rows = await measureRows(db, POST16);
    expect(pairs(rows)).toEqual(POST16.flatMap((m) => [`${m} 2022/23`, `${m} 2023/24`]).sort());
  });

  it('computes 2023/24, leaving a 19-year-old with no level out of the by-19 denominators', async () => {
    const rows = await measureRows(db, POST16);
    expectRow(rows, 'post16_n', '2023/24', { value: 9, numerator: null, denominator: null });
    // Years 12 and 13 with a course level: Q1 L3, Q2 NONE, Q3 L2 (Q4 empty) → Q1, Q3 = 2 of 3
    expectRow(rows, 'post16_in_education_pct', '2023/24', { value: 200 / 3, numerator: 2, denominator: 3 });
    // 19 with a highest level: Q5 L3, Q6 L1, Q8 L4_PLUS, Q9 L2 (Q7 empty); level 2 or above: Q5, Q8, Q9 = 3 of 4
    expectRow(rows, 'post16_l2_by19_pct', '2023/24', { value: 75, numerator: 3, denominator: 4 });
    // level 3 or above: Q5, Q8 = 2 of 4
    expectRow(rows, 'post16_l3_by19_pct', '2023/24', { value: 50, numerator: 2, denominator: 4 });
    // 19 with the English and maths flag: Q5 1, Q6 0, Q8 1, Q9 0 (Q7 empty) = 2 of 4
    expectRow(rows, 'post16_em_l2_by19_pct', '2023/24', { value: 50, numerator: 2, denominator: 4 });
    // a course status: all but Q4 and Q9 = 7; withdrawn Q2, Q6 = 2 of 7
    expectRow(rows, 'post16_withdrawn_pct', '2023/24', { value: 200 / 7, numerator: 2, denominator: 7 });
  });

  it('counts no one at 19 in a year whose only row is of Year 13', async () => {
    const rows = await measureRows(db, POST16);
    expectRow(rows, 'post16_in_education_pct', '2022/23', { value: 100, numerator: 1, denominator: 1 });
    expectRow(rows, 'post16_l2_by19_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
  });

  it('filters by sex', async () => {
    // young women: Q1, Q3, Q5, Q7, Q9
    const rows = await measureRows(db, POST16, { sex: ['F'] });
    expectRow(rows, 'post16_in_education_pct', '2023/24', { value: 100, numerator: 2, denominator: 2 });
    expectRow(rows, 'post16_l2_by19_pct', '2023/24', { value: 100, numerator: 2, denominator: 2 });
    expectRow(rows, 'post16_l3_by19_pct', '2023/24', { value: 50, numerator: 1, denominator: 2 });
    expectRow(rows, 'post16_em_l2_by19_pct', '2023/24', { value: 50, numerator: 1, denominator: 2 });
    // statuses Q1 C, Q3 C, Q5 C, Q7 C (Q9 empty): none withdrawn
    expectRow(rows, 'post16_withdrawn_pct', '2023/24', { value: 0, numerator: 0, denominator: 4 });
  });
});
