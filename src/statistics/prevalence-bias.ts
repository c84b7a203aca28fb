// The prevalence and bias indexes that explain a paradoxical kappa (Byrt, Bishop & Carlin 1993,
// "Bias, prevalence and kappa", J Clin Epidemiol 46:423-429). On a 2x2 table with cells
// a (both yes), b (A yes, B no), c (A no, B yes), d (both no):
//   prevalence index PI = (a - d) / n,  bias index BI = (b - c) / n,
// and PABAK = 2 po - 1, the kappa with prevalence and bias set to 0 (Brennan-Prediger for k = 2).
// There is no one standard k-grade version; we give, for each grade g, the indexes of the 2x2
// table "g against every other grade" (so a = n_gg, b = n_g. - n_gg, c = n_.g - n_gg,
// d = n - n_g. - n_.g + n_gg), which for k = 2 and g = the first grade is exactly Byrt's pair.
// A large |PI| says one grade dominates (kappa is then low even with high agreement); a large
// |BI| says the raters use that grade at different rates.
import { defined, finite, undefinedBecause, type Outcome } from './outcome.js';
import { checkSquare, columnSums, rowSums, total, type SquareTable } from './table.js';

export interface GradeIndexes {
  /** The grade's index in the scale, best first. */
  readonly grade: number;
  readonly prevalenceIndex: number;
  /** Positive where A uses this grade more often than B. */
  readonly biasIndex: number;
}

export function prevalenceAndBias(t: SquareTable): Outcome<GradeIndexes[]> {
  checkSquare(t);
  const n = total(t);
  if (n === 0) return undefinedBecause('no cases');
  const rows = rowSums(t);
  const cols = columnSums(t);
  return defined(
    rows.map((r, g) => {
      const both = t[g]![g]!;
      const neither = n - r - cols[g]! + both;
      return { grade: g, prevalenceIndex: finite((both - neither) / n), biasIndex: finite((r - cols[g]!) / n) };
    }),
  );
}
