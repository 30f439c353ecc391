/**
 * Suspension and permanent exclusion measures (measures.md): events starting in year Y of children in Roll(Y);
 * rates over roll_n. Every expected value is worked out by hand from the spec.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import type { ReportRow } from '../../../src/lib/measures/report';
import { csv, dbWith, HEADERS, measureRows, series } from './harness';

/** Same periods, and each value equal (to 1e-9) or null. */
function expectSeries(actual: Record<string, number | null>, expected: Record<string, number | null>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [period, v] of Object.entries(expected)) {
    if (v === null) expect(actual[period], period).toBeNull();
    else expect(actual[period], period).toBeCloseTo(v, 9);
  }
}

/*
 * Fixture. All born 2012-08 (Year 5 in 2021/22, 6 in 2022/23, 7 in 2023/24, 8 in 2024/25) except E, born 2007-08
 * (Year 10, 11, 12, 13). Care: A, B, C, D, E from 2022-01-01 (open); G 2019-01-01→2021-06-01; H 2023-09-01→2023-12-01.
 *
 *   Roll 2021/22: A B C D E = 5            Roll 2022/23: A B C D E = 5 (F: A C E = 3; M: B D = 2)
 *   Roll 2023/24: A B C D H = 5 (E Year 12, G not in care) (F: A C H = 3; M: B D = 2)
 *   Roll 2024/25: A B C D = 4 (E Year 13, H left care in 2023) (F: A C = 2; M: B D = 2)
 *
 * Exclusions (year = the academic year containing start_date):
 *   X13 A 2023-08-31 SUSPENSION 3 PP → 2022/23     X14 E 2023-03-01 SUSPENSION 1 BU → 2022/23 (E Year 11: on roll)
 *   X1  A 2023-09-01 SUSPENSION 2 PA → 2023/24     X2  A 2023-11-15 FIXD 3 VP       X3  A 2024-02-01 SUSPENSION 1 PA
 *   X4  B 2024-03-01 FTE 4 PP                      X5  B 2024-08-31 SUSPENSION 2 VA → 2023/24
 *   X6  C 2024-01-10 SUSPENSION 5 PA               X15 C 2024-05-01 SUSPENSION (no sessions) OT
 *   X9  H 2024-03-01 SUSPENSION 2 DA (H on Roll(2023/24) though out of care by then: counts)
 *   X7  E 2024-01-10 SUSPENSION 6 PA (Year 12: left out)   X8 G 2024-01-10 SUSPENSION 7 PA (not in care: left out)
 *   X10 D 2024-05-01 PERMANENT   X12 C 2024-06-01 PERM   X11 E 2024-02-01 PERMANENT (Year 12: left out)
 *   X16 E 2024-10-01 SUSPENSION 2 PA → 2024/25 (Year 13: left out)
 * attendance: A in 2021/22 only (a roll year with no exclusions row). Enrolment: A at SA in 2023/24.
 */
