import { render } from '@testing-library/svelte';
import { scaleLinear, scalePoint } from 'd3';
import { describe, expect, it } from 'vitest';
import AxisX from '../../../src/lib/charts/AxisX.svelte';
import Line from '../../../src/lib/charts/Line.svelte';
import { ranged, ticksOf } from '../../../src/lib/charts/scales';
import { LOCAL } from './fixtures';

describe('chart context', () => {
  it('getChartContext() throws a clear error in a mark outside a Chart', () => {
    expect(() => render(AxisX)).toThrow('This chart mark must be placed inside a <Chart> (no chart context found)');
    expect(() => render(Line, { series: LOCAL })).toThrow(/inside a <Chart>/);
  });
});

describe('scales', () => {
  it('ranged(scale, length, vertical) draws linear values upwards and categories downwards', () => {
    expect(ranged(scaleLinear().domain([0, 10]), 200, true).range()).toEqual([200, 0]);
    expect(ranged(scaleLinear().domain([0, 10]), 200, false).range()).toEqual([0, 200]);
    expect(ranged(scalePoint<string>().domain(['a', 'b']), 200, true).range()).toEqual([0, 200]);
  });

  it('ticksOf(scale, count, format) thins categories evenly and formats linear ticks', () => {
    const periods = scalePoint<string>().domain(['a', 'b', 'c', 'd', 'e']).range([0, 100]);
    expect(ticksOf(periods, 3, String).map((t) => t.label)).toEqual(['a', 'c', 'e']);
    expect(ticksOf(periods, Infinity, String)).toHaveLength(5);
    expect(ticksOf(scaleLinear().domain([0, 1]).range([0, 100]), 2, (v) => `${v * 100}%`).map((t) => t.label)).toEqual([
      '0%',
      '50%',
      '100%',
    ]);
  });
});
