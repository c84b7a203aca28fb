// Square tables of counts: rows = the first rater (A), columns = the second (B), categories in
// scale order, best first. Counts are checked once here so each statistic can assume them.

export type SquareTable = readonly (readonly number[])[];

/** Throws a RangeError unless `t` is k x k (k >= 1) of finite counts >= 0. */
export function checkSquare(t: SquareTable): number {
  const k = t.length;
  if (k === 0) throw new RangeError('statistics: a square table needs at least one category');
  for (const row of t) {
    if (row.length !== k) throw new RangeError(`statistics: a ${k} x ${k} table has a row of ${row.length}`);
    for (const x of row)
      if (!(Number.isFinite(x) && x >= 0)) throw new RangeError(`statistics: a count must be a finite number >= 0, not ${x}`);
  }
  return k;
}

/** Throws a RangeError unless `counts` are finite and >= 0. */
export function checkCounts(counts: readonly number[], what = 'count'): void {
  for (const x of counts)
    if (!(Number.isFinite(x) && x >= 0)) throw new RangeError(`statistics: a ${what} must be a finite number >= 0, not ${x}`);
}

export function rowSums(t: SquareTable): number[] {
  return t.map((r) => r.reduce((a, b) => a + b, 0));
}

export function columnSums(t: SquareTable): number[] {
  return t.map((_, j) => t.reduce((s, r) => s + r[j]!, 0));
}

export function total(t: SquareTable): number {
  return rowSums(t).reduce((a, b) => a + b, 0);
}
