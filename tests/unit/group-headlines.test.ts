import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/types';
import { groupFilter, makeGroup, presentIn } from '../../src/lib/groups/group';
import { loadedChildren } from '../../src/lib/groups/loaded';
import { HEADLINES } from '../../src/lib/measures/areas';
import type { Row } from '../../src/lib/snapshot/figures';
import { Coordinator } from '../../src/lib/state/coordinator';
import { childrenWords, emptySentence, registerNote } from '../../src/views/pupils/group/group-text';
import {
  GROUP_HEADLINES,
  groupHeadlines,
  hasRecords,
  headlineFigures,
  symbolsIn,
} from '../../src/views/pupils/group/headlines';
import { csv, dbWith, HEADERS } from './measures/harness';

const ALL = { from: null, to: null };
const row = (
  measure: string,
  period: string,
  value: number | null,
  numerator: number | null,
  denominator: number | null,
  national?: Record<string, number>,
): Row => ({ measure, period, value, numerator, denominator, ...(national ? { benchmarks: national } : {}) });

describe('groupHeadlines: the group beside the whole roll, as the Overview shows them', () => {
  it('keeps the Overview headlines a group narrows, leaving out the registers', () => {
    expect(GROUP_HEADLINES).toEqual(
      HEADLINES.filter((id) => id !== 'cme_returned_30d_pct' && id !== 'ehe_open_census_n'),
    );
    expect(registerNote()).toBe(
      'Missing education and home education are not shown for a group: they count register records, which a pupil group does not narrow.',
    );
  });

  it("shows each measure in the roll's latest year, with c for a figure resting on fewer than 6 children", () => {
    const national = { CLA_12M: 19.4, ALL_PUPILS: 45.9 };
    const roll = headlineFigures(
      [
        row('ks4_att8_avg', '2022/23', 30, null, 10, national),
        row('ks4_att8_avg', '2023/24', 379 / 12, null, 12, national),
        row('ks4_em_grade4plus_pct', '2023/24', 50, 6, 12),
        row('cme_returned_30d_pct', '2023/24', 50, 6, 12),
      ],
      ALL,
    );
    const group = headlineFigures(
      [
        row('ks4_att8_avg', '2022/23', 28, null, 4, national),
        // 3 values: an average on fewer than 6 values is c (rule 3)
        row('ks4_att8_avg', '2023/24', 20, null, 3, national),
        // 6 of 6: numerator 6 and complement 0, shown (rule 2)
        row('ks4_em_grade4plus_pct', '2023/24', 100, 6, 6),
      ],
      ALL,
    );
    const lines = groupHeadlines(group, roll);
    expect(lines).toEqual([
      // 379 / 12 = 31.583… → 31.6; national CLA_12M 19.4, never suppressed
      { id: 'ks4_att8_avg', title: 'Attainment 8', period: '2023/24', group: 'c', roll: '31.6', national: '19.4' },
      // no national figure loaded: x
      {
        id: 'ks4_em_grade4plus_pct',
        title: 'Grade 4 or above in English and maths',
        period: '2023/24',
        group: '100.0%',
        roll: '50.0%',
        national: 'x',
      },
    ]);
    expect([...symbolsIn(lines)]).toEqual(['c', 'x']);
  });

  it("limits the years to the range, and shows x where the group has no figure in the roll's year", () => {
    const roll = headlineFigures(
      [row('ks4_att8_avg', '2022/23', 30, null, 10), row('ks4_att8_avg', '2023/24', 31, null, 12)],
      { from: null, to: '2022/23' },
    );
    const group = headlineFigures([row('ks4_att8_avg', '2023/24', 40, null, 6)], ALL);
    expect(groupHeadlines(group, roll)).toEqual([
      { id: 'ks4_att8_avg', title: 'Attainment 8', period: '2022/23', group: 'x', roll: '30.0', national: 'x' },
    ]);
  });

  it('finds a group with no child behind any headline figure in range', () => {
    const none = [row('ks4_att8_avg', '2023/24', null, null, 0), row('susp_rate_per100', '2023/24', null, 0, 0)];
    expect(hasRecords(none, ALL)).toBe(false);
    expect(hasRecords([...none, row('susp_rate_per100', '2022/23', 0, 0, 7)], ALL)).toBe(true);
    expect(hasRecords([...none, row('susp_rate_per100', '2022/23', 0, 0, 7)], { from: '2023/24', to: null })).toBe(
      false,
    );
    // the registers ignore the group: their records are not the group's
    expect(hasRecords([row('ehe_open_census_n', '2023/24', 9, null, null)], ALL)).toBe(false);
  });
});

