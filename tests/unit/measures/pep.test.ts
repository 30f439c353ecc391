import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import type { ReportRow } from '../../../src/lib/measures/report';
import { csv, dbWith, expectRow as expectRowIn, HEADERS, measureRows, pairs, type Expected } from './harness';

/**
 * Personal education plan measures (spec measures.md, "Pupil-based measures", "Series and breakdowns" and
 * "Machine-readable report"). Every expected value below is worked by hand from the spec; the working is in the comments.
 */

const PEP = ['pep_n', 'pep_completed_pct', 'pep_on_time_pct', 'pep_good_pct'] as const;
const TARGETS = ['pep_targets_n', 'pep_target_smart_pct', 'pep_target_smart_avg', 'pep_target_achieved_pct'] as const;
const ALL = [...PEP, ...TARGETS];

/** Groups are compared case-insensitively: the spec names the SMART criteria by their column names. */
const sameGroup = (a: string | null | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();
const expectRow = (rows: ReportRow[], measure: string, period: string, exp: Expected, group?: string) =>
  expectRowIn(rows, measure, period, exp, group, sameGroup);

/** PEP measures in the years of pep_reviews; target measures in the years of the PEPs of pep_targets rows. */
const allPairs = (pepPeriods: string[], targetPeriods: string[]) =>
  [
    ...PEP.flatMap((m) => pepPeriods.map((p) => `${m} ${p}`)),
    ...TARGETS.flatMap((m) => targetPeriods.map((p) => `${m} ${p}`)),
  ].sort();
const PEP_YEARS = ['2021/22', '2022/23', '2023/24'];
const TARGET_YEARS = ['2022/23', '2023/24'];

// nc_year in Y/Y+1 = Y − birth year − (1 if birth month ≥ 9) − 4:
// C1 born 2012-08: 2023/24 → 7 (KS3), 2022/23 → 6 (KS2); C2 born 2015-10: 2023/24 → 2023 − 2015 − 1 − 4 = 3 (KS2);
// C3 born 2008-02: 2023/24 → 11 (KS4).
const PUPILS = csv(HEADERS.pupils, 'C1,F,2012-08,WBRI,N,0', 'C2,M,2015-10,WBRI,K,0', 'C3,F,2008-02,BAFR,E,1');

// pep_id,child_id,academic_year,term,pep_type,due_date,completed_date,qa_rating,child_voice,pp_plus_gbp
const REVIEWS = csv(
  HEADERS.pep_reviews,
  'P1,C1,2023/24,AUTUMN,REVIEW,2023-10-20,20/10/2023,GOOD,,', //          completed on the due date: on time; GOOD = GREEN
  'P2,C1,2023/24,SPRING,REVIEW,2024-02-10,2024-02-12,AMBER,,', //         completed 2 days late
  'P3,C2,2023/24,AUTUMN,INITIAL,2023-10-15,2023-10-01,OUTSTANDING,,', //  early: on time; OUTSTANDING = GOLD
  'P4,C2,2023/24,SPR,REVIEW,2024-03-01,,,,', //                           due, not completed: late; not rated
  'P5,C3,2023/24,SUMMER,REVIEW,,2024-06-01,RED,,', //                     completed, no due date: out of on-time
  'P6,C3,2023/24,AUT,,,,RI,,', //                                         no due date, not completed; RI = AMBER
  'P7,ZZ,2023/24,AUTUMN,REVIEW,2023-10-20,2023-10-01,GOLD,,', //          child not in pupils.csv: counted nowhere
  'P8,C1,2022/23,SUMMER,REVIEW,2023-06-30,2023-07-03,HIGH,,', //          late; HIGH = GOLD
  'P9,C1,2021/22,SUMMER,REVIEW,2022-06-30,2022-06-30,GREEN,,', //         2021/22: a PEP with no target
);

// target_id,pep_id,area,specific,measurable,achievable,relevant,time_bound,outcome,target_text
const TARGET_ROWS = csv(
  HEADERS.pep_targets,
  'T1,P1,ENGLISH,1,1,1,1,1,ACHIEVED,', //              5 flags true
  'T2,P1,MATHS,1,1,0,1,1,PARTIAL,', //                 all present, one false: 4 true
  'T3,P2,ATTENDANCE,1,,1,1,1,NOT_ACHIEVED,', //        measurable missing: out of the SMART denominators
  'T4,P3,SEMH,0,0,0,0,0,NOT_REVIEWED,', //             all present, 0 true; outcome not reviewed
  'T5,P4,SOCIAL,Y,Y,Y,Y,Y,,', //                       5 true; no outcome
  'T6,P6,OTHER,true,false,true,false,true,ACHIEVED,', // all present, 3 true
  'T7,P7,ENGLISH,1,1,1,1,1,ACHIEVED,', //              PEP of a child not in pupils: counted nowhere
  'T8,P8,MATHS,1,1,1,1,0,ACHIEVED,', //                2022/23: all present, 4 true
  'T9,NOPEP,ENGLISH,1,1,1,1,1,ACHIEVED,', //           PEP not in pep_reviews: an orphan, counted nowhere
);

describe('PEP measures', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': PUPILS,
      // only C1 has a care period: the others are not on roll, and PEP measures count them all the same
      'care_periods.csv': csv(HEADERS.care_periods, 'C1,2020-01-01,,C2,U1,IN_LA'),
      'pep_reviews.csv': REVIEWS,
      'pep_targets.csv': TARGET_ROWS,
    });
  }, 30_000);

  it('reports PEP measures for each year holding a PEP, and target measures for each year holding a target of a PEP of the year', async () => {
    // 2021/22 holds P9 but no target: PEP measures only
    expect(pairs(await measureRows(db, ALL))).toEqual(allPairs(PEP_YEARS, TARGET_YEARS));
  });

  it('computes the PEP measures of 2021/22 (one PEP completed on its due date)', async () => {
    const rows = await measureRows(db, PEP);
    expectRow(rows, 'pep_n', '2021/22', { value: 1, numerator: null, denominator: null });
    expectRow(rows, 'pep_completed_pct', '2021/22', { value: 100, numerator: 1, denominator: 1 });
    // 2022-06-30 ≤ 2022-06-30: on time
    expectRow(rows, 'pep_on_time_pct', '2021/22', { value: 100, numerator: 1, denominator: 1 });
    expectRow(rows, 'pep_good_pct', '2021/22', { value: 100, numerator: 1, denominator: 1 });
  });

  it('computes the PEP measures of 2023/24 without a filter (P7 of a child not in pupils left out)', async () => {
    const rows = await measureRows(db, PEP);
    // P1..P6 = 6
    expectRow(rows, 'pep_n', '2023/24', { value: 6, numerator: null, denominator: null });
    // completed: P1, P2, P3, P5 = 4 of 6: 66.666…
    expectRow(rows, 'pep_completed_pct', '2023/24', { value: 400 / 6, numerator: 4, denominator: 6 });
    // with a due date: P1, P2, P3, P4 = 4 (P5, P6 out); completed ≤ due: P1 (on the day), P3 = 2: 50
    expectRow(rows, 'pep_on_time_pct', '2023/24', { value: 50, numerator: 2, denominator: 4 });
    // rated: P1 GREEN, P2 AMBER, P3 GOLD, P5 RED, P6 AMBER = 5 (P4 unrated); GOLD or GREEN: P1, P3 = 2: 40
    expectRow(rows, 'pep_good_pct', '2023/24', { value: 40, numerator: 2, denominator: 5 });
  });

  it('computes the target measures of 2023/24 without a filter (T7 and T9 left out)', async () => {
    const rows = await measureRows(db, TARGETS);
    // targets of PEPs P1..P6: T1..T6 = 6
    expectRow(rows, 'pep_targets_n', '2023/24', { value: 6, numerator: null, denominator: null });
    // all five flags present: T1, T2, T4, T5, T6 = 5 (T3 out); all five true: T1, T5 = 2: 40
    expectRow(rows, 'pep_target_smart_pct', '2023/24', { value: 40, numerator: 2, denominator: 5 });
    // true flags: T1 5, T2 4, T4 0, T5 5, T6 3: (5 + 4 + 0 + 5 + 3) / 5 = 17 / 5 = 3.4
    expectRow(rows, 'pep_target_smart_avg', '2023/24', { value: 3.4, numerator: null, denominator: 5 });
    // reviewed: T1 ACHIEVED, T2 PARTIAL, T3 NOT_ACHIEVED, T6 ACHIEVED = 4 (T4 NOT_REVIEWED, T5 empty out); achieved 2: 50
    expectRow(rows, 'pep_target_achieved_pct', '2023/24', { value: 50, numerator: 2, denominator: 4 });
  });

  it('computes the measures of 2022/23 (one late PEP with one target)', async () => {
    const rows = await measureRows(db, ALL);
    expectRow(rows, 'pep_n', '2022/23', { value: 1, numerator: null, denominator: null });
    // P8 completed: 1 of 1
    expectRow(rows, 'pep_completed_pct', '2022/23', { value: 100, numerator: 1, denominator: 1 });
    // 2023-07-03 > 2023-06-30: 0 of 1 → 0
    expectRow(rows, 'pep_on_time_pct', '2022/23', { value: 0, numerator: 0, denominator: 1 });
    // HIGH = GOLD: 1 of 1
    expectRow(rows, 'pep_good_pct', '2022/23', { value: 100, numerator: 1, denominator: 1 });
    // T8
    expectRow(rows, 'pep_targets_n', '2022/23', { value: 1, numerator: null, denominator: null });
    // time_bound false: 0 of 1 → 0; 4 true flags: 4 / 1
    expectRow(rows, 'pep_target_smart_pct', '2022/23', { value: 0, numerator: 0, denominator: 1 });
    expectRow(rows, 'pep_target_smart_avg', '2022/23', { value: 4, numerator: null, denominator: 1 });
    expectRow(rows, 'pep_target_achieved_pct', '2022/23', { value: 100, numerator: 1, denominator: 1 });
  });

  it('breaks pep_on_time_pct down by term', async () => {
    const rows = await measureRows(db, ['pep_on_time_pct'], {}, 'term');
    // 2023/24 AUTUMN: P1 (on the day), P3 (early) with due dates; P6 (AUT) has none: 2 of 2
    expectRow(rows, 'pep_on_time_pct', '2023/24', { value: 100, numerator: 2, denominator: 2 }, 'AUTUMN');
    // SPRING: P2 late, P4 (SPR) not completed: 0 of 2
    expectRow(rows, 'pep_on_time_pct', '2023/24', { value: 0, numerator: 0, denominator: 2 }, 'SPRING');
    // SUMMER: P5 has no due date: 0 / 0 → null
    expectRow(rows, 'pep_on_time_pct', '2023/24', { value: null, numerator: 0, denominator: 0 }, 'SUMMER');
    // 2022/23 SUMMER: P8 late: 0 of 1
    expectRow(rows, 'pep_on_time_pct', '2022/23', { value: 0, numerator: 0, denominator: 1 }, 'SUMMER');
  });

  it('breaks pep_target_smart_pct down by SMART criterion', async () => {
    const rows = await measureRows(db, ['pep_target_smart_pct'], {}, 'smart_criterion');
    // 2023/24, T1..T6 (S M A R T):
    //   T1 1 1 1 1 1 | T2 1 1 0 1 1 | T3 1 - 1 1 1 | T4 0 0 0 0 0 | T5 1 1 1 1 1 | T6 1 0 1 0 1
    // specific: present 6, true T1 T2 T3 T5 T6 = 5: 83.333…
    expectRow(rows, 'pep_target_smart_pct', '2023/24', { value: 500 / 6, numerator: 5, denominator: 6 }, 'specific');
    // measurable: present T1 T2 T4 T5 T6 = 5 (T3 missing), true T1 T2 T5 = 3: 60
    expectRow(rows, 'pep_target_smart_pct', '2023/24', { value: 60, numerator: 3, denominator: 5 }, 'measurable');
    // achievable: present 6, true T1 T3 T5 T6 = 4: 66.666…
    expectRow(rows, 'pep_target_smart_pct', '2023/24', { value: 400 / 6, numerator: 4, denominator: 6 }, 'achievable');
    // relevant: present 6, true T1 T2 T3 T5 = 4: 66.666…
    expectRow(rows, 'pep_target_smart_pct', '2023/24', { value: 400 / 6, numerator: 4, denominator: 6 }, 'relevant');
    // time_bound: present 6, true T1 T2 T3 T5 T6 = 5: 83.333…
    expectRow(rows, 'pep_target_smart_pct', '2023/24', { value: 500 / 6, numerator: 5, denominator: 6 }, 'time_bound');
    // 2022/23, T8 = 1 1 1 1 0
    for (const c of ['specific', 'measurable', 'achievable', 'relevant']) {
      expectRow(rows, 'pep_target_smart_pct', '2022/23', { value: 100, numerator: 1, denominator: 1 }, c);
    }
    expectRow(rows, 'pep_target_smart_pct', '2022/23', { value: 0, numerator: 0, denominator: 1 }, 'time_bound');
  });

  it('loads QA rating aliases as GOLD, GREEN, AMBER and RED (pep_n by QA rating)', async () => {
    const rows = await measureRows(db, ['pep_n'], {}, 'qa_rating');
    // 2023/24: GOLD P3 (OUTSTANDING); GREEN P1 (GOOD); AMBER P2, P6 (RI); RED P5
    expectRow(rows, 'pep_n', '2023/24', { value: 1, numerator: null, denominator: null }, 'GOLD');
    expectRow(rows, 'pep_n', '2023/24', { value: 1, numerator: null, denominator: null }, 'GREEN');
    expectRow(rows, 'pep_n', '2023/24', { value: 2, numerator: null, denominator: null }, 'AMBER');
    expectRow(rows, 'pep_n', '2023/24', { value: 1, numerator: null, denominator: null }, 'RED');
    // 2022/23: P8 (HIGH)
    expectRow(rows, 'pep_n', '2022/23', { value: 1, numerator: null, denominator: null }, 'GOLD');
  });

  it('filters by sen_provision, reporting years whose rows the filter excludes', async () => {
    const rows = await measureRows(db, ALL, { sen_provision: ['K'] });
    expect(pairs(rows)).toEqual(allPairs(PEP_YEARS, TARGET_YEARS));
    // 2023/24, C2: P3 (early, GOLD), P4 (due, not completed, unrated)
    expectRow(rows, 'pep_n', '2023/24', { value: 2, numerator: null, denominator: null });
    expectRow(rows, 'pep_completed_pct', '2023/24', { value: 50, numerator: 1, denominator: 2 });
    expectRow(rows, 'pep_on_time_pct', '2023/24', { value: 50, numerator: 1, denominator: 2 });
    expectRow(rows, 'pep_good_pct', '2023/24', { value: 100, numerator: 1, denominator: 1 });
    // targets T4 (0 true, NOT_REVIEWED) and T5 (5 true, no outcome)
    expectRow(rows, 'pep_targets_n', '2023/24', { value: 2, numerator: null, denominator: null });
    expectRow(rows, 'pep_target_smart_pct', '2023/24', { value: 50, numerator: 1, denominator: 2 });
    // (0 + 5) / 2 = 2.5
    expectRow(rows, 'pep_target_smart_avg', '2023/24', { value: 2.5, numerator: null, denominator: 2 });
    // no reviewed outcome: 0 / 0 → null
    expectRow(rows, 'pep_target_achieved_pct', '2023/24', { value: null, numerator: 0, denominator: 0 });
    // 2022/23: P8 is C1's (N): counts 0, ratios null, average of no values null
    expectRow(rows, 'pep_n', '2022/23', { value: 0, numerator: null, denominator: null });
    expectRow(rows, 'pep_completed_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(rows, 'pep_on_time_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(rows, 'pep_good_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(rows, 'pep_targets_n', '2022/23', { value: 0, numerator: null, denominator: null });
    expectRow(rows, 'pep_target_smart_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(rows, 'pep_target_smart_avg', '2022/23', { value: null, numerator: null, denominator: 0 });
    expectRow(rows, 'pep_target_achieved_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    // 2021/22: P9 is C1's: pep_n 0
    expectRow(rows, 'pep_n', '2021/22', { value: 0, numerator: null, denominator: null });
  });

  it('evaluates key_stage in the year of the PEP', async () => {
    const ks2 = await measureRows(db, ['pep_n', 'pep_targets_n'], { key_stage: ['KS2'] });
    // 2023/24: C2 (Year 3): P3, P4; targets T4, T5. 2022/23: C1 (Year 6): P8; target T8
    expectRow(ks2, 'pep_n', '2023/24', { value: 2, numerator: null, denominator: null });
    expectRow(ks2, 'pep_targets_n', '2023/24', { value: 2, numerator: null, denominator: null });
    expectRow(ks2, 'pep_n', '2022/23', { value: 1, numerator: null, denominator: null });
    expectRow(ks2, 'pep_targets_n', '2022/23', { value: 1, numerator: null, denominator: null });

    const ks3 = await measureRows(db, ['pep_n', 'pep_on_time_pct', 'pep_targets_n'], { key_stage: ['KS3'] });
    // 2023/24: C1 (Year 7): P1 (on time), P2 (late); targets T1, T2, T3. 2022/23: C1 is in KS2: none
    expectRow(ks3, 'pep_n', '2023/24', { value: 2, numerator: null, denominator: null });
    expectRow(ks3, 'pep_on_time_pct', '2023/24', { value: 50, numerator: 1, denominator: 2 });
    expectRow(ks3, 'pep_targets_n', '2023/24', { value: 3, numerator: null, denominator: null });
    expectRow(ks3, 'pep_n', '2022/23', { value: 0, numerator: null, denominator: null });
    expectRow(ks3, 'pep_on_time_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(ks3, 'pep_targets_n', '2022/23', { value: 0, numerator: null, denominator: null });
  });
});

describe('pep_pp_plus_gbp (PP+ committed: not in measures.md v1, asked for by issue 4)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': PUPILS,
      'care_periods.csv': csv(HEADERS.care_periods, 'C1,2020-01-01,,C2,U1,IN_LA'),
      'pep_reviews.csv': csv(
        HEADERS.pep_reviews,
        'P1,C1,2023/24,AUTUMN,REVIEW,,,,,500.50', // C1 (F)
        'P2,C1,2023/24,SPRING,REVIEW,,,,,0', //     an amount of 0 is an amount
        'P3,C2,2023/24,AUTUMN,REVIEW,,,,,300', //   C2 (M)
        'P4,C3,2023/24,SUMMER,REVIEW,,,,,', //      no amount: left out
        'P5,ZZ,2023/24,AUTUMN,REVIEW,,,,,1000', //  child not in pupils.csv: counted nowhere
        'P6,C1,2022/23,SUMMER,REVIEW,,,,,100',
      ),
    });
  });

  it('totals the amounts of the PEPs of each year, resting on the PEPs with an amount', async () => {
    const rows = await measureRows(db, ['pep_pp_plus_gbp']);
    expectRow(rows, 'pep_pp_plus_gbp', '2023/24', { value: 800.5, numerator: null, denominator: 3 }); // 500.50 + 0 + 300
    expectRow(rows, 'pep_pp_plus_gbp', '2022/23', { value: 100, numerator: null, denominator: 1 });
  });

  it('breaks down by term and narrows by the cohort filter', async () => {
    const byTerm = await measureRows(db, ['pep_pp_plus_gbp'], {}, 'term');
    expectRow(byTerm, 'pep_pp_plus_gbp', '2023/24', { value: 800.5, numerator: null, denominator: 2 }, 'AUTUMN');
    expectRow(byTerm, 'pep_pp_plus_gbp', '2023/24', { value: 0, numerator: null, denominator: 1 }, 'SPRING');
    expectRow(byTerm, 'pep_pp_plus_gbp', '2023/24', { value: null, numerator: null, denominator: 0 }, 'SUMMER');
    const girls = await measureRows(db, ['pep_pp_plus_gbp'], { sex: ['F'] });
    expectRow(girls, 'pep_pp_plus_gbp', '2023/24', { value: 500.5, numerator: null, denominator: 2 });
  });
});
