import { describe, expect, it } from 'vitest';
import { measure, type MeasureId } from '../../src/lib/measures/index';
import type { Row } from '../../src/lib/state/coordinator';
import { buildFigures } from '../../src/lib/snapshot/figures';
import { sourceLine as lineOf } from '../../src/views/dashboard/source';
import type { Measure } from '../../src/lib/measures/define';

/** The source line of measures' rows, through the figures the dashboard builds. */
const sourceLine = (local: string, measures: Measure<MeasureId>[], rows: Row[]) => {
  const figures = buildFigures(
    { series: rows, byDimension: new Map(), bins: new Map() },
    [],
    6,
    { from: null, to: null },
    new Map(measures.map((m) => [m.id, 'x'])),
  );
  return lineOf(
    local,
    measures,
    measures.map((m) => figures.series.find((s) => s.measure === m.id) ?? null),
  );
};

const row = (m: string, period: string, benchmarks: Record<string, number>): Row => ({
  measure: m,
  period,
  value: 10,
  numerator: null,
  denominator: 10,
  benchmarks,
});

describe('sourceLine(local, measures, rows)', () => {
  it('names the national release and the latest year it gives for the measures drawn', () => {
    const rows = [
      row('ks4_att8_avg', '2022/23', { CLA_12M: 19.4 }),
      row('ks4_att8_avg', '2023/24', { CLA_12M: 18.4 }),
      row('ks4_att8_avg', '2024/25', {}),
    ];
    expect(sourceLine('local data loaded 12 Nov 2026', [measure('ks4_att8_avg')], rows)).toBe(
      'Source: local data loaded 12 Nov 2026; national: DfE, Outcomes for children in need, including children looked after, 2023/24.',
    );
    const leavers = [row('cl19_21_eet_pct', '2025', { CARE_LEAVERS_19_21: 56 })];
    expect(sourceLine('local data loaded 12 Nov 2026', [measure('cl19_21_eet_pct')], leavers)).toBe(
      'Source: local data loaded 12 Nov 2026; national: DfE, Children looked after in England including adoptions, 2025.',
    );
  });
  it('says local data only where there is no national figure', () => {
    expect(sourceLine('local data loaded 12 Nov 2026', [measure('pep_n')], [row('pep_n', '2023/24', {})])).toBe(
      'Source: local data loaded 12 Nov 2026.',
    );
    expect(sourceLine('local data loaded 12 Nov 2026', [], [])).toBe('Source: local data loaded 12 Nov 2026.');
  });
});
