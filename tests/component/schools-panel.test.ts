import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/lib/measures/areas';
import type { ReportRow } from '../../src/lib/measures/report';
import { buildFigures } from '../../src/lib/snapshot/figures';
import type { Row } from '../../src/lib/state/coordinator';
import AreaPanels from '../../src/views/dashboard/AreaPanels.svelte';

const peps = AREAS.find((a) => a.id === 'peps')!;
const P = '2024/25';
const good = (group: string, n: number, d: number): ReportRow => ({
  measure: 'pep_good_pct',
  period: P,
  group,
  value: (100 * n) / d,
  numerator: n,
  denominator: d,
});
const withPep = (group: string, children: number): ReportRow => ({
  measure: 'pep_n',
  period: P,
  group,
  value: children,
  numerator: null,
  denominator: null,
  children,
});
/** By school: Oakfield 12 of 20 good (10 children), Brook 18 of 24 (8), S3 without a name 8 of 16 (6); Ash Lane and Zion Hill under 6 children. */
const bySchool: ReportRow[] = [
  good('S1|Oakfield Academy', 12, 20),
  withPep('S1|Oakfield Academy', 10),
  good('S2|Brook Primary School', 18, 24),
  withPep('S2|Brook Primary School', 8),
  good('S3', 8, 16),
  withPep('S3', 6),
  good('S4|Ash Lane School', 2, 3),
  withPep('S4|Ash Lane School', 3),
  good('S5|Zion Hill School', 6, 12),
  withPep('S5|Zion Hill School', 5),
];
const series: Row[] = ['2023/24', P].map((period) => ({
  measure: 'pep_good_pct',
  period,
  value: 60,
  numerator: 60,
  denominator: 100,
  benchmarks: {},
}));
const figures = buildFigures({ series, byDimension: new Map(), bins: new Map() }, [peps], 6, { from: null, to: null });
const props = { area: peps, figures, k: 6, source: 'local data loaded 2 Dec 2026' };
const panelOf = (name: RegExp) => screen.getByRole('heading', { name }).closest('article')!;

describe('the schools to challenge panel', () => {
  it('lists the schools with 6 or more children worst first, each a link to its pupils, the others below, not ranked', () => {
    render(AreaPanels, { ...props, interactive: { of: () => bySchool } });
    const panel = panelOf(/^Schools to challenge: PEPs rated good or better, 2024\/25$/);
    const [ranked, unranked] = within(panel).getAllByRole('list');
    expect(
      within(ranked)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'S3: 50.0%, 6 children with a PEP',
      'Oakfield Academy: 60.0%, 10 children with a PEP',
      'Brook Primary School: 75.0%, 8 children with a PEP',
    ]);
    expect(
      within(ranked)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['?school_ref=S3#/pupils', '?school_ref=S1#/pupils', '?school_ref=S2#/pupils']);
    expect(within(panel).getByText('2 schools with fewer than 6 children: not ranked')).toBeTruthy();
    expect(
      within(unranked)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Ash Lane School: c, fewer than 6 children with a PEP',
      'Zion Hill School: 50.0%, fewer than 6 children with a PEP',
    ]);
  });

  it('lists apart a school of 6 or more children whose figure is c, and counts fewer than 6 children as c in its table', async () => {
    // 3 of 12 good: the numerator is 1 to 5, c; placing it among the ranked would tell it
    const rows = [...bySchool, good('S7|Elm School', 3, 12), withPep('S7|Elm School', 9)];
    render(AreaPanels, { ...props, interactive: { of: () => rows } });
    const panel = panelOf(/^Schools to challenge: PEPs rated good or better, 2024\/25$/);
    const [ranked, suppressed] = within(panel).getAllByRole('list');
    expect(
      within(ranked)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'S3: 50.0%, 6 children with a PEP',
      'Oakfield Academy: 60.0%, 10 children with a PEP',
      'Brook Primary School: 75.0%, 8 children with a PEP',
    ]);
    expect(
      within(panel).getByText('1 school with a figure too small to show: not ranked: open its pupils to see why'),
    ).toBeTruthy();
    expect(
      within(suppressed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Elm School: c, 9 children with a PEP']);
    within(panel).getByRole('tab', { name: 'Table' }).click();
    await new Promise((r) => setTimeout(r, 0));
    const cells = [...panel.querySelectorAll('table tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(cells).toEqual([
      ['S3', '50.0%', '6', '1'],
      ['Oakfield Academy', '60.0%', '10', '2'],
      ['Brook Primary School', '75.0%', '8', '3'],
      ['Elm School', 'c', '9', 'figure too small to show: not ranked'],
      ['Ash Lane School', 'c', 'c', 'fewer than 6 children: not ranked'],
      ['Zion Hill School', '50.0%', 'c', 'fewer than 6 children: not ranked'],
    ]);
  });

  it('is not drawn from a snapshot, which holds no figure by school', () => {
    render(AreaPanels, props);
    expect(screen.getByRole('heading', { name: /^PEPs rated good or better/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Schools to challenge/ })).toBeNull();
  });
});
