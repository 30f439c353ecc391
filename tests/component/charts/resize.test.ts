import { render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { altForBars } from '../../../src/lib/charts/alt';
import BarChart from '../../../src/lib/charts/BarChart.svelte';
import LineChart from '../../../src/lib/charts/LineChart.svelte';
import { textWidth } from '../../../src/lib/charts/scales';
import { BARS, LOCAL, NATIONAL, one } from './fixtures';

// jsdom lays nothing out: give every chart box a width, as a browser would, and a ResizeObserver to report it
const BOX = 280;
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('chart') ? BOX : 0;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const translateX = (el: Element): number =>
  Number(/translate\(([-\d.]+)/.exec(el.getAttribute('transform') ?? '')?.[1] ?? 0);

describe('charts in a narrow box', () => {
  it(`a bar chart in a ${BOX}px box is drawn ${BOX}px wide, its bars, values and wrapped labels inside it`, () => {
    const { container } = render(BarChart, {
      bars: BARS,
      format: String,
      alt: altForBars('Suspensions by reason', BARS),
    });
    const svg = container.querySelector('svg[role="img"]') as SVGSVGElement;
    expect([svg.getAttribute('width'), svg.getAttribute('viewBox')]).toEqual([
      String(BOX),
      `0 0 ${BOX} ${svg.getAttribute('height')}`,
    ]);
    const left = translateX(svg.querySelector(':scope > g') as Element);
    const rights = [...svg.querySelectorAll('g.bar')].map((bar) => {
      const rect = bar.querySelector('rect');
      const value = bar.querySelector('text') as SVGTextElement;
      return Math.max(
        rect ? left + Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) : 0,
        left + Number(value.getAttribute('x')) + textWidth(value.textContent ?? ''),
      );
    });
    expect(rights.every((r) => r <= BOX)).toBe(true);
    // labels have two fifths of 280px, 16 characters a line, and the widest line fits left of the plot
    const lines = [...svg.querySelectorAll('.axis-y tspan, .axis-y text:not(:has(tspan))')].map(
      (t) => t.textContent ?? '',
    );
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(16);
    expect(Math.max(...lines.map((l) => textWidth(l))) + 6).toBeLessThanOrEqual(left);
  });

  it(`a line chart in a ${BOX}px box is drawn ${BOX}px wide`, () => {
    const { container } = render(LineChart, { series: [LOCAL, NATIONAL], format: one, alt: 'Attainment 8' });
    expect(container.querySelector('svg[role="img"]')?.getAttribute('width')).toBe(String(BOX));
  });
});
