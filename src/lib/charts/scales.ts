import type { ScaleBand, ScaleLinear, ScalePoint } from 'd3';
import type { Format } from './types';

export type LinearScale = ScaleLinear<number, number>;
export type OrdinalScale = ScaleBand<string> | ScalePoint<string>;
/** The scales a Chart shares: linear for values, band or point for periods and labels. */
export type AnyScale = LinearScale | OrdinalScale;

export const isOrdinal = (scale: AnyScale): scale is OrdinalScale => 'bandwidth' in scale;

export function asLinear(scale: AnyScale, mark: string): LinearScale {
  if (isOrdinal(scale)) throw new Error(`${mark} needs a linear scale on this axis`);
  return scale;
}

export function asOrdinal(scale: AnyScale, mark: string): OrdinalScale {
  if (!isOrdinal(scale)) throw new Error(`${mark} needs a band or point scale on this axis`);
  return scale;
}

/** The centre of a category on a band or point scale. */
export function centre(scale: OrdinalScale, key: string): number {
  return (scale(key) ?? 0) + scale.bandwidth() / 2;
}

/** A copy of the scale drawn across `length` pixels: values grow upwards on a vertical linear axis. */
export function ranged(scale: AnyScale, length: number, vertical: boolean): AnyScale {
  const copy = scale.copy();
  copy.range(vertical && !isOrdinal(scale) ? [length, 0] : [0, length]);
  return copy;
}

export interface Tick {
  key: string;
  pos: number;
  label: string;
}

/** At most about `count` ticks: evenly thinned categories, or nice linear ticks. */
export function ticksOf(scale: AnyScale, count: number, format: Format): Tick[] {
  const n = Math.max(1, Math.floor(count));
  if (isOrdinal(scale)) {
    const domain = scale.domain();
    const step = Math.max(1, Math.ceil(domain.length / n));
    return domain.filter((_, i) => i % step === 0).map((d) => ({ key: d, pos: centre(scale, d), label: d }));
  }
  return scale.ticks(n).map((t) => ({ key: String(t), pos: scale(t), label: format(t) }));
}

/** The domain of some values, padded by a tenth of their spread, for a line chart. */
export function paddedExtent(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = lo === hi ? Math.abs(lo) * 0.1 || 1 : (hi - lo) * 0.1;
  return [lo >= 0 && lo - pad < 0 ? 0 : lo - pad, hi + pad];
}

/**
 * The value domain of bars (counts, sums, rates): always from zero, whichever side the values are on,
 * to a nice bound; [0, 1] when there is nothing but zero.
 */
export function zeroBasedDomain(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  return lo === 0 && hi === 0 ? [0, 1] : [lo, hi];
}

/** A rough width in pixels of a label at 12px, for margins and tooltips (SVG has no layout in tests). */
export const textWidth = (text: string, px = 12): number => Math.ceil(text.length * px * 0.58);
