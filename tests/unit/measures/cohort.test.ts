/**
 * Roll(Y), CLA12M(Y) and the cohort filter (measures.md, "Periods and cohorts"), observed through
 * roll_n and cla12m_n (and pep_n / susp_rate_per100 where a filter must be seen on a child not on roll,
 * or a ratio with a zero denominator). Every expected value is worked out by hand from the spec.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { FilterError, pupilFilterSql, validateFilter } from '../../../src/lib/measures/filter';
import { runReport } from '../../../src/lib/measures/report';
import { csv, dbWith, HEADERS, measureRows, series } from './harness';

type F = Record<string, string[]>;
/** value of one measure in one period (undefined if the period is not reported) */
const at = async (db: Db, id: string, filter: F = {}, period = '2023/24') => (await series(db, id, filter))[period];

/** A pupil row: id, sex, birth YYYY-MM, ethnicity, SEN provision, uasc. */
const pupil = (id: string, birth = '2012-08', sex = 'F', eth = 'WBRI', sen = 'N', uasc = '0') =>
  `${id},${sex},${birth},${eth},${sen},${uasc}`;
/** A care_periods row. */
const care = (id: string, start: string, end = '', loc = 'IN_LA') => `${id},${start},${end},C2,U1,${loc}`;

describe('census day (first Thursday of October)', () => {
  // Census days worked out by hand:
  // 1 Jan 2020 was a Wednesday; 1 Oct 2020 is 274 days later (leap year), 274 = 39×7 + 1 → Thursday → census 1 Oct 2020.
  // 1 Jan 2021 was a Friday; 1 Oct 2021 is 273 = 39×7 days later → Friday → first Thursday 7 Oct 2021.
  // 1 Jan 2023 was a Sunday; 1 Oct 2023 is 273 days later → Sunday → first Thursday 5 Oct 2023.
  // 1 Jan 2024 was a Monday; 1 Oct 2024 is 274 days later (leap) → Tuesday → first Thursday 3 Oct 2024.
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].map((id) => pupil(id))),
      'care_periods.csv': csv(
        HEADERS.care_periods,
        // 2023/24 (census 5 Oct 2023): C1 ceased IN_LA on 5 Oct (not open that day) → OUT_LA_GT20MI; C2's IN_LA row is open until 6 Oct → IN_LA
        care('C1', '2022-01-01', '2023-10-05', 'IN_LA'),
        care('C1', '2023-10-05', '', 'OUT_LA_GT20MI'),
        care('C2', '2022-01-01', '2023-10-06', 'IN_LA'),
        care('C2', '2023-10-06', '', 'OUT_LA_LE20MI'),
        // 2024/25 (census 3 Oct 2024): C3 → OUT_LA_GT20MI, C4 → IN_LA
        care('C3', '2022-01-01', '2024-10-03', 'IN_LA'),
        care('C3', '2024-10-03', '', 'OUT_LA_GT20MI'),
        care('C4', '2022-01-01', '2024-10-04', 'IN_LA'),
        care('C4', '2024-10-04', '', 'OUT_LA_LE20MI'),
        // 2020/21 (census 1 Oct 2020, itself a Thursday): IN_LA still open on 1 Oct → IN_LA; UNKNOWN from then on
        care('C5', '2020-09-01', '2020-10-02', 'IN_LA'),
        care('C5', '2020-10-02', '', 'UNKNOWN'),
        // 2021/22 (census 7 Oct 2021): IN_LA ceased on 7 Oct → OUT_LA_LE20MI (a census of 30 Sep would give IN_LA)
        care('C6', '2021-09-01', '2021-10-07', 'IN_LA'),
        care('C6', '2021-10-07', '', 'OUT_LA_LE20MI'),
      ),
      'school_enrolments.csv': csv(
        HEADERS.school_enrolments,
        ...['2020/21', '2021/22', '2023/24', '2024/25'].map((y) => `C1,${y},S1,SECONDARY,1,`),
      ),
    });
  });

  it('stores the first Thursday of October as the census day of each academic year', async () => {
    const rows = await db.query<{ period: string; census: string }>(
      'SELECT period, CAST(census AS VARCHAR) AS census FROM academic_years ORDER BY year',
    );
    expect(rows).toEqual([
      { period: '2020/21', census: '2020-10-01' },
      { period: '2021/22', census: '2021-10-07' },
      { period: '2023/24', census: '2023-10-05' },
      { period: '2024/25', census: '2024-10-03' },
    ]);
  });

  it('evaluates placement_location on the census day of each year', async () => {
    // All six born 2012-08: Year 4 in 2020/21 … Year 8 in 2024/25, so on roll whenever in care.
    // Roll 2020/21: C5 only (the others come into care 2021-09-01 or later). Roll 2021/22, 2023/24, 2024/25: all six.
    // Values by year:
    //   2020/21: C5 IN_LA
    //   2021/22: C1–C4 none (first row starts 2022-01-01, after the census), C5 UNKNOWN, C6 OUT_LA_LE20MI
    //   2023/24: C1 OUT_LA_GT20MI, C2 IN_LA, C3 IN_LA, C4 IN_LA, C5 UNKNOWN, C6 OUT_LA_LE20MI
    //   2024/25: C1 OUT_LA_GT20MI, C2 OUT_LA_LE20MI, C3 OUT_LA_GT20MI, C4 IN_LA, C5 UNKNOWN, C6 OUT_LA_LE20MI
    expect(await series(db, 'roll_n')).toEqual({ '2020/21': 1, '2021/22': 6, '2023/24': 6, '2024/25': 6 });
    expect(await series(db, 'roll_n', { placement_location: ['IN_LA'] })).toEqual({
      '2020/21': 1,
      '2021/22': 0,
      '2023/24': 3,
      '2024/25': 1,
    });
    expect(await series(db, 'roll_n', { placement_location: ['OUT_LA_GT20MI'] })).toEqual({
      '2020/21': 0,
      '2021/22': 0,
      '2023/24': 1,
      '2024/25': 2,
    });
    expect(await series(db, 'roll_n', { placement_location: ['OUT_LA_LE20MI'] })).toEqual({
      '2020/21': 0,
      '2021/22': 1,
      '2023/24': 1,
      '2024/25': 2,
    });
    expect(await series(db, 'roll_n', { placement_location: ['UNKNOWN'] })).toEqual({
      '2020/21': 0,
      '2021/22': 1,
      '2023/24': 1,
      '2024/25': 1,
    });
    // every value accepted: 2021/22 C1–C4 still fail (no value) → 2
    expect(
      await series(db, 'roll_n', { placement_location: ['IN_LA', 'OUT_LA_LE20MI', 'OUT_LA_GT20MI', 'UNKNOWN'] }),
    ).toEqual({
      '2020/21': 1,
      '2021/22': 2,
      '2023/24': 6,
      '2024/25': 6,
    });
  });
});

