import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import type { ReportRow } from '../../../src/lib/measures/report';
import { csv, dbWith, expectRow, HEADERS, measureRows, pairs, type Expected } from './harness';

/**
 * Key stage 4 measures (spec measures.md, "Pupil-based measures" and "Machine-readable report").
 * Every expected value below is worked by hand from the spec; the working is in the comments.
 */

const KS4 = [
  'ks4_cohort_n',
  'ks4_att8_avg',
  'ks4_p8_avg',
  'ks4_em_grade4plus_pct',
  'ks4_em_grade5plus_pct',
  'ks4_no_qualifications_pct',
] as const;

const allPairs = (periods: string[]) => KS4.flatMap((m) => periods.map((p) => `${m} ${p}`)).sort();

// nc_year in Y/Y+1 = Y − birth year − (1 if birth month ≥ 9) − 4
// K1: 2023 − 2008 − 0 − 4 = 11 (KS4); K2: 2023 − 2007 − 1 − 4 = 11; K3, K4, K5: born 2008 before September → 11;
// K6: 2023 − 2007 − 1 − 4 = 11; K7: 2023 − 2010 − 0 − 4 = 9 (KS3, an early entry); J1 in 2022/23: 2022 − 2007 − 4 = 11 (KS4).
const PUPILS = csv(
  HEADERS.pupils,
  'K1,F,2008-03,WBRI,N,0',
  'K2,F,2007-09,WBRI,K,0',
  'K3,M,2008-01,BAFR,E,1',
  'K4,M,2008-08,APKN,N,0',
  'K5,F,2008-05,WBRI,N,0',
  'K6,M,2007-11,MWBC,K,0',
  'K7,M,2010-01,WBRI,N,0',
  'J1,M,2007-05,WBRI,N,0',
);

// child_id,academic_year,att8,p8,english_grade,maths_grade,qualifications
const RESULTS = csv(
  HEADERS.ks4_results,
  'K1,2023/24,50,0.5,5,6,8', //   E&M 4+: yes  5+: yes
  'K2,2023/24,30,-1,4,3,5', //    4 in English, 3 in maths: 4+ no, 5+ no
  'K3,2023/24,,,U,9,0', //        no att8, no p8; U counts below 1: 4+ no; no qualifications
  'K4,2023/24,22.5,,9,4,', //     no p8: 4+ yes, 5+ no (maths 4); qualifications unknown
  'K5,2023/24,0,-2.25,,7,0', //   att8 0 is a value; empty English grade: 4+ no but in the cohort; no qualifications
  'K6,2023/24,41,0.25,4,4,3', //  4+ yes (exactly 4 and 4), 5+ no
  'K7,2023/24,,,6,X,2', //        X counts below 1: 4+ no
  'ORPH,2023/24,90,5,9,9,0', //   child not in pupils.csv: an orphan, counted nowhere
  'J1,2022/23,,,3,2,4', //        the only row of 2022/23
);

