import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, vsd, type Run } from './run-vsd';

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vsd-report-'));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const lines = (...rows: string[]) => rows.join('\n') + '\n';

/*
 * A small set, worked by hand.
 * pupils: A F born 2008-05 → nc_year in 2023/24 = 2023 − 2008 − 4 = 11; B M 2008-03 → 11; C F 2008-07 → 11;
 *         L1–L4 care leavers (nc_year ≥ 12 in 2023/24, never on the roll).
 * care: A from 2020-01-01 (open): on roll 2023/24, CLA12M (start ≤ 2023-03-31, open at 2024-03-31).
 *       B from 2023-06-01 (open): on roll, not CLA12M (started after 31 March 2023).
 *       C 2019-01-01 → 2023-08-31: not open on any day of 2023/24 → not on roll; its KS4 row still counts
 *       (KS4 measures count rows of children of pupils.csv passing the filter).
 */
const PUPILS = lines(
  'child_id,sex,birth_year_month,ethnicity,sen_provision,uasc',
  'A,F,2008-05,WBRI,N,0',
  'B,M,2008-03,WBRI,N,0',
  'C,F,2008-07,WBRI,N,0',
  'L1,F,2007-01,WBRI,N,0',
  'L2,M,2007-06,WBRI,N,0',
  'L3,F,2004-11,WBRI,N,0',
  'L4,M,2004-02,WBRI,N,0',
);
const CARE = lines(
  'child_id,start_date,end_date,legal_status,placement_type,placement_location',
  'A,2020-01-01,,C2,U1,IN_LA',
  'B,2023-06-01,,C2,U1,OUT_LA_GT20MI',
  'C,2019-01-01,2023-08-31,C2,U1,IN_LA',
  'L1,2016-01-01,2025-01-31,C2,U1,IN_LA',
);
// A: att8 30.5, p8 −1.2, E5 M4, 8 quals; B: 20, no p8, E4 M3, 3 quals; C: 22, p8 0.4, U/X, 0 quals
const KS4 = lines(
  'child_id,academic_year,att8,p8,english_grade,maths_grade,qualifications',
  'A,2023/24,30.5,-1.2,5,4,8',
  'B,2023/24,20,,4,3,3',
  'C,2023/24,22,0.4,U,X,0',
);
// 2025: L1 F 18 F1 (HE), L2 M 17 G4 (NEET), L3 F 20 F4 (APPRENTICESHIP), L4 M 21 0 (NOT_KNOWN)
const DESTINATIONS = lines(
  'child_id,reporting_year,age,activity,in_touch',
  'L1,2025,18,F1,YES',
  'L2,2025,17,G4,YES',
  'L3,2025,20,F4,YES',
  'L4,2025,21,0,NO',
);
// one episode: 2023-10-02 → 2023-10-20 (18 days) RETURNED; open on census day Thu 2023-10-05
const CME = lines(
  'record_id,child_id,start_date,end_date,end_reason,social_care_status',
  'R1,X1,2023-10-02,2023-10-20,RETURNED_TO_SCHOOL,NONE',
);
// refused: a UPN where an officer reference should be means the export is wrong (data contract, "Identifiable data never enters")
const EHE_REFUSED = lines(
  'record_id,child_id,start_date,end_date,primary_reason,social_care_status,nc_year,first_contact_date,end_reason,officer_ref',
  'E1,Y1,2023-09-10,,LIFESTYLE,NONE,8,2023-09-20,,H801200001001',
);

type Row = [
  measure: string,
  period: string,
  value: number | null,
  numerator: number | null,
  denominator: number | null,
];

/*
 * Unfiltered: every measure and period with data (21 rows). Counts and averages: numerator null;
 * counts: denominator null; averages: denominator = number of values.
 */