describe('the words of a group page', () => {
  it('says plainly why a group has nothing to show', () => {
    const none = presentIn({ child_ids: ['A', 'B'] }, new Set());
    expect(emptySentence(none, false)).toBe(
      'None of the 2 children is in the loaded data, so the group has no figures to show. Its children are kept: load the exports that hold them.',
    );
    expect(emptySentence(presentIn({ child_ids: [] }, new Set()), false)).toBe(
      'No child of this group has a record behind the headline measures in the years loaded, so the group has no figures to show.',
    );
    expect(emptySentence(presentIn({ child_ids: ['A', 'B'] }, new Set(['A'])), true)).toBeNull();
  });

  it('counts the hand-picked children, then says how many are loaded', () => {
    expect(childrenWords({ child_ids: ['A', 'B'] }, null)).toBe('2 children picked by hand.');
    expect(childrenWords({ child_ids: ['A', 'B'] }, new Set(['B', 'Z']))).toBe(
      '1 of 2 children is in the loaded data.',
    );
    expect(childrenWords({ child_ids: [] }, null)).toBe(
      'No children are picked by hand: the filter alone chooses them.',
    );
  });
});

describe("a group's headlines from the real measures", () => {
  let db: Db;
  const ids = Array.from({ length: 12 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
  beforeAll(async () => {
    // C01–C06: Attainment 8 of 30, 40, 20, 50, 44, 60, all with grade 4+ in English and maths;
    // C07–C12: 10, 20, 30, 15, 25, 35, none with both at 4+. Every child has qualifications.
    const ks4 = [
      '30,,4,4,8',
      '40,,5,5,8',
      '20,,4,6,7',
      '50,,6,6,9',
      '44,,7,4,8',
      '60,,9,8,10',
      '10,,3,3,6',
      '20,,2,4,7',
      '30,,4,3,8',
      '15,,1,1,5',
      '25,,U,2,6',
      '35,,3,5,8',
    ];
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, ...ids.map((id) => `${id},F,2008-01,WBRI,N,0`)),
      'care_periods.csv': csv(HEADERS.care_periods, ...ids.map((id) => `${id},2020-01-01,,C2,U1,IN_LA`)),
      'ks4_results.csv': csv(HEADERS.ks4_results, ...ids.map((id, i) => `${id},2023/24,${ks4[i]}`)),
    });
    await db.exec(
      `INSERT INTO national_benchmarks VALUES ('202324', '2023/24', 'ks4_att8_avg', 'CLA_12M', 19.4, 'mean', 'S', NULL)`,
    );
  });

  const linesOf = async (runner: Coordinator, filter: ReturnType<typeof groupFilter>) => {
    const batch = [{ ids: HEADLINES, dimension: null }];
    const [[own], [roll]] = await Promise.all([runner.run(1, filter, batch), runner.run(1, {}, batch)]);
    return { own, lines: groupHeadlines(headlineFigures(own, ALL), headlineFigures(roll, ALL)) };
  };

  it('gives a group of 6 its own figures, and the whole roll its figures, in the same table', async () => {
    const group = makeGroup('Year 11 at Oak', {}, [...ids.slice(0, 6), 'X1', 'X2']);
    expect(presentIn(group, await loadedChildren(db, group.child_ids)).sentence).toBe(
      '6 of 8 children are in the loaded data',
    );
    const { own, lines } = await linesOf(new Coordinator(async () => db), groupFilter(group));
    // (30 + 40 + 20 + 50 + 44 + 60) / 6 = 244 / 6
    expect(own.find((r) => r.measure === 'ks4_att8_avg')?.value).toBeCloseTo(244 / 6, 9);
    expect(lines).toEqual([
      // group 40.666… → 40.7; roll (244 + 135) / 12 = 31.583… → 31.6
      { id: 'ks4_att8_avg', title: 'Attainment 8', period: '2023/24', group: '40.7', roll: '31.6', national: '19.4' },
      // group 6 of 6; roll 6 of 12
      {
        id: 'ks4_em_grade4plus_pct',
        title: 'Grade 4 or above in English and maths',
        period: '2023/24',
        group: '100.0%',
        roll: '50.0%',
        national: 'x',
      },
      // nobody without qualifications: 0 of 6, 0 of 12
      {
        id: 'ks4_no_qualifications_pct',
        title: 'No qualifications',
        period: '2023/24',
        group: '0.0%',
        roll: '0.0%',
        national: 'x',
      },
    ]);
  });

  it('shows c for every figure of a group of 3 children', async () => {
    const group = makeGroup('Three', {}, ids.slice(6, 9));
    const { own, lines } = await linesOf(new Coordinator(async () => db), groupFilter(group));
    // (10 + 20 + 30) / 3 = 20, exact in the rows, c on the page
    expect(own.find((r) => r.measure === 'ks4_att8_avg')?.value).toBe(20);
    expect(lines.map((l) => [l.id, l.group, l.roll])).toEqual([
      ['ks4_att8_avg', 'c', '31.6'],
      ['ks4_em_grade4plus_pct', 'c', '50.0%'],
      ['ks4_no_qualifications_pct', 'c', '0.0%'],
    ]);
    expect(hasRecords(own, ALL)).toBe(true);
  });

  it('finds no record for a group none of whose children is loaded', async () => {
    const group = makeGroup('Elsewhere', {}, ['X1', 'X2']);
    const loaded = await loadedChildren(db, group.child_ids);
    expect(loaded.size).toBe(0);
    const { own } = await linesOf(new Coordinator(async () => db), groupFilter(group));
    expect(hasRecords(own, ALL)).toBe(false);
  });
});
