import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import type { Db } from '../../../src/lib/db/types';
import { loadSet } from '../../../src/lib/ingest/load';
import { prepare } from '../../../src/lib/ingest/prepare';
import { buildModel } from '../../../src/lib/measures/model';
import { csv, dbWith, HEADERS, measureRows, series } from './harness';

/**
 * Care leavers (measures.md, "Care leavers and post-16"): rows of destinations.csv of a reporting year (period
 * `2025` = year ending 31 March 2025) in the age band 17–18 or 19–21; 16 is in neither. Every row of the band is
 * in the denominator, NOT_KNOWN included. OC3 aliases (data contract): F1, P1 = HIGHER_EDUCATION; F2, P2 =
 * OTHER_EDUCATION; F4, P4 = APPRENTICESHIP; F3, P3, F5, P5 = TRAINING_EMPLOYMENT; G4, G5, G6 = NEET; 0 = NOT_KNOWN.
 * EET = HIGHER_EDUCATION, OTHER_EDUCATION, APPRENTICESHIP, TRAINING_EMPLOYMENT.
 * Filters on sex, ethnicity, ethnicity_group, sen_provision, uasc apply; year-based filters do not.
 */

const PUPILS = csv(
  HEADERS.pupils,
  'D01,F,2006-05,WBRI,N,0',
  'D02,M,2006-09,WBRI,N,0',
  'D03,F,2006-11,BAFR,K,0',
  'D04,M,2007-02,WBRI,N,0',
  'D05,F,2008-06,WBRI,N,0',
  'D06,M,2005-10,BAFR,N,1',
  'D07,F,2004-01,WBRI,E,0',
  'D08,M,2004-12,WBRI,N,0',
  'D09,F,2003-08,BAFR,N,1',
  'D10,M,2005-04,WBRI,N,0',
  'D11,F,2005-07,WBRI,N,0',
  'D12,M,2008-10,WBRI,N,0',
);
const CARE = csv(
  HEADERS.care_periods,
  'D01,2018-03-01,2024-05-31,C2,U1,IN_LA',
  'D06,2019-01-01,2023-10-31,C2,U1,OUT_LA_GT20MI',
);

/*
 * 2025: D01 F 18 F1 → HE            (17–18)
 *       D02 M 18 G4 → NEET          (17–18)
 *       D03 F 18 F4 → APPRENTICESHIP (17–18)
 *       D04 M 17 0  → NOT_KNOWN     (17–18)
 *       D05 F 16 F2 → OTHER_EDUCATION (neither band)
 *       D06 M 19 P1 → HE            (19–21, uasc)
 *       D07 F 21 G5 → NEET          (19–21)
 *       D08 M 20 P3 → TRAINING_EMPLOYMENT (19–21)
 *       D09 F 21 NEET               (19–21, uasc)
 *       D10 M 19 0  → NOT_KNOWN     (19–21)
 *       D11 F 19 P4 → APPRENTICESHIP (19–21)
 *       D99 not in pupils.csv, 17, F1 → orphan, out of the measures
 * 2024: D01 F 16 F2 (neither); D02 M 17 F3 → TRAINING_EMPLOYMENT; D06 M 18 F1 → HE (uasc); D07 F 20 G6 → NEET
 * 2023: D12 M 16 F1 only (neither band: both bands have an empty denominator)
 */
const DESTINATIONS = csv(
  HEADERS.destinations,
  'D01,2025,18,F1,YES',
  'D02,2025,18,G4,YES',
  'D03,2025,18,F4,YES',
  'D04,2025,17,0,NO',
  'D05,2025,16,F2,YES',
  'D06,2025,19,P1,YES',
  'D07,2025,21,G5,YES',
  'D08,2025,20,P3,YES',
  'D09,2025,21,NEET,YES',
  'D10,2025,19,0,NO',
  'D11,2025,19,P4,YES',
  'D99,2025,17,F1,YES',
  'D01,2024,16,F2,YES',
  'D02,2024,17,F3,YES',
  'D06,2024,18,F1,YES',
  'D07,2024,20,G6,YES',
  'D12,2023,16,F1,YES',
);

type Expected = Record<string, Record<string, number | null>>;

