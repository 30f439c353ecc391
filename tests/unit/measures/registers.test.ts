import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { csv, dbWith, HEADERS, measureRows, series } from './harness';

/**
 * Registers (measures.md, "Registers: missing education and home education"): register records, by academic
 * year (1 Sep – 31 Aug); census day = first Thursday of October:
 *   2020/21 → Thu 2020-10-01, 2022/23 → Thu 2022-10-06, 2023/24 → Thu 2023-10-05, 2024/25 → Thu 2024-10-03, 2025/26 → Thu 2025-10-02.
 * Open on day D: start ≤ D and (end empty or end > D). Only `social_care_status` filters registers.
 * social_care_status (data contract): a child of pupils.csv whose care period is open on start_date counts as CLA,
 * otherwise the column stands (empty = NONE).
 */

// P1: in care from 2022-01-10, still open. P2: care ended 2023-02-01. P3: comes into care 2024-01-15.
const PUPILS = csv(HEADERS.pupils, 'P1,F,2012-03,WBRI,N,0', 'P2,M,2012-03,WBRI,N,0', 'P3,F,2011-10,WBRI,N,0');
const CARE = csv(
  HEADERS.care_periods,
  'P1,2022-01-10,,C2,U1,IN_LA',
  'P2,2020-05-01,2023-02-01,C2,U1,IN_LA',
  'P3,2024-01-15,,C2,U1,IN_LA',
);

/*
 * CME episodes (days = end − start):
 *  C01 start 2023-08-31 (2022/23) end 2023-09-10 (2023/24) RETURNED, 10 days, NONE
 *  C02 start 2023-09-01 (2023/24) end 2023-10-01 (2023/24) RETURNED, 30 days, NONE
 *  C03 start 2023-09-04 (2023/24) end 2023-10-05 = census day (2023/24) RETURNED, 31 days, NONE
 *  C04 start 2023-10-05 = census day (2023/24) end 2023-11-14 RETURNED, 40 days, CIN
 *  C05 start 2022-09-15 (2022/23), never ends, NONE
 *  C06 P1 start 2024-02-01 (2023/24) end 2024-03-01 MOVED_AWAY, column NONE but P1 in care → CLA
 *  C07 P2 start 2024-03-10 (2023/24), never ends, column CIN, P2 not in care then → CIN
 *  C08 start 2024-09-20 (2024/25) end 2024-10-03 = census day (2024/25) EHE, column empty → NONE
 *  C09 start 2024-10-10 (2024/25) end 2025-01-20 (2024/25) RETURNED, 102 days, CPP
 *  C10 start 2024-11-01 (2024/25) end 2025-09-15 (2025/26) OTHER, NONE
 * 2020/21, whose census day is Thursday 1 October 2020 (1 October itself is the first Thursday):
 *  C11 start 2020-10-01 = census day, end 2020-10-20 OTHER, NONE → open on the census day
 *  C12 start 2020-09-07, end 2020-10-01 = census day OTHER, NONE → not open
 *  C13 start 2020-10-02, end 2020-10-09 OTHER, NONE → not open (starts after)
 * Years holding a start or an end: 2020/21, 2022/23, 2023/24, 2024/25, 2025/26 (2025/26 only by C10's end);
 * 2021/22 holds none.
 */
const CME = csv(
  HEADERS.cme_episodes,
  'C01,X01,2023-08-31,2023-09-10,RETURNED_TO_SCHOOL,NONE',
  'C02,X02,2023-09-01,2023-10-01,RETURNED_TO_SCHOOL,NONE',
  'C03,X03,2023-09-04,2023-10-05,RETURNED_TO_SCHOOL,NONE',
  'C04,X04,2023-10-05,2023-11-14,RETURNED_TO_SCHOOL,CIN',
  'C05,X05,2022-09-15,,,NONE',
  'C06,P1,2024-02-01,2024-03-01,MOVED_AWAY,NONE',
  'C07,P2,2024-03-10,,,CIN',
  'C08,X08,2024-09-20,2024-10-03,EHE,',
  'C09,X09,2024-10-10,2025-01-20,RETURNED_TO_SCHOOL,CPP',
  'C10,X10,2024-11-01,2025-09-15,OTHER,NONE',
  'C11,X11,2020-10-01,2020-10-20,OTHER,NONE',
  'C12,X12,2020-09-07,2020-10-01,OTHER,NONE',
  'C13,X13,2020-10-02,2020-10-09,OTHER,NONE',
);

