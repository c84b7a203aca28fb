// Grades are ordinal and belong to a programme's scale (domain/scale.ts): a grade is its id, and
// grade counts are objects keyed by id, every grade of the scale present, in scale order.

export type Grade = string;

export type GradeCounts = Record<Grade, number>;

/** Cases counted over every grade. */
export function countTotal(counts: GradeCounts): number {
  let n = 0;
  for (const g in counts) n += counts[g]!;
  return n;
}

/** Adds `from` into `into`, grade by grade (a part's counts merged into the whole). */
export function addCounts(into: GradeCounts, from: GradeCounts): void {
  for (const g in from) into[g] = (into[g] ?? 0) + from[g]!;
}
