import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import KpiTile from '../../../src/lib/charts/KpiTile.svelte';
import Sparkline from '../../../src/lib/charts/Sparkline.svelte';
import { AREAS } from '../../../src/lib/measures/areas';
import { measure, type MeasureId } from '../../../src/lib/measures/index';
import { areaOfSeries, buildFigures } from '../../../src/lib/snapshot/figures';
import type { Row } from '../../../src/lib/state/coordinator';
import AreaPanels from '../../../src/views/dashboard/AreaPanels.svelte';
import { focusPanel } from '../../../src/views/dashboard/focus-panel';
import OverviewBody from '../../../src/views/dashboard/OverviewBody.svelte';
import { panelHref, trendMeasures } from '../../../src/views/dashboard/panel-link';
import { tileOf } from '../../../src/views/dashboard/tiles';
import { tInterval } from '../../../src/lib/stats/intervals';

const areaOf = areaOfSeries(AREAS);
const PERIODS = ['2021/22', '2022/23', '2023/24', '2024/25'];

/** A row of a measure named here, not read from data. */
type MeasureRow = Row & { measure: MeasureId };

/** Four years of a measure: a percentage of 100 children (an average over 40 pupils for Attainment 8), national where given. */
function rows(id: MeasureId, values: number[], national: (number | undefined)[] = []): MeasureRow[] {
  const average = measure(id).kind === 'average';
  return values.map((v, i): MeasureRow => {
    const n = national[i];
    return {
      measure: id,
      period: PERIODS[i],
      value: v,
      numerator: average ? null : v,
      denominator: average ? 40 : 100,
      benchmarks: n === undefined ? {} : { CLA_12M: n },
    };
  });
}

const all: MeasureRow[] = [
  ...rows('ks4_att8_avg', [19, 18.5, 18, 16.7], [18.9, 18.6, 18.4, 17.3]),
  ...rows('abs_persistent_10_pct', [24, 25, 27.2, 31], [19.1, 20, 20.8, 20.3]),
  ...rows('abs_overall_pct', [12, 11, 10, 9]),
  ...rows('pep_on_time_pct', [70, 75, 80, 60]),
  ...rows('pep_good_pct', [40, 45, 50, 70]),
  ...rows('pep_target_smart_pct', [30, 35, 40, 42]),
  ...rows('susp_oneplus_pct', [12, 11, 10, 8], [undefined, undefined, undefined, 12]),
  ...rows('ks4_em_grade4plus_pct', [20, 22, 24, 29]),
  ...rows('cme_returned_30d_pct', [60, 65, 70, 66]),
];
const figures = buildFigures(
  { series: all, byDimension: new Map(), bins: new Map() },
  [],
  6,
  { from: null, to: null },
  new Map(all.map((r) => [r.measure, areaOf.get(r.measure)!])),
);