/*
 * EHE episodes (first contact days = first_contact − start):
 *  E01 Y01 start 2023-09-01 (2023/24) open; fc 2023-09-11 (10 d); NONE; no officer
 *  E02 Y02 start 2023-08-31 (2022/23) end 2024-07-01 (2023/24) RETURNED; fc 2023-09-04 (4 d); CIN; OFF1
 *  E03 P1  start 2023-10-05 = census day (2023/24) open; no fc; column NONE, P1 in care → CLA; OFF2
 *  E04 P2  start 2023-02-01 (2022/23) end 2023-10-05 = census day (2023/24) MOVED_AWAY; fc 2023-02-15 (14 d);
 *          column CIN; P2's care period ended 2023-02-01 = start date, so not open on it → stays CIN; OFF2
 *  E05 P3  start 2024-01-15 (2023/24) open; fc 2024-02-05 (21 d); column empty, but P3's care period starts
 *          2024-01-15 = start date, so open on it → CLA; no officer
 *  E06 Y06 start 2024-09-02 (2024/25) end 2024-10-03 = census day (2024/25) RETURNED; fc 2024-09-30 (28 d); CPP; OFF3
 *  E07 Y07 start 2024-10-03 = census day (2024/25) open; fc 2024-10-07 (4 d); column empty → NONE; no officer
 *  E08 Y08 start 2023-06-01 (2022/23) end 2024-05-01 (2023/24) OTHER; fc 2023-06-08 (7 d); NONE; OFF1
 * Years holding an EHE start or end: 2022/23, 2023/24, 2024/25 (not 2025/26, which only CME has).
 */
const EHE = csv(
  HEADERS.ehe_episodes,
  'E01,Y01,2023-09-01,,LIFESTYLE,NONE,8,2023-09-11,,',
  'E02,Y02,2023-08-31,2024-07-01,MENTAL_HEALTH,CIN,9,2023-09-04,RETURNED_TO_SCHOOL,OFF1',
  'E03,P1,2023-10-05,,PHILOSOPHICAL,NONE,7,,,OFF2',
  'E04,P2,2023-02-01,2023-10-05,OTHER,CIN,9,2023-02-15,MOVED_AWAY,OFF2',
  'E05,P3,2024-01-15,,RELIGIOUS,,6,2024-02-05,,',
  'E06,Y06,2024-09-02,2024-10-03,DISSATISFIED_SEND,CPP,5,2024-09-30,RETURNED_TO_SCHOOL,OFF3',
  'E07,Y07,2024-10-03,,LIFESTYLE,,4,2024-10-07,,',
  'E08,Y08,2023-06-01,2024-05-01,SCHOOL_PREFERENCE,NONE,10,2023-06-08,OTHER,OFF1',
);

type Col = 'numerator' | 'denominator';
async function column(
  db: Db,
  id: string,
  col: Col,
  filter: Record<string, string[]> = {},
): Promise<Record<string, number | null>> {
  const rows = await measureRows(db, [id], filter);
  return Object.fromEntries(rows.map((r) => [r.period, r[col]]));
}

let db: Db;
beforeAll(async () => {
  db = await dbWith({
    'pupils.csv': PUPILS,
    'care_periods.csv': CARE,
    'cme_episodes.csv': CME,
    'ehe_episodes.csv': EHE,
  });
}, 60_000);

