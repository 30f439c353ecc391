import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { schoolOfGroup } from '../../../src/lib/measures/dimensions';
import { measure, type MeasureId } from '../../../src/lib/measures/index';
import { runParts, type ReportRow } from '../../../src/lib/measures/report';
import { dbWith, measureRows } from './harness';
import { SCHOOL_FILES } from './schools-fixture';

/**
 * The measures of the "schools to challenge" panels broken down by school (measures.md: a school is any of the
 * child's enrolments that year, not an event's own school_ref), on the fixture of schools-fixture.ts. Every expected
 * figure is worked out in the comments.
 */

/** The rows of one measure and period, as `ref (name): value numerator/denominator`, sorted by ref. */
function bySchool(rows: readonly ReportRow[], id: string, period = '2023/24'): string[] {
  return rows
    .filter((r) => r.measure === id && r.period === period)
    .map((r) => {
      const { ref, name } = schoolOfGroup(r.group!);
      const value = r.value === null ? 'null' : r.value.toFixed(2);
      return `${ref} (${name ?? 'no name'}): ${value} ${r.numerator ?? '-'}/${r.denominator ?? '-'}`;
    })
    .sort();
}

describe('the schools-to-challenge measures by school', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith(SCHOOL_FILES);
  });

  it('rates PEPs good or better at each school of the year, a child at two schools counting at both', async () => {
    const rows = await measureRows(db, ['pep_good_pct'], {}, 'school');
    // S1: A GREEN, B RED, C GOLD, F GREEN, G GREEN, H RED → 4 of 6 rated = 66.67%
    // S2: C GOLD, D AMBER → 1 of 2 = 50%; S3: E not rated → 0 of 0, no figure (A's GREEN is not S3's: A was there in 2022/23)
    expect(bySchool(rows, 'pep_good_pct')).toEqual([
      'S1 (Oakfield Academy): 66.67 4/6',
      'S2 (Brook Primary School): 50.00 1/2',
      'S3 (no name): null 0/0',
    ]);
  });

  it('counts PEPs on time and the children with a PEP at each school', async () => {
    const rows = await measureRows(db, ['pep_on_time_pct', 'pep_n'], {}, 'school');
    // S1: on time A, C, F, G; late B, H → 4/6; S2: C, D on time → 2/2; S3: E due, not completed → 0/1
    expect(bySchool(rows, 'pep_on_time_pct')).toEqual([
      'S1 (Oakfield Academy): 66.67 4/6',
      'S2 (Brook Primary School): 100.00 2/2',
      'S3 (no name): 0.00 0/1',
    ]);
    // pep_n counts its PEPs; the panel reads the children with one from `children` (runParts with children)
    expect(bySchool(rows, 'pep_n')).toEqual([
      'S1 (Oakfield Academy): 6.00 -/-',
      'S2 (Brook Primary School): 2.00 -/-',
      'S3 (no name): 1.00 -/-',
    ]);
  });

  it('judges targets SMART at each school', async () => {
    const rows = await measureRows(db, ['pep_target_smart_pct'], {}, 'school');
    // S1: T1 (A) SMART, T2 (C) not → 1/2; S2: T2 (C) not, T3 (D) SMART → 1/2; S3: E has no target, no row
    expect(bySchool(rows, 'pep_target_smart_pct')).toEqual([
      'S1 (Oakfield Academy): 50.00 1/2',
      'S2 (Brook Primary School): 50.00 1/2',
    ]);
  });

  it('sums absence over the children of each school', async () => {
    const rows = await measureRows(db, ['abs_overall_pct'], {}, 'school');
    // S1: A 10 + C 30 = 40 of 300 sessions = 13.33%; S2: C 30 + D 0 = 30 of 300 = 10%
    expect(bySchool(rows, 'abs_overall_pct')).toEqual([
      'S1 (Oakfield Academy): 13.33 40/300',
      'S2 (Brook Primary School): 10.00 30/300',
    ]);
  });

  it("rates suspensions per 100 children on each school's roll, at the child's schools, not the event's", async () => {
    const rows = await measureRows(db, ['susp_rate_per100'], {}, 'school');
    // S1: C's 1 suspension over 6 on roll = 16.67; S2: C's and D's 2 over 2 = 100; S3: 0 over E alone = 0 (A was
    // there in 2022/23 only); S9, where C was suspended, has no one enrolled
    expect(bySchool(rows, 'susp_rate_per100')).toEqual([
      'S1 (Oakfield Academy): 16.67 1/6',
      'S2 (Brook Primary School): 100.00 2/2',
      'S3 (no name): 0.00 0/1',
    ]);
  });

  it('gives the children behind each school: those with a PEP, a target, attendance, or on roll', async () => {
    const ids: MeasureId[] = ['pep_n', 'pep_targets_n', 'abs_persistent_10_pct', 'roll_n'];
    const [rows] = await runParts(db, {}, [{ measures: ids.map(measure), dimension: 'school' }], { children: true });
    const children = (id: string) =>
      Object.fromEntries(
        rows
          .filter((r) => r.measure === id && r.period === '2023/24')
          .map((r) => [schoolOfGroup(r.group!).ref, r.children]),
      );
    expect(children('pep_n')).toEqual({ S1: 6, S2: 2, S3: 1 }); // every child has one PEP
    expect(children('pep_targets_n')).toEqual({ S1: 2, S2: 2 }); // S1: A, C; S2: C, D
    expect(children('abs_persistent_10_pct')).toEqual({ S1: 2, S2: 2 }); // S1: A, C; S2: C, D
    expect(children('roll_n')).toEqual({ S1: 6, S2: 2, S3: 1 });
  });
});
