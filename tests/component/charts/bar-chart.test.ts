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

  it('sizes its height to the bars: 28px each plus the margins, taller bands when a label wraps', () => {
    const short = BARS.map((b, i) => ({ ...b, label: `Reason ${i + 1}` }));
    expect(draw(short).container.querySelector('svg')?.getAttribute('height')).toBe(String(4 * 28 + 28));
    // "Verbal abuse or threatening behaviour against an adult" takes 3 lines of 13px: bands of 3 × 13 + 8
    expect(draw().container.querySelector('svg')?.getAttribute('height')).toBe(String(4 * 47 + 28));
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
    expect(altForBars('Reasons', BARS, 2)).toBe(
      'Reasons: Persistent disruptive behaviour 14, Physical assault against a pupil 9, and 2 more in the table.',
    );
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

  it("wraps long labels on the axis onto lines, keeping them whole in the bar's label", () => {
    const { container } = draw();
    const label = container.querySelectorAll('.axis-y text')[2];
    expect([...label.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual([
      'Verbal abuse or',
      'threatening behaviour',
      'against an adult',
    ]);
    expect(label.textContent).not.toContain('…');
    expect(container.querySelectorAll('g.bar')[2].getAttribute('aria-label')).toBe(
      'Verbal abuse or threatening behaviour against an adult: 6',
    );
  });

  it('draws a 60-character label whole, across lines, and in the tooltip', async () => {
    const long = 'Use or threat of use of an offensive weapon or prohibited item';
    expect(long).toHaveLength(62);
    const { container } = draw([{ label: long, value: 3, display: '3' }, ...BARS.slice(0, 1)]);
    const lines = [...container.querySelectorAll('.axis-y text')[0].querySelectorAll('tspan')].map(
      (t) => t.textContent ?? '',
    );
    expect(lines.join(' ')).toBe(long);
    expect(lines.every((l) => l.length <= 26)).toBe(true);
    // the lines stack downwards from above the band's centre, 1.1em apart
    expect(
      [...container.querySelectorAll('.axis-y text')[0].querySelectorAll('tspan')].map((t) => t.getAttribute('dy')),
    ).toEqual(['-0.78em', '1.1em', '1.1em']);
    await fireEvent.focus(container.querySelector('g.bar') as Element);
    expect([...container.querySelectorAll('.chart-tooltip text')].map((t) => t.textContent).join(' ')).toBe(
      `${long} 3`,
    );
  });

  it('starts the value axis at zero when every value is far from it', () => {
    const far = [
      { label: 'Autumn', value: 1010, display: '1,010' },
      { label: 'Spring', value: 1020, display: '1,020' },
      { label: 'Summer', value: 1040, display: '1,040' },
    ];
    const { container } = draw(far);
    const ticks = [...container.querySelectorAll('.axis-x text')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0');
    const widths = [...container.querySelectorAll('g.bar rect')].map((r) => Number(r.getAttribute('width')));
    const starts = [...container.querySelectorAll('g.bar rect')].map((r) => Number(r.getAttribute('x')));
    expect(starts).toEqual([0, 0, 0]);
    // lengths in proportion to the values, as they are from zero: 1010 : 1040
    expect(widths[0] / widths[2]).toBeCloseTo(1010 / 1040, 6);
  });

  it('shows "No data for this selection" when there are no bars', () => {
    const { container } = draw([]);
    expect(screen.getByText('No data for this selection')).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
  });
});
