// Pearson's chi-square test of independence for an r x c table (here: case type x round, to say
// when the mix of case types differs between rounds). Pearson (1900); Agresti, Categorical Data
// Analysis (2nd ed., 2002), section 3.2.1:
//   E_ij = n_i. n_.j / n,  X^2 = sum (n_ij - E_ij)^2 / E_ij,  df = (r - 1)(c - 1),
// over the rows and columns that have cases (an empty row or column has no expected counts and
// adds nothing). `smallestExpected` lets the caller say when the chi-square approximation is
// shaky (the usual rule of thumb asks for expected counts of 5 or more, Cochran 1954).
import { chiSquareSf, type ChiSquareTest } from './chi-square.js';
import { defined, finite, undefinedBecause, type Outcome } from './outcome.js';
import { checkCounts } from './table.js';

export interface IndependenceTest extends ChiSquareTest {
  readonly smallestExpected: number;
}

export function chiSquareIndependence(table: readonly (readonly number[])[]): Outcome<IndependenceTest> {
  const c = table[0]?.length ?? 0;
  for (const row of table) {
    if (row.length !== c) throw new RangeError('statistics: the rows of a table differ in length');
    checkCounts(row);
  }
  const rows = table.map((r) => r.reduce((a, b) => a + b, 0));
  const cols = Array.from({ length: c }, (_, j) => table.reduce((s, r) => s + r[j]!, 0));
  const n = rows.reduce((a, b) => a + b, 0);
  const liveRows = rows.flatMap((r, i) => (r > 0 ? [i] : []));
  const liveCols = cols.flatMap((s, j) => (s > 0 ? [j] : []));
  if (liveRows.length < 2 || liveCols.length < 2) {
    return undefinedBecause('fewer than two rows or two columns have cases: there is no mix to compare');
  }
  let statistic = 0;
  let smallestExpected = Infinity;
  for (const i of liveRows) {
    for (const j of liveCols) {
      const expected = (rows[i]! * cols[j]!) / n;
      smallestExpected = Math.min(smallestExpected, expected);
      statistic += (table[i]![j]! - expected) ** 2 / expected;
    }
  }
  const df = (liveRows.length - 1) * (liveCols.length - 1);
  return defined({ statistic: finite(statistic), df, p: finite(chiSquareSf(statistic, df)), smallestExpected: finite(smallestExpected) });
}