/*
 * Unfiltered:
 * 17–18: 2025 D01 HE, D02 NEET, D03 APP, D04 NK (D05 16 and orphan D99 out) → n = 4
 *          eet (D01, D03) 2/4 = 50, he 1/4 = 25, app 1/4 = 25, neet 1/4 = 25
 *        2024 D02 TE, D06 HE → n = 2: eet 2/2 = 100, he 1/2 = 50, app 0, neet 0
 *        2023 n = 0 → null
 * 19–21: 2025 D06 HE, D07 NEET, D08 TE, D09 NEET, D10 NK, D11 APP → n = 6
 *          eet (D06, D08, D11) 3/6 = 50, he 1/6, app 1/6, neet 2/6
 *        2024 D07 NEET → n = 1: eet 0, he 0, app 0, neet 100
 *        2023 n = 0 → null
 */
const ALL: Expected = {
  cl17_18_eet_pct: { 2023: null, 2024: 100, 2025: 50 },
  cl17_18_he_pct: { 2023: null, 2024: 50, 2025: 25 },
  cl17_18_apprenticeship_pct: { 2023: null, 2024: 0, 2025: 25 },
  cl17_18_neet_pct: { 2023: null, 2024: 0, 2025: 25 },
  cl19_21_eet_pct: { 2023: null, 2024: 0, 2025: 50 },
  cl19_21_he_pct: { 2023: null, 2024: 0, 2025: 100 / 6 },
  cl19_21_apprenticeship_pct: { 2023: null, 2024: 0, 2025: 100 / 6 },
  cl19_21_neet_pct: { 2023: null, 2024: 100, 2025: 200 / 6 },
};
const ALL_DENOMINATORS = { cl17_18: { 2023: 0, 2024: 2, 2025: 4 }, cl19_21: { 2023: 0, 2024: 1, 2025: 6 } };

/*
 * sex = F:
 * 17–18: 2025 D01 HE, D03 APP → eet 2/2 = 100, he 1/2 = 50, app 1/2 = 50, neet 0/2 = 0; 2024 none (D02, D06 are M) → null
 * 19–21: 2025 D07 NEET, D09 NEET, D11 APP → eet 1/3, he 0/3, app 1/3, neet 2/3; 2024 D07 NEET → eet 0, he 0, app 0, neet 100
 */
const FEMALE: Expected = {
  cl17_18_eet_pct: { 2023: null, 2024: null, 2025: 100 },
  cl17_18_he_pct: { 2023: null, 2024: null, 2025: 50 },
  cl17_18_apprenticeship_pct: { 2023: null, 2024: null, 2025: 50 },
  cl17_18_neet_pct: { 2023: null, 2024: null, 2025: 0 },
  cl19_21_eet_pct: { 2023: null, 2024: 0, 2025: 100 / 3 },
  cl19_21_he_pct: { 2023: null, 2024: 0, 2025: 0 },
  cl19_21_apprenticeship_pct: { 2023: null, 2024: 0, 2025: 100 / 3 },
  cl19_21_neet_pct: { 2023: null, 2024: 100, 2025: 200 / 3 },
};

/*
 * uasc = 1 (D06, D09):
 * 17–18: 2024 D06 HE → eet 100, he 100, app 0, neet 0; 2025 none → null
 * 19–21: 2025 D06 HE, D09 NEET → eet 50, he 50, app 0, neet 50; 2024 none → null
 */
const UASC: Expected = {
  cl17_18_eet_pct: { 2023: null, 2024: 100, 2025: null },
  cl17_18_he_pct: { 2023: null, 2024: 100, 2025: null },
  cl17_18_apprenticeship_pct: { 2023: null, 2024: 0, 2025: null },
  cl17_18_neet_pct: { 2023: null, 2024: 0, 2025: null },
  cl19_21_eet_pct: { 2023: null, 2024: null, 2025: 50 },
  cl19_21_he_pct: { 2023: null, 2024: null, 2025: 50 },
  cl19_21_apprenticeship_pct: { 2023: null, 2024: null, 2025: 0 },
  cl19_21_neet_pct: { 2023: null, 2024: null, 2025: 50 },
};

const closeTo = (values: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? null : expect.closeTo(v, 9)]));

async function expectAll(db: Db, expected: Expected, filter: Record<string, string[]> = {}) {
  for (const [id, values] of Object.entries(expected)) {
    expect({ id, filter, values: await series(db, id, filter) }).toEqual({ id, filter, values: closeTo(values) });
  }
}

