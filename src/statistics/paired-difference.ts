// Bias between two raters on the same cases, over ordered grades: how many cases A graded higher
// than B, how many lower, the net share with Tango's score interval, and the mean difference in
// grade steps with its t interval. Tables are k x k, rows = A, columns = B, grades best first, so
// A graded a case higher exactly where its row index is below its column index.
import { studentTQuantile } from './student-t.js';
import { normalQuantile } from './normal.js';
import { defined, finite, finiteInterval, undefinedBecause, type Outcome } from './outcome.js';
import { checkSquare, type SquareTable } from './table.js';

export interface Discordance {
  /** Cases A graded higher (better) than B. */
  readonly higher: number;
  /** Cases A graded lower (worse) than B. */
  readonly lower: number;
  readonly n: number;
}

export function discordance(t: SquareTable): Discordance {
  const k = checkSquare(t);
  let higher = 0;
  let lower = 0;
  let n = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const x = t[i]![j]!;
      n += x;
      if (i < j) higher += x;
      else if (i > j) lower += x;
    }
  }
  return { higher, lower, n };
}

/**
 * Tango's (1998) score statistic for H0: net = delta, with b = higher, c = lower
 * (Tango, Statistics in Medicine 17:891-908):
 *   T(delta) = (b - c - n delta) / sqrt(n (2 q + delta (1 - delta))),
 *   q = (sqrt(W^2 + 8 n c delta (1 - delta)) - W) / (4 n),  W = -b - c + (2n - b + c) delta,
 * q being the maximum-likelihood share of "lower" cases under the constraint. T falls as delta
 * rises; where its variance is 0 its sign is that of the numerator.
 */
function tangoScore(b: number, c: number, n: number, delta: number): number {
  const w = -b - c + (2 * n - b + c) * delta;
  const product = 8 * n * c * delta * (1 - delta);
  const root = Math.sqrt(Math.max(0, w * w + product));
  // Written so neither branch subtracts two nearly equal numbers.
  const q = w > 0 ? product / (4 * n * (root + w)) : (root - w) / (4 * n);
  const variance = n * (2 * q + delta * (1 - delta));
  const numerator = b - c - n * delta;
  if (numerator === 0) return 0;
  if (!(variance > 0)) return numerator > 0 ? Infinity : -Infinity;
  return numerator / Math.sqrt(variance);
}

/** The delta in [from, to] where the falling score crosses `target`, by bisection. */
function crossing(b: number, c: number, n: number, target: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (tangoScore(b, c, n, mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Tango's score interval for (higher - lower) / n: the deltas whose score test at 1 - level does
 * not reject (|T(delta)| <= z). Depends on higher, lower and n only. Null where n is 0.
 */
export function tangoInterval(higher: number, lower: number, n: number, level = 0.95): Outcome<[number, number]> {
  if (!(n > 0)) return undefinedBecause('no cases');
  if (higher < 0 || lower < 0 || higher + lower > n) throw new RangeError(`statistics: ${higher} higher and ${lower} lower of ${n} cases`);
  const z = normalQuantile(1 - (1 - level) / 2);
  const estimate = (higher - lower) / n;
  const lo = tangoScore(higher, lower, n, -1) <= z ? -1 : crossing(higher, lower, n, z, -1, estimate);
  const hi = tangoScore(higher, lower, n, 1) >= -z ? 1 : crossing(higher, lower, n, -z, estimate, 1);
  return defined(finiteInterval(lo, hi));
}

export interface NetBias extends Discordance {
  /** (higher - lower) / n: positive where A graded higher on balance. */
  readonly net: number;
  readonly netInterval: [number, number];
}

/** The net share graded higher by A, with Tango's interval; null where there are no cases. */
export function netBias(t: SquareTable, level = 0.95): Outcome<NetBias> {
  const d = discordance(t);
  const interval = tangoInterval(d.higher, d.lower, d.n, level);
  if (interval.value === null) return interval;
  return defined({ ...d, net: finite((d.higher - d.lower) / d.n), netInterval: interval.value });
}

export interface MeanDifference {
  /** Mean of (A's grade - B's grade) in scale steps, best highest: positive where A graded higher. */
  readonly meanDifference: number;
  readonly meanDifferenceInterval: [number, number];
}

/**
 * The mean paired difference in grade steps, d = column index - row index for each case, with
 * the paired t interval mean +- t(n-1) s / sqrt(n) (Student 1908; e.g. Altman, Practical
 * Statistics for Medical Research, 1991, section 9.5), kept within the +-(k - 1) steps a difference
 * can take. Null for fewer than 2 cases, or where every case differs by the same number of steps
 * (no spread: the t interval would have no width, which would overstate what is known).
 */
export function meanDifference(t: SquareTable, level = 0.95): Outcome<MeanDifference> {
  const k = checkSquare(t);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) [n, sum] = [n + t[i]![j]!, sum + t[i]![j]! * (j - i)];
  if (n < 2) return undefinedBecause(n === 0 ? 'no cases' : 'one case only: a mean difference needs at least two to have an interval');
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) squares += t[i]![j]! * (j - i - mean) ** 2;
  if (squares === 0)
    return undefinedBecause(`every case differs by the same number of grade steps (${finite(mean)}): no spread to build an interval on`);
  const half = (studentTQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(squares / (n - 1))) / Math.sqrt(n);
  const limit = k - 1;
  return defined({
    meanDifference: finite(mean),
    meanDifferenceInterval: finiteInterval(Math.max(-limit, mean - half), Math.min(limit, mean + half)),
  });
}
