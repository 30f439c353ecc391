import { describe, expect, it } from 'vitest';
import { groupColour } from '../../src/views/dashboard/group-colour';

describe('groupColour(dimension, key)', () => {
  it('draws quality ratings gold, green, amber and red, and anything not rated grey', () => {
    expect(
      ['GOLD', 'GREEN', 'AMBER', 'RED', 'NOT_RATED', 'SOMETHING_ELSE'].map((k) => groupColour('qa_rating', k)),
    ).toEqual([
      'var(--chart-rag-gold)',
      'var(--chart-rag-green)',
      'var(--chart-rag-amber)',
      'var(--chart-rag-red)',
      'var(--chart-rag-grey)',
      'var(--chart-rag-grey)',
    ]);
  });
  it('gives an ordinal group the colour of its place in the natural order, whichever others are shown', () => {
    // terms: Autumn, Spring, Summer
    expect(['SUMMER', 'AUTUMN'].map((k) => groupColour('term', k))).toEqual(['var(--chart-3)', 'var(--chart-1)']);
  });
});
