import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { altForStack } from '../../../src/lib/charts/alt';
import StackedBarChart from '../../../src/lib/charts/StackedBarChart.svelte';
import TableTwin from '../../../src/lib/charts/TableTwin.svelte';
import { twinOfStack } from '../../../src/lib/charts/twin';
import { COLUMNS, PARTS } from './fixtures';
import { svgOf } from './normalise';

const count = (v: number) => String(v);
const alt = altForStack('Exclusions', COLUMNS, PARTS);
const draw = (columns = COLUMNS) => render(StackedBarChart, { columns, parts: PARTS, format: count, alt, width: 480 });

describe('StackedBarChart', () => {
  it('renders one column per period, parts stacked bottom first, as SVG', async () => {
    const { container } = draw();
    await expect(svgOf(container)).toMatchFileSnapshot('__snapshots__/stacked-bar-chart.svg');
  });

  it('has a legend of the parts', () => {
    const { container } = draw();
    const legend = container.querySelector('.chart-legend') as HTMLElement;
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['Suspension', 'Permanent exclusion']);
  });

  it('draws nothing for a suppressed part, and says so', () => {
    const { container } = draw();
    const columns = [...container.querySelectorAll<SVGGElement>('g.column')];
    expect(columns.map((c) => c.querySelectorAll('rect').length)).toEqual([2, 1, 2]);
    expect(columns.map((c) => c.getAttribute('aria-label'))).toEqual([
      '2022/23: Suspension 40, Permanent exclusion 3',
      '2023/24: Suspension 52, Permanent exclusion suppressed',
      '2024/25: Suspension 47, Permanent exclusion 6',
    ]);
    expect(alt).toBe(
      'Exclusions, 2022/23 to 2024/25, in parts: Suspension and Permanent exclusion. In 2024/25: Suspension 47, Permanent exclusion 6.',
    );
  });

  it('shows every part of a column in its tooltip on focus', async () => {
    const { container } = draw();
    const column = container.querySelectorAll<SVGGElement>('g.column')[1];
    expect(column.getAttribute('tabindex')).toBe('0');
    await fireEvent.focus(column);
    expect([...container.querySelectorAll('.chart-tooltip text')].map((t) => t.textContent)).toEqual([
      '2023/24',
      'Suspension: 52',
      'Permanent exclusion: c',
    ]);
  });

  it('has a table twin with exactly the displayed cells', () => {
    render(TableTwin, { caption: 'Exclusions', ...twinOfStack(COLUMNS, PARTS) });
    const rows = within(screen.getByRole('table', { name: 'Exclusions' })).getAllByRole('row');
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Period', 'Suspension', 'Permanent exclusion'],
      ['2022/23', '40', '3'],
      ['2023/24', '52', 'c'],
      ['2024/25', '47', '6'],
    ]);
  });

  it('shows "No data for this selection" when there are no columns', () => {
    const { container } = draw([]);
    expect(screen.getByText('No data for this selection')).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
  });

  it('draws each part in the colour it is given, with a legend in the order they stack', () => {
    const parts = [
      { key: 'RED', label: 'Inadequate', colour: 'var(--chart-rag-red)' },
      { key: 'GOLD', label: 'Outstanding', colour: 'var(--chart-rag-gold)' },
      { key: 'NOT_RATED', label: 'Not rated', colour: 'var(--chart-rag-grey)' },
    ];
    const columns = [
      {
        period: '2024/25',
        values: {
          RED: { value: 20, display: '2 (20.0%)' },
          GOLD: { value: 50, display: '5 (50.0%)' },
          NOT_RATED: { value: 30, display: '3 (30.0%)' },
        },
      },
    ];
    const { container } = render(StackedBarChart, {
      columns,
      parts,
      format: count,
      alt: 'Quality ratings',
      width: 480,
    });
    const fills = [...container.querySelectorAll<SVGRectElement>('g.column rect')].map((r) => r.style.fill);
    expect(fills).toEqual(['var(--chart-rag-red)', 'var(--chart-rag-gold)', 'var(--chart-rag-grey)']);
    const legend = [...container.querySelectorAll('.chart-legend li')].map((li) => [
      li.textContent?.trim(),
      (li.querySelector('rect') as SVGRectElement).style.fill,
    ]);
    expect(legend).toEqual([
      ['Inadequate', 'var(--chart-rag-red)'],
      ['Outstanding', 'var(--chart-rag-gold)'],
      ['Not rated', 'var(--chart-rag-grey)'],
    ]);
  });

  it("keeps a part's colour when other parts come and go", () => {
    const fillOf = (parts: typeof PARTS) => {
      const { container, unmount } = render(StackedBarChart, {
        columns: COLUMNS,
        parts,
        format: count,
        alt,
        width: 480,
      });
      const fill = (container.querySelector('.chart-legend li:last-child rect') as SVGRectElement).style.fill;
      unmount();
      return fill;
    };
    expect(fillOf(PARTS)).toBe(fillOf(PARTS.slice(1)));
  });
});