const FILES = {
  'pupils.csv': csv(
    HEADERS.pupils,
    'A,F,2012-08,WBRI,N,0',
    'B,M,2012-08,WBRI,N,0',
    'C,F,2012-08,WBRI,N,0',
    'D,M,2012-08,WBRI,N,0',
    'E,F,2007-08,WBRI,N,0',
    'G,M,2012-08,WBRI,N,0',
    'H,F,2012-08,WBRI,N,0',
  ),
  'care_periods.csv': csv(
    HEADERS.care_periods,
    ...['A', 'B', 'C', 'D', 'E'].map((id) => `${id},2022-01-01,,C2,U1,IN_LA`),
    'G,2019-01-01,2021-06-01,C2,U1,IN_LA',
    'H,2023-09-01,2023-12-01,C2,U1,IN_LA',
  ),
  'exclusions.csv': csv(
    HEADERS.exclusions,
    'X13,A,2023-08-31,SUSPENSION,3,PP,SX',
    'X14,E,2023-03-01,SUSPENSION,1,BU,SX',
    'X1,A,2023-09-01,SUSPENSION,2,PA,SX',
    'X2,A,2023-11-15,FIXD,3,VP,SX',
    'X3,A,2024-02-01,SUSPENSION,1,PA,SX',
    'X4,B,2024-03-01,FTE,4,PP,SX',
    'X5,B,2024-08-31,SUSPENSION,2,VA,SX',
    'X6,C,2024-01-10,SUSPENSION,5,PA,SX',
    'X15,C,2024-05-01,SUSPENSION,,OT,SX',
    'X9,H,2024-03-01,SUSPENSION,2,DA,SX',
    'X7,E,2024-01-10,SUSPENSION,6,PA,SX',
    'X8,G,2024-01-10,SUSPENSION,7,PA,SX',
    'X10,D,2024-05-01,PERMANENT,,PA,SX',
    'X12,C,2024-06-01,PERM,,PA,SX',
    'X11,E,2024-02-01,PERMANENT,,PA,SX',
    'X16,E,2024-10-01,SUSPENSION,2,PA,SX',
  ),
  'attendance.csv': csv(HEADERS.attendance, 'A,2021/22,AUTUMN,100,0,0'),
  'school_enrolments.csv': csv(HEADERS.school_enrolments, 'A,2023/24,SA,SECONDARY,1,'),
};

