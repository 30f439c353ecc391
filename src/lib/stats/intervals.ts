import { binomialCdf, normalQuantile, tQuantile } from './critical';

/** A 95% interval, in the scale of the figure it surrounds. */
export interface Interval {
  low: number;
  high: number;
}

/** The sums a ratio estimator needs over the n units (children) a ratio ΣY/ΣX is clustered in. */
export interface RatioSums {
  n: number;
  sumY: number;
  sumX: number;
  sumYY: number;
  sumXY: number;
  sumXX: number;
}

const Z = normalQuantile(0.975);

/** Wilson score 95% interval for x successes in n, in the figure's scale (percent by default); null when n = 0. */
export function wilson(x: number, n: number, scale = 100): Interval | null {
  if (!(n > 0) || !(x >= 0) || x > n) return null;
  const p = x / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // at x = 0 and x = n the limits are exactly 0 and 1, which rounding would otherwise leave a hair away from
  const low = x === 0 ? 0 : Math.max(0, centre - half);
  const high = x === n ? 1 : Math.min(1, centre + half);
  return { low: low * scale, high: high * scale };
}

/** The t-based 95% interval for a mean of n values with sample standard deviation sd; null when n < 2. */
export function tInterval(mean: number, sd: number, n: number): Interval | null {
  if (!(n >= 2)) return null;
  const half = (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { low: mean - half, high: mean + half };
}

/**
 * The 1-based ranks of the order statistics that bound a distribution-free interval for the median with coverage of at
 * least 95%; null when no such pair exists (n ≤ 5).
 */
export function medianRanks(n: number): { lo: number; hi: number } | null {
  if (!(n >= 1) || !Number.isInteger(n)) return null;
  // the largest j with P(Bin(n, ½) ≤ j − 1) ≤ 0.025, by bisection on the CDF, which rises with j
  let below = 0;
  let above = Math.floor((n + 1) / 2) + 1;
  while (above - below > 1) {
    const j = Math.floor((below + above) / 2);
    if (binomialCdf(j - 1, n) <= 0.025) below = j;
    else above = j;
  }
  return below === 0 ? null : { lo: below, hi: n + 1 - below };
}

/** The distribution-free 95% interval for the median of values sorted in ascending order; null for fewer than 6. */
export function medianInterval(sorted: readonly number[]): Interval | null {
  const ranks = medianRanks(sorted.length);
  return ranks && { low: sorted[ranks.lo - 1], high: sorted[ranks.hi - 1] };
}

/**
 * The 95% interval for scale·ΣY/ΣX by the ratio estimator, clustered in n units; kept at or above 0, and at or below
 * `bounds.max` when given (pass the scale for a percentage). null when n < 2 or ΣX = 0.
 */
export function ratioInterval(s: RatioSums, scale: number, bounds: { max?: number } = {}): Interval | null {
  if (!(s.n >= 2) || s.sumX === 0) return null;
  const r = s.sumY / s.sumX;
  // Σ(y − R̂x)², which rounding can take a hair below 0 when every unit has the same ratio
  const residual = Math.max(0, s.sumYY - 2 * r * s.sumXY + r * r * s.sumXX);
  const variance = ((s.n / (s.n - 1)) * residual) / (s.sumX * s.sumX);
  const half = tQuantile(0.975, s.n - 1) * Math.sqrt(variance);
  const max = bounds.max ?? Infinity;
  return {
    low: Math.min(max, Math.max(0, scale * (r - half))),
    high: Math.min(max, Math.max(0, scale * (r + half))),
  };
}
