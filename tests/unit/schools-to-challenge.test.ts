import { describe, expect, it } from 'vitest';
import { measure } from '../../src/lib/measures/index';
import type { ReportRow } from '../../src/lib/measures/report';
import { pupilsAtSchool } from '../../src/views/dashboard/pupils-link';
import { childrenWords, schoolsToChallenge, type SchoolFigure } from '../../src/views/dashboard/schools';

/** Hand-made rows by school (group `ref|name`, or `ref` without a name), k = 6 unless said. */
const P = '2024/25';
const ratio = (
  id: string,
  group: string,
  n: number,
  d: number,
  more: Partial<ReportRow> = {},
  scale = 100,
): ReportRow => ({
  measure: id,
  period: P,
  group,
  value: d === 0 ? null : (scale * n) / d,
  numerator: n,
  denominator: d,
  ...more,
});
const children = (id: string, group: string, n: number, period = P): ReportRow => ({
  measure: id,
  period,
  group,
  value: n,
  numerator: null,
  denominator: null,
  children: n,
});
const shown = (list: SchoolFigure[]) => list.map((s) => `${s.label}: ${s.display}, ${s.children}`);

describe('schoolsToChallenge', () => {
  it('ranks PEPs rated good or better lowest first, among schools with at least k children, the rest by name below', () => {
    const rows = [
      // 12 of 20 good: 60.0%; 18 of 24: 75.0%; 8 of 16: 50.0%; 2 of 3 at a school of 3 children
      ratio('pep_good_pct', 'S1|Oakfield Academy', 12, 20),
      children('pep_n', 'S1|Oakfield Academy', 10),
      ratio('pep_good_pct', 'S2|Brook Primary School', 18, 24),
      children('pep_n', 'S2|Brook Primary School', 8),
      ratio('pep_good_pct', 'S3', 8, 16),
      children('pep_n', 'S3', 6),
      ratio('pep_good_pct', 'S4|Ash Lane School', 2, 3),
      children('pep_n', 'S4|Ash Lane School', 3),
      // 5 children: not ranked, though 6 of 12 stands under the rules
      ratio('pep_good_pct', 'S5|Zion Hill School', 6, 12),
      children('pep_n', 'S5|Zion Hill School', 5),
      // another year's rows are not this year's
      { ...ratio('pep_good_pct', 'S6|Old School', 0, 30), period: '2023/24' },
      children('pep_n', 'S6|Old School', 30, '2023/24'),
    ];
    const { ranked, unranked } = schoolsToChallenge(rows, measure('pep_good_pct'), 'pep_n', P, 6);
    // S3 has no name in the lookup: it is shown by its reference
    expect(shown(ranked)).toEqual(['S3: 50.0%, 6', 'Oakfield Academy: 60.0%, 10', 'Brook Primary School: 75.0%, 8']);
    // Ash Lane: 2 of 3 is c (rule 2: numerator 2 and complement 1 under 6, denominator 3 under 6); Zion Hill: 6 of 12 stands
    expect(shown(unranked)).toEqual(['Ash Lane School: c, 3', 'Zion Hill School: 50.0%, 5']);
  });

  it('ranks suspensions per 100 pupils highest first, a figure hidden by a small number last', () => {
    const id = 'susp_rate_per100';
    const rows = [
      // 10 suspensions over 40 on roll: 25.00 (10 children suspended); 30 over 50: 60.00; 3 over 30: c (numerator 3)
      ratio(id, 'A1|Elm School', 10, 40, { children: 6 }, 100),
      children('roll_n', 'A1|Elm School', 40),
      ratio(id, 'A2|Fir School', 30, 50, { children: 12 }, 100),
      children('roll_n', 'A2|Fir School', 50),
      ratio(id, 'A3|Oak School', 3, 30, { children: 2 }, 100),
      children('roll_n', 'A3|Oak School', 30),
      // 0 over 20: 0.00, placed last of those with a number
      ratio(id, 'A4|Yew School', 0, 20, { children: 0 }, 100),
      children('roll_n', 'A4|Yew School', 20),
    ];
    const { ranked, suppressed, unranked } = schoolsToChallenge(rows, measure(id), 'roll_n', P, 6);
    expect(shown(ranked)).toEqual(['Fir School: 60.00, 50', 'Elm School: 25.00, 40', 'Yew School: 0.00, 20']);
    // placing a c among the ranked would tell it: it is listed apart
    expect(shown(suppressed)).toEqual(['Oak School: c, 30']);
    expect(unranked).toEqual([]);
  });

  it('marks a figure c when few children stand behind it (rule 7), and tells apart two schools of one name', () => {
    const id = 'abs_overall_pct';
    const rows = [
      // 300 of 3000 sessions: 10.0%, but missed by 4 children only: c
      ratio(id, 'B1|St Mary’s School', 300, 3000, { children: 4, complement_children: 20 }),
      children('abs_persistent_10_pct', 'B1|St Mary’s School', 20),
      ratio(id, 'B2|St Mary’s School', 450, 3000, { children: 15, complement_children: 20 }),
      children('abs_persistent_10_pct', 'B2|St Mary’s School', 20),
    ];
    const { ranked, suppressed } = schoolsToChallenge(rows, measure(id), 'abs_persistent_10_pct', P, 6);
    expect(shown(ranked)).toEqual(['St Mary’s School (B2): 15.0%, 20']);
    expect(shown(suppressed)).toEqual(['St Mary’s School (B1): c, 20']);
  });

  it('takes k as given: with k = 10, a school of 8 children is not ranked', () => {
    const rows = [ratio('pep_on_time_pct', 'S1|Oakfield Academy', 10, 20), children('pep_n', 'S1|Oakfield Academy', 8)];
    const { ranked, unranked } = schoolsToChallenge(rows, measure('pep_on_time_pct'), 'pep_n', P, 10);
    expect(ranked).toEqual([]);
    expect(shown(unranked)).toEqual(['Oakfield Academy: 50.0%, 8']);
  });

  it('says one child and many children', () => {
    expect([childrenWords(1), childrenWords(12), childrenWords(1200)]).toEqual([
      '1 child',
      '12 children',
      '1,200 children',
    ]);
  });
});

describe('pupilsAtSchool', () => {
  it('links to the Pupils view of one school, keeping the filter and the years', () => {
    expect(pupilsAtSchool('?sex=F&school_ref=S9&from=2022/23', 'S1')).toBe('?sex=F&school_ref=S1&from=2022/23#/pupils');
    expect(pupilsAtSchool('', 'SCH-0014')).toBe('?school_ref=SCH-0014#/pupils');
  });
});
