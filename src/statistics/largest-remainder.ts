// Splitting a sample of n over strata in proportion to their sizes, so the parts add up to exactly n.
// Integer arithmetic only: the remainders are compared as whole numbers, so no float rounding can
// change which stratum gets the extra case on another machine.

/**
 * Largest remainder (Hamilton) method: each part gets the whole part of its share n * w / total,
 * and the cases left over go one each to the largest remainders. Ties go to the larger stratum,
 * then to the earlier one (table order), so the result never depends on sort stability.
 */
export function largestRemainder(weights: readonly number[], n: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((n * w) / total));
  let left = n - parts.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => ({ i, w, remainder: (n * w) % total }))
    // sort is stable (ES2019): a tie on both keys keeps table order.
    .sort((a, b) => b.remainder - a.remainder || b.w - a.w);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]!++;
    left--;
  }
  return parts;
}

export type MinimumResult = { ok: true; parts: number[] } | { ok: false; needed: number };

/**
 * Raises every part to at least `min` (or all its stratum has), taking the cases one at a time from
 * the part that is largest at that moment (ties: the larger stratum, then the earlier), never taking
 * a part below its own minimum. Fails when the minimums alone need more than the sample holds.
 */
export function raiseToMinimum(parts: readonly number[], sizes: readonly number[], min: number): MinimumResult {
  const floors = sizes.map((s) => Math.min(min, s));
  const needed = floors.reduce((a, b) => a + b, 0);
  const n = parts.reduce((a, b) => a + b, 0);
  if (needed > n) return { ok: false, needed };
  const out = parts.map((p, i) => Math.max(p, floors[i]!));
  let excess = out.reduce((a, b) => a + b, 0) - n;
  while (excess > 0) {
    let from = -1;
    // Stryker disable next-line EqualityOperator: equivalent, out[out.length] is undefined and never chosen (comparisons with it are false)
    for (let i = 0; i < out.length; i++) {
      // A part at its floor is never the largest (parts never exceed their stratum), so this skip only saves work:
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
      if (out[i]! <= floors[i]!) continue;
      if (from === -1 || out[i]! > out[from]! || (out[i] === out[from] && sizes[i]! > sizes[from]!)) from = i;
    }
    // needed <= n guarantees some part is above its floor while there is excess.
    out[from]!--;
    excess--;
  }
  return { ok: true, parts: out };
}
