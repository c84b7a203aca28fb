// The Wilson score interval for a proportion (Wilson 1927; Newcombe 1998, method 3): honest at
// small n and at 0/n and n/n, where the textbook p +- z*se interval collapses to a point.

/** The 97.5th percentile of the standard normal: a 95% two-sided interval. */
export const Z95 = 1.959963984540054;

/** [lo, hi] for `successes` of `n`; null when n is 0 (there is no proportion to bound). */
export function wilson(successes: number, n: number, z = Z95): [number, number] | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0/n and n/n one end is exactly 0 or 1; the subtraction would leave rounding dust.
  const lo = successes === 0 ? 0 : Math.max(0, centre - half);
  const hi = successes === n ? 1 : Math.min(1, centre + half);
  return [lo, hi];
}