describe('placement_location: the worked example of the spec (2023/24, census 5 October 2023)', () => {
  // pep_n counts PEPs of children in pupils.csv passing the filter, on roll or not, so L2 and L4
  // (not in care in 2023/24) can be seen.
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, ...['L1', 'L2', 'L3', 'L4', 'L5'].map((id) => pupil(id))),
      'care_periods.csv': csv(
        HEADERS.care_periods,
        care('L1', '2021-01-04', '2023-06-30', 'IN_LA'), // spec: → OUT_LA_GT20MI
        care('L1', '2023-09-01', '', 'OUT_LA_GT20MI'),
        care('L2', '2021-01-04', '2023-06-30', 'IN_LA'), // spec: keeps IN_LA
        care('L3', '2023-11-01', '', 'OUT_LA_LE20MI'), // spec: no value, fails the filter
        care('L4', '2019-01-01', '2022-12-31', 'IN_LA'), // none open on census: latest row started before it → OUT_LA_LE20MI
        care('L4', '2023-01-01', '2023-05-31', 'OUT_LA_LE20MI'),
        care('L5', '2020-01-01', '2024-03-31', 'UNKNOWN'), // covers the census day → UNKNOWN, though a later row started before it (an open row would be closed at that row's start: continuity rule 2)
        care('L5', '2023-06-01', '2023-07-01', 'OUT_LA_GT20MI'),
      ),
      'pep_reviews.csv': csv(
        HEADERS.pep_reviews,
        ...['L1', 'L2', 'L3', 'L4', 'L5'].map((id) => `PEP${id},${id},2023/24,AUTUMN,REVIEW,,,,,`),
      ),
    });
  });

  it('takes the row open on the census day, else the latest row started before it; none for a child in care only later', async () => {
    expect(await at(db, 'pep_n')).toBe(5); // one PEP per child, no filter
    expect(await at(db, 'pep_n', { placement_location: ['OUT_LA_GT20MI'] })).toBe(1); // L1
    expect(await at(db, 'pep_n', { placement_location: ['IN_LA'] })).toBe(1); // L2
    expect(await at(db, 'pep_n', { placement_location: ['OUT_LA_LE20MI'] })).toBe(1); // L4 (not L3: no value)
    expect(await at(db, 'pep_n', { placement_location: ['UNKNOWN'] })).toBe(1); // L5 (not L3: having no value is not UNKNOWN)
    expect(await at(db, 'pep_n', { placement_location: ['IN_LA', 'OUT_LA_LE20MI', 'OUT_LA_GT20MI', 'UNKNOWN'] })).toBe(
      4,
    ); // all but L3
  });

  it('filters the roll the same way', async () => {
    // Roll 2023/24: L1 (in care from 1 Sep 2023), L3 (from 1 Nov 2023), L5 (open) = 3; L2 and L4 left care before 1 Sep 2023
    expect(await at(db, 'roll_n')).toBe(3);
    expect(await at(db, 'roll_n', { placement_location: ['OUT_LA_GT20MI'] })).toBe(1); // L1
    expect(await at(db, 'roll_n', { placement_location: ['IN_LA'] })).toBe(0); // L2 is IN_LA but not on roll
    expect(await at(db, 'roll_n', { placement_location: ['IN_LA', 'OUT_LA_LE20MI', 'OUT_LA_GT20MI', 'UNKNOWN'] })).toBe(
      2,
    ); // L1, L5; L3 fails
  });
});

