import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Figures, SeriesPoint } from '../../src/lib/snapshot/document';
import TrendPanel from '../../src/views/dashboard/TrendPanel.svelte';

/**
 * A trend of grade 4+ in English and maths with the published figures of Camden (Inner London), as a snapshot
 * carries them: 6 of its 10 neighbours published a figure in 2023/24 (average 17.97), all 10 in 2024/25.
 */
const point = (period: string, x: number, n: number, national: Record<string, number>): SeriesPoint => ({
  period,
  value: (100 * x) / n,
  numerator: x,
  denominator: n,
  national,
});
const figures: Figures = {
  series: [
    {
      measure: 'ks4_em_grade4plus_pct',
      kind: 'ratio',
      unit: 'percent',
      area: 'ks4',
      points: [
        point('2023/24', 9, 40, {
          CLA_12M: 18,
          neighbours_CLA_12M: 17.97,
          neighbours_n_CLA_12M: 6,
          region_CLA_12M: 20,
        }),
        point('2024/25', 10, 50, {
          CLA_12M: 19,
          neighbours_CLA_12M: 21.5,
          neighbours_n_CLA_12M: 10,
          region_CLA_12M: 21,
          subregion_CLA_12M: 22,
          la_CLA_12M: 25,
          // 25 > q3 = 24: the top quarter where higher is better
          rank_CLA_12M: 30,
          ranked_CLA_12M: 140,
          q1_CLA_12M: 12,
          q2_CLA_12M: 18,
          q3_CLA_12M: 24,
          neighbours_rank_CLA_12M: 2,
          neighbours_ranked_CLA_12M: 11,
        }),
      ],
    },
  ],
  breakdowns: [],
  distributions: [],
};

/** The panel drawn for Camden, under a cohort filter or not; and its legend as read. */
function drawn(filtered: boolean) {
  const { container } = render(TrendPanel, {
    title: 'Grade 4 or above in English and maths',
    ids: ['ks4_em_grade4plus_pct'],
    figures,
    k: 6,
    source: 'local data',
    compare: { authority: 'Camden', filtered, likeForLike: false },
  });
  return { container, legend: [...container.querySelectorAll('.chart-legend li')].map((l) => l.textContent!.trim()) };
}

describe('a trend compared with an authority’s neighbours and region (the dashboard and the governor view)', () => {
  it('draws London and Inner London, the neighbours and the published figure, and says how many neighbours had one', () => {
    const { container, legend } = drawn(false);
    expect(legend).toEqual([
      'This authority',
      'Children in care nationally',
      'Statistical neighbours (average)',
      'London',
      'Inner London',
      'Camden, published by DfE',
    ]);
    expect(
      screen.getByText(
        "Statistical neighbours' average: from 6 of the 10 in 2023/24; the others' figures were suppressed or not published.",
      ),
    ).toBeTruthy();
    const versus = container.querySelector('.versus')!.textContent!.replace(/\s+/g, ' ');
    expect(versus).toContain(
      'Camden, published by DfE for 2024/25: 25.0%, 30th of 140 authorities with a figure, quartile band A (A is the best quarter); 2nd of 11 with its statistical neighbours.',
    );
    expect(container.querySelector('.bands [aria-current="true"]')!.textContent!.trim()).toBe('A');
    expect(versus).toContain('From the local data, 20.0% in 2024/25; DfE published 25.0% for Camden.');
  });

  it('labels the comparison lines as of all children in care under a cohort filter', () => {
    const { legend } = drawn(true);
    expect(legend).toContain('Statistical neighbours (average) (all children in care)');
    expect(legend).toContain('Inner London (all children in care)');
  });
});
