// Small-number suppression for publication (issue 28), as a pure step over counts and the sums a
// reader can form from what is printed. Primary: every count from 1 to N-1 is hidden. Secondary: a
// hidden count that is the only hidden cell of a sum whose other terms are printed (a row and its
// total, a column and its total, Table 1's rows against Tables 3..) could be worked out by
// subtraction, so one more cell of that sum is hidden, until no sum has exactly one hidden cell.
// The further cell is chosen greedily to do the most good and show the least: one that also mends
// another sum, else one that opens the fewest new ones, a part before a total, a count before a
// zero, the smallest count. Greedy is not always the fewest cells; the tests give cases worked by hand.

/** A relation the reader knows: the signed cells of a sum equal to zero (parts +1, total -1). */
export type Sum = ReadonlyArray<number>;

/** Which cells to hide: `values[i]` is a count; `totals` marks cells that are totals (hidden last). */
export function suppressCells(
  values: readonly number[],
  sums: readonly Sum[],
  below: number,
  totals: ReadonlySet<number> = new Set(),
): boolean[] {
  const hidden = values.map((v) => v >= 1 && v < below);
  const sumsOf: number[][] = values.map(() => []);
  sums.forEach((sum, s) => sum.forEach((cell) => sumsOf[cell]!.push(s)));
  const hiddenIn = (s: number) => sums[s]!.filter((c) => hidden[c]).length;
  for (;;) {
    const open = sums.findIndex((_, s) => hiddenIn(s) === 1);
    if (open === -1) return hidden;
    // Never empty: a sum has at least two cells, and only one of these is hidden.
    const candidates = sums[open]!.filter((c) => !hidden[c]);
    const others = (c: number, hiddenCount: number) => sumsOf[c]!.filter((s) => s !== open && hiddenIn(s) === hiddenCount).length;
    const score = (c: number) => [
      -others(c, 1), // sums it mends too
      others(c, 0), // sums it would open
      totals.has(c) ? 1 : 0,
      values[c] === 0 ? 1 : 0, // a zero often sits among zeros: hiding it opens sums only zeros can close
      values[c]!,
      c,
    ];
    candidates.sort((a, b) => {
      const [x, y] = [score(a), score(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return 0;
    });
    hidden[candidates[0]!] = true;
  }
}
