import { getContext, setContext } from 'svelte';
import type { AnyScale } from './scales';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a tooltip shows, at a point in the plot area (inside the margins). */
export interface TooltipData {
  x: number;
  y: number;
  lines: string[];
}

/**
 * What a Chart shares with its marks. The getters are live: a mark that reads
 * them inside `$derived` redraws when the chart is resized or given new scales.
 */
export interface ChartContext {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** the plot area, inside the margins */
  readonly innerWidth: number;
  readonly innerHeight: number;
  /** ranged over [0, innerWidth] */
  readonly x: AnyScale;
  /** linear: ranged over [innerHeight, 0]; band or point: over [0, innerHeight] */
  readonly y: AnyScale;
  readonly tooltip: TooltipData | null;
  showTooltip(tip: TooltipData): void;
  hideTooltip(): void;
}

const KEY = Symbol('vsd-chart');

export function setChartContext(context: ChartContext): ChartContext {
  return setContext(KEY, context);
}

export function getChartContext(): ChartContext {
  const context = getContext<ChartContext | undefined>(KEY);
  if (!context) {
    throw new Error('This chart mark must be placed inside a <Chart> (no chart context found)');
  }
  return context;
}