describe('nc_year, key_stage and the Reception–Year 11 roll (2023/24)', () => {
  // nc_year = (2023 − birth year − (1 if birth month ≥ 9)) − 4
  let db: Db;
  beforeAll(async () => {
    const kids: [string, string][] = [
      ['N6', '2012-09'], // 2023 − 2012 − 1 − 4 = 6
      ['N7', '2012-08'], // 2023 − 2012 − 0 − 4 = 7
      ['R0A', '2018-09'], // 2023 − 2018 − 1 − 4 = 0 (Reception)
      ['R0B', '2019-08'], // 2023 − 2019 − 0 − 4 = 0 (Reception)
      ['NUR', '2019-09'], // 2023 − 2019 − 1 − 4 = −1 (nursery: not on roll)
      ['Y11A', '2007-09'], // 2023 − 2007 − 1 − 4 = 11
      ['Y11B', '2008-08'], // 2023 − 2008 − 0 − 4 = 11
      ['Y12', '2007-08'], // 2023 − 2007 − 0 − 4 = 12 (not on roll)
    ];
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, ...kids.map(([id, b]) => pupil(id, b))),
      'care_periods.csv': csv(HEADERS.care_periods, ...kids.map(([id]) => care(id, '2020-01-01'))),
      'attendance.csv': csv(HEADERS.attendance, 'N7,2023/24,AUTUMN,100,0,0'),
    });
  });

  it('puts Reception to Year 11 on roll, not nursery or Year 12', async () => {
    // N6, N7, R0A, R0B, Y11A, Y11B = 6
    expect(await series(db, 'roll_n')).toEqual({ '2023/24': 6 });
  });

  it('derives nc_year from birth year and month (September starts the school year)', async () => {
    expect(await at(db, 'roll_n', { nc_year: ['6'] })).toBe(1); // N6, born Sep 2012
    expect(await at(db, 'roll_n', { nc_year: ['7'] })).toBe(1); // N7, born Aug 2012
    expect(await at(db, 'roll_n', { nc_year: ['0'] })).toBe(2); // R0A, R0B
    expect(await at(db, 'roll_n', { nc_year: ['11'] })).toBe(2); // Y11A, Y11B
    expect(await at(db, 'roll_n', { nc_year: ['12'] })).toBe(0); // Y12 is not on roll
    expect(await at(db, 'roll_n', { nc_year: ['-1'] })).toBe(0); // NUR is not on roll
    expect(await at(db, 'roll_n', { nc_year: ['6', '7'] })).toBe(2); // OR within a key
  });

  it('derives key_stage from nc_year', async () => {
    expect(await at(db, 'roll_n', { key_stage: ['EY'] })).toBe(2); // R0A, R0B (nc 0); NUR not on roll
    expect(await at(db, 'roll_n', { key_stage: ['KS1'] })).toBe(0);
    expect(await at(db, 'roll_n', { key_stage: ['KS2'] })).toBe(1); // N6 (3–6)
    expect(await at(db, 'roll_n', { key_stage: ['KS3'] })).toBe(1); // N7 (7–9)
    expect(await at(db, 'roll_n', { key_stage: ['KS4'] })).toBe(2); // Y11A, Y11B (10–11)
    expect(await at(db, 'roll_n', { key_stage: ['POST16'] })).toBe(0); // Y12 not on roll
    expect(await at(db, 'roll_n', { key_stage: ['KS2', 'KS4'] })).toBe(3);
  });
});

