// Gwet's AC1 (AC2 with agreement weights) and Brennan & Prediger's coefficient for two raters on
// a k x k table, each with Gwet's standard error and interval: the chance-corrected figures that
// do not collapse when one grade dominates (the "kappa paradox"). Formulas as in Gwet, Handbook
// of Inter-Rater Reliability (4th ed., 2014), chapter 3, and his irrCAC R package
// (gwet.ac1.table, bp.coeff.table), with no finite-population correction:
//   pa = sum w_kl p_kl,  pi_k = (p_k. + p_.k) / 2,  Tw = sum of all weights, q = k.
//   AC:  pe = Tw / (q (q - 1)) * sum_k pi_k (1 - pi_k),  AC = (pa - pe) / (1 - pe),
//        influence a_kl = w_kl - 2 (1 - AC) Tw (1 - (pi_k + pi_l) / 2) / (q (q - 1)).
//   BP:  pe = Tw / q^2,  BP = (pa - pe) / (1 - pe),  influence a_kl = w_kl.
//   var = sum p_kl (a_kl - abar)^2 / (n (1 - pe)^2)   (see coefficient.ts)
// The interval is estimate +- t(n - 1) se, as Gwet's package builds it, kept within [-1, 1].
// With identity weights Brennan-Prediger is Byrt, Bishop & Carlin's PABAK generalised to k grades.
import { influenceVariance, withInterval, type Coefficient } from './coefficient.js';
import { agreementWeights, type Weighting } from './kappa-variance.js';
import { undefinedBecause, type Outcome, type Undefined } from './outcome.js';
import { studentTQuantile } from './student-t.js';
import { checkSquare, columnSums, rowSums, total, type SquareTable } from './table.js';

interface Prepared {
  readonly k: number;
  readonly n: number;
  readonly w: number[][];
  readonly tw: number;
  readonly pa: number;
  readonly quantile: number;
}

function prepare(t: SquareTable, weighting: Weighting, level: number): Prepared | Undefined {
  const k = checkSquare(t);
  const n = total(t);
  if (k < 2) return undefinedBecause('one grade only: chance agreement is undefined');
  if (n < 2)
    return undefinedBecause(n === 0 ? 'no cases' : 'one case only: the coefficient needs at least two cases to have a standard error');
  const w = agreementWeights(k, weighting);
  let tw = 0;
  let pa = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      tw += w[i]![j]!;
      pa += (w[i]![j]! * t[i]![j]!) / n;
    }
  }
  return { k, n, w, tw, pa, quantile: studentTQuantile(1 - (1 - level) / 2, n - 1) };
}

/** Gwet's AC1 (weighting 'none') or AC2 (linear or quadratic weights, as the weighted kappa). */
export function gwetAc(t: SquareTable, weighting: Weighting, level = 0.95): Outcome<Coefficient> {
  const p = prepare(t, weighting, level);
  if ('reason' in p) return p;
  const { k, n, w, tw, pa } = p;
  const rows = rowSums(t);
  const cols = columnSums(t);
  const pi = rows.map((r, i) => (r + cols[i]!) / (2 * n));
  const scale = tw / (k * (k - 1));
  const pe = scale * pi.reduce((s, x) => s + x * (1 - x), 0);
  const ac = (pa - pe) / (1 - pe);
  const variance = influenceVariance(t, n, pe, (i, j) => w[i]![j]! - 2 * (1 - ac) * scale * (1 - (pi[i]! + pi[j]!) / 2));
  return withInterval(ac, variance, p.quantile);
}

/** Brennan & Prediger (1981): chance agreement taken as uniform over the k grades. */
export function brennanPrediger(t: SquareTable, weighting: Weighting, level = 0.95): Outcome<Coefficient> {
  const p = prepare(t, weighting, level);
  if ('reason' in p) return p;
  const { k, n, w, tw, pa } = p;
  const pe = tw / (k * k);
  const variance = influenceVariance(t, n, pe, (i, j) => w[i]![j]!);
  return withInterval((pa - pe) / (1 - pe), variance, p.quantile);
}
