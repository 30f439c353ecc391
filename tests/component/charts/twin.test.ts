import { describe, expect, it } from 'vitest';
import { twinOfBars, twinOfBins, twinOfSeries, twinOfStack } from '../../../src/lib/charts/twin';
import type { Series } from '../../../src/lib/charts/types';
import { BARS, BINS, COLUMNS, LOCAL, NEIGHBOURS, PARTS } from './fixtures';

describe('twin', () => {
  it('twinOfSeries(series) has a row per period and a column per series, with x for a missing period', () => {
    const short: Series = { ...NEIGHBOURS, points: NEIGHBOURS.points.slice(0, 2) };
    const twin = twinOfSeries([LOCAL, short], 'Year');
    expect(twin.columns).toEqual(['Year', 'local', 'statistical neighbours']);
    expect(twin.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['2019/20', '21.2', '20.0'],
      ['2020/21', '20.4', 'x'],
      ['2021/22', 'c', 'x'],
      ['2022/23', '18.9', 'x'],
      ['2023/24', '17.5', 'x'],
      ['2024/25', '16.7', 'x'],
    ]);
  });

  it('twinOfBars(bars) has a row per bar', () => {
    expect(twinOfBars(BARS.slice(2))).toEqual({
      columns: ['Category', 'Value'],
      rows: [
        { header: 'Verbal abuse or threatening behaviour against an adult', cells: ['6'] },
        { header: 'Drug and alcohol related', cells: ['c'] },
      ],
    });
  });

  it('twinOfStack(columns, parts) has a row per column and a column per part, x for a part a column lacks', () => {
    const twin = twinOfStack([...COLUMNS, { period: '2025/26', values: {} }], PARTS);
    expect(twin.columns).toEqual(['Period', 'Suspension', 'Permanent exclusion']);
    expect(twin.rows.at(-1)).toEqual({ header: '2025/26', cells: ['x', 'x'] });
  });

  it('twinOfBins(bins, format) heads each row with its formatted range', () => {
    expect(twinOfBins(BINS.slice(0, 2), (v) => `${v}%`).rows).toEqual([
      { header: '0% to 50%', cells: ['c'] },
      { header: '50% to 80%', cells: ['12'] },
    ]);
  });
});
