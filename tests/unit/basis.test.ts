import { describe, expect, it } from 'vitest';
import { measure, type MeasureId } from '../../src/lib/measures/index';
import type { SeriesPoint, SnapshotSeries } from '../../src/lib/snapshot/document';
import { bases, basis } from '../../src/views/dashboard/basis';

const series = (id: MeasureId, ...points: SeriesPoint[]): SnapshotSeries => {
  const m = measure(id);
  return { measure: id, kind: m.kind, unit: m.unit, area: 'x', points };
};

describe('what a panel rests on', () => {
  it('says the numbers behind the latest figure, or behind the year a breakdown shows', () => {
    const good = series(
      'pep_good_pct',
      { period: '2023/24', value: 70, numerator: 700, denominator: 1000 },
      { period: '2024/25', value: 76.1, numerator: 942, denominator: 1238 },
    );
    expect(basis(measure('pep_good_pct'), good)).toBe('2024/25: 942 of 1,238');
    expect(basis(measure('pep_good_pct'), good, '2023/24')).toBe('2023/24: 700 of 1,000');
    expect(basis(measure('pep_good_pct'), good, '2019/20')).toBeNull();
  });
  it('gives a count its total, and nothing for a suppressed figure', () => {
    expect(basis(measure('susp_n'), series('susp_n', { period: '2024/25', value: 1612 }))).toBe(
      '2024/25: 1,612 in all',
    );
    expect(basis(measure('pep_good_pct'), series('pep_good_pct', { period: '2024/25', value: 'c' }))).toBeNull();
  });
  it('names each measure of a panel of several', () => {
    const done = series('pep_completed_pct', { period: '2024/25', value: 96, numerator: 960, denominator: 1000 });
    const onTime = series('pep_on_time_pct', { period: '2024/25', value: 'c' });
    expect(bases([measure('pep_completed_pct'), measure('pep_on_time_pct')], [done, onTime])).toBe(
      `${measure('pep_completed_pct').title}, 2024/25: 960 of 1,000`,
    );
  });
});