describe('children missing education register', () => {
  // Unfiltered expectations, worked by hand from the table above.
  const CME_EXPECTED: Record<string, Record<string, number | null>> = {
    // starts: 2020/21 C11, C12, C13; 2022/23 C01 (31 Aug 2023), C05; 2023/24 C02 (1 Sep 2023), C03, C04, C06, C07;
    // 2024/25 C08, C09, C10; 2025/26 none
    cme_started_n: { '2020/21': 3, '2022/23': 2, '2023/24': 5, '2024/25': 3, '2025/26': 0 },
    // 2020-10-01: C11 only (C12 ends on it, C13 starts after). 2022-10-06: C05. 2023-10-05: C04 (starts on it), C05; not C03 (ends on it), C01/C02 (ended). 2024-10-03: C05, C07;
    // not C08 (ends on it). 2025-10-02: C05, C07; not C10 (ended 2025-09-15).
    cme_open_census_n: { '2020/21': 1, '2022/23': 1, '2023/24': 2, '2024/25': 2, '2025/26': 2 },
    // ending with RETURNED: 2020/21 none (all OTHER); 2023/24 C01, C02, C03, C04 (C06 moved away); 2024/25 C09;
    // 2025/26 C10 is OTHER
    cme_returned_n: { '2020/21': 0, '2022/23': 0, '2023/24': 4, '2024/25': 1, '2025/26': 0 },
    // 2023/24 days 10, 30, 31, 40 → (30 + 31) / 2 = 30.5; 2024/25 102; no returned episode ending in 2020/21, 2022/23
    // or 2025/26 → null
    cme_days_to_return_median: { '2020/21': null, '2022/23': null, '2023/24': 30.5, '2024/25': 102, '2025/26': null },
    // 2022/23: C01 (10 d) of C01, C05 → 1/2; 2023/24: C02 (exactly 30 d) of 5, C03 (31 d) does not count → 1/5;
    // 2024/25: C09 102 d, C08/C10 not returned → 0/3; 2025/26: no starts → null; 2020/21: none returned → 0/3
    cme_returned_30d_pct: { '2020/21': 0, '2022/23': 50, '2023/24': 20, '2024/25': 0, '2025/26': null },
  };

  it('counts starts by the academic year of the start date (31 August vs 1 September)', async () => {
    expect(await series(db, 'cme_started_n')).toEqual(CME_EXPECTED.cme_started_n);
  });

  it('counts episodes open on the census day: ending on it is not open, starting on it is, an open episode counts at every later census', async () => {
    expect(await series(db, 'cme_open_census_n')).toEqual(CME_EXPECTED.cme_open_census_n);
  });

  it('counts returns to school by the academic year of the end date', async () => {
    expect(await series(db, 'cme_returned_n')).toEqual(CME_EXPECTED.cme_returned_n);
  });

  it('takes the median days to return (mean of the two middle values; null over no values)', async () => {
    expect(await series(db, 'cme_days_to_return_median')).toEqual(CME_EXPECTED.cme_days_to_return_median);
    // denominator = number of values: 0, 4 (10, 30, 31, 40), 1 (102), 0
    expect(await column(db, 'cme_days_to_return_median', 'denominator')).toEqual({
      '2020/21': 0,
      '2022/23': 0,
      '2023/24': 4,
      '2024/25': 1,
      '2025/26': 0,
    });
    expect(await column(db, 'cme_days_to_return_median', 'numerator')).toEqual({
      '2020/21': null,
      '2022/23': null,
      '2023/24': null,
      '2024/25': null,
      '2025/26': null,
    });
  });

  it('counts a return within 30 days when end − start is exactly 30, not 31', async () => {
    expect(await series(db, 'cme_returned_30d_pct')).toEqual(CME_EXPECTED.cme_returned_30d_pct);
    expect(await column(db, 'cme_returned_30d_pct', 'numerator')).toEqual({
      '2020/21': 0,
      '2022/23': 1,
      '2023/24': 1,
      '2024/25': 0,
      '2025/26': 0,
    });
    expect(await column(db, 'cme_returned_30d_pct', 'denominator')).toEqual({
      '2020/21': 3,
      '2022/23': 2,
      '2023/24': 5,
      '2024/25': 3,
      '2025/26': 0,
    });
  });

  it('reports every academic year holding a CME start or end date, and no other', async () => {
    for (const id of Object.keys(CME_EXPECTED)) {
      const rows = await measureRows(db, [id]);
      // not 2021/22 (no date) nor 2026/27 (no date, though C05 and C07 are open at its census); 2025/26 holds only C10's end
      expect(rows.map((r) => r.period).sort()).toEqual(['2020/21', '2022/23', '2023/24', '2024/25', '2025/26']);
    }
  });

  it('resolves social_care_status: a child of pupils.csv in care on the start date is CLA whatever the column says', async () => {
    // CLA: only C06 (P1 in care since 2022-01-10, column NONE) → starts 2023/24
    expect(await series(db, 'cme_started_n', { social_care_status: ['CLA'] })).toEqual({
      '2020/21': 0,
      '2022/23': 0,
      '2023/24': 1,
      '2024/25': 0,
      '2025/26': 0,
    });
    // NONE: 2020/21 C11, C12, C13; 2022/23 C01, C05; 2023/24 C02, C03 (C06 resolved to CLA); 2024/25 C08 (empty = NONE), C10
    expect(await series(db, 'cme_started_n', { social_care_status: ['NONE'] })).toEqual({
      '2020/21': 3,
      '2022/23': 2,
      '2023/24': 2,
      '2024/25': 2,
      '2025/26': 0,
    });
  });

  it('keeps the column for a child of pupils.csv not in care on the start date (CIN stays CIN)', async () => {
    // CIN: C04 and C07 (P2, whose care ended 2023-02-01) → starts 2023/24: 2
    expect(await series(db, 'cme_started_n', { social_care_status: ['CIN'] })).toEqual({
      '2020/21': 0,
      '2022/23': 0,
      '2023/24': 2,
      '2024/25': 0,
      '2025/26': 0,
    });
    // census: 2023/24 C04; 2024/25 C07; 2025/26 C07
    expect(await series(db, 'cme_open_census_n', { social_care_status: ['CIN'] })).toEqual({
      '2020/21': 0,
      '2022/23': 0,
      '2023/24': 1,
      '2024/25': 1,
      '2025/26': 1,
    });
    // CIN or CPP: adds C09 (2024/25)
    expect(await series(db, 'cme_started_n', { social_care_status: ['CIN', 'CPP'] })).toEqual({
      '2020/21': 0,
      '2022/23': 0,
      '2023/24': 2,
      '2024/25': 1,
      '2025/26': 0,
    });
    // CIN only, median days to return: C04 (40) in 2023/24
    expect(await series(db, 'cme_days_to_return_median', { social_care_status: ['CIN'] })).toEqual({
      '2020/21': null,
      '2022/23': null,
      '2023/24': 40,
      '2024/25': null,
      '2025/26': null,
    });
  });

  it('ignores the pupil cohort filter ("The pupil cohort filter does not apply")', async () => {
    // sex=F (P1, P3), sex=M (P2), key_stage=KS4 and cla12m=1: register records are counted all the same
    for (const filter of <Record<string, string[]>[]>[
      { sex: ['F'] },
      { sex: ['M'] },
      { key_stage: ['KS4'] },
      { cla12m: ['1'] },
    ]) {
      for (const [id, expected] of Object.entries(CME_EXPECTED)) {
        expect({ id, filter, values: await series(db, id, filter) }).toEqual({ id, filter, values: expected });
      }
    }
  });
});

