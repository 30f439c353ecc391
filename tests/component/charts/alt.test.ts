import { describe, expect, it } from 'vitest';
import { altForBars, altForBins, altForSeries, altForStack, listOf } from '../../../src/lib/charts/alt';
import type { Series } from '../../../src/lib/charts/types';
import { BINS, LOCAL, NATIONAL, NEIGHBOURS, one } from './fixtures';

describe('alt', () => {
  it('altForSeries(title, series, format) gives the span and each series from first to last value', () => {
    const local: Series = {
      ...LOCAL,
      points: LOCAL.points.map((p) => (p.display === 'c' ? { ...p, value: 19.6, display: '19.6' } : p)),
    };
    expect(altForSeries('Attainment 8', [local, NATIONAL], one)).toBe(
      'Attainment 8, 2019/20 to 2024/25: local 21.2 to 16.7; children in care nationally 19.1 to 18.2.',
    );
  });

  it('altForSeries names the periods a series starts or ends in when they are not the first or last', () => {
    const late: Series = { ...NATIONAL, points: NATIONAL.points.slice(2, 5) };
    expect(altForSeries('A8', [LOCAL, late], one)).toBe(
      'A8, 2019/20 to 2024/25: local 21.2 to 16.7 (2021/22 suppressed); children in care nationally 18.8 in 2021/22 to 18.4 in 2023/24.',
    );
  });

  it('altForSeries says which periods are not available, and handles one value and one period', () => {
    expect(altForSeries('A8', [NEIGHBOURS], one)).toBe(
      'A8, 2019/20 to 2024/25: statistical neighbours 20.0 to 17.9 (2020/21 not available).',
    );
    const single: Series = { ...LOCAL, points: LOCAL.points.slice(1, 3) };
    expect(altForSeries('A8', [single], one)).toBe(
      'A8, 2020/21 to 2021/22: local 20.4 in 2020/21 (2021/22 suppressed).',
    );
    expect(altForSeries('A8', [{ ...LOCAL, points: LOCAL.points.slice(0, 1) }], one)).toBe(
      'A8, 2019/20: local 21.2 in 2019/20.',
    );
  });

  it('altForSeries says when there is nothing to show', () => {
    expect(altForSeries('A8', [], one)).toBe('A8: no data for this selection.');
    expect(altForSeries('A8', [{ ...LOCAL, points: [] }], one)).toBe('A8: no data for this selection.');
  });

  it('altForBars says when there is nothing to show', () => {
    expect(altForBars('Reasons', [])).toBe('Reasons: no data for this selection.');
  });

  it('altForStack and altForBins say when there is nothing to show', () => {
    expect(altForStack('Exclusions', [], [])).toBe('Exclusions: no data for this selection.');
    expect(altForBins('Attendance', [])).toBe('Attendance: no data for this selection.');
    expect(altForBins('Attendance', BINS.slice(0, 1))).toBe('Attendance, in 1 bin from 0 to 50: all suppressed.');
  });

  it('listOf joins with commas and a final and', () => {
    expect([listOf([]), listOf(['a']), listOf(['a', 'b']), listOf(['a', 'b', 'c'])]).toEqual([
      '',
      'a',
      'a and b',
      'a, b and c',
    ]);
  });
});
