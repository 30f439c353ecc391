import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../../src/cli/load-dir';
import type { Db } from '../../../src/lib/db/types';
import { validateFilter } from '../../../src/lib/measures/filter';
import { buildModel } from '../../../src/lib/measures/model';
import { latestDate } from '../../../src/lib/measures/latest-date';
import { pupilIdsSql, pupilRowsSql, runPupilRows, type PupilRow } from '../../../src/lib/measures/pupil-rows';
import { csv, dbWith, HEADERS } from './harness';
import { expectSameAsMeasures, totals } from './pupil-rows-sums';

/**
 * The pupil row of issue 10: one row per child whose rows a pupil measure counts in a year, each column over
 * the model's tables and bases. Every expected value is worked by hand in the comments; the last tests check
 * that summing the rows gives the dashboard's measures under the same filter, here and on the demo data.
 *
 * 2023/24: 1 Sep 2023 to 31 Aug 2024, census day Thursday 5 October 2023. 2022/23: census Thursday 6 October 2022.
 * 2023/24 is the latest year of the roll (the latest year holding an attendance, PEP, KS4, exclusion or enrolment row).
 * Latest date in the loaded data: 2024-07-15, the start of E9's EHE episode (E9 is not a pupil: a register
 * may hold anyone). PEP due dates are not events: PY1's PEP due 2024-08-20 does not move it.
 */

// nc_year in Y/Y+1 = Y − birth year − (1 if birth month ≥ 9) − 4, in 2023/24:
// M1 2012-05 → 7 (KS3); L1 2009-03 → 10 (KS4); N1 2015-10 → 2023 − 2015 − 1 − 4 = 3 (KS2); PY1 2006-07 → 13 (POST16);
// A1 2011-01 → 8 (KS3); R1 2017-12 → 2023 − 2017 − 1 − 4 = 1 (KS1); X1 2012-01 → 7.
const PUPILS = csv(
  HEADERS.pupils,
  'M1,F,2012-05,WBRI,K,0',
  'L1,M,2009-03,BAFR,N,0',
  'N1,F,2015-10,WBRI,E,0',
  'PY1,M,2006-07,AOTH,N,1',
  'A1,F,2011-01,WBRI,N,0',
  'R1,M,2017-12,WBRI,N,0',
  'X1,M,2012-01,WBRI,N,0',
);

const CARE = csv(
  'child_id,start_date,end_date,legal_status,placement_type,placement_location,rne',
  // M1: one continuous period from 2019-04-01, still open; a placement move (RNE P) on 2023-11-20 and a change of
  // legal status only (RNE L) on 2024-03-04, which is not a move
  'M1,2019-04-01,2023-11-20,C2,U1,IN_LA,S',
  'M1,2023-11-20,2024-03-04,C2,U4,OUT_LA_LE20MI,P',
  'M1,2024-03-04,,C1,U4,OUT_LA_LE20MI,L',
  // L1: left care on 2023-09-20, before the census day; a change of placement (no RNE, another placement type)
  // on 2023-06-01, in 2022/23
  'L1,2021-01-10,2023-06-01,C2,U1,IN_LA,',
  'L1,2023-06-01,2023-09-20,C2,U5,OUT_LA_LE20MI,',
  // N1: came into care on 2023-11-01, after the census day
  'N1,2023-11-01,,V2,U3,OUT_LA_GT20MI,S',
  // PY1: in care at 17, a post-16 young person: not on the roll, listed for the PEPs
  'PY1,2018-02-01,,C2,K2,IN_LA,S',
  // R1: into care on 2023-05-01 (Reception in 2022/23)
  'R1,2023-05-01,,C2,U1,IN_LA,S',
  // X1: left care before 2022/23
  'X1,2020-01-01,2022-06-01,C2,U1,IN_LA,S',
  // A1: never in care
);

const ENROLMENTS = csv(
  HEADERS.school_enrolments,
  'M1,2022/23,SCH_A,SECONDARY,1,2022-09-05',
  // M1 moved school mid-year: SCH_A then SCH_B (entered 2024-01-08), out of the authority
  'M1,2023/24,SCH_A,SECONDARY,1,2022-09-05',
  'M1,2023/24,SCH_B,SECONDARY,0,2024-01-08',
  // N1: one enrolment without an entry date
  'N1,2023/24,SCH_C,PRIMARY,1,',
);