describe('suspension and permanent exclusion measures', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith(FILES);
  });

  it('has the roll worked out above', async () => {
    expect(await series(db, 'roll_n')).toEqual({ '2021/22': 5, '2022/23': 5, '2023/24': 5, '2024/25': 4 });
  });

  it('susp_n: suspensions of children on roll, in the year containing the start date, FIXD/FTE included', async () => {
    // 2022/23: X13 (31 Aug 2023), X14 = 2
    // 2023/24: A X1 (1 Sep 2023) X2 (FIXD) X3, B X4 (FTE) X5 (31 Aug 2024), C X6 X15, H X9 = 8; X7 (Year 12) and X8 (not in care) left out
    // 2024/25: X16 is E's, in Year 13 = 0; 2021/22 not reported (no exclusions row)
    expectSeries(await series(db, 'susp_n'), { '2022/23': 2, '2023/24': 8, '2024/25': 0 });
  });

  it('susp_rate_per100: 100 × susp_n ÷ roll_n', async () => {
    // 2022/23: 100 × 2 ÷ 5 = 40; 2023/24: 100 × 8 ÷ 5 = 160; 2024/25: 100 × 0 ÷ 4 = 0
    expectSeries(await series(db, 'susp_rate_per100'), { '2022/23': 40, '2023/24': 160, '2024/25': 0 });
  });

  it('susp_oneplus_pct: children on roll with ≥ 1 suspension ÷ roll_n', async () => {
    // 2022/23: A, E = 2 ÷ 5 = 40%; 2023/24: A, B, C, H = 4 ÷ 5 = 80%; 2024/25: 0 ÷ 4 = 0%
    expectSeries(await series(db, 'susp_oneplus_pct'), { '2022/23': 40, '2023/24': 80, '2024/25': 0 });
  });

  it('susp_repeat_pct: children with ≥ 2 suspensions ÷ children with ≥ 1', async () => {
    // 2022/23: A 1, E 1 → 0 ÷ 2 = 0%; 2023/24: A 3, B 2, C 2, H 1 → 3 ÷ 4 = 75%; 2024/25: 0 ÷ 0 → null
    expectSeries(await series(db, 'susp_repeat_pct'), { '2022/23': 0, '2023/24': 75, '2024/25': null });
  });

  it('susp_sessions_lost: sessions summed over those suspensions', async () => {
    // 2022/23: 3 + 1 = 4; 2023/24: 2 + 3 + 1 + 4 + 2 + 5 + (X15 none) + 2 = 19 (X7's 6 and X8's 7 left out); 2024/25: 0
    expectSeries(await series(db, 'susp_sessions_lost'), { '2022/23': 4, '2023/24': 19, '2024/25': 0 });
  });

  it('excl_perm_n and excl_perm_pct: permanent exclusions (PERM alias included) of children on roll', async () => {
    // 2023/24: X10 (D), X12 (C, PERM) = 2; X11 (E, Year 12) left out. 100 × 2 children ÷ 5 = 40%
    expectSeries(await series(db, 'excl_perm_n'), { '2022/23': 0, '2023/24': 2, '2024/25': 0 });
    expectSeries(await series(db, 'excl_perm_pct'), { '2022/23': 0, '2023/24': 40, '2024/25': 0 });
  });

  it('gives the numerator and denominator behind each ratio', async () => {
    const rows = await measureRows(db, ['susp_rate_per100', 'susp_oneplus_pct', 'susp_repeat_pct', 'excl_perm_pct']);
    const of = (m: string, p: string) => rows.find((r) => r.measure === m && r.period === p);
    expect(of('susp_rate_per100', '2023/24')).toMatchObject({ numerator: 8, denominator: 5 });
    expect(of('susp_oneplus_pct', '2023/24')).toMatchObject({ numerator: 4, denominator: 5 });
    expect(of('susp_repeat_pct', '2023/24')).toMatchObject({ numerator: 3, denominator: 4 });
    expect(of('excl_perm_pct', '2023/24')).toMatchObject({ numerator: 2, denominator: 5 });
    expect(of('susp_repeat_pct', '2024/25')).toEqual({
      measure: 'susp_repeat_pct',
      period: '2024/25',
      value: null,
      numerator: 0,
      denominator: 0,
    });
    expect(of('susp_rate_per100', '2024/25')).toEqual({
      measure: 'susp_rate_per100',
      period: '2024/25',
      value: 0,
      numerator: 0,
      denominator: 4,
    });
  });

  it('a sex filter narrows numerator and denominator alike (F)', async () => {
    // F roll: 2022/23 A C E = 3; 2023/24 A C H = 3; 2024/25 A C = 2
    // susp: 2022/23 A 1, E 1 = 2; 2023/24 A 3, C 2, H 1 = 6; 2024/25 0
    const F = { sex: ['F'] };
    expectSeries(await series(db, 'susp_n', F), { '2022/23': 2, '2023/24': 6, '2024/25': 0 });
    // 100 × 2 ÷ 3 = 66.67; 100 × 6 ÷ 3 = 200; 0 ÷ 2 = 0
    expectSeries(await series(db, 'susp_rate_per100', F), { '2022/23': 200 / 3, '2023/24': 200, '2024/25': 0 });
    // 2 of 3; 3 of 3; 0 of 2
    expectSeries(await series(db, 'susp_oneplus_pct', F), { '2022/23': 200 / 3, '2023/24': 100, '2024/25': 0 });
    // 0 of 2; A and C of A, C, H = 2 of 3; 0 of 0
    expectSeries(await series(db, 'susp_repeat_pct', F), { '2022/23': 0, '2023/24': 200 / 3, '2024/25': null });
    // 3 + 1 = 4; A 2+3+1 + C 5 + H 2 = 13; 0
    expectSeries(await series(db, 'susp_sessions_lost', F), { '2022/23': 4, '2023/24': 13, '2024/25': 0 });
    // C (X12): 1; 100 × 1 ÷ 3
    expectSeries(await series(db, 'excl_perm_n', F), { '2022/23': 0, '2023/24': 1, '2024/25': 0 });
    expectSeries(await series(db, 'excl_perm_pct', F), { '2022/23': 0, '2023/24': 100 / 3, '2024/25': 0 });
  });

  it('a sex filter narrows numerator and denominator alike (M)', async () => {
    // M roll: B, D = 2 in every year; suspensions only in 2023/24: B X4, X5
    const M = { sex: ['M'] };
    expectSeries(await series(db, 'susp_n', M), { '2022/23': 0, '2023/24': 2, '2024/25': 0 });
    expectSeries(await series(db, 'susp_rate_per100', M), { '2022/23': 0, '2023/24': 100, '2024/25': 0 }); // 100 × 2 ÷ 2
    expectSeries(await series(db, 'susp_oneplus_pct', M), { '2022/23': 0, '2023/24': 50, '2024/25': 0 }); // B of B, D
    expectSeries(await series(db, 'susp_repeat_pct', M), { '2022/23': null, '2023/24': 100, '2024/25': null }); // B of B
    expectSeries(await series(db, 'susp_sessions_lost', M), { '2022/23': 0, '2023/24': 6, '2024/25': 0 }); // 4 + 2
    expectSeries(await series(db, 'excl_perm_pct', M), { '2022/23': 0, '2023/24': 50, '2024/25': 0 }); // D of B, D
  });

  it("school_ref filters on the child's enrolments that year, not the event's own school_ref", async () => {
    // A is enrolled at SA in 2023/24 only: roll 1, suspensions X1 X2 X3 = 3 → 300 per 100; other years: nobody → null
    expectSeries(await series(db, 'susp_n', { school_ref: ['SA'] }), { '2022/23': 0, '2023/24': 3, '2024/25': 0 });
    expectSeries(await series(db, 'susp_rate_per100', { school_ref: ['SA'] }), {
      '2022/23': null,
      '2023/24': 300,
      '2024/25': null,
    });
    expectSeries(await series(db, 'susp_sessions_lost', { school_ref: ['SA'] }), {
      '2022/23': 0,
      '2023/24': 6,
      '2024/25': 0,
    });
    // every event says SX, but nobody is enrolled there
    expectSeries(await series(db, 'susp_n', { school_ref: ['SX'] }), { '2022/23': 0, '2023/24': 0, '2024/25': 0 });
    expectSeries(await series(db, 'susp_rate_per100', { school_ref: ['SX'] }), {
      '2022/23': null,
      '2023/24': null,
      '2024/25': null,
    });
  });

  /**
   * Checks a breakdown: every (period, group) of `counts` must have a susp_n row with that count and a
   * susp_rate_per100 row of 100 × count ÷ denominator(period, group); any other row present must be a zero.
   */
  function checkBreakdown(
    rows: ReportRow[],
    counts: Record<string, Record<string, number>>,
    den: (period: string, group: string) => number,
  ): void {
    for (const [period, groups] of Object.entries(counts)) {
      for (const [group, n] of Object.entries(groups)) {
        const count = rows.find((r) => r.measure === 'susp_n' && r.period === period && r.group === group);
        expect(count, `susp_n ${period} ${group}`).toBeDefined();
        expect(count!.value, `susp_n ${period} ${group}`).toBe(n);
        const rate = rows.find((r) => r.measure === 'susp_rate_per100' && r.period === period && r.group === group);
        expect(rate, `susp_rate_per100 ${period} ${group}`).toBeDefined();
        expect(rate!.numerator, `numerator ${period} ${group}`).toBe(n);
        expect(rate!.denominator, `denominator ${period} ${group}`).toBe(den(period, group));
        expect(rate!.value, `susp_rate_per100 ${period} ${group}`).toBeCloseTo((100 * n) / den(period, group), 9);
      }
    }
    for (const r of rows) {
      if (counts[r.period]?.[r.group ?? ''] !== undefined) continue;
      expect(['2022/23', '2023/24', '2024/25'], `period of ${JSON.stringify(r)}`).toContain(r.period);
      if (r.measure === 'susp_n') expect(r.value, JSON.stringify(r)).toBe(0);
      else {
        expect(r.numerator, JSON.stringify(r)).toBe(0);
        expect(r.value, JSON.stringify(r)).toBe(0);
        expect(r.denominator, JSON.stringify(r)).toBe(den(r.period, r.group!));
      }
    }
  }

  it('by reason: counts per reason, rate per 100 over the whole roll', async () => {
    const rows = await measureRows(db, ['susp_n', 'susp_rate_per100'], {}, 'reason');
    // 2022/23 (roll 5): PP X13, BU X14 → 1 each → 100 × 1 ÷ 5 = 20
    // 2023/24 (roll 5): PA X1 X3 X6 = 3 → 60; VP X2, PP X4, VA X5, OT X15, DA X9 = 1 each → 20 (X7, X8 are PA but left out)
    // 2024/25 (roll 4): none
    const roll: Record<string, number> = { '2022/23': 5, '2023/24': 5, '2024/25': 4 };
    checkBreakdown(
      rows,
      { '2022/23': { PP: 1, BU: 1 }, '2023/24': { PA: 3, VP: 1, PP: 1, VA: 1, OT: 1, DA: 1 } },
      (period) => roll[period],
    );
  });

  it('by sex: rate per 100 over the roll of that sex', async () => {
    const rows = await measureRows(db, ['susp_n', 'susp_rate_per100'], {}, 'sex');
    // 2022/23: F A, E = 2 over F roll 3 → 66.67 (M: 0 over 2)
    // 2023/24: F A 3 + C 2 + H 1 = 6 over 3 → 200; M B 2 over 2 → 100
    const roll: Record<string, Record<string, number>> = {
      '2022/23': { F: 3, M: 2 },
      '2023/24': { F: 3, M: 2 },
      '2024/25': { F: 2, M: 2 },
    };
    checkBreakdown(rows, { '2022/23': { F: 2 }, '2023/24': { F: 6, M: 2 } }, (period, group) => roll[period][group]);
    // Every group on the roll has its rate, 0 where it had no suspension.
    expect(rows.find((r) => r.measure === 'susp_rate_per100' && r.period === '2022/23' && r.group === 'M')).toEqual({
      measure: 'susp_rate_per100',
      period: '2022/23',
      group: 'M',
      value: 0,
      numerator: 0,
      denominator: 2,
    });
  });
});

