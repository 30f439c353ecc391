import { tQuantile } from './critical';
import { wilson, type Interval } from './intervals';

/** Which way a difference goes when its 95% interval excludes 0; null when the difference is within normal variation. */
export type Difference = 'higher' | 'lower' | null;

/** Newcombe's hybrid score 95% interval (his method 10) for p1 − p2, as proportions; null when either n is 0. */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number): Interval | null {
  const w1 = wilson(x1, n1, 1);
  const w2 = wilson(x2, n2, 1);
  if (!w1 || !w2) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  return {
    low: d - Math.hypot(p1 - w1.low, w2.high - p2),
    high: d + Math.hypot(w1.high - p1, p2 - w2.low),
  };
}

/** Whether proportion x1/n1 is higher or lower than x2/n2, by Newcombe's interval for the difference. */
export function newcombe(x1: number, n1: number, x2: number, n2: number): Difference {
  return sign(newcombeInterval(x1, n1, x2, n2));
}

/** Welch's 95% interval for mean1 − mean2, with Welch–Satterthwaite degrees of freedom; null when either n < 2. */
export function welchInterval(
  mean1: number,
  sd1: number,
  n1: number,
  mean2: number,
  sd2: number,
  n2: number,
): Interval | null {
  if (!(n1 >= 2) || !(n2 >= 2)) return null;
  const v1 = (sd1 * sd1) / n1;
  const v2 = (sd2 * sd2) / n2;
  const d = mean1 - mean2;
  // both groups without spread: the difference is exact, and the degrees of freedom would be 0/0
  if (v1 + v2 === 0) return { low: d, high: d };
  const df = (v1 + v2) ** 2 / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  const half = tQuantile(0.975, df) * Math.sqrt(v1 + v2);
  return { low: d - half, high: d + half };
}

/** Whether mean1 is higher or lower than mean2, by Welch's t test at two-sided 5%. */
export function welch(mean1: number, sd1: number, n1: number, mean2: number, sd2: number, n2: number): Difference {
  return sign(welchInterval(mean1, sd1, n1, mean2, sd2, n2));
}

/** Whether the local figure, known by its interval, is higher or lower than a fixed (national or neighbour) figure. */
export function outside(fixed: number, interval: Interval | null): Difference {
  if (!interval) return null;
  if (fixed < interval.low) return 'higher';
  if (fixed > interval.high) return 'lower';
  return null;
}

function sign(interval: Interval | null): Difference {
  return outside(0, interval);
}
