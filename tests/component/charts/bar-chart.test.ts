import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { altForBars } from '../../../src/lib/charts/alt';
import BarChart from '../../../src/lib/charts/BarChart.svelte';
import TableTwin from '../../../src/lib/charts/TableTwin.svelte';
import { twinOfBars } from '../../../src/lib/charts/twin';
import { BARS } from './fixtures';
import { svgOf } from './normalise';

const count = (v: number) => String(v);
const alt = altForBars('Suspensions by reason, 2024/25', BARS);
const draw = (bars = BARS) => render(BarChart, { bars, format: count, alt, width: 480 });

describe('BarChart', () => {
  it('renders one horizontal bar per category as SVG', async () => {
    const { container } = draw();
    await expect(svgOf(container)).toMatchFileSnapshot('__snapshots__/bar-chart.svg');
  });

  it('sizes its height to the bars: 28px each plus the margins', () => {
    const { container } = draw();
    expect(container.querySelector('svg')?.getAttribute('height')).toBe(String(4 * 28 + 28));
  });

  it('shows a suppressed bar as c, with no bar drawn', () => {
    const { container } = draw();
    const bar = container.querySelector('[aria-label="Drug and alcohol related: suppressed"]') as SVGGElement;
    expect(bar.querySelector('rect')).toBeNull();
    expect(bar.querySelector('text')?.textContent).toBe('c');
    expect(container.querySelectorAll('g.bar rect')).toHaveLength(3);
  });

  it('says each bar in the alt text, suppressed ones included', () => {
    expect(alt).toBe(
      'Suspensions by reason, 2024/25: Persistent disruptive behaviour 14, Physical assault against a pupil 9, ' +
        'Verbal abuse or threatening behaviour against an adult 6, Drug and alcohol related suppressed.',
    );
    expect(altForBars('Reasons', BARS, 2)).toBe('Reasons: Persistent disruptive behaviour 14, Physical assault against a pupil 9, and 2 more in the table.');
  });

  it('has a table twin with exactly the displayed cells', () => {
    render(TableTwin, { caption: 'Suspensions by reason', ...twinOfBars(BARS, 'Reason', 'Suspensions') });
    const rows = within(screen.getByRole('table', { name: 'Suspensions by reason' })).getAllByRole('row');
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Reason', 'Suspensions'],
      ['Persistent disruptive behaviour', '14'],
      ['Physical assault against a pupil', '9'],
      ['Verbal abuse or threatening behaviour against an adult', '6'],
      ['Drug and alcohol related', 'c'],
    ]);
  });

  it('lets the keyboard reach every bar, with a tooltip', async () => {
    const { container } = draw();
    const bars = [...container.querySelectorAll<SVGGElement>('g.bar')];
    expect(bars.map((b) => [b.getAttribute('tabindex'), b.getAttribute('aria-label')])).toEqual([
      ['0', 'Persistent disruptive behaviour: 14'],
      ['0', 'Physical assault against a pupil: 9'],
      ['0', 'Verbal abuse or threatening behaviour against an adult: 6'],
      ['0', 'Drug and alcohol related: suppressed'],
    ]);
    await fireEvent.focus(bars[1]);
    expect([...container.querySelectorAll('.chart-tooltip text')].map((t) => t.textContent)).toEqual([
      'Physical assault against a pupil',
      '9',
    ]);
  });

  it('cuts long labels on the axis, keeping them whole in the bar\'s label', () => {
    const { container } = draw();
    const labels = [...container.querySelectorAll('.axis-y text')].map((t) => t.textContent);
    expect(labels[2]).toBe('Verbal abuse or threateni…');
    expect(container.querySelectorAll('g.bar')[2].getAttribute('aria-label')).toBe('Verbal abuse or threatening behaviour against an adult: 6');
  });

  it('shows "No data for this selection" when there are no bars', () => {
    const { container } = draw([]);
    expect(screen.getByText('No data for this selection')).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
  });
});