const ATTENDANCE = csv(
  HEADERS.attendance,
  // M1: absent (10 + 5) + (8 + 4) = 27 of 150 + 120 = 270: exactly 10%, persistent; attended 243 / 270 = 90%
  'M1,2023/24,AUTUMN,150,10,5',
  'M1,2023/24,SPRING,120,8,4',
  // L1: absent 3 + 4 = 7 of 140 = 5%: not persistent; attended 95%
  'L1,2023/24,AUTUMN,140,3,4',
  // A1 (not in care): nothing possible: no attendance %, out of persistent absence; listed all the same
  'A1,2023/24,AUTUMN,0,0,0',
  // X1 in 2022/23: absent 20 of 100: persistent, attended 80%
  'X1,2022/23,AUTUMN,100,20,0',
  // N1 has no attendance row
);

const EXCLUSIONS = csv(
  HEADERS.exclusions,
  'X1,M1,2023-10-10,SUSPENSION,2,PA,', //   M1: two suspensions, 2 + (none) = 2 sessions lost
  'X2,M1,2024-02-01,SUSPENSION,,VP,',
  'X3,L1,2024-03-01,PERMANENT,,DA,', //     L1: permanently excluded
  'X4,PY1,2023-11-01,SUSPENSION,1,PA,', //  PY1 is not on the roll: suspension measures leave it out
);

// pep_id,child_id,academic_year,term,pep_type,due_date,completed_date,qa_rating,child_voice,pp_plus_gbp
const PEPS = csv(
  HEADERS.pep_reviews,
  'P1,M1,2023/24,AUTUMN,REVIEW,2023-10-20,2023-10-18,GREEN,1,', //  on time
  'P2,M1,2023/24,SPRING,REVIEW,2024-02-15,2024-02-20,AMBER,1,', //  late: the latest completed PEP of M1
  'P3,M1,2023/24,SUMMER,REVIEW,2024-06-15,,,,', //                  due before 2024-07-15, not completed: overdue
  'P4,N1,2023/24,AUTUMN,INITIAL,2023-11-21,2023-11-21,RED,1,', //   on the day: on time; rated red
  'P5,N1,2023/24,SUMMER,REVIEW,2024-07-20,,,,', //                  due after 2024-07-15: next due, not overdue
  'P6,PY1,2023/24,AUTUMN,REVIEW,2023-10-30,2023-10-25,GOLD,1,', //  on time
  'P7,PY1,2023/24,SUMMER,REVIEW,2024-08-20,,,,', //                 next due, not overdue
);

const TARGETS = csv(
  HEADERS.pep_targets,
  'T1,P1,ENGLISH,1,1,1,1,1,ACHIEVED,', //   M1: fully SMART
  'T2,P2,MATHS,1,1,0,1,1,PARTIAL,', //      M1: known, not SMART
  'T3,P2,SEMH,1,,1,1,1,,', //               M1: measurable unknown: out of the share
  'T4,P4,ENGLISH,0,0,0,0,0,,', //           N1: known, not SMART: no target fully SMART
);

const KS4 = csv(HEADERS.ks4_results, 'L1,2023/24,42.5,-0.5,5,U,7');

const CME = csv(
  HEADERS.cme_episodes,
  'CM1,L1,2024-01-10,,,NONE', //                          opened after the census day, still open: open now (latest year)
  'CM2,A1,2023-09-15,2023-10-20,RETURNED_TO_SCHOOL,NONE', // open on the census day
);

const EHE = csv(
  HEADERS.ehe_episodes,
  'EH1,PY1,2023-09-10,2023-12-01,OTHER,CLA,12,2023-09-12,RETURNED_TO_SCHOOL,OFF1', // open on the census day
  'EH2,E9,2024-07-15,,NOT_GIVEN,NONE,,,,', //                                       the latest date in the data
);

