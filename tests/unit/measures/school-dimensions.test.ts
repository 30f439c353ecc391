import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { csv, dbWith, HEADERS, measureRows } from './harness';

describe('breakdowns by school: in or out of the authority, and phase', () => {
  let db: Db;
  beforeAll(async () => {
    // Three Year 11 pupils of 2023/24 (born 2008-01: 2023 - 2008 - 4 = 11), all in care all year.
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, 'A,F,2008-01,WBRI,N,0', 'B,M,2008-01,WBRI,N,0', 'C,M,2008-01,WBRI,N,0'),
      'care_periods.csv': csv(
        HEADERS.care_periods,
        'A,2020-01-01,,C2,U1,IN_LA',
        'B,2020-01-01,,C2,U1,IN_LA',
        'C,2020-01-01,,C2,U1,IN_LA',
      ),
      // A at an in-authority secondary; B at an out-of-authority special school; C has no enrolment.
      'school_enrolments.csv': csv(HEADERS.school_enrolments, 'A,2023/24,S1,SECONDARY,1,', 'B,2023/24,S2,SPECIAL,0,'),
      'ks4_results.csv': csv(HEADERS.ks4_results, 'A,2023/24,30,,4,4,8', 'B,2023/24,10,,3,2,5', 'C,2023/24,20,,U,X,2'),
    });
  });

  it('averages Attainment 8 by in or out of the authority', async () => {
    const rows = await measureRows(db, ['ks4_att8_avg'], {}, 'school_in_la');
    expect(rows.map((r) => [r.group, r.value, r.denominator])).toEqual([
      ['IN_LA', 30, 1],
      ['OUT_LA', 10, 1],
      ['UNKNOWN', 20, 1],
    ]);
  });

  it('counts the cohort by school phase', async () => {
    const rows = await measureRows(db, ['ks4_cohort_n'], {}, 'school_phase');
    expect(rows.map((r) => [r.group, r.value])).toEqual([
      ['SECONDARY', 1],
      ['SPECIAL', 1],
      ['UNKNOWN', 1],
    ]);
  });
});
