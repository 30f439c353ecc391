import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { altForBins } from '../../../src/lib/charts/alt';
import Histogram from '../../../src/lib/charts/Histogram.svelte';
import TableTwin from '../../../src/lib/charts/TableTwin.svelte';
import { twinOfBins } from '../../../src/lib/charts/twin';
import { BINS } from './fixtures';
import { svgOf } from './normalise';

const percent = (v: number) => `${v}%`;
const alt = altForBins('Attendance of children in care, 2024/25', BINS, percent);
const draw = (bins = BINS) => render(Histogram, { bins, alt, format: percent, width: 480 });

describe('Histogram', () => {
  it('renders one bar per bin on a linear axis as SVG', async () => {
    const { container } = draw();
    await expect(svgOf(container)).toMatchFileSnapshot('__snapshots__/histogram.svg');
  });

  it('shows a suppressed bin as c, with no bar drawn', () => {
    const { container } = draw();
    const bins = [...container.querySelectorAll<SVGGElement>('g.bin')];
    expect(bins.map((b) => b.getAttribute('aria-label'))).toEqual([
      '0% to 50%: suppressed',
      '50% to 80%: 12',
      '80% to 90%: 31',
      '90% to 100%: 58',
    ]);
    expect(bins[0].querySelector('rect')).toBeNull();
    expect(bins[0].querySelector('text')?.textContent).toBe('c');
    expect(alt).toBe(
      'Attendance of children in care, 2024/25, in 4 bins from 0% to 100%: the most in 90% to 100% (58); 1 bin suppressed.',
    );
  });

  it('bars are as wide as their bins', () => {
    const { container } = draw();
    // 420px for 0–100: the 50–80 bin is 30% of it, less a pixel of gap
    expect(Number(container.querySelectorAll('g.bin rect')[0].getAttribute('width'))).toBeCloseTo(420 * 0.3 - 1, 5);
  });

  it('shows its tooltip on focus', async () => {
    const { container } = draw();
    await fireEvent.focus(container.querySelectorAll<SVGGElement>('g.bin')[3]);
    expect([...container.querySelectorAll('.chart-tooltip text')].map((t) => t.textContent)).toEqual([
      '90% to 100%',
      '58',
    ]);
  });

  it('has a table twin with exactly the displayed cells', () => {
    render(TableTwin, { caption: 'Attendance', ...twinOfBins(BINS, percent, 'Attendance', 'Children') });
    const rows = within(screen.getByRole('table', { name: 'Attendance' })).getAllByRole('row');
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Attendance', 'Children'],
      ['0% to 50%', 'c'],
      ['50% to 80%', '12'],
      ['80% to 90%', '31'],
      ['90% to 100%', '58'],
    ]);
  });

  it('shows "No data for this selection" when there are no bins', () => {
    const { container } = draw([]);
    expect(screen.getByText('No data for this selection')).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
  });
});