describe('elective home education register', () => {
  const EHE_EXPECTED: Record<string, Record<string, number | null>> = {
    // starts: 2022/23 E02 (31 Aug 2023), E04, E08; 2023/24 E01 (1 Sep 2023), E03, E05; 2024/25 E06, E07
    ehe_started_n: { '2022/23': 3, '2023/24': 3, '2024/25': 2 },
    // 2022-10-06: none started yet. 2023-10-05: E01, E02, E03 (starts on it), E08; not E04 (ends on it), not E05.
    // 2024-10-03: E01, E03, E05, E07 (starts on it); not E06 (ends on it), E02/E08 (ended).
    ehe_open_census_n: { '2022/23': 0, '2023/24': 4, '2024/25': 4 },
    // ends: 2023/24 E02, E04, E08; 2024/25 E06
    ehe_ended_n: { '2022/23': 0, '2023/24': 3, '2024/25': 1 },
    // RETURNED: E02 (2023/24), E06 (2024/25)
    ehe_returned_to_school_n: { '2022/23': 0, '2023/24': 1, '2024/25': 1 },
    // 2022/23: E02 CIN, E04 CIN of 3 → 200/3; 2023/24: E03 CLA, E05 CLA (resolved) of 3 → 200/3; 2024/25: E06 CPP of 2 → 50
    ehe_social_care_pct: { '2022/23': 200 / 3, '2023/24': 200 / 3, '2024/25': 50 },
    // 2022/23: 4, 7, 14 → 7; 2023/24: 10, 21 (E03 has no first contact, left out) → 15.5; 2024/25: 4, 28 → 16
    ehe_first_contact_median_days: { '2022/23': 7, '2023/24': 15.5, '2024/25': 16 },
    // 2022/23: 0 open → null; 2023/24: E01 (none), E02 OFF1, E03 OFF2, E08 OFF1 → 4 / 2 = 2;
    // 2024/25: E01 (none), E03 OFF2, E05 (none), E07 (none) → 4 / 1 = 4
    ehe_cases_per_officer: { '2022/23': null, '2023/24': 2, '2024/25': 4 },
  };

  const closeTo = (values: Record<string, number | null>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? null : expect.closeTo(v, 9)]));

  it('counts starts by the academic year of the start date (31 August vs 1 September)', async () => {
    expect(await series(db, 'ehe_started_n')).toEqual(EHE_EXPECTED.ehe_started_n);
  });

  it('counts episodes open on the census day (ending on it: not open; starting on it: open)', async () => {
    expect(await series(db, 'ehe_open_census_n')).toEqual(EHE_EXPECTED.ehe_open_census_n);
  });

  it('counts episodes ending, and those returning to school, by the academic year of the end date', async () => {
    expect(await series(db, 'ehe_ended_n')).toEqual(EHE_EXPECTED.ehe_ended_n);
    expect(await series(db, 'ehe_returned_to_school_n')).toEqual(EHE_EXPECTED.ehe_returned_to_school_n);
  });

  it('ehe_social_care_pct counts CLA, CIN and CPP after resolving children in care', async () => {
    expect(await series(db, 'ehe_social_care_pct')).toEqual(closeTo(EHE_EXPECTED.ehe_social_care_pct));
    expect(await column(db, 'ehe_social_care_pct', 'numerator')).toEqual({ '2022/23': 2, '2023/24': 2, '2024/25': 1 });
    expect(await column(db, 'ehe_social_care_pct', 'denominator')).toEqual({
      '2022/23': 3,
      '2023/24': 3,
      '2024/25': 2,
    });
  });

  it('ehe_first_contact_median_days leaves out episodes without a first contact date', async () => {
    expect(await series(db, 'ehe_first_contact_median_days')).toEqual(EHE_EXPECTED.ehe_first_contact_median_days);
    // number of values: 3, 2 (E03 left out), 2
    expect(await column(db, 'ehe_first_contact_median_days', 'denominator')).toEqual({
      '2022/23': 3,
      '2023/24': 2,
      '2024/25': 2,
    });
  });

  it('ehe_cases_per_officer counts every open episode over the distinct officers among them', async () => {
    expect(await series(db, 'ehe_cases_per_officer')).toEqual(EHE_EXPECTED.ehe_cases_per_officer);
    expect(await column(db, 'ehe_cases_per_officer', 'numerator')).toEqual({
      '2022/23': 0,
      '2023/24': 4,
      '2024/25': 4,
    });
    expect(await column(db, 'ehe_cases_per_officer', 'denominator')).toEqual({
      '2022/23': 0,
      '2023/24': 2,
      '2024/25': 1,
    });
  });

  it('ehe_cases_per_officer is null where none of the open episodes has an officer_ref', async () => {
    // NONE: 2023/24 E01 (none), E08 OFF1 → 2/1; 2024/25 E01 (none), E07 (empty status = NONE, none) → 2 / 0 → null
    expect(await series(db, 'ehe_cases_per_officer', { social_care_status: ['NONE'] })).toEqual({
      '2022/23': null,
      '2023/24': 2,
      '2024/25': null,
    });
    expect(await column(db, 'ehe_cases_per_officer', 'numerator', { social_care_status: ['NONE'] })).toEqual({
      '2022/23': 0,
      '2023/24': 2,
      '2024/25': 2,
    });
    expect(await column(db, 'ehe_cases_per_officer', 'denominator', { social_care_status: ['NONE'] })).toEqual({
      '2022/23': 0,
      '2023/24': 1,
      '2024/25': 0,
    });
    // CLA: 2023/24 E03 OFF2 → 1/1; 2024/25 E03 OFF2, E05 (none) → 2/1
    expect(await series(db, 'ehe_cases_per_officer', { social_care_status: ['CLA'] })).toEqual({
      '2022/23': null,
      '2023/24': 1,
      '2024/25': 2,
    });
  });

  it('filters by resolved social_care_status: column NONE in care → CLA; empty in care → CLA; CIN not in care → CIN', async () => {
    // CLA: E03 (P1, column NONE), E05 (P3, care starts on the start date, column empty)
    expect(await series(db, 'ehe_started_n', { social_care_status: ['CLA'] })).toEqual({
      '2022/23': 0,
      '2023/24': 2,
      '2024/25': 0,
    });
    // CIN: E02, E04 (P2, care ended on the start date → not open → column CIN stands)
    expect(await series(db, 'ehe_started_n', { social_care_status: ['CIN'] })).toEqual({
      '2022/23': 2,
      '2023/24': 0,
      '2024/25': 0,
    });
    // NONE: E08; E01; E07 (empty = NONE)
    expect(await series(db, 'ehe_started_n', { social_care_status: ['NONE'] })).toEqual({
      '2022/23': 1,
      '2023/24': 1,
      '2024/25': 1,
    });
    // CLA census: 2023/24 E03; 2024/25 E03, E05
    expect(await series(db, 'ehe_open_census_n', { social_care_status: ['CLA'] })).toEqual({
      '2022/23': 0,
      '2023/24': 1,
      '2024/25': 2,
    });
  });

  it('reports every academic year holding an EHE start or end date, and no other', async () => {
    for (const id of Object.keys(EHE_EXPECTED)) {
      const rows = await measureRows(db, [id]);
      // not 2025/26: only a CME end date falls in it, though E01, E03, E05, E07 are open on its census day
      expect(rows.map((r) => r.period).sort()).toEqual(['2022/23', '2023/24', '2024/25']);
    }
  });

  it('ignores the pupil cohort filter ("The pupil cohort filter does not apply")', async () => {
    for (const filter of <Record<string, string[]>[]>[
      { sex: ['M'] },
      { sex: ['F'] },
      { uasc: ['1'] },
      { nc_year: ['7'] },
    ]) {
      for (const [id, expected] of Object.entries(EHE_EXPECTED)) {
        expect({ id, filter, values: await series(db, id, filter) }).toEqual({ id, filter, values: closeTo(expected) });
      }
    }
  });
});

