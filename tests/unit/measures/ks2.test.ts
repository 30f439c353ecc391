import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import type { LoadOutcome } from '../../../src/lib/ingest/load';
import { csv, expectRow, HEADERS, loadedWith, measureRows, pairs } from './harness';

/**
 * Key stage 2 measures and the rules of ks2_results (data contract; measures.md, ks2_*), worked by hand.
 * nc_year in Y/Y+1 = Y − birth year − (1 if birth month ≥ 9) − 4: every child below is in Year 6 in 2023/24.
 */
const KS2 = ['ks2_cohort_n', 'ks2_rwm_expected_pct', 'ks2_reading_scaled_avg', 'ks2_maths_scaled_avg'] as const;

const PUPILS = csv(
  HEADERS.pupils,
  'P1,F,2013-03,WBRI,N,0',
  'P2,M,2012-10,WBRI,K,0',
  'P3,F,2013-01,BAFR,N,0',
  'P4,M,2013-08,APKN,E,0',
  'P5,F,2013-05,WBRI,K,0',
  'P6,M,2012-09,MWBC,N,0',
  'P7,F,2013-02,WBRI,N,0',
  'P8,M,2012-05,WBRI,N,0',
);

// child_id,academic_year,reading_expected,writing_expected,maths_expected,reading_scaled,maths_scaled
const RESULTS = csv(
  HEADERS.ks2_results,
  'P1,2023/24,1,1,1,105,110', //   line 2: all three
  'P2,2023/24,1,0,1,101,100', //   line 3: writing not reached
  'P3,2023/24,,1,,99,104', //      line 4: empty flags read from the scores: reading 99 → no, maths 104 → yes
  'P4,2023/24,1,1,,,', //          line 5: maths empty with no score → not reached, still in the cohort
  'P5,2023/24,,1,,100,100', //     line 6: 100 reaches the standard: both filled in as reached
  'P6,2023/24,1,1,1,79,121', //    line 7: both scores out of 80 to 120: warnings, empty; the flags stand
  'P7,2023/24,0,1,1,103,95', //    line 8: both flags disagree with their scores: warnings, kept as given
  'P1,2023/24,0,0,0,90,90', //     line 9: a second row of (P1, 2023/24): rejected
  'P8,2022/23,1,1,1,100,101', //   line 10: the only row of 2022/23
  'GONE,2023/24,1,1,1,120,120', // line 11: not in pupils.csv: an orphan, counted nowhere
);