describe('Roll(Y): a care period overlapping the academic year (open on day D: start ≤ D and (no end or end > D))', () => {
  // All born 2012-08: Year 5 in 2021/22, 6 in 2022/23, 7 in 2023/24.
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, ...['E1', 'E2', 'E3', 'E4', 'E5', 'E6'].map((id) => pupil(id))),
      'care_periods.csv': csv(
        HEADERS.care_periods,
        care('E1', '2023-01-01', '2023-09-01'), // ceased on 1 Sep 2023: open up to 31 Aug 2023 → 2022/23 only
        care('E2', '2024-08-31'), // open on 31 Aug 2024 → 2023/24
        care('E3', '2023-06-01', '2023-08-31'), // open 1 Jun – 30 Aug 2023 → 2022/23 only
        care('E4', '2024-09-01'), // 2024/25: neither year
        care('E5', '2023-09-01', '2023-09-02'), // open on 1 Sep 2023 only → 2023/24 only
        care('E6', '2021-10-10', '2021-10-10'), // ceased the day it started: open on no day at all
      ),
      'attendance.csv': csv(
        HEADERS.attendance,
        'E1,2021/22,AUTUMN,100,0,0',
        'E1,2022/23,AUTUMN,100,0,0',
        'E1,2023/24,AUTUMN,100,0,0',
      ),
    });
  });

  it('counts a period ending on 1 September in the year before only, and one starting on 31 August', async () => {
    // 2022/23: E1, E3 = 2. 2023/24: E2, E5 = 2.
    const s = await series(db, 'roll_n');
    expect({ '2022/23': s['2022/23'], '2023/24': s['2023/24'] }).toEqual({ '2022/23': 2, '2023/24': 2 });
  });

  it('does not count a period that ceased on the day it started (open on no day)', async () => {
    // 2021/22: E1 starts 2023, E3 2023, E2/E4/E5 later; E6 start = end = 10 Oct 2021 → no D with start ≤ D < end → roll 0
    expect((await series(db, 'roll_n'))['2021/22']).toBe(0);
  });
});