const ALL_ROWS: Row[] = [
  ['roll_n', '2023/24', 2, null, null], // A, B
  ['cla12m_n', '2023/24', 1, null, null], // A
  ['ks4_cohort_n', '2023/24', 3, null, null], // A, B, C
  ['ks4_att8_avg', '2023/24', 72.5 / 3, null, 3], // (30.5 + 20 + 22) / 3 = 24.1666…
  ['ks4_p8_avg', '2023/24', -0.4, null, 2], // (−1.2 + 0.4) / 2
  ['ks4_em_grade4plus_pct', '2023/24', 100 / 3, 1, 3], // A (5, 4) only
  ['ks4_em_grade5plus_pct', '2023/24', 0, 0, 3], // A's maths 4 < 5
  ['ks4_no_qualifications_pct', '2023/24', 100 / 3, 1, 3], // C
  ['cl17_18_eet_pct', '2025', 50, 1, 2], // L1 HE of L1, L2
  ['cl17_18_he_pct', '2025', 50, 1, 2],
  ['cl17_18_apprenticeship_pct', '2025', 0, 0, 2],
  ['cl17_18_neet_pct', '2025', 50, 1, 2], // L2 G4
  ['cl19_21_eet_pct', '2025', 50, 1, 2], // L3 apprenticeship of L3, L4 (not known, in the denominator)
  ['cl19_21_he_pct', '2025', 0, 0, 2],
  ['cl19_21_apprenticeship_pct', '2025', 50, 1, 2],
  ['cl19_21_neet_pct', '2025', 0, 0, 2],
  ['cme_started_n', '2023/24', 1, null, null],
  ['cme_open_census_n', '2023/24', 1, null, null],
  ['cme_returned_n', '2023/24', 1, null, null],
  ['cme_days_to_return_median', '2023/24', 18, null, 1],
  ['cme_returned_30d_pct', '2023/24', 100, 1, 1], // 18 ≤ 30
];

/*
 * --filter sex=F: A, C, L1, L3. Registers do not take the pupil filter: CME rows unchanged.
 */
const FEMALE_ROWS: Row[] = [
  ['roll_n', '2023/24', 1, null, null], // A (C not on roll)
  ['cla12m_n', '2023/24', 1, null, null], // A
  ['ks4_cohort_n', '2023/24', 2, null, null], // A, C
  ['ks4_att8_avg', '2023/24', 26.25, null, 2], // (30.5 + 22) / 2
  ['ks4_p8_avg', '2023/24', -0.4, null, 2], // (−1.2 + 0.4) / 2
  ['ks4_em_grade4plus_pct', '2023/24', 50, 1, 2], // A
  ['ks4_em_grade5plus_pct', '2023/24', 0, 0, 2],
  ['ks4_no_qualifications_pct', '2023/24', 50, 1, 2], // C
  ['cl17_18_eet_pct', '2025', 100, 1, 1], // L1 HE
  ['cl17_18_he_pct', '2025', 100, 1, 1],
  ['cl17_18_apprenticeship_pct', '2025', 0, 0, 1],
  ['cl17_18_neet_pct', '2025', 0, 0, 1],
  ['cl19_21_eet_pct', '2025', 100, 1, 1], // L3 apprenticeship
  ['cl19_21_he_pct', '2025', 0, 0, 1],
  ['cl19_21_apprenticeship_pct', '2025', 100, 1, 1],
  ['cl19_21_neet_pct', '2025', 0, 0, 1],
  ['cme_started_n', '2023/24', 1, null, null],
  ['cme_open_census_n', '2023/24', 1, null, null],
  ['cme_returned_n', '2023/24', 1, null, null],
  ['cme_days_to_return_median', '2023/24', 18, null, 1],
  ['cme_returned_30d_pct', '2023/24', 100, 1, 1],
];

interface JsonRow {
  measure: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  [k: string]: unknown;
}

/** The rows, whatever their order, with exact counts and values exact to 9 decimals (no rounding for display). */
function expectRows(rows: JsonRow[], expected: Row[]) {
  const key = (m: string, p: string) => `${m} ${p}`;
  expect(rows.map((r) => key(r.measure, r.period)).sort()).toEqual(expected.map(([m, p]) => key(m, p)).sort());
  const byKey = new Map(rows.map((r) => [key(r.measure, r.period), r]));
  for (const [measure, period, value, numerator, denominator] of expected) {
    const r = byKey.get(key(measure, period))!;
    expect({ measure, period, value: r.value, numerator: r.numerator, denominator: r.denominator }).toEqual({
      measure,
      period,
      value: value === null ? null : expect.closeTo(value, 9),
      numerator,
      denominator,
    });
  }
}