describe('social care status from a continuous period of touching rows', () => {
  it('counts as CLA a register record starting on the day one row ended when the next row starts the day after', async () => {
    const db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, 'T1,M,2010-05,WBRI,N,0'),
      // Rows touch (1 April = 31 March + 1 day), so they form one continuous period from 2023-01-01, open on 31 March.
      'care_periods.csv': csv(
        HEADERS.care_periods,
        'T1,2023-01-01,2024-03-31,C2,U1,IN_LA',
        'T1,2024-04-01,,C2,U1,IN_LA',
      ),
      'cme_episodes.csv': csv(HEADERS.cme_episodes, 'R1,T1,2024-03-31,,,NONE'),
    });
    // 31 March 2024 is in 2023/24: one episode started, and it is of a child looked after.
    expect(await series(db, 'cme_started_n', { social_care_status: ['CLA'] })).toEqual({ '2023/24': 1 });
    expect(await series(db, 'cme_started_n', { social_care_status: ['NONE'] })).toEqual({ '2023/24': 0 });
  });
});

describe('episodes open at census, by how long they had been open', () => {
  it('bands each open episode by the days from its start to the census day', async () => {
    // Census day of 2023/24: Thursday 5 October 2023.
    const db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, 'P,F,2010-05,WBRI,N,0'),
      'care_periods.csv': csv(HEADERS.care_periods, 'P,2020-01-01,,C2,U1,IN_LA'),
      'cme_episodes.csv': csv(
        HEADERS.cme_episodes,
        'R1,X1,2023-09-08,,,NONE', // 27 days: under 4 weeks
        'R2,X2,2023-09-07,,,NONE', // 28 days: 4 weeks to 3 months
        'R3,X3,2023-04-07,,,NONE', // 181 days: 3 to 6 months
        'R4,X4,2023-04-06,,,NONE', // 182 days: 6 months or more
        'R5,X5,2023-01-01,2023-10-05,RETURNED_TO_SCHOOL,NONE', // ended on census day: not open
      ),
    });
    const rows = await measureRows(db, ['cme_open_census_n'], {}, 'open_for');
    expect(rows.filter((r) => r.period === '2023/24').map((r) => [r.group, r.value])).toEqual([
      ['1: under 4 weeks', 1],
      ['2: 4 weeks to 3 months', 1],
      ['3: 3 to 6 months', 1],
      ['4: 6 months or more', 1],
    ]);
  });
});