describe('continuous care periods and CLA12M(2023/24): start ≤ 31 Mar 2023 and (no end or end > 31 Mar 2024)', () => {
  // Each child is enrolled at a school named after them in 2023/24, so school_ref isolates one child.
  let db: Db;
  const kids = ['T1', 'T2', 'O1', 'O2', 'G1', 'END31', 'END01', 'START31', 'START01', 'Y12CLA'];
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, ...kids.map((id) => pupil(id, id === 'Y12CLA' ? '2007-08' : '2012-08'))),
      'care_periods.csv': csv(
        HEADERS.care_periods,
        care('T1', '2023-07-01'), // touching (1 Jul = 30 Jun + 1 day), listed out of order, open → one period 2022-01-01→(open): yes
        care('T1', '2022-01-01', '2023-06-30'),
        care('T2', '2022-01-01', '2023-06-30'), // touching, closed → 2022-01-01→2024-04-01, 1 Apr 2024 > 31 Mar 2024: yes
        care('T2', '2023-07-01', '2024-04-01'),
        care('O1', '2022-01-01', '2023-12-31'), // overlapping → 2022-01-01→2024-06-30: yes
        care('O1', '2023-06-01', '2024-06-30'),
        care('O2', '2022-01-01', '2024-12-31'), // a row inside another → 2022-01-01→2024-12-31: yes
        care('O2', '2022-06-01', '2022-07-01'),
        care('G1', '2022-01-01', '2023-06-30'), // gap: 2 Jul = 30 Jun + 2 days → two periods, neither qualifies: no
        care('G1', '2023-07-02'),
        care('END31', '2022-01-01', '2024-03-31'), // end not > 31 Mar 2024: no
        care('END01', '2022-01-01', '2024-04-01'), // yes
        care('START31', '2023-03-31'), // start ≤ 31 Mar 2023: yes
        care('START01', '2023-04-01'), // no
        care('Y12CLA', '2020-01-01'), // CLA12M but Year 12, not on roll: not in cla12m_n
      ),
      'school_enrolments.csv': csv(HEADERS.school_enrolments, ...kids.map((id) => `${id},2023/24,${id},SECONDARY,1,`)),
    });
  });

  const cla12m = async (child: string) => at(db, 'cla12m_n', { school_ref: [child] });

  it('merges touching rows into one continuous period', async () => {
    expect(await cla12m('T1')).toBe(1);
    expect(await cla12m('T2')).toBe(1);
  });

  it('merges overlapping rows into one continuous period', async () => {
    expect(await cla12m('O1')).toBe(1);
    expect(await cla12m('O2')).toBe(1);
  });

  it('does not merge rows with a gap of 2 days', async () => {
    expect(await cla12m('G1')).toBe(0);
  });

  it('needs an end after 31 March Y+1 and a start on or before 31 March Y', async () => {
    expect(await cla12m('END31')).toBe(0);
    expect(await cla12m('END01')).toBe(1);
    expect(await cla12m('START31')).toBe(1);
    expect(await cla12m('START01')).toBe(0);
  });

  it('counts only children on roll in cla12m_n', async () => {
    // roll: all but Y12CLA = 9 (each has care overlapping 2023/24); CLA12M among them: T1, T2, O1, O2, END01, START31 = 6
    expect(await series(db, 'roll_n')).toEqual({ '2023/24': 9 });
    expect(await series(db, 'cla12m_n')).toEqual({ '2023/24': 6 });
    expect(await cla12m('Y12CLA')).toBe(0);
  });

  it('filters on cla12m with 1/0, true/false, Y/N', async () => {
    expect(await at(db, 'roll_n', { cla12m: ['1'] })).toBe(6);
    expect(await at(db, 'roll_n', { cla12m: ['true'] })).toBe(6);
    expect(await at(db, 'roll_n', { cla12m: ['Y'] })).toBe(6);
    expect(await at(db, 'roll_n', { cla12m: ['0'] })).toBe(3); // G1, END31, START01
    expect(await at(db, 'roll_n', { cla12m: ['false'] })).toBe(3);
    expect(await at(db, 'roll_n', { cla12m: ['N'] })).toBe(3);
    expect(await at(db, 'roll_n', { cla12m: ['1', '0'] })).toBe(9);
  });
});

