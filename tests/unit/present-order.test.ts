import { describe, expect, it } from 'vitest';
import { measure } from '../../src/lib/measures/index';
import type { BreakdownGroup, SnapshotBreakdown } from '../../src/lib/snapshot/document';
import { breakdownBars, stackColumns } from '../../src/views/dashboard/present';

const breakdown = (dimension: string, period: string, groups: BreakdownGroup[]): SnapshotBreakdown => ({
  measure: 'pep_n',
  kind: 'count',
  unit: 'count',
  area: 'pep',
  dimension,
  period,
  total: { value: groups.reduce((n, g) => n + (typeof g.value === 'number' ? g.value : 0), 0) },
  groups,
});

describe('a breakdown as bars', () => {
  const m = measure('pep_n');

  it('gives quality ratings in words, Gold to Red then Not rated, whatever their sizes', () => {
    const b = breakdown('qa_rating', '2023/24', [
      { group: 'RED', value: 30 },
      { group: 'NOT_RATED', value: 40 },
      { group: 'AMBER', value: 10 },
      { group: 'GOLD', value: 8 },
      { group: 'GREEN', value: 12 },
    ]);
    expect(breakdownBars(m, b).map((bar) => [bar.label, bar.display])).toEqual([
      ['Gold', '8'],
      ['Green', '12'],
      ['Amber', '10'],
      ['Red', '30'],
      ['Not rated', '40'],
    ]);
  });

  it('gives months September to August, the academic year', () => {
    const b = breakdown(
      'month',
      '2023/24',
      ['01', '12', '09', '08'].map((group) => ({ group, value: 10 })),
    );
    expect(breakdownBars(m, b).map((bar) => bar.label)).toEqual(['September', 'December', 'January', 'August']);
  });

  it('gives reasons largest first, a suppressed one after the shown ones, Other and Unknown last', () => {
    const b = breakdown('reason', '2023/24', [
      { group: 'UNKNOWN', value: 50 },
      { group: 'TH', value: 6 },
      { group: 'OT', value: 90 },
      { group: 'DB', value: 20 },
      { group: 'VA', value: 'c' },
    ]);
    expect(breakdownBars(m, b).map((bar) => [bar.label, bar.display])).toEqual([
      ['Persistent or general disruptive behaviour', '20'],
      ['Theft', '6'],
      ['Verbal abuse or threatening behaviour against an adult', 'c'],
      ['Other', '90'],
      ['Unknown', '50'],
    ]);
  });

  it('has no bars without a breakdown', () => {
    expect(breakdownBars(m, null)).toEqual([]);
  });
});

describe('stacked shares', () => {
  it('stacks quality ratings Gold, Green, Amber, Red, Not rated, keyed by code and labelled in words', () => {
    const years = [
      breakdown('qa_rating', '2022/23', [
        { group: 'NOT_RATED', value: 5 },
        { group: 'GREEN', value: 15 },
      ]),
      breakdown('qa_rating', '2023/24', [
        { group: 'RED', value: 4 },
        { group: 'GOLD', value: 6 },
        { group: 'AMBER', value: 10 },
      ]),
    ];
    const { columns, parts } = stackColumns(years);
    expect(parts).toEqual([
      { key: 'GOLD', label: 'Gold' },
      { key: 'GREEN', label: 'Green' },
      { key: 'AMBER', label: 'Amber' },
      { key: 'RED', label: 'Red' },
      { key: 'NOT_RATED', label: 'Not rated' },
    ]);
    // 2023/24: 6 of 20 is 30%
    expect(columns[1].values.GOLD).toEqual({ value: 30, display: '6 (30.0%)' });
  });

  it('stacks a nominal dimension largest first over all the years', () => {
    // Theft 3 + 9 = 12 over disruption 10 + 0; Other last
    const years = [
      breakdown('reason', '2022/23', [
        { group: 'DB', value: 10 },
        { group: 'TH', value: 3 },
        { group: 'OT', value: 30 },
      ]),
      breakdown('reason', '2023/24', [{ group: 'TH', value: 9 }]),
    ];
    expect(stackColumns(years).parts.map((p) => p.key)).toEqual(['TH', 'DB', 'OT']);
  });
});
