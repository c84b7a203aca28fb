// The Cochran-Armitage test for a trend in a proportion across ordered groups (here: the share of
// cases in one grade across audit rounds in order). Armitage (1955) "Tests for linear trends in
// proportions and frequencies", Biometrics 11:375-386; Cochran (1954) Biometrics 10:417-451. With
// x_r of n_r cases in round r at score t_r, N = sum n_r, pbar = sum x_r / N, tbar = sum n_r t_r / N:
//   T = sum x_r (t_r - tbar),  Var(T) = pbar (1 - pbar) sum n_r (t_r - tbar)^2,
//   z = T / sqrt(Var),  chi-square = z^2 on 1 df,  p = P(|Z| >= |z|).
// This is R's prop.trend.test; statsmodels' Table.test_ordinal_association uses the exact
// (hypergeometric) variance, which is this one times N / (N - 1).
import { normalTwoSidedP } from './normal.js';
import { defined, finite, undefinedBecause, type Outcome } from './outcome.js';
import { checkCounts } from './table.js';

export interface TrendTest {
  /** Positive where the share rises with the score (later rounds). */
  readonly z: number;
  readonly statistic: number;
  readonly df: 1;
  readonly p: number;
}

/** `successes[r]` of `totals[r]` in each group, groups in order; scores default to 0, 1, 2, ... */
export function cochranArmitage(successes: readonly number[], totals: readonly number[], scores?: readonly number[]): Outcome<TrendTest> {
  const t = scores ?? totals.map((_, r) => r);
  if (successes.length !== totals.length || t.length !== totals.length)
    throw new RangeError('statistics: successes, totals and scores differ in length');
  checkCounts(successes, 'count in a grade');
  checkCounts(totals, 'round size');
  successes.forEach((x, r) => {
    if (x > totals[r]!) throw new RangeError(`statistics: ${x} in a grade of ${totals[r]} cases`);
  });
  const n = totals.reduce((a, b) => a + b, 0);
  const x = successes.reduce((a, b) => a + b, 0);
  if (n === 0) return undefinedBecause('no cases');
  const tbar = totals.reduce((s, nr, r) => s + nr * t[r]!, 0) / n;
  const spread = totals.reduce((s, nr, r) => s + nr * (t[r]! - tbar) ** 2, 0);
  if (spread === 0) return undefinedBecause('fewer than two rounds have cases: there is no order to test a trend along');
  if (x === 0 || x === n)
    return undefinedBecause(x === 0 ? 'no case in this grade in any round' : 'every case in this grade in every round');
  const pbar = x / n;
  const numerator = successes.reduce((s, xr, r) => s + xr * (t[r]! - tbar), 0);
  const z = numerator / Math.sqrt(pbar * (1 - pbar) * spread);
  return defined({ z: finite(z), statistic: finite(z * z), df: 1, p: finite(normalTwoSidedP(z)) });
}

/** The test for each grade of a rounds x grades table of counts, grades in scale order. */
export function trendPerGrade(counts: readonly (readonly number[])[]): Array<{ grade: number; test: Outcome<TrendTest> }> {
  const totals = counts.map((round) => round.reduce((a, b) => a + b, 0));
  const k = counts[0]?.length ?? 0;
  return Array.from({ length: k }, (_, g) => ({
    grade: g,
    test: cochranArmitage(
      counts.map((round) => round[g]!),
      totals,
    ),
  }));
}