describe('pupil filters on the roll', () => {
  // All born 2012-08 (Year 7 in 2023/24, Year 6 in 2022/23) except P6 (2007-08: Year 11 in 2022/23, Year 12 in 2023/24).
  // P7 left care in 2021: on roll in neither year. Roll 2023/24: P1, P2, P3, P4, P5, P8 = 6.
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(
        HEADERS.pupils,
        'P1,F,2012-08,WBRI,N,0',
        'P2,M,2012-08,MWBC,K,1',
        'P3,F,2012-08,CHNE,E,true',
        'P4,M,2012-08,REFU,N,false',
        'P5,U,2012-08,,,',
        'P6,F,2007-08,BAFR,K,0',
        'P7,F,2012-08,AIND,N,0',
        'P8,M,2012-08,NOBT,E,Y',
      ),
      'care_periods.csv': csv(
        HEADERS.care_periods,
        ...['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P8'].map((id) => care(id, '2022-01-01')),
        care('P7', '2020-01-01', '2021-01-01'),
      ),
      'school_enrolments.csv': csv(
        HEADERS.school_enrolments,
        'P1,2023/24,S1,SECONDARY,1,',
        'P2,2023/24,S1,SECONDARY,1,',
        'P2,2023/24,S2,SECONDARY,0,',
        'P3,2023/24,S2,SECONDARY,0,',
        'P4,2023/24,S3,SECONDARY,1,',
        'P8,2023/24,S3,SECONDARY,1,',
        'P6,2023/24,S1,FE,1,',
        'P7,2023/24,S1,SECONDARY,1,',
        'P4,2022/23,S9,PRIMARY,1,',
      ),
      'exclusions.csv': csv(HEADERS.exclusions, 'X1,P1,2023-11-01,SUSPENSION,2,PP,S1'),
    });
  });

  it('reports the roll of both years', async () => {
    // 2022/23: P1–P5, P8 (Year 6) and P6 (Year 11) = 7; 2023/24: 6
    expect(await series(db, 'roll_n')).toEqual({ '2022/23': 7, '2023/24': 6 });
  });

  it('child_id: the children of a saved group, bound as one list, never echoed by the report', async () => {
    expect(await at(db, 'roll_n', { child_id: ['P1', 'P3', 'P7'] })).toBe(2); // P7 is not in care in 2023/24
    expect(await at(db, 'roll_n', { child_id: ['P1', 'P3'], sex: ['M'] })).toBe(0); // AND: both are F
    expect(await at(db, 'roll_n', { child_id: ['P2', 'P4', 'P8'], sex: ['M'] })).toBe(3);
    expect(await at(db, 'susp_n', { child_id: ['P1'] })).toBe(1); // X1
    expect(await at(db, 'susp_n', { child_id: ['P2'] })).toBe(0);
    const { params } = pupilFilterSql({ child_id: ['P1', 'P2', 'P3'] });
    expect(params).toEqual(['P1,P2,P3']);
    const report = await runReport(db, validateFilter({ sex: ['F'], child_id: ['P1'] }));
    expect(report.filters).toEqual({ sex: ['F'] });
  });

  it('sex', async () => {
    expect(await at(db, 'roll_n', { sex: ['F'] })).toBe(2); // P1, P3
    expect(await at(db, 'roll_n', { sex: ['M'] })).toBe(3); // P2, P4, P8
    expect(await at(db, 'roll_n', { sex: ['U'] })).toBe(1); // P5
    expect(await at(db, 'roll_n', { sex: ['F', 'M'] })).toBe(5);
  });

  it('ethnicity', async () => {
    expect(await at(db, 'roll_n', { ethnicity: ['WBRI'] })).toBe(1); // P1
    expect(await at(db, 'roll_n', { ethnicity: ['MWBC'] })).toBe(1); // P2
    expect(await at(db, 'roll_n', { ethnicity: ['WBRI', 'CHNE'] })).toBe(2); // P1, P3
    expect(await at(db, 'roll_n', { ethnicity: ['AIND'] })).toBe(0); // P7 not in care
  });

  it('ethnicity_group', async () => {
    expect(await at(db, 'roll_n', { ethnicity_group: ['WHITE'] })).toBe(1); // P1 WBRI
    expect(await at(db, 'roll_n', { ethnicity_group: ['MIXED'] })).toBe(1); // P2 MWBC
    expect(await at(db, 'roll_n', { ethnicity_group: ['OTHER'] })).toBe(1); // P3 CHNE
    expect(await at(db, 'roll_n', { ethnicity_group: ['UNKNOWN'] })).toBe(3); // P4 REFU, P5 empty, P8 NOBT
    expect(await at(db, 'roll_n', { ethnicity_group: ['ASIAN'] })).toBe(0); // P7 AIND, not in care
    // P6 BAFR is BLACK: Year 11 and on roll in 2022/23, Year 12 in 2023/24
    expect(await series(db, 'roll_n', { ethnicity_group: ['BLACK'] })).toEqual({ '2022/23': 1, '2023/24': 0 });
  });

  it('sen_provision', async () => {
    expect(await at(db, 'roll_n', { sen_provision: ['E'] })).toBe(2); // P3, P8
    expect(await at(db, 'roll_n', { sen_provision: ['K'] })).toBe(1); // P2 (P6 not on roll)
    expect(await at(db, 'roll_n', { sen_provision: ['N'] })).toBe(2); // P1, P4 (P7 not on roll)
  });

  it('uasc, as 1/0, true/false and Y/N', async () => {
    // uasc true: P2 (1), P3 (true), P8 (Y); false: P1 (0), P4 (false); P5 unknown passes neither
    expect(await at(db, 'roll_n', { uasc: ['1'] })).toBe(3);
    expect(await at(db, 'roll_n', { uasc: ['true'] })).toBe(3);
    expect(await at(db, 'roll_n', { uasc: ['Y'] })).toBe(3);
    expect(await at(db, 'roll_n', { uasc: ['0'] })).toBe(2);
    expect(await at(db, 'roll_n', { uasc: ['false'] })).toBe(2);
    expect(await at(db, 'roll_n', { uasc: ['N'] })).toBe(2);
    expect(await at(db, 'roll_n', { uasc: ['1', '0'] })).toBe(5);
  });

  it('school_ref: any enrolment of the child in that year', async () => {
    expect(await at(db, 'roll_n', { school_ref: ['S1'] })).toBe(2); // P1, P2 (P6, P7 enrolled but not on roll)
    expect(await at(db, 'roll_n', { school_ref: ['S2'] })).toBe(2); // P2 (second enrolment), P3
    expect(await at(db, 'roll_n', { school_ref: ['S1', 'S2'] })).toBe(3); // P1, P2, P3
    // P4 at S9 in 2022/23 only
    expect(await series(db, 'roll_n', { school_ref: ['S9'] })).toEqual({ '2022/23': 1, '2023/24': 0 });
  });

  it('school_in_la: any enrolment of the child in that year', async () => {
    expect(await at(db, 'roll_n', { school_in_la: ['1'] })).toBe(4); // P1 S1, P2 S1, P4 S3, P8 S3
    expect(await at(db, 'roll_n', { school_in_la: ['0'] })).toBe(2); // P2 S2, P3 S2
    expect(await at(db, 'roll_n', { school_in_la: ['true'] })).toBe(4);
    expect(await at(db, 'roll_n', { school_in_la: ['1', '0'] })).toBe(5); // P5 has no enrolment
    expect(await series(db, 'roll_n', { school_in_la: ['1'] })).toEqual({ '2022/23': 1, '2023/24': 4 }); // 2022/23: P4 at S9
  });

  it('combines keys with AND and values with OR', async () => {
    expect(await at(db, 'roll_n', { sex: ['F'], school_in_la: ['1'] })).toBe(1); // P1
    expect(await at(db, 'roll_n', { sex: ['F', 'M'], sen_provision: ['E', 'K'] })).toBe(3); // P2, P3, P8
    expect(await at(db, 'roll_n', { sex: ['M'], ethnicity_group: ['UNKNOWN'], uasc: ['1'] })).toBe(1); // P8
  });

  it('a filter that selects nobody: a count is 0, a ratio over a zero denominator is null', async () => {
    // sex U is P5 only, whose uasc is unknown → nobody
    expect(await series(db, 'roll_n', { sex: ['U'], uasc: ['1'] })).toEqual({ '2022/23': 0, '2023/24': 0 });
    expect(await series(db, 'cla12m_n', { sex: ['U'], uasc: ['1'] })).toEqual({ '2022/23': 0, '2023/24': 0 });
    // susp_rate_per100 is reported for 2023/24 (exclusions.csv holds a row): 0 suspensions ÷ 0 on roll → null
    const rows = await measureRows(db, ['susp_rate_per100'], { sex: ['U'], uasc: ['1'] });
    expect(rows).toEqual([
      { measure: 'susp_rate_per100', period: '2023/24', value: null, numerator: 0, denominator: 0 },
    ]);
  });
});

