// Cohen's kappa and weighted kappa (the figures src/statistics/kappa.ts computes, reused here) with
// their large-sample standard errors and intervals, on any k x k table.
// Fleiss, Cohen & Everitt (1969) "Large sample standard errors of kappa and weighted kappa",
// Psychological Bulletin 72:323-327: with agreement weights w_ij (identity for kappa),
//   wbar_i. = sum_j p_.j w_ij,  wbar_.j = sum_i p_i. w_ij,  pe = sum_ij w_ij p_i. p_.j,
//   var(kappa_w) = [ sum_ij p_ij (w_ij - (wbar_i. + wbar_.j)(1 - kappa_w))^2
//                    - (kappa_w - pe (1 - kappa_w))^2 ] / (n (1 - pe)^2),
// the non-null variance (kappa not assumed 0), as statsmodels' cohens_kappa std_kappa and SAS
// PROC FREQ's ASE. The interval is kappa +- z se (normal, as FCE and SAS), kept within [-1, 1].
import { squareKappa, weight, type Weights } from './kappa.js';
import { influenceVariance, withInterval, type Coefficient } from './coefficient.js';
import { normalQuantile } from './normal.js';
import { undefinedBecause, type Outcome } from './outcome.js';
import { checkSquare, columnSums, rowSums, total, type SquareTable } from './table.js';

export type Weighting = Weights | 'none';

/**
 * Agreement weights in [0, 1], the ones kappa.ts uses scaled to 1 for full agreement:
 * linear 1 - |i - j| / (k - 1), quadratic 1 - (i - j)^2 / (k - 1)^2, 'none' the identity.
 */
export function agreementWeights(k: number, weighting: Weighting): number[][] {
  const full = weight(0, 0, k, weighting);
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (full === 0 ? (i === j ? 1 : 0) : weight(i, j, k, weighting) / full)),
  );
}

export function kappaWithInterval(t: SquareTable, weighting: Weighting, level = 0.95): Outcome<Coefficient> {
  const k = checkSquare(t);
  const n = total(t);
  if (n < 2) return undefinedBecause(n === 0 ? 'no cases' : 'one case only: kappa needs at least two cases to have a standard error');
  const kappa = squareKappa(t, weighting);
  if (kappa === null)
    return undefinedBecause('expected agreement is 100% (both raters put every case in the same grade): kappa is undefined');
  const w = agreementWeights(k, weighting);
  const rows = rowSums(t).map((r) => r / n);
  const cols = columnSums(t).map((c) => c / n);
  const rowMean = rows.map((_, i) => cols.reduce((s, pj, j) => s + pj * w[i]![j]!, 0));
  const colMean = cols.map((_, j) => rows.reduce((s, pi, i) => s + pi * w[i]![j]!, 0));
  let pe = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) pe += w[i]![j]! * rows[i]! * cols[j]!;
  const variance = influenceVariance(t, n, pe, (i, j) => w[i]![j]! - (rowMean[i]! + colMean[j]!) * (1 - kappa));
  return withInterval(kappa, variance, normalQuantile(1 - (1 - level) / 2));
}