const NO_FLAGS = {
  persistent_absence: false,
  suspensions_2plus: false,
  pep_overdue_or_red: false,
  no_smart_target: false,
  cme_open: false,
};
/** A row with nothing known beyond the pupil, to spread each child's own answers over. */
const EMPTY = {
  school_ref: null,
  school_name: null,
  school_in_la: null,
  placement_location: null,
  months_in_care: null,
  placement_moves: null,
  school_moves: null,
  sessions_possible: null,
  sessions_absent: null,
  attendance_pct: null,
  persistent_absence: null,
  suspensions: null,
  sessions_lost: null,
  permanent_exclusion: null,
  peps: 0,
  peps_due: 0,
  peps_on_time: 0,
  pep_term: null,
  pep_rating: null,
  pep_on_time: null,
  next_pep_due: null,
  pep_overdue: null,
  smart_share: null,
  targets_known: 0,
  att8: null,
  english_grade: null,
  maths_grade: null,
  cme_open: false,
  ehe_open: false,
  flags: NO_FLAGS,
  needs_attention: false,
};
/** On the roll: the suspension columns are counted (0 when none). */
const ROLL = { ...EMPTY, on_roll: true, suspensions: 0, sessions_lost: 0, permanent_exclusion: false };

const EXPECTED_2023: PupilRow[] = [
  // A1: not in care, listed for its attendance row; nothing possible: sessions 0, attendance % and persistence null
  {
    ...EMPTY,
    child_id: 'A1',
    on_roll: false,
    nc_year: 8,
    key_stage: 'KS3',
    sen_provision: 'N',
    sessions_possible: 0,
    sessions_absent: 0,
    cme_open: true,
    flags: { ...NO_FLAGS, cme_open: true },
    needs_attention: true,
  },
  // L1: left care 2023-09-20 (not open on the census day): the first period overlapping the year, 2021-01-10 to its end
  // 2023-09-20 = 2 years 8 months (+10 days) = 32 months; placement: the latest row started before the census day;
  // its move of 2023-06-01 falls in 2022/23: 0 moves; no enrolment: school null
  {
    ...ROLL,
    child_id: 'L1',
    nc_year: 10,
    key_stage: 'KS4',
    sen_provision: 'N',
    placement_location: 'OUT_LA_LE20MI',
    months_in_care: 32,
    placement_moves: 0,
    sessions_possible: 140,
    sessions_absent: 7,
    attendance_pct: 95,
    persistent_absence: false,
    permanent_exclusion: true,
    att8: 42.5,
    english_grade: '5',
    maths_grade: 'U',
    cme_open: true,
    flags: { ...NO_FLAGS, cme_open: true },
    needs_attention: true,
  },
  // M1: open on the census day since 2019-04-01: 4 years 6 months (+4 days) = 54 months; placement IN_LA on the census day;
  // one move (RNE P), the RNE L row is not one; moved school SCH_A → SCH_B: latest SCH_B (out of LA), 1 move;
  // latest completed PEP P2 (spring, amber, late); P3 not completed: next due 2024-06-15, overdue;
  // targets known T1 (SMART), T2 (not): 1 / 2
  {
    ...ROLL,
    child_id: 'M1',
    nc_year: 7,
    key_stage: 'KS3',
    sen_provision: 'K',
    school_ref: 'SCH_B',
    school_in_la: false,
    placement_location: 'IN_LA',
    months_in_care: 54,
    placement_moves: 1,
    school_moves: 1,
    sessions_possible: 270,
    sessions_absent: 27,
    attendance_pct: 90,
    persistent_absence: true,
    suspensions: 2,
    sessions_lost: 2,
    peps: 3,
    peps_due: 3,
    peps_on_time: 1,
    pep_term: 'SPRING',
    pep_rating: 'AMBER',
    pep_on_time: false,
    next_pep_due: '2024-06-15',
    pep_overdue: true,
    smart_share: 0.5,
    targets_known: 2,
    flags: { ...NO_FLAGS, persistent_absence: true, suspensions_2plus: true, pep_overdue_or_red: true },
    needs_attention: true,
  },
  // N1: into care 2023-11-01, after the census day: no placement location; 2023-11-01 to the latest date 2024-07-15 = 8 months;
  // no attendance rows: null, not 0; latest completed PEP P4 (red, on time); P5 due 2024-07-20, after the latest date: not overdue;
  // its one known target is not SMART: share 0
  {
    ...ROLL,
    child_id: 'N1',
    nc_year: 3,
    key_stage: 'KS2',
    sen_provision: 'E',
    school_ref: 'SCH_C',
    school_in_la: true,
    months_in_care: 8,
    placement_moves: 0,
    school_moves: 0,
    peps: 2,
    peps_due: 2,
    peps_on_time: 1,
    pep_term: 'AUTUMN',
    pep_rating: 'RED',
    pep_on_time: true,
    next_pep_due: '2024-07-20',
    pep_overdue: false,
    smart_share: 0,
    targets_known: 1,
    flags: { ...NO_FLAGS, pep_overdue_or_red: true, no_smart_target: true },
    needs_attention: true,
  },
  // PY1: Year 13, listed for its PEPs; in care since 2018-02-01: 5 years 8 months (+4 days) = 68 months to the census day;
  // its suspension is not counted (not on roll): null; latest completed PEP P6; P7 due 2024-08-20: next due, not overdue
  {
    ...EMPTY,
    child_id: 'PY1',
    on_roll: false,
    nc_year: 13,
    key_stage: 'POST16',
    sen_provision: 'N',
    placement_location: 'IN_LA',
    months_in_care: 68,
    placement_moves: 0,
    peps: 2,
    peps_due: 2,
    peps_on_time: 1,
    pep_term: 'AUTUMN',
    pep_rating: 'GOLD',
    pep_on_time: true,
    next_pep_due: '2024-08-20',
    pep_overdue: false,
    ehe_open: true,
  },
  // R1: on the roll and nothing else; since 2023-05-01: 5 months to the census day
  {
    ...ROLL,
    child_id: 'R1',
    nc_year: 1,
    key_stage: 'KS1',
    sen_provision: 'N',
    placement_location: 'IN_LA',
    months_in_care: 5,
    placement_moves: 0,
  },
];