// The 46 measure ids of measures.md (26 pupil-based, 8 care leavers, 5 CME, 7 EHE), and pep_pp_plus_gbp, which issue 4 adds.
const ALL_MEASURE_IDS = [
  'roll_n',
  'cla12m_n',
  'ks4_cohort_n',
  'ks4_att8_avg',
  'ks4_p8_avg',
  'ks4_em_grade4plus_pct',
  'ks4_em_grade5plus_pct',
  'ks4_no_qualifications_pct',
  'ks2_cohort_n',
  'ks2_rwm_expected_pct',
  'ks2_reading_scaled_avg',
  'ks2_maths_scaled_avg',
  'post16_n',
  'post16_in_education_pct',
  'post16_l2_by19_pct',
  'post16_l3_by19_pct',
  'post16_em_l2_by19_pct',
  'post16_withdrawn_pct',
  'abs_overall_pct',
  'abs_persistent_10_pct',
  'abs_severe_50_pct',
  'susp_n',
  'susp_rate_per100',
  'susp_oneplus_pct',
  'susp_repeat_pct',
  'susp_sessions_lost',
  'excl_perm_n',
  'excl_perm_pct',
  'pep_n',
  'pep_completed_pct',
  'pep_on_time_pct',
  'pep_good_pct',
  'pep_pp_plus_gbp',
  'pep_targets_n',
  'pep_target_smart_pct',
  'pep_target_smart_avg',
  'pep_target_achieved_pct',
  'cl17_18_eet_pct',
  'cl19_21_eet_pct',
  'cl17_18_he_pct',
  'cl19_21_he_pct',
  'cl17_18_apprenticeship_pct',
  'cl19_21_apprenticeship_pct',
  'cl17_18_neet_pct',
  'cl19_21_neet_pct',
  'cme_started_n',
  'cme_open_census_n',
  'cme_returned_n',
  'cme_days_to_return_median',
  'cme_returned_30d_pct',
  'ehe_started_n',
  'ehe_open_census_n',
  'ehe_ended_n',
  'ehe_returned_to_school_n',
  'ehe_social_care_pct',
  'ehe_first_contact_median_days',
  'ehe_cases_per_officer',
];

const runs: Record<string, Run> = {};

beforeAll(async () => {
  expect(ALL_MEASURE_IDS).toHaveLength(57);
  const full = {
    'pupils.csv': PUPILS,
    'care_periods.csv': CARE,
    'ks4_results.csv': KS4,
    'destinations.csv': DESTINATIONS,
    'cme_episodes.csv': CME,
  };
  const main = dirWith(full);
  const refused = dirWith({ ...full, 'ehe_episodes.csv': EHE_REFUSED });
  const without = (name: string) => Object.fromEntries(Object.entries(full).filter(([n]) => n !== name));
  const calls: Record<string, string[]> = {
    plain: ['report', '--data', main],
    female: ['report', '--data', main, '--filter', 'sex=F'],
    benchmarks: ['report', '--data', main, '--benchmarks'],
    dudley: ['report', '--data', main, '--benchmarks', '--authority', 'E08000027'],
    dorset: ['report', '--data', main, '--authority', 'dorset'],
    unknownAuthority: ['report', '--data', main, '--authority', 'Dudly'],
    intervals: ['report', '--data', main, '--intervals'],
    badKey: ['report', '--data', main, '--filter', 'colour=red'],
    badValue: ['report', '--data', main, '--filter', 'key_stage=KS5'],
    refused: ['report', '--data', refused],
    noPupils: ['report', '--data', dirWith(without('pupils.csv'))],
    noCare: ['report', '--data', dirWith(without('care_periods.csv'))],
    demo: ['report', '--data', join(ROOT, 'data', 'demo')],
    orphans: ['report', '--data', join(ROOT, 'tests', 'fixtures', 'orphans')],
    orphansFew: ['report', '--data', join(ROOT, 'tests', 'fixtures', 'orphans-few')],
  };
  const done = await Promise.all(
    Object.entries(calls).map(async ([name, args]) => [name, await vsd(...args)] as const),
  );
  for (const [name, run] of done) runs[name] = run;
}, 120_000);

