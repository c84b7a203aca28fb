// Student's t distribution: upper tail, CDF and quantile, for intervals on n - 1 degrees of
// freedom (the mean difference in grade steps; Gwet's coefficients, as his handbook and his irrCAC
// package build them). P(T > t) = I_{df/(df+t^2)}(df/2, 1/2) / 2 for t >= 0 (Abramowitz & Stegun
// 26.7.1 with 26.5.27). The quantile is found by bisection to a bracket, then safeguarded Newton.
// Checked against scipy.stats.t to 1e-12 relative.
import { incompleteBeta } from './beta.js';
import { lnGamma } from './gamma.js';

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`Student's t needs df > 0, not ${df}`);
}

/** P(T > t). */
export function studentTSf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) throw new RangeError('studentTSf of NaN');
  const half = incompleteBeta(df / (df + t * t), df / 2, 0.5) / 2;
  return t >= 0 ? half : 1 - half;
}

export function studentTCdf(t: number, df: number): number {
  return studentTSf(-t, df);
}

function density(t: number, df: number): number {
  return Math.exp(lnGamma((df + 1) / 2) - lnGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** The t with P(T <= t) = p, for 0 < p < 1. */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, not ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const tail = 1 - p;
  // Bracket [lo, hi] with sf(lo) >= tail > sf(hi), then Newton steps kept inside the bracket.
  let lo = 0;
  let hi = 1;
  while (studentTSf(hi, df) > tail) {
    lo = hi;
    hi *= 2;
  }
  let t = (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const f = studentTSf(t, df) - tail; // decreasing in t
    if (f > 0) lo = t;
    else hi = t;
    const newton = t + f / density(t, df);
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(next)) return next;
    t = next;
  }
  return t;
}

/** t for a two-sided interval at `level` on `df` degrees of freedom. */
export function tForLevel(level: number, df: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`a confidence level is between 0 and 1, not ${level}`);
  return studentTQuantile(1 - (1 - level) / 2, df);
}