describe('pupil rows on a hand-worked fixture', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': PUPILS,
      'care_periods.csv': CARE,
      'school_enrolments.csv': ENROLMENTS,
      'attendance.csv': ATTENDANCE,
      'exclusions.csv': EXCLUSIONS,
      'pep_reviews.csv': PEPS,
      'pep_targets.csv': TARGETS,
      'ks4_results.csv': KS4,
      'cme_episodes.csv': CME,
      'ehe_episodes.csv': EHE,
    });
  }, 30_000);

  it('takes the latest date in the loaded data from events, not PEP due dates', async () => {
    expect(await latestDate(db)).toBe('2024-07-15');
  });

  it('gives every column of every child listed in 2023/24 (X1, with no row of the year, is not listed)', async () => {
    expect(await runPupilRows(db, {}, '2023/24')).toEqual(EXPECTED_2023);
  });

  it('gives 2022/23 its own census day, periods and moves; an episode open now counts only in the latest year', async () => {
    const rows = await runPupilRows(db, {}, '2022/23');
    // on the roll: L1 (Year 9), M1 (Year 6), R1 (Reception from 2023-05-01); X1 (left care 2022-06-01) for its attendance
    expect(rows.map((r) => [r.child_id, r.on_roll, r.nc_year])).toEqual([
      ['L1', true, 9],
      ['M1', true, 6],
      ['R1', true, 0],
      ['X1', false, 6],
    ]);
    const by = Object.fromEntries(rows.map((r) => [r.child_id, r]));
    // L1: open on 2022-10-06 since 2021-01-10: 1 year 8 months (+27 days) = 20; the row of 2023-06-01 changes placement
    // type with no RNE: 1 move; its CME episode (from 2024-01-10, open) is not open on this census day
    expect([by.L1.months_in_care, by.L1.placement_moves, by.L1.placement_location, by.L1.cme_open]).toEqual([
      20,
      1,
      'IN_LA',
      false,
    ]);
    // M1: 2019-04-01 to 2022-10-06 = 3 years 6 months = 42; one school
    expect([by.M1.months_in_care, by.M1.school_ref, by.M1.school_in_la, by.M1.school_moves]).toEqual([
      42,
      'SCH_A',
      true,
      0,
    ]);
    // R1: not in care on the census day: 2023-05-01 to the end of the year, 2023-08-31 = 3 months (+30 days)
    expect([by.R1.months_in_care, by.R1.placement_location, by.R1.key_stage]).toEqual([3, null, 'EY']);
    // X1: no care period overlaps the year; 20 of 100 absent: 80%, persistent
    expect([
      by.X1.months_in_care,
      by.X1.placement_moves,
      by.X1.attendance_pct,
      by.X1.persistent_absence,
      by.X1.suspensions,
    ]).toEqual([null, null, 80, true, null]);
    expect(by.X1.needs_attention).toBe(true);
  });

  it('filters the cohort as the measures do, binding school references after the year', async () => {
    // sex F: A1, M1, N1
    expect((await runPupilRows(db, validateFilter({ sex: ['F'] }), '2023/24')).map((r) => r.child_id)).toEqual([
      'A1',
      'M1',
      'N1',
    ]);
    // school_ref: any enrolment of the year, so M1 passes on SCH_A though its latest school is SCH_B
    const bound = pupilRowsSql(validateFilter({ school_ref: ['SCH_A'] }), '2023/24');
    expect(bound.params).toEqual(['2023/24', 'SCH_A']);
    expect(
      (await runPupilRows(db, validateFilter({ school_ref: ['SCH_A'] }), '2023/24')).map((r) => [
        r.child_id,
        r.school_ref,
      ]),
    ).toEqual([['M1', 'SCH_B']]);
    // a year not loaded: no rows
    expect(await runPupilRows(db, {}, '2030/31')).toEqual([]);
  });

  it('names, for a filter, the same children its rows list (a filter change narrows rows already fetched)', async () => {
    const ids = async (raw: Record<string, string[]>) => {
      const { sql, params } = pupilIdsSql(validateFilter(raw), '2023/24');
      return (await db.query<{ child_id: string }>(sql, params)).map((r) => r.child_id).sort();
    };
    expect(await ids({})).toEqual(['A1', 'L1', 'M1', 'N1', 'PY1', 'R1']);
    expect(await ids({ sex: ['F'] })).toEqual(['A1', 'M1', 'N1']);
    expect(await ids({ school_ref: ['SCH_A'] })).toEqual(['M1']);
  });

  it('sums to the measures of 2023/24, worked by hand', async () => {
    const t = totals(await runPupilRows(db, {}, '2023/24'));
    // roll: L1, M1, N1, R1; suspensions of M1 only (PY1 is not on roll): 2, 2 sessions; suspended 1 of 4
    expect([t.roll_n, t.susp_n, t.susp_sessions_lost, t.susp_oneplus_pct, t.excl_perm_pct]).toEqual([4, 2, 2, 25, 25]);
    // absence: (27 + 7 + 0) / (270 + 140 + 0); persistent: M1 of M1, L1 (A1 possible 0 left out)
    expect([t.abs_overall_pct, t.abs_persistent_10_pct]).toEqual([(100 * 34) / 410, 50]);
    // att8: L1 alone; PEPs 3 + 2 + 2 = 7, all due, on time P1, P4, P6 = 3; SMART: T1 of T1, T2, T4
    expect([t.ks4_att8_avg, t.pep_n, t.pep_on_time_pct, t.pep_target_smart_pct]).toEqual([
      42.5,
      7,
      (100 * 3) / 7,
      100 / 3,
    ]);
    await expectSameAsMeasures(db, {}, '2023/24');
  });

  it('sums to the measures under a filter and in another year', async () => {
    await expectSameAsMeasures(db, { sex: ['F'] }, '2023/24');
    await expectSameAsMeasures(db, { school_ref: ['SCH_A'] }, '2023/24');
    // a group's children, with one not loaded: as the measures under the child_id filter
    await expectSameAsMeasures(db, { child_id: ['M1', 'N1', 'PY1', 'ZZ9'] }, '2023/24');
    await expectSameAsMeasures(db, {}, '2022/23');
  });
});

