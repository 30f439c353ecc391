// Measure, base, dimension and distribution ids are types derived from the definitions: a typo fails type-checking
// (`npm run check` fails on an unused @ts-expect-error below), and a lookup of an id read from data fails when it runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base } from '../../../src/lib/measures/bases';
import { distribution, isDistributionId } from '../../../src/lib/measures/distributions';
import { isMeasureId, measure, MEASURES } from '../../../src/lib/measures/index';

describe('typed ids', () => {
  it('refuse a misspelt id when type-checking, and when looking it up', () => {
    // @ts-expect-error: no measure has this id
    expect(() => measure('roll_nn')).toThrow('unknown measure roll_nn');
    // @ts-expect-error: no distribution has this id
    expect(() => distribution('ks4_att8')).toThrow('unknown distribution ks4_att8');
    // @ts-expect-error: no base has this id
    expect(() => base('rol')).toThrow('unknown base rol');
    expect(measure('roll_n').title).toBe('Children on roll');
  });

  it('narrow an id read from data', () => {
    const read: string[] = ['roll_n', 'roll_nn', 'ks4_att8_distribution'];
    expect(read.filter(isMeasureId)).toEqual(['roll_n']);
    expect(read.filter(isDistributionId)).toEqual(['ks4_att8_distribution']);
  });
});

describe("a measure's national group", () => {
  // national-benchmarks.csv: time_period,period_label,measure,group,…
  const groups = new Map<string, Set<string>>();
  for (const line of readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'data', 'national-benchmarks.csv'),
    'utf8',
  )
    .split('\n')
    .slice(1)) {
    const [, , id, group] = line.split(',');
    if (id) groups.set(id, (groups.get(id) ?? new Set()).add(group));
  }
  const COMPARABLE = ['CLA_12M', 'CARE_LEAVERS_17_18', 'CARE_LEAVERS_19_21'];

  it('is the only group of children in care or care leavers that the national figures give for its benchmark', () => {
    const wrong = MEASURES.filter((m) => m.benchmark).flatMap((m) =>
      [...(groups.get(m.benchmark!) ?? [])]
        .filter((g) => COMPARABLE.includes(g) && g !== m.national)
        .map((g) => `${m.id}: ${g}, not ${m.national}`),
    );
    expect(wrong).toEqual([]);
  });

  it('is care leavers of its ages for a care leavers measure, children in care for the others', () => {
    expect([
      measure('cl17_18_eet_pct').national,
      measure('cl19_21_neet_pct').national,
      measure('ks4_att8_avg').national,
    ]).toEqual(['CARE_LEAVERS_17_18', 'CARE_LEAVERS_19_21', 'CLA_12M']);
  });
});