describe('suspensions by term (DfE: autumn to 31 December, spring to Easter Sunday, summer after)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, 'A,F,2010-01,WBRI,N,0'),
      'care_periods.csv': csv(HEADERS.care_periods, 'A,2020-01-01,,C2,U1,IN_LA'),
      'exclusions.csv': csv(
        HEADERS.exclusions,
        'X8,A,2023-09-01,SUSPENSION,1,PP,',
        'X1,A,2023-12-31,SUSPENSION,1,PP,',
        'X2,A,2024-01-01,SUSPENSION,1,PP,',
        'X3,A,2024-03-31,SUSPENSION,1,PP,',
        'X4,A,2024-04-01,SUSPENSION,1,PP,',
        'X5,A,2024-08-31,SUSPENSION,1,PP,',
        'X6,A,2025-04-20,SUSPENSION,1,PP,',
        'X7,A,2025-04-21,SUSPENSION,1,PP,',
      ),
    });
  });

  it('finds Easter Sunday for years whose dates are known', async () => {
    const years = [2008, 2019, 2024, 2025, 2026, 2038];
    const rows = await db.query<{ d: string }>(
      `SELECT strftime(easter_sunday(y), '%Y-%m-%d') AS d FROM unnest([${years.join(', ')}]) AS t(y)`,
    );
    expect(rows.map((r) => r.d)).toEqual([
      '2008-03-23',
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2038-04-25',
    ]);
  });

  it('puts 31 December in autumn, 1 January and Easter Sunday in spring, Easter Monday and August in summer', async () => {
    const rows = await measureRows(db, ['susp_n'], {}, 'term');
    // 2023/24: X8 1 Sep, X1 31 Dec → AUTUMN; X2 1 Jan, X3 31 Mar 2024 (Easter Sunday) → SPRING; X4 1 Apr, X5 31 Aug → SUMMER
    // 2024/25: X6 20 Apr 2025 (Easter Sunday) → SPRING; X7 21 Apr → SUMMER
    expect(rows.map((r) => [r.period, r.group, r.value])).toEqual([
      ['2023/24', 'AUTUMN', 2],
      ['2023/24', 'SPRING', 2],
      ['2023/24', 'SUMMER', 2],
      ['2024/25', 'SPRING', 1],
      ['2024/25', 'SUMMER', 1],
    ]);
  });
});