describe('pupil rows with the schools lookup', () => {
  // The lookup names SCH_B only (M1's latest school of 2023/24), and SCH_Z, a school no enrolment names
  const SCHOOLS = csv(
    'school_ref,school_name,phase,school_in_la',
    'SCH_B,Riverside Academy,SECONDARY,0',
    'SCH_Z,Oakfield Primary School,PRIMARY,1',
  );
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': PUPILS,
      'care_periods.csv': CARE,
      'school_enrolments.csv': ENROLMENTS,
      'attendance.csv': ATTENDANCE,
      'exclusions.csv': EXCLUSIONS,
      'pep_reviews.csv': PEPS,
      'pep_targets.csv': TARGETS,
      'ks4_results.csv': KS4,
      'cme_episodes.csv': CME,
      'ehe_episodes.csv': EHE,
      'schools.csv': SCHOOLS,
    });
  }, 30_000);

  it("names a child's latest school of the year when the lookup names it, and changes nothing else", async () => {
    // 2023/24: M1's latest school is SCH_B (entered 2024-01-08): named; N1's SCH_C is not in the lookup: null;
    // every other column as without the lookup, one row per child
    const named = EXPECTED_2023.map((r) => (r.child_id === 'M1' ? { ...r, school_name: 'Riverside Academy' } : r));
    expect(await runPupilRows(db, {}, '2023/24')).toEqual(named);
    // filtered to SCH_A, where M1 also was in 2023/24: its latest school still, with its name
    const filtered = await runPupilRows(db, validateFilter({ school_ref: ['SCH_A'] }), '2023/24');
    expect(filtered.map((r) => [r.child_id, r.school_ref, r.school_name])).toEqual([
      ['M1', 'SCH_B', 'Riverside Academy'],
    ]);
    // 2022/23: M1 at SCH_A all year, not named
    const m1 = (await runPupilRows(db, {}, '2022/23')).find((r) => r.child_id === 'M1');
    expect(m1 && [m1.school_ref, m1.school_name]).toEqual(['SCH_A', null]);
  });
});

