// The Stuart-Maxwell test of marginal homogeneity: do A and B use the grades in the same
// proportions? (Stuart 1955, Biometrika 42:412-416; Maxwell 1970, Br J Psychiatry 116:651-655.)
// With d_i = n_i. - n_.i and V the null covariance of d,
//   V_ii = n_i. + n_.i - 2 n_ii,  V_ij = -(n_ij + n_ji),
// the statistic is d' V^- d on chi-square df = rank V (the textbook form keeps the first k - 1
// categories, which is the same where V has rank k - 1).
//
// V is the Laplacian of the graph joining grades i and j wherever some case was graded i by one
// rater and j by the other, so its rank is k minus the number of connected parts of that graph.
// Where the graph is connected (the usual case) this is exactly statsmodels' SquareTable
// .homogeneity(); where it is not (a grade no case was ever disputed into or out of, or two groups
// of grades never confused with each other) the textbook V with the last category dropped is
// singular, and the generalised inverse gives the sum of the test over each connected part with
// df = k - (number of parts): a grade nobody disputed carries no evidence either way.
import { chiSquareSf, type ChiSquareTest } from './chi-square.js';
import { solvePositiveDefinite } from './linear-solve.js';
import { defined, finite, undefinedBecause, type Outcome } from './outcome.js';
import { checkSquare, columnSums, rowSums, type SquareTable } from './table.js';

/** The connected parts of the "graded differently" graph, each a list of grade indexes. */
export function disputedParts(t: SquareTable): number[][] {
  const k = checkSquare(t);
  const parent = Array.from({ length: k }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) if (t[i]![j]! + t[j]![i]! > 0) parent[find(i)] = find(j);
  const parts = new Map<number, number[]>();
  for (let i = 0; i < k; i++) parts.set(find(i), [...(parts.get(find(i)) ?? []), i]);
  return [...parts.values()];
}

export function stuartMaxwell(t: SquareTable): Outcome<ChiSquareTest> {
  checkSquare(t);
  const rows = rowSums(t);
  const cols = columnSums(t);
  let statistic = 0;
  let df = 0;
  for (const part of disputedParts(t)) {
    if (part.length < 2) continue;
    const kept = part.slice(0, -1);
    const d = kept.map((i) => rows[i]! - cols[i]!);
    const v = kept.map((i) => kept.map((j) => (i === j ? rows[i]! + cols[i]! - 2 * t[i]![i]! : -(t[i]![j]! + t[j]![i]!))));
    const x = solvePositiveDefinite(v, d);
    // A connected part's reduced Laplacian is positive definite; null here would be a bug.
    if (x === null) throw new Error('statistics: a connected part gave a singular covariance');
    statistic += d.reduce((s, di, i) => s + di * x[i]!, 0);
    df += kept.length;
  }
  if (df === 0) return undefinedBecause('no case was graded differently by the two: there is no difference in the margins to test');
  return defined({ statistic: finite(statistic), df, p: finite(chiSquareSf(statistic, df)) });
}