describe('key stage 4 measures', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': PUPILS,
      // only K1 has a care period: the others are not on roll, and KS4 measures count them all the same
      'care_periods.csv': csv(HEADERS.care_periods, 'K1,2020-01-01,,C2,U1,IN_LA'),
      'ks4_results.csv': RESULTS,
    });
  }, 30_000);

  it('reports every ks4 measure for each year holding a ks4_results row', async () => {
    const rows = await measureRows(db, KS4);
    expect(pairs(rows)).toEqual(allPairs(['2022/23', '2023/24']));
  });

  it('computes every ks4 measure of 2023/24 without a filter (the orphan left out)', async () => {
    const rows = await measureRows(db, KS4);
    // cohort: K1..K7 = 7 rows (ORPH is not in pupils.csv); a count: numerator and denominator null
    expectRow(rows, 'ks4_cohort_n', '2023/24', { value: 7, numerator: null, denominator: null });
    // att8 present for K1, K2, K4, K5, K6: (50 + 30 + 22.5 + 0 + 41) / 5 = 143.5 / 5 = 28.7; denominator = 5 values averaged
    expectRow(rows, 'ks4_att8_avg', '2023/24', { value: 28.7, numerator: null, denominator: 5 });
    // p8 present for K1, K2, K5, K6: (0.5 − 1 − 2.25 + 0.25) / 4 = −2.5 / 4 = −0.625
    expectRow(rows, 'ks4_p8_avg', '2023/24', { value: -0.625, numerator: null, denominator: 4 });
    // English ≥ 4 and maths ≥ 4: K1 (5,6), K4 (9,4), K6 (4,4) = 3 of the cohort of 7: 300 / 7 = 42.857142…
    expectRow(rows, 'ks4_em_grade4plus_pct', '2023/24', { value: 300 / 7, numerator: 3, denominator: 7 });
    // English ≥ 5 and maths ≥ 5: K1 only = 1 of 7: 100 / 7 = 14.285714…
    expectRow(rows, 'ks4_em_grade5plus_pct', '2023/24', { value: 100 / 7, numerator: 1, denominator: 7 });
    // qualifications present: K1 8, K2 5, K3 0, K5 0, K6 3, K7 2 = 6 rows (K4 empty); = 0: K3, K5 = 2: 200 / 6 = 33.333…
    expectRow(rows, 'ks4_no_qualifications_pct', '2023/24', { value: 100 / 3, numerator: 2, denominator: 6 });
  });

  it('gives null averages where no row has a value, and 0 for a ratio of 0 over a non-zero denominator (2022/23)', async () => {
    const rows = await measureRows(db, KS4);
    // J1 alone: cohort 1
    expectRow(rows, 'ks4_cohort_n', '2022/23', { value: 1, numerator: null, denominator: null });
    // no att8, no p8: average of no values → null, 0 values averaged
    expectRow(rows, 'ks4_att8_avg', '2022/23', { value: null, numerator: null, denominator: 0 });
    expectRow(rows, 'ks4_p8_avg', '2022/23', { value: null, numerator: null, denominator: 0 });
    // grades 3 and 2: 0 of 1 → 0
    expectRow(rows, 'ks4_em_grade4plus_pct', '2022/23', { value: 0, numerator: 0, denominator: 1 });
    expectRow(rows, 'ks4_em_grade5plus_pct', '2022/23', { value: 0, numerator: 0, denominator: 1 });
    // qualifications 4: 0 of 1 → 0
    expectRow(rows, 'ks4_no_qualifications_pct', '2022/23', { value: 0, numerator: 0, denominator: 1 });
  });

  it('filters by sex, and keeps a year whose rows the filter excludes, with cohort 0 and null ratios', async () => {
    const rows = await measureRows(db, KS4, { sex: ['F'] });
    expect(pairs(rows)).toEqual(allPairs(['2022/23', '2023/24']));
    // girls of 2023/24: K1, K2, K5
    expectRow(rows, 'ks4_cohort_n', '2023/24', { value: 3, numerator: null, denominator: null });
    // (50 + 30 + 0) / 3 = 26.666…
    expectRow(rows, 'ks4_att8_avg', '2023/24', { value: 80 / 3, numerator: null, denominator: 3 });
    // (0.5 − 1 − 2.25) / 3 = −2.75 / 3 = −0.91666…
    expectRow(rows, 'ks4_p8_avg', '2023/24', { value: -2.75 / 3, numerator: null, denominator: 3 });
    // K1 only: 1 / 3
    expectRow(rows, 'ks4_em_grade4plus_pct', '2023/24', { value: 100 / 3, numerator: 1, denominator: 3 });
    expectRow(rows, 'ks4_em_grade5plus_pct', '2023/24', { value: 100 / 3, numerator: 1, denominator: 3 });
    // qualifications 8, 5, 0: 1 / 3
    expectRow(rows, 'ks4_no_qualifications_pct', '2023/24', { value: 100 / 3, numerator: 1, denominator: 3 });
    // 2022/23 holds only J1 (M): cohort 0 (an empty count is 0); averages of no values null; ratios 0/0 null
    expectRow(rows, 'ks4_cohort_n', '2022/23', { value: 0, numerator: null, denominator: null });
    expectRow(rows, 'ks4_att8_avg', '2022/23', { value: null, numerator: null, denominator: 0 });
    expectRow(rows, 'ks4_p8_avg', '2022/23', { value: null, numerator: null, denominator: 0 });
    expectRow(rows, 'ks4_em_grade4plus_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(rows, 'ks4_em_grade5plus_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
    expectRow(rows, 'ks4_no_qualifications_pct', '2022/23', { value: null, numerator: 0, denominator: 0 });
  });

  it('filters by sen_provision (any of the listed values)', async () => {
    const rows = await measureRows(db, KS4, { sen_provision: ['K', 'E'] });
    expect(pairs(rows)).toEqual(allPairs(['2022/23', '2023/24']));
    // K2 (K), K3 (E), K6 (K)
    expectRow(rows, 'ks4_cohort_n', '2023/24', { value: 3, numerator: null, denominator: null });
    // att8 of K2, K6: (30 + 41) / 2 = 35.5
    expectRow(rows, 'ks4_att8_avg', '2023/24', { value: 35.5, numerator: null, denominator: 2 });
    // p8 of K2, K6: (−1 + 0.25) / 2 = −0.375
    expectRow(rows, 'ks4_p8_avg', '2023/24', { value: -0.375, numerator: null, denominator: 2 });
    // 4+: K6 only (K2 has 4/3, K3 U/9): 1 / 3
    expectRow(rows, 'ks4_em_grade4plus_pct', '2023/24', { value: 100 / 3, numerator: 1, denominator: 3 });
    // 5+: none of 3 → 0
    expectRow(rows, 'ks4_em_grade5plus_pct', '2023/24', { value: 0, numerator: 0, denominator: 3 });
    // qualifications 5, 0, 3: 1 / 3
    expectRow(rows, 'ks4_no_qualifications_pct', '2023/24', { value: 100 / 3, numerator: 1, denominator: 3 });
    // J1 has N: 2022/23 cohort 0
    expectRow(rows, 'ks4_cohort_n', '2022/23', { value: 0, numerator: null, denominator: null });
  });

  it('evaluates key_stage in the year of the result', async () => {
    const ks3 = await measureRows(db, KS4, { key_stage: ['KS3'] });
    expect(pairs(ks3)).toEqual(allPairs(['2022/23', '2023/24']));
    // K7 is in Year 9 (KS3) in 2023/24: cohort 1; no att8, no p8; 6/X: 0 of 1; qualifications 2: 0 of 1
    expectRow(ks3, 'ks4_cohort_n', '2023/24', { value: 1, numerator: null, denominator: null });
    expectRow(ks3, 'ks4_att8_avg', '2023/24', { value: null, numerator: null, denominator: 0 });
    expectRow(ks3, 'ks4_p8_avg', '2023/24', { value: null, numerator: null, denominator: 0 });
    expectRow(ks3, 'ks4_em_grade4plus_pct', '2023/24', { value: 0, numerator: 0, denominator: 1 });
    expectRow(ks3, 'ks4_em_grade5plus_pct', '2023/24', { value: 0, numerator: 0, denominator: 1 });
    expectRow(ks3, 'ks4_no_qualifications_pct', '2023/24', { value: 0, numerator: 0, denominator: 1 });
    // J1 is in Year 11 (KS4) in 2022/23: none
    expectRow(ks3, 'ks4_cohort_n', '2022/23', { value: 0, numerator: null, denominator: null });

    const ks4 = await measureRows(db, KS4, { key_stage: ['KS4'] });
    // K1..K6 in 2023/24 (all Year 11) = 6; 4+: K1, K4, K6 = 3 of 6 = 50; J1 in 2022/23 = 1
    expectRow(ks4, 'ks4_cohort_n', '2023/24', { value: 6, numerator: null, denominator: null });
    expectRow(ks4, 'ks4_em_grade4plus_pct', '2023/24', { value: 50, numerator: 3, denominator: 6 });
    expectRow(ks4, 'ks4_cohort_n', '2022/23', { value: 1, numerator: null, denominator: null });
  });

  it('reports cohort 0 and null averages and percentages when a filter selects no child in any year', async () => {
    const rows = await measureRows(db, KS4, { sex: ['U'] });
    expect(pairs(rows)).toEqual(allPairs(['2022/23', '2023/24']));
    for (const period of ['2022/23', '2023/24']) {
      expectRow(rows, 'ks4_cohort_n', period, { value: 0, numerator: null, denominator: null });
      expectRow(rows, 'ks4_att8_avg', period, { value: null, numerator: null, denominator: 0 });
      expectRow(rows, 'ks4_p8_avg', period, { value: null, numerator: null, denominator: 0 });
      expectRow(rows, 'ks4_em_grade4plus_pct', period, { value: null, numerator: 0, denominator: 0 });
      expectRow(rows, 'ks4_em_grade5plus_pct', period, { value: null, numerator: 0, denominator: 0 });
      expectRow(rows, 'ks4_no_qualifications_pct', period, { value: null, numerator: 0, denominator: 0 });
    }
  });
});
