import { describe, expect, it } from 'vitest';
import { measure } from '../../src/lib/measures/index';
import { suppressRow } from '../../src/lib/snapshot/disclosure';

describe('suppressRow(row, measure): the rules a measure asks for', () => {
  const row = (value: number | null, numerator: number, denominator: number) => ({
    measure: 'ehe_cases_per_officer',
    period: '2024/25',
    value,
    numerator,
    denominator,
  });
  it('shows cases per officer only when at least 6 officers hold cases (rule 2: its denominator is published)', () => {
    // 82 open episodes over 5 officers: the denominator 5 is under k = 6.
    expect(suppressRow(row(16.4, 82, 5), measure('ehe_cases_per_officer'))).toEqual({ value: null, symbol: 'c' });
    // 82 over 6: 13.67 cases each.
    expect(suppressRow(row(82 / 6, 82, 6), measure('ehe_cases_per_officer'))).toEqual({ value: 82 / 6, symbol: null });
  });
  it('suppresses it when 1 to 5 episodes are open', () => {
    expect(suppressRow(row(4, 4, 1), measure('ehe_cases_per_officer'))).toEqual({ value: null, symbol: 'c' });
  });
  it('suppresses it when 40 open episodes rest on 4 children (rule 7)', () => {
    expect(suppressRow({ ...row(40 / 6, 40, 6), children: 4 }, measure('ehe_cases_per_officer'))).toEqual({
      value: null,
      symbol: 'c',
    });
  });
  it('applies the usual ratio rule to a rate over children', () => {
    // 3 of 10: numerator in 1..5.
    expect(
      suppressRow(
        { measure: 'pep_on_time_pct', period: '2024/25', value: 30, numerator: 3, denominator: 10 },
        measure('pep_on_time_pct'),
      ),
    ).toEqual({ value: null, symbol: 'c' });
  });
});