describe('the period rule for roll_n and cla12m_n', () => {
  // K1, born 2012-08, in care since 2015 (Year 2 in 2018/19 … Year 7 in 2023/24, always on roll and CLA12M).
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, pupil('K1')),
      'care_periods.csv': csv(HEADERS.care_periods, care('K1', '2015-01-01')),
      'attendance.csv': csv(HEADERS.attendance, 'K1,2018/19,AUTUMN,100,0,0'),
      'ks4_results.csv': csv(HEADERS.ks4_results, 'K1,2019/20,40,0.1,5,5,8'),
      'pep_reviews.csv': csv(HEADERS.pep_reviews, 'PEP1,K1,2020/21,AUTUMN,REVIEW,,,,,'),
      'pep_targets.csv': csv(HEADERS.pep_targets, 'TG1,PEP1,ENGLISH,1,1,1,1,1,ACHIEVED,'),
      'exclusions.csv': csv(
        HEADERS.exclusions,
        'X1,K1,2022-08-31,SUSPENSION,1,PA,S1',
        'X2,K1,2023-09-01,SUSPENSION,1,PA,S1',
      ), // → 2021/22 and 2023/24
      'school_enrolments.csv': csv(HEADERS.school_enrolments, 'K1,2022/23,S1,SECONDARY,1,'),
      // these create no roll period: registers (2015/16, 2016/17), destinations (a reporting year), care periods (2014/15)
      'cme_episodes.csv': csv(HEADERS.cme_episodes, 'R1,Z9,2016-05-01,,,NONE'),
      'ehe_episodes.csv': csv(HEADERS.ehe_episodes, 'R2,Z9,2017-01-01,,,NONE,,,,'),
      'destinations.csv': csv(HEADERS.destinations, 'K1,2024,17,NEET,YES'),
    });
  });

  it('reports every academic year in which attendance, ks4_results, pep_reviews, exclusions or school_enrolments holds a row, and no other', async () => {
    const expected = { '2018/19': 1, '2019/20': 1, '2020/21': 1, '2021/22': 1, '2022/23': 1, '2023/24': 1 };
    expect(await series(db, 'roll_n')).toEqual(expected);
    expect(await series(db, 'cla12m_n')).toEqual(expected);
  });

  it('reports the same periods whatever the filter', async () => {
    const none = { '2018/19': 0, '2019/20': 0, '2020/21': 0, '2021/22': 0, '2022/23': 0, '2023/24': 0 };
    expect(await series(db, 'roll_n', { sex: ['M'] })).toEqual(none); // K1 is F
  });
});