describe('pupil rows on the demo data', () => {
  let db: Db;
  let latest: string;
  beforeAll(async () => {
    db = (await loadDirectory(join(import.meta.dirname, '../../../data/demo'))).db;
    await buildModel(db);
    [{ latest }] = await db.query<{ latest: string }>('SELECT max(period) AS latest FROM pupil_years');
  }, 60_000);

  it('sums to the measures of the latest year, whole and for girls', async () => {
    expect(latest).toBe('2024/25');
    await expectSameAsMeasures(db, {}, latest);
    await expectSameAsMeasures(db, { sex: ['F'] }, latest);
  }, 60_000);

  it("lists each child once, with every child of the measures' bases of the year", async () => {
    const rows = await runPupilRows(db, validateFilter({ sex: ['F'] }), latest);
    expect(new Set(rows.map((r) => r.child_id)).size).toBe(rows.length);
    const [{ n }] = await db.query<{ n: number }>(
      `SELECT count(DISTINCT child_id)::INTEGER AS n FROM (
      SELECT child_id, period, sex FROM base_roll UNION ALL SELECT child_id, period, sex FROM base_attendance
      UNION ALL SELECT child_id, period, sex FROM base_ks4 UNION ALL SELECT child_id, period, sex FROM base_pep) WHERE period = ? AND sex = 'F'`,
      [latest],
    );
    expect(rows.length).toBe(n);
    expect(rows.some((r) => !r.on_roll && r.key_stage === 'POST16' && r.peps > 0)).toBe(true);
    // the demo's schools lookup names every school: a name exactly where there is a school
    expect(rows.filter((r) => (r.school_ref === null) !== (r.school_name === null))).toEqual([]);
    expect(rows.filter((r) => r.school_name !== null).length).toBeGreaterThan(rows.length / 2);
  });
});