describe('the overview', () => {
  it('lists at most six things that stand out, each a link to its panel', () => {
    render(OverviewBody, { figures, source: 'local data loaded 2 Dec 2026' });
    const list = screen.getByRole('region', { name: 'What stands out' }).querySelector('ul')!;
    const items = within(list).getAllByRole('listitem');
    // nine candidates, each with a change on last year: six are shown
    expect(items).toHaveLength(6);
    for (const item of items) {
      const link = within(item).getByRole('link');
      expect(link.getAttribute('href')).toMatch(/^#\/[a-z0-9]+\/[a-z0-9_-]+$/);
    }
    // beyond chance (Wilson intervals of the counts): persistent absence, 31 of 100 (22.8 to 40.6), against 20.3
    // nationally; its rise from 27.2 of 100 is within normal variation, as are the rest that have an interval
    expect(items[0].textContent).toContain('worse than children in care nationally (20.3%)');
    expect(items[0].textContent).toContain('within normal variation: with 100 children, a change of 3.8 points');
    // PEPs are clustered in children: without the children behind each, no interval, so no verdict
    expect(items[1].textContent).toBe('PEPs rated good or better: 70.0% in 2024/25, up from 50.0% in 2023/24.');
    // beyond chance first (persistent absence), then by hand: persistent absence |31 − 20.3| / 20.3 = 0.53, PEPs rated good |70 − 50| / 50 = 0.4, pupils suspended
    // |8 − 12| / 12 = 0.33, PEPs on time |60 − 80| / 80 = 0.25, grade 4 |29 − 24| / 24 = 0.21, overall absence |9 − 10| / 10 = 0.1;
    // left out: Attainment 8 0.072, back in school 4 / 70 = 0.057, SMART targets 2 / 40 = 0.05
    expect(items.map((i) => within(i).getByRole('link').getAttribute('href'))).toEqual([
      '#/attendance/abs_persistent_10_pct',
      '#/peps/pep_good_pct',
      '#/exclusions/susp_oneplus_pct',
      '#/peps/pep_completed_pct-pep_on_time_pct',
      '#/ks4/ks4_em_grade4plus_pct',
      '#/attendance/abs_overall_pct',
    ]);
  });

  it('links each tile to its panel and draws the national line in its sparkline where there are national figures', () => {
    const { container } = render(OverviewBody, { figures, source: 'local data loaded 2 Dec 2026' });
    const tiles = screen.getByRole('region', { name: 'Headline measures' });
    const att8 = within(tiles).getByRole('link', { name: /Attainment 8, 2024\/25/ });
    expect(att8.getAttribute('href')).toBe('#/ks4/ks4_att8_avg');
    expect(att8.querySelectorAll('.kpi-spark path')).toHaveLength(2);
    const dashed = att8.querySelector('.kpi-spark path.national')!;
    expect(dashed.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(dashed.getAttribute('style')).toContain('var(--chart-national)');
    // PEPs have no national figure: one line
    expect(
      within(tiles)
        .getByRole('link', { name: /PEPs on time/ })
        .querySelectorAll('.kpi-spark path'),
    ).toHaveLength(1);
    expect(container.querySelectorAll('.kpi-spark svg:not([aria-hidden="true"])')).toHaveLength(0);
  });
});

describe("a tile's sparkline", () => {
  it('draws the national figures as a second, dashed line on the same scale', () => {
    // as the dashboard's rows give them: 40 values with sd 1, ± 2.0227 / √40 = 0.32; 17.3 lies above 16.38 to 17.02
    const withIntervals = rows('ks4_att8_avg', [19, 18.5, 18, 16.7], [18.9, 18.6, 18.4, 17.3]).map((r) => ({
      ...r,
      ...tInterval(r.value!, 1, 40)!,
    }));
    const tile = tileOf(
      'ks4_att8_avg',
      buildFigures(
        { series: withIntervals, byDimension: new Map(), bins: new Map() },
        [],
        6,
        { from: null, to: null },
        new Map([['ks4_att8_avg', 'ks4']]),
      ),
    )!;
    expect(tile.sparkNational).toEqual([18.9, 18.6, 18.4, 17.3]);
    const { container } = render(KpiTile, { ...tile });
    const paths = container.querySelectorAll('.kpi-spark path');
    expect(paths).toHaveLength(2);
    // one scale for both: the local line spans 19 to 16.7, the national 18.9 to 17.3, inside it (y grows downwards)
    const ys = (p: Element) =>
      [...(p.getAttribute('d') ?? '').matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    const [national, local] = [...paths].map(ys);
    expect(Math.max(...local)).toBeGreaterThan(Math.max(...national));
    expect(Math.min(...local)).toBeLessThan(Math.min(...national));
    // the words say what the dashed line is, beside a key to it
    expect(container.querySelector('.kpi-line svg.key line')?.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(container.querySelector('.kpi-line svg.key')?.parentElement?.textContent).toBe(
      'worse than children in care nationally (17.3)',
    );
  });

  it('draws no national line from a single national figure', () => {
    const { container } = render(Sparkline, { values: [3, 4, 5], national: [null, null, 4] });
    expect(container.querySelectorAll('path')).toHaveLength(1);
  });
});

describe('a link to a panel', () => {
  it('names a panel that its area draws, and lands on its heading', () => {
    for (const area of AREAS) {
      const { unmount } = render(AreaPanels, {
        area,
        figures: { series: [], breakdowns: [], distributions: [] },
        k: 6,
        source: 'local data',
      });
      for (const id of trendMeasures([area])) {
        const [, view, panel] = panelHref(id).split('/');
        if (view !== area.id) continue;
        expect(focusPanel(decodeURIComponent(panel)), id).toBe(true);
        expect(document.activeElement?.tagName).toBe('H2');
        expect(document.activeElement?.closest('[data-panel]')?.getAttribute('data-panel')).toBe(
          decodeURIComponent(panel),
        );
      }
      unmount();
    }
    expect(focusPanel('no-such-panel')).toBe(false);
  });
});
