// Measure, base, dimension and distribution ids are types derived from the definitions: a typo fails type-checking
// (`npm run check` fails on an unused @ts-expect-error below), and a lookup of an id read from data fails when it runs.
import { describe, expect, it } from 'vitest';
import { base } from '../../../src/lib/measures/bases';
import { distribution } from '../../../src/lib/measures/distributions';
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
  });
});