describe('validateFilter', () => {
  const thrown = (raw: Record<string, string[]>): Error => {
    try {
      validateFilter(raw);
    } catch (e) {
      return e as Error;
    }
    throw new Error(`no error for ${JSON.stringify(raw)}`);
  };

  it('refuses an unknown key, listing the valid keys', () => {
    const e = thrown({ gender: ['F'] });
    expect(e).toBeInstanceOf(FilterError);
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
    ]) {
      expect(e.message).toContain(k);
    }
  });

  it('refuses an unknown code value, listing the valid values', () => {
    const sex = thrown({ sex: ['X'] });
    expect(sex).toBeInstanceOf(FilterError);
    expect(sex.message).toMatch(/\bM\b/);
    expect(sex.message).toMatch(/\bF\b/);
    expect(sex.message).toMatch(/\bU\b/);
    const ks = thrown({ key_stage: ['KS5'] });
    expect(ks).toBeInstanceOf(FilterError);
    for (const v of ['EY', 'KS1', 'KS2', 'KS3', 'KS4', 'POST16']) expect(ks.message).toContain(v);
    const pl = thrown({ placement_location: ['ABROAD'] });
    expect(pl).toBeInstanceOf(FilterError);
    for (const v of ['IN_LA', 'OUT_LA_LE20MI', 'OUT_LA_GT20MI', 'UNKNOWN']) expect(pl.message).toContain(v);
    const eg = thrown({ ethnicity_group: ['WBRI'] });
    expect(eg).toBeInstanceOf(FilterError);
    for (const v of ['WHITE', 'MIXED', 'ASIAN', 'BLACK', 'OTHER', 'UNKNOWN']) expect(eg.message).toContain(v);
  });

  it('refuses a value that is not a boolean for a boolean filter, saying which are accepted', () => {
    for (const key of ['uasc', 'school_in_la', 'cla12m']) {
      const e = thrown({ [key]: ['maybe'] });
      expect(e).toBeInstanceOf(FilterError);
      expect(e.message).toContain('1');
      expect(e.message).toContain('0');
    }
  });

  it('accepts the boolean spellings of the spec', () => {
    for (const v of ['1', '0', 'true', 'false', 'Y', 'N'])
      expect(() => validateFilter({ uasc: [v], cla12m: [v], school_in_la: [v] })).not.toThrow();
  });
});
