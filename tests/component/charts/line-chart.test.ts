import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { altForSeries } from '../../../src/lib/charts/alt';
import LineChart from '../../../src/lib/charts/LineChart.svelte';
import TableTwin from '../../../src/lib/charts/TableTwin.svelte';
import { twinOfSeries } from '../../../src/lib/charts/twin';
import { ALL_SUPPRESSED, LOCAL, NATIONAL, NEIGHBOURS, one } from './fixtures';
import { svgOf } from './normalise';

const alt = altForSeries('Attainment 8', [LOCAL, NATIONAL], one);
const draw = (series = [LOCAL, NATIONAL]) => render(LineChart, { series, format: one, alt, width: 480 });

describe('LineChart', () => {
  it('renders a local and a national series as SVG', async () => {
    const { container } = draw();
    await expect(svgOf(container)).toMatchFileSnapshot('__snapshots__/line-chart.svg');
  });

  it('is an image named by its title and described by its alt text', () => {
    draw();
    const svg = screen.getByRole('img', { name: 'Attainment 8, 2019/20 to 2024/25' });
    const desc = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
    expect(desc?.textContent).toBe(alt);
    expect(svg.querySelector('title')?.textContent).toBe('Attainment 8, 2019/20 to 2024/25');
  });

  it('draws national dashed and comparison dotted, with a legend', () => {
    const { container } = draw([LOCAL, NATIONAL, NEIGHBOURS]);
    const dash = (id: string) =>
      container.querySelector(`[data-series="${id}"] path`)?.getAttribute('stroke-dasharray') ?? null;
    expect([dash('la'), dash('nat'), dash('sn')]).toEqual([null, '6 4', '1.5 3']);
    const legend = container.querySelector('.chart-legend') as HTMLElement;
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['local', 'children in care nationally', 'statistical neighbours']);
  });

  it('draws a suppressed point as a gap, never as 0', () => {
    const { container } = draw();
    const local = container.querySelector('[data-series="la"]') as SVGGElement;
    const d = local.querySelector('path')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(2); // two runs: 2019/20–2020/21 and 2022/23–2024/25
    expect(local.querySelectorAll('circle')).toHaveLength(5);
    expect(local.querySelector('[aria-label*="2021/22"]')).toBeNull();
  });

  it('says in the alt text which periods are suppressed, and when all are', () => {
    expect(alt).toBe(
      'Attainment 8, 2019/20 to 2024/25: local 21.2 to 16.7 (2021/22 suppressed); children in care nationally 19.1 to 18.2.',
    );
    expect(altForSeries('Attainment 8', [ALL_SUPPRESSED], one)).toBe(
      'Attainment 8, 2019/20 to 2021/22: local suppressed.',
    );
  });

  it('has a table twin with exactly the displayed cells, c included', () => {
    render(TableTwin, { caption: 'Attainment 8', ...twinOfSeries([LOCAL, NATIONAL]) });
    const rows = within(screen.getByRole('table', { name: 'Attainment 8' })).getAllByRole('row');
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Period', 'local', 'children in care nationally'],
      ['2019/20', '21.2', '19.1'],
      ['2020/21', '20.4', '19.6'],
      ['2021/22', 'c', '18.8'],
      ['2022/23', '18.9', '18.5'],
      ['2023/24', '17.5', '18.4'],
      ['2024/25', '16.7', '18.2'],
    ]);
  });

  it('lets the keyboard reach every point, each with a label and a tooltip', async () => {
    const { container } = draw();
    const points = [...container.querySelectorAll<SVGGElement>('g.point')];
    expect(points).toHaveLength(11);
    expect(points.every((p) => p.getAttribute('tabindex') === '0')).toBe(true);
    expect(points.slice(0, 3).map((p) => p.getAttribute('aria-label'))).toEqual([
      'local, 2019/20: 21.2',
      'local, 2020/21: 20.4',
      'local, 2022/23: 18.9',
    ]);
    await fireEvent.focus(points[2]);
    const tip = container.querySelector('.chart-tooltip');
    expect([...(tip?.querySelectorAll('text') ?? [])].map((t) => t.textContent)).toEqual(['local', '2022/23', '18.9']);
    await fireEvent.blur(points[2]);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('hides the tooltip on Escape', async () => {
    const { container } = draw();
    const point = container.querySelector<SVGGElement>('g.point') as SVGGElement;
    await fireEvent.mouseEnter(point);
    expect(container.querySelector('.chart-tooltip')).not.toBeNull();
    await fireEvent.keyDown(point, { key: 'Escape' });
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('shows "No data for this selection" instead of an empty chart', () => {
    const { container } = render(LineChart, { series: [], format: one, alt: 'Attainment 8: no data', width: 480 });
    expect(screen.getByText('No data for this selection')).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
  });

  it('draws axes but no line when every point is suppressed', () => {
    const { container } = draw([ALL_SUPPRESSED]);
    expect(container.querySelectorAll('g.point')).toHaveLength(0);
    expect(container.querySelector('[data-series="la"] path')?.getAttribute('d')).toBe('');
    expect([...container.querySelectorAll('.axis-x text')].map((t) => t.textContent)).toEqual([
      '2019/20',
      '2020/21',
      '2021/22',
    ]);
  });
});
