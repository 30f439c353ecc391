import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import KpiTile from '../../../src/lib/charts/KpiTile.svelte';
import Sparkline from '../../../src/lib/charts/Sparkline.svelte';
import { normalise } from './normalise';

const tile = {
  title: 'Attainment 8',
  value: '16.7',
  change: 'down 0.8 points on 2023/24',
  national: 'children in care nationally: 18.2',
  spark: [21.2, 20.4, null, 18.9, 17.5, 16.7],
};

describe('Sparkline', () => {
  it('draws a small line with gaps and a dot on the latest value, hidden from assistive technology', async () => {
    const { container } = render(Sparkline, { values: tile.spark });
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('path')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    await expect(normalise(svg.outerHTML)).toMatchFileSnapshot('__snapshots__/sparkline.svg');
  });

  it('draws nothing but an empty path when every value is missing', () => {
    const { container } = render(Sparkline, { values: [null, null] });
    expect(container.querySelector('path')?.getAttribute('d')).toBe('');
    expect(container.querySelector('circle')).toBeNull();
  });
});

describe('KpiTile', () => {
  it('shows the title, value, change, national figure and a sparkline', () => {
    const { container } = render(KpiTile, tile);
    expect([...container.querySelectorAll('.kpi > span')].map((s) => s.textContent?.trim())).toEqual([
      'Attainment 8',
      '16.7',
      'down 0.8 points on 2023/24',
      'children in care nationally: 18.2',
      '',
    ]);
    expect(container.querySelector('.kpi-spark svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('is a link when given an href', () => {
    render(KpiTile, { ...tile, href: '#/ks4' });
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('#/ks4');
    expect(link.textContent).toContain('Attainment 8');
  });

  it('says what c means, and leaves out what it does not have', () => {
    const { container } = render(KpiTile, { ...tile, value: 'c', change: null, national: null, spark: [null, 3] });
    expect(container.querySelector('.kpi-value')?.textContent?.trim()).toBe('c (suppressed)');
    expect(container.querySelectorAll('.kpi > span')).toHaveLength(2);
    expect(container.querySelector('svg')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