describe('key stage 2', () => {
  let db: Db;
  let out: LoadOutcome;
  beforeAll(async () => {
    ({ db, out } = await loadedWith({
      'pupils.csv': PUPILS,
      'care_periods.csv': csv(HEADERS.care_periods, 'P1,2020-01-01,,C2,U1,IN_LA'),
      'ks2_results.csv': RESULTS,
    }));
  });
  const report = () => out.files.find((f) => f.file === 'ks2_results.csv')!;

  it('rejects a second row of a child and year, naming the line of the first', () => {
    expect(report()).toMatchObject({ status: 'loaded', rows_read: 10, rows_loaded: 9, rows_rejected: 1, orphans: 1 });
    expect(report().errors).toEqual([
      {
        line: 9,
        column: 'child_id, academic_year',
        value: 'P1, 2023/24',
        reason: 'duplicate child_id, academic_year: already on line 2',
      },
    ]);
  });

  it('warns of a scaled score out of 80 to 120 and of a flag that disagrees with its score', () => {
    expect(report().warnings).toBe(4);
    const w = report().warning_details.map((d) => `${d.line} ${d.column}`);
    expect(w).toEqual(['7 reading_scaled', '7 maths_scaled', '8 reading_expected', '8 maths_expected']);
    const reading = report().warning_details.find((d) => d.line === 8 && d.column === 'reading_expected')!;
    expect(reading.value).toBe('0');
    expect(reading.reason).toBe(
      "says the expected standard was not reached, but the reading scaled score is 103 (100 or more reaches it): kept as given; check the pupil's results",
    );
  });

  it('stores empty flags read from their scores, and out-of-range scores as empty', async () => {
    const rows = await db.query<{
      id: string;
      r: boolean | null;
      m: boolean | null;
      rs: number | null;
      ms: number | null;
    }>(
      `SELECT child_id AS id, reading_expected AS r, maths_expected AS m, reading_scaled AS rs, maths_scaled AS ms
       FROM ks2_results WHERE child_id IN ('P3', 'P4', 'P5', 'P6') ORDER BY 1`,
    );
    expect(rows).toEqual([
      { id: 'P3', r: false, m: true, rs: 99, ms: 104 },
      { id: 'P4', r: true, m: null, rs: null, ms: null },
      { id: 'P5', r: true, m: true, rs: 100, ms: 100 },
      { id: 'P6', r: true, m: true, rs: null, ms: null },
    ]);
  });

  it('reports every measure for each year holding a row', async () => {
    const rows = await measureRows(db, KS2);
    expect(pairs(rows)).toEqual(KS2.flatMap((m) => [`${m} 2022/23`, `${m} 2023/24`]).sort());
  });

  it('computes 2023/24 with an empty flag counted as not reached', async () => {
    const rows = await measureRows(db, KS2);
    // P1..P7 (the duplicate rejected, GONE an orphan)
    expectRow(rows, 'ks2_cohort_n', '2023/24', { value: 7, numerator: null, denominator: null });
    // all three reached: P1, P5 (filled from 100 and 100), P6 (flags stand without scores) = 3 of 7
    expectRow(rows, 'ks2_rwm_expected_pct', '2023/24', { value: 300 / 7, numerator: 3, denominator: 7 });
    // reading scores: P1 105, P2 101, P3 99, P5 100, P7 103 = 508 / 5 = 101.6 (P4 none, P6 79 dropped)
    expectRow(rows, 'ks2_reading_scaled_avg', '2023/24', { value: 101.6, numerator: null, denominator: 5 });
    // maths scores: P1 110, P2 100, P3 104, P5 100, P7 95 = 509 / 5 = 101.8
    expectRow(rows, 'ks2_maths_scaled_avg', '2023/24', { value: 101.8, numerator: null, denominator: 5 });
    // P8 alone in 2022/23
    expectRow(rows, 'ks2_rwm_expected_pct', '2022/23', { value: 100, numerator: 1, denominator: 1 });
  });

  it('filters by sex and by SEN provision', async () => {
    // girls: P1 yes, P3 no, P5 yes, P7 no = 2 of 4
    const girls = await measureRows(db, KS2, { sex: ['F'] });
    expectRow(girls, 'ks2_rwm_expected_pct', '2023/24', { value: 50, numerator: 2, denominator: 4 });
    // reading: P1 105, P3 99, P5 100, P7 103 = 407 / 4 = 101.75
    expectRow(girls, 'ks2_reading_scaled_avg', '2023/24', { value: 101.75, numerator: null, denominator: 4 });
    // SEN support (K): P2 no, P5 yes = 1 of 2
    const sen = await measureRows(db, KS2, { sen_provision: ['K'] });
    expectRow(sen, 'ks2_rwm_expected_pct', '2023/24', { value: 50, numerator: 1, denominator: 2 });
  });

  it('breaks the expected standard down by sex', async () => {
    const rows = await measureRows(db, ['ks2_rwm_expected_pct'], {}, 'sex');
    // boys: P2 no, P4 no, P6 yes = 1 of 3
    expectRow(rows, 'ks2_rwm_expected_pct', '2023/24', { value: 100 / 3, numerator: 1, denominator: 3 }, 'M');
    expectRow(rows, 'ks2_rwm_expected_pct', '2023/24', { value: 50, numerator: 2, denominator: 4 }, 'F');
  });

  // last: it opens a database of its own, which closes the one the tests above share
  it('loads a file with scores but no reading or maths flags, reading each flag from its score', async () => {
    const { db: scored, out: loaded } = await loadedWith({
      'pupils.csv': PUPILS,
      'care_periods.csv': csv(HEADERS.care_periods, 'P1,2020-01-01,,C2,U1,IN_LA'),
      'ks2_results.csv': csv(
        'child_id,academic_year,writing_expected,reading_scaled,maths_scaled',
        'P1,2023/24,1,100,99',
      ),
    });
    expect(loaded.files.find((f) => f.file === 'ks2_results.csv')).toMatchObject({ rows_loaded: 1, warnings: 0 });
    expect(await scored.query('SELECT reading_expected AS r, maths_expected AS m FROM ks2_results')).toEqual([
      { r: true, m: false },
    ]);
  });
});