describe('care leaver measures', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({ 'pupils.csv': PUPILS, 'care_periods.csv': CARE, 'destinations.csv': DESTINATIONS });
  }, 60_000);

  it('computes every cl17_18_* and cl19_21_* by reporting year, period "YYYY"', async () => {
    await expectAll(db, ALL);
  });

  it('puts 17 and 18 in the first band, 19 to 21 in the second, 16 in neither; NOT_KNOWN stays in the denominator', async () => {
    for (const id of Object.keys(ALL)) {
      const band = id.startsWith('cl17_18') ? 'cl17_18' : 'cl19_21';
      const rows = await measureRows(db, [id]);
      expect({ id, denominators: Object.fromEntries(rows.map((r) => [r.period, r.denominator])) }).toEqual({
        id,
        denominators: ALL_DENOMINATORS[band],
      });
    }
    // numerators of 2025: 17–18 eet 2 (D01 F1, D03 F4), neet 1 (D02 G4); 19–21 he 1 (D06 P1), neet 2 (D07 G5, D09 NEET)
    const rows = await measureRows(db, ['cl17_18_eet_pct', 'cl17_18_neet_pct', 'cl19_21_he_pct', 'cl19_21_neet_pct']);
    const n2025 = Object.fromEntries(rows.filter((r) => r.period === '2025').map((r) => [r.measure, r.numerator]));
    expect(n2025).toEqual({ cl17_18_eet_pct: 2, cl17_18_neet_pct: 1, cl19_21_he_pct: 1, cl19_21_neet_pct: 2 });
  });

  it('reports a reporting year whose only rows are of age 16, with null values over a zero denominator', async () => {
    const rows = await measureRows(db, ['cl17_18_eet_pct', 'cl19_21_eet_pct']);
    // 2023 holds only D12 (16)
    expect(rows.filter((r) => r.period === '2023')).toEqual([
      { measure: 'cl17_18_eet_pct', period: '2023', value: null, numerator: 0, denominator: 0 },
      { measure: 'cl19_21_eet_pct', period: '2023', value: null, numerator: 0, denominator: 0 },
    ]);
  });

  it('applies the pupil filter sex', async () => {
    await expectAll(db, FEMALE, { sex: ['F'] });
  });

  it('applies the pupil filter uasc', async () => {
    await expectAll(db, UASC, { uasc: ['1'] });
  });

  it('does not apply year-based filters (key_stage, nc_year, cla12m, placement_location, school_in_la)', async () => {
    for (const filter of <Record<string, string[]>[]>[
      { key_stage: ['KS4'] },
      { nc_year: ['11'] },
      { cla12m: ['1'] },
      { placement_location: ['IN_LA'] },
      { school_in_la: ['1'] },
    ]) {
      await expectAll(db, ALL, filter);
    }
    // with a pupil filter, the year-based one is still ignored: same as sex = F alone
    await expectAll(db, FEMALE, { sex: ['F'], key_stage: ['KS2'] });
  });
});

describe('care leavers aged 22', () => {
  it('are not in any band: the row is rejected (age 16 – 21) and left out', async () => {
    const db = await openNodeDb();
    const files = {
      'pupils.csv': csv(HEADERS.pupils, 'Z1,F,2003-05,WBRI,N,0', 'Z2,M,2002-05,WBRI,N,0'),
      'care_periods.csv': csv(HEADERS.care_periods, 'Z1,2015-01-01,2021-05-31,C2,U1,IN_LA'),
      // line 2: Z1 21 HE (19–21); line 3: Z2 22 NEET, out of range
      'destinations.csv': csv(HEADERS.destinations, 'Z1,2025,21,F1,YES', 'Z2,2025,22,G4,YES'),
    };
    const out = await loadSet(
      db,
      Object.entries(files).map(([name, text]) => prepare(name, new TextEncoder().encode(text))),
      new Set(),
    );
    expect(out.fatal).toBeNull();
    const dest = out.files.find((f) => f.file === 'destinations.csv')!;
    expect(dest).toMatchObject({ status: 'loaded', rows_read: 2, rows_loaded: 1, rows_rejected: 1 });
    expect(dest.errors).toHaveLength(1);
    expect(dest.errors[0]).toMatchObject({ line: 3, column: 'age', value: '22' });
    await buildModel(db);
    // 19–21 of 2025: Z1 only → he 1/1 = 100, neet 0/1 = 0; 17–18: no rows → null
    expect(await series(db, 'cl19_21_he_pct')).toEqual({ 2025: 100 });
    expect(await series(db, 'cl19_21_neet_pct')).toEqual({ 2025: 0 });
    expect(await series(db, 'cl17_18_neet_pct')).toEqual({ 2025: null });
  });
});
