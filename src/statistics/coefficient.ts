// An agreement coefficient with its large-sample standard error and interval, and the variance
// every one of them here shares in form: each case contributes an "influence" a_ij by the cell
// (i, j) it falls in, and
//   var = sum_ij p_ij (a_ij - abar)^2 / (n (1 - pe)^2),  abar = sum_ij p_ij a_ij.
// For kappa this is Fleiss, Cohen & Everitt's (1969) variance; for Gwet's AC1/AC2 and
// Brennan-Prediger, Gwet's (Handbook of Inter-Rater Reliability, 4th ed., 2014, ch. 3 (two raters),
// and his irrCAC package's gwet.ac1.table and bp.coeff.table). Writing it as a spread about the
// mean (two passes) is the same sum as their "sum p a^2 - abar^2" without its cancellation, so
// where every case has the same influence (perfect agreement; all cases in one cell or one row)
// the spread is 0 or a few ulps, never the 1e-17 that cancellation leaves (irrCAC prints a
// standard error of 8e-9 for two cases in one cell). A spread under (1e-14)^2 of the mean square
// influence is taken as 0: one differing case among ten million gives some 1e-8 of it.
import { defined, finite, finiteInterval, undefinedBecause, type Outcome } from './outcome.js';
import type { SquareTable } from './table.js';

export interface Coefficient {
  readonly estimate: number;
  readonly standardError: number;
  /** estimate +- quantile * standardError, kept within [-1, 1]. */
  readonly interval: [number, number];
}

/** The influence-spread variance above, for cells with their influences. */
export function influenceVariance(t: SquareTable, n: number, pe: number, influence: (i: number, j: number) => number): number {
  const k = t.length;
  let mean = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (t[i]![j]! > 0) mean += (t[i]![j]! / n) * influence(i, j);
  let spread = 0;
  let square = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (t[i]![j]! === 0) continue;
      spread += (t[i]![j]! / n) * (influence(i, j) - mean) ** 2;
      square += (t[i]![j]! / n) * influence(i, j) ** 2;
    }
  }
  return spread <= 1e-28 * square ? 0 : spread / (n * (1 - pe) ** 2);
}

/** The coefficient with its interval, or null with a reason where the standard error is 0. */
export function withInterval(estimate: number, variance: number, quantile: number): Outcome<Coefficient> {
  if (!(variance > 0)) {
    return undefinedBecause(
      'every case counts the same way (perfect agreement, or all cases in one cell): the large-sample standard error is 0, so this method gives no interval',
    );
  }
  const se = Math.sqrt(variance);
  return defined({
    estimate: finite(estimate),
    standardError: finite(se),
    interval: finiteInterval(Math.max(-1, estimate - quantile * se), Math.min(1, estimate + quantile * se)),
  });
}
