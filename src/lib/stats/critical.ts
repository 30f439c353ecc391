/**
 * Critical values and distribution functions that DuckDB lacks: the normal and Student t quantiles, and the binomial
 * CDF. Pure functions of numbers, accurate to about 1e-9 or better.
 */

/** Inverse standard normal CDF (Wichura 1988, algorithm AS241 PPND16). */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r + 6.7265770927008700853e4) * r +
          4.5921953931549871457e4) *
          r +
          1.3731693765509461125e4) *
          r +
          1.9715909503065514427e3) *
          r +
          1.3314166789178437745e2) *
          r +
          3.387132872796366608)) /
      (((((((5.226495278852854561e3 * r + 2.8729085735721942674e4) * r + 3.930789580009271061e4) * r +
        2.1213794301586595867e4) *
        r +
        5.3941960214247511077e3) *
        r +
        6.871870074920579083e2) *
        r +
        4.2313330701600911252e1) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((7.7454501427834140764e-4 * r + 2.27238449892691845833e-2) * r + 2.4178072517745061177e-1) * r +
        1.27045825245236838258) *
        r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 1.51986665636164571966e-2) * r +
        1.4810397642748007459e-1) *
        r +
        6.8976733498510000455e-1) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    value =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.2426609473880784386e-3) * r +
        2.6532189526576123093e-2) *
        r +
        2.9656057182850489123e-1) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) *
        r +
        1.4875361290850614852e-2) *
        r +
        1.3692988092273580531e-1) *
        r +
        5.9983220655588793769e-1) *
        r +
        1);
  }
  return q < 0 ? -value : value;
}

/** Inverse Student t CDF with `df` degrees of freedom (df > 0, not necessarily whole, as Welch's are). */
export function tQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  const q = Math.min(p, 1 - p);
  const t = upperTailInverse(q, df);
  return p < 0.5 ? -t : t;
}

/** P(X ≤ k) for X ~ Binomial(n, p), summed exactly (to rounding). */
export function binomialCdf(k: number, n: number, p = 0.5): number {
  if (Number.isNaN(k) || !(n >= 0) || !Number.isInteger(n) || Number.isNaN(p) || p < 0 || p > 1) return NaN;
  k = Math.floor(k);
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  // Sum whichever tail lies away from the mean, from its largest term outward, so that a small tail keeps its
  // relative accuracy and no term is ever formed as a bare product that could underflow or overflow.
  const odds = p / (1 - p);
  if (k < n * p) return binomialTerm(k, n, p) * sumOutward(k, (i) => i / ((n - i + 1) * odds), 0);
  return 1 - binomialTerm(k + 1, n, p) * sumOutward(k + 1, (i) => ((n - i) * odds) / (i + 1), n);
}

/** Σ of the terms from `start` to `end`, each relative to the first: `ratio(i)` takes the term at i to its successor. */
function sumOutward(start: number, ratio: (i: number) => number, end: number): number {
  const step = end < start ? -1 : 1;
  let term = 1;
  let sum = 1;
  for (let i = start; i !== end; i += step) {
    term *= ratio(i);
    sum += term;
    if (term <= sum * 1e-17) break;
  }
  return sum;
}

function binomialTerm(i: number, n: number, p: number): number {
  return Math.exp(logGamma(n + 1) - logGamma(i + 1) - logGamma(n - i + 1) + i * Math.log(p) + (n - i) * Math.log1p(-p));
}

/** The t > 0 with P(T > t) = q, for 0 < q < 0.5: Newton's method, kept inside a bracket by bisection. */
function upperTailInverse(q: number, df: number): number {
  let lo = 0;
  let hi = Math.max(1, 2 * -normalQuantile(q));
  while (tUpperTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
  }
  let t = Math.min(Math.max(-normalQuantile(q), lo), hi);
  for (let iteration = 0; iteration < 200; iteration++) {
    const excess = tUpperTail(t, df) - q;
    if (excess === 0) return t;
    if (excess > 0) lo = t;
    else hi = t;
    let next = t + excess / tDensity(t, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-14 * next) return next;
    t = next;
  }
  return t;
}

/** P(T > t) for t ≥ 0. */
function tUpperTail(t: number, df: number): number {
  const t2 = t * t;
  return 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t2), t2 / (df + t2));
}

function tDensity(t: number, df: number): number {
  return Math.exp(
    logGamma((df + 1) / 2) -
      logGamma(df / 2) -
      0.5 * Math.log(df * Math.PI) -
      ((df + 1) / 2) * Math.log1p((t * t) / df),
  );
}

/** Regularized incomplete beta I_x(a, b), with y = 1 − x given separately so that neither loses digits near 1. */
function incompleteBeta(a: number, b: number, x: number, y: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const logX = y < 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = x < 0.5 ? Math.log1p(-x) : Math.log(y);
  const [big, small] = a > b ? [a, b] : [b, a];
  const front = Math.exp(logGammaRatio(big, small) - logGamma(small) + a * logX + b * logY);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x, y)) / a;
  return 1 - (front * betaContinuedFraction(b, a, y, x)) / b;
}

/** The continued fraction for I_x(a, b), by the modified Lentz method (Numerical Recipes' `betacf`). */
function betaContinuedFraction(a: number, b: number, x: number, y: number): number {
  const tiny = 1e-300;
  let c = 1;
  // 1 − (a + b)x/(a + 1), written with y so that it keeps its digits when x is near 1
  let d = (1 - b + (a + b) * y) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  // convergence takes O(√max(a, b)) terms (Numerical Recipes §6.4): thousands for df in the millions
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** ln Γ(a + b) − ln Γ(a), without the cancellation of two large logarithms of Γ when a is large (Stirling). */
function logGammaRatio(a: number, b: number): number {
  if (a < 10) return logGamma(a + b) - logGamma(a);
  return (a - 0.5) * Math.log1p(b / a) + b * Math.log(a + b) - b + stirlingRemainder(a + b) - stirlingRemainder(a);
}

/** ln Γ(z) − ((z − ½) ln z − z + ½ ln 2π), for z ≥ 10, where the series' first four terms leave less than 1e-12. */
function stirlingRemainder(z: number): number {
  const z2 = z * z;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * z2)) / z2) / z2) / z;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}