describe('vsd report --data DIR', () => {
  it('prints vsd-report/1 with unrounded values for every measure and period that has data, and exits 0', () => {
    const { code, out } = runs.plain;
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json).sort()).toEqual(['filters', 'rows', 'schema']);
    expect(json.schema).toBe('vsd-report/1');
    expect(json.filters).toEqual({});
    for (const r of json.rows)
      expect(Object.keys(r).sort()).toEqual(['denominator', 'measure', 'numerator', 'period', 'value']);
    expectRows(json.rows, ALL_ROWS);
    // unrounded: 24.1666…, not 24.2 (1 dp on screen)
    expect(json.rows.find((r: JsonRow) => r.measure === 'ks4_att8_avg').value).not.toBe(24.2);
  });

  it('--filter sex=F appears in "filters" and narrows the pupil and leaver measures, not the registers', () => {
    const { code, out } = runs.female;
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.schema).toBe('vsd-report/1');
    expect(json.filters).toEqual({ sex: ['F'] });
    expectRows(json.rows, FEMALE_ROWS);
  });

  it('exits 2 on an unknown filter key, listing the valid keys', () => {
    const { code, out, err } = runs.badKey;
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('colour');
    for (const k of [
      'sex',
      'ethnicity',
      'ethnicity_group',
      'sen_provision',
      'uasc',
      'placement_location',
      'nc_year',
      'key_stage',
      'school_ref',
      'school_in_la',
      'cla12m',
      'social_care_status',
    ]) {
      expect(err).toContain(k);
    }
  });

  it('exits 2 on an unknown filter value, listing the valid values', () => {
    const { code, out, err } = runs.badValue;
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('KS5');
    for (const v of ['EY', 'KS1', 'KS2', 'KS3', 'KS4', 'POST16']) expect(err).toContain(v);
  });

  it('puts a refused optional file’s problem on stderr, exits 0, and still reports the other tables', () => {
    const { code, out, err } = runs.refused;
    expect(code).toBe(0);
    expect(err).toContain('ehe_episodes.csv');
    expect(err.toLowerCase()).toContain('upn');
    expect(err + out).not.toContain('H801200001001');
    const json = JSON.parse(out);
    // ehe_episodes holds no row: no EHE measure; everything else as without the file
    expect(json.rows.filter((r: JsonRow) => r.measure.startsWith('ehe_'))).toEqual([]);
    expectRows(json.rows, ALL_ROWS);
  });

  it('exits 1 without pupils.csv', () => {
    expect(runs.noPupils.code).toBe(1);
    expect(runs.noPupils.err).toContain('pupils');
  });

  it('exits 1 without care_periods.csv', () => {
    expect(runs.noCare.code).toBe(1);
    expect(runs.noCare.err).toContain('care_periods');
  });

  it('--benchmarks adds each row’s national figures from data/national-benchmarks.csv', () => {
    const { code, out } = runs.benchmarks;
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.schema).toBe('vsd-report/1');
    // the same rows and values as without the flag
    expectRows(json.rows, ALL_ROWS);
    const row = (m: string, p: string) => json.rows.find((r: JsonRow) => r.measure === m && r.period === p);
    // national-benchmarks.csv: 202324,2023/24,ks4_att8_avg,CLA_12M,18.2 and ...,ALL_PUPILS,45.9
    expect(row('ks4_att8_avg', '2023/24').benchmarks).toMatchObject({ CLA_12M: 18.2, ALL_PUPILS: 45.9 });
    // ks4_p8_avg 2023/24: CLA_12M −1.31, ALL_PUPILS −0.03; ks4_em_grade4plus_pct: CLA_12M 18.0, ALL_PUPILS 65.0
    expect(row('ks4_p8_avg', '2023/24').benchmarks).toMatchObject({ CLA_12M: -1.31, ALL_PUPILS: -0.03 });
    expect(row('ks4_em_grade4plus_pct', '2023/24').benchmarks).toMatchObject({ CLA_12M: 18, ALL_PUPILS: 65 });
    // 2025,2025,cl17_18_eet_pct,CARE_LEAVERS_17_18,64.0 and 2025,2025,cl19_21_neet_pct,CARE_LEAVERS_19_21,40.0
    expect(row('cl17_18_eet_pct', '2025').benchmarks).toMatchObject({ CARE_LEAVERS_17_18: 64 });
    expect(row('cl19_21_neet_pct', '2025').benchmarks).toMatchObject({ CARE_LEAVERS_19_21: 40 });
    // roll_n has no national figure of its id
    expect(Object.keys(row('roll_n', '2023/24').benchmarks ?? {})).toEqual([]);
  });

  it('--authority adds the authority’s own, its neighbours’ and its region’s published figures', () => {
    const { code, out } = runs.dudley;
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expectRows(json.rows, ALL_ROWS);
    const row = json.rows.find((r: JsonRow) => r.measure === 'ks4_att8_avg' && r.period === '2023/24');
    // la-benchmarks.csv, 2023/24, Attainment 8, CLA_12M: Dudley 20.7, West Midlands 19.8; England (national file) 18.2
    expect(row.benchmarks).toMatchObject({
      CLA_12M: 18.2,
      la_CLA_12M: 20.7,
      region_CLA_12M: 19.8,
      neighbours_n_CLA_12M: 10,
    });
    expect(typeof row.benchmarks.neighbours_CLA_12M).toBe('number');
  });

  it('--authority takes a name, the current authority where two share it, and implies --benchmarks', () => {
    const { code, out } = runs.dorset;
    expect(code).toBe(0);
    const row = JSON.parse(out).rows.find((r: JsonRow) => r.measure === 'ks4_att8_avg' && r.period === '2023/24');
    // Dorset E06000059 (from 2019), not E10000009 (to 2018/19): 14.8 in 2023/24
    expect(row.benchmarks).toMatchObject({ CLA_12M: 18.2, la_CLA_12M: 14.8 });
  });

  it('--authority of no known authority is a usage error naming the closest', () => {
    const { code, out, err } = runs.unknownAuthority;
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(
      'vsd: --authority: no local authority of that code or name; the closest are Dudley (E08000027)',
    );
  });

  it('--intervals adds the 95% interval of each figure with one, and none to a count', () => {
    const { code, out } = runs.intervals;
    expect(code).toBe(0);
    const rows: (JsonRow & { low?: number; high?: number })[] = JSON.parse(out).rows;
    expectRows(rows, ALL_ROWS);
    const row = (m: string, p: string) => rows.find((r) => r.measure === m && r.period === p)!;
    // Wilson, 1 of 3: 6.15 to 79.23
    expect(row('ks4_em_grade4plus_pct', '2023/24').low).toBeCloseTo(6.15, 2);
    expect(row('ks4_em_grade4plus_pct', '2023/24').high).toBeCloseTo(79.23, 2);
    // t, 30.5, 20, 22: mean 24.1667, sd √(62.1667 / 2) = 5.5752, ± 4.302653 × 5.5752 / √3 = 13.8494
    expect(row('ks4_att8_avg', '2023/24').low).toBeCloseTo(10.32, 2);
    expect(row('ks4_att8_avg', '2023/24').high).toBeCloseTo(38.02, 2);
    expect(row('roll_n', '2023/24').low).toBeUndefined();
  });

  it('reports the demo data: exit 0, rows for all 57 measures, roll_n for 2019/20 to 2024/25', () => {
    const { code, out } = runs.demo;
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.schema).toBe('vsd-report/1');
    expect([...new Set(json.rows.map((r: JsonRow) => r.measure))].sort()).toEqual([...ALL_MEASURE_IDS].sort());
    expect(
      json.rows
        .filter((r: JsonRow) => r.measure === 'roll_n')
        .map((r: JsonRow) => r.period)
        .sort(),
    ).toEqual(['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
  });

  it('prints every key stage 2 measure for each assessed year of the demo, and every post-16 one for each year', () => {
    const rows: JsonRow[] = JSON.parse(runs.demo.out).rows;
    const periods = (prefix: string) =>
      [...new Set(rows.filter((r) => r.measure.startsWith(prefix)).map((r) => `${r.measure} ${r.period}`))].sort();
    const each = (ids: string[], years: string[]) => ids.flatMap((m) => years.map((y) => `${m} ${y}`)).sort();
    const ks2 = ALL_MEASURE_IDS.filter((m) => m.startsWith('ks2_'));
    const post16 = ALL_MEASURE_IDS.filter((m) => m.startsWith('post16_'));
    // no key stage 2 assessments in 2019/20 and 2020/21
    expect(periods('ks2_')).toEqual(each(ks2, ['2021/22', '2022/23', '2023/24', '2024/25']));
    expect(periods('post16_')).toEqual(
      each(post16, ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25']),
    );
  });

  /*
   * tests/fixtures/orphans: pupils P1–P5, all in care since January 2020 (on the roll in 2023/24).
   * exclusions: E01–E18 of P1–P5, E19 and E20 of X19 and X20, not in pupils: 2 of 20 = 10% > 5%.
   * pep_targets: T01–T09 of PEP1–PEP4, T10 of PEP9, not in pep_reviews: 1 of 10 = 10% > 5%.
   * tests/fixtures/orphans-few: the same pupils and care; exclusions E01–E19 of P1–P5, E20 of X20: 1 of 20 = 5%, not above.
   */
  it('says on stderr which tables have more than 5% of rows it could not match, and still reports', () => {
    const { code, out, err } = runs.orphans;
    expect(code).toBe(0);
    expect(err).toBe(
      'vsd: pep_targets.csv: 1 of 10 PEP targets could not be matched to a PEP: figures may be too low.\n' +
        'vsd: exclusions.csv: 2 of 20 suspensions and exclusions could not be matched to a child on the roll: figures may be too low.\n',
    );
    const rows: JsonRow[] = JSON.parse(out).rows;
    // the orphans are left out of the measures: 18 suspensions, 9 targets
    expect(rows.find((r) => r.measure === 'susp_n' && r.period === '2023/24')?.value).toBe(18);
    expect(rows.find((r) => r.measure === 'pep_targets_n' && r.period === '2023/24')?.value).toBe(9);
  });

  it('says nothing when exactly 5% of rows could not be matched', () => {
    const { code, out, err } = runs.orphansFew;
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out).rows.find((r: JsonRow) => r.measure === 'susp_n' && r.period === '2023/24')?.value).toBe(19);
  });
});
