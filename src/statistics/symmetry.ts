// Bowker's (1948) test of symmetry, the k x k McNemar test: is "A higher than B by this pair of
// grades" as common as the reverse? (Bowker, JASA 43:572-574.)
//   X^2 = sum over i < j of (n_ij - n_ji)^2 / (n_ij + n_ji)
// Conditional on each pair's total, n_ij is Binomial(n_ij + n_ji, 1/2) under symmetry, so a pair
// no case fell into (n_ij + n_ji = 0) adds exactly 0 and no degree of freedom: df here is the
// number of pairs with a case. SAS and statsmodels count every pair, k(k-1)/2, which gives the
// same statistic and a larger (more conservative) p where some pair is empty.
import { chiSquareSf, type ChiSquareTest } from './chi-square.js';
import { defined, finite, undefinedBecause, type Outcome } from './outcome.js';
import { checkSquare, type SquareTable } from './table.js';

export function bowker(t: SquareTable): Outcome<ChiSquareTest> {
  const k = checkSquare(t);
  let statistic = 0;
  let df = 0;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const pair = t[i]![j]! + t[j]![i]!;
      if (pair === 0) continue;
      statistic += (t[i]![j]! - t[j]![i]!) ** 2 / pair;
      df++;
    }
  }
  if (df === 0) return undefinedBecause('no case was graded differently by the two: there is no asymmetry to test');
  return defined({ statistic: finite(statistic), df, p: finite(chiSquareSf(statistic, df)) });
}
