// Grades are ordinal: good > requires_improvement > inadequate. The spellings users may type are
// one table, so the CSV fast path, the YAML schema and error messages all agree.

export const GRADES = ['good', 'requires_improvement', 'inadequate'] as const;
export type Grade = (typeof GRADES)[number];

/** The report's labels, used by the human-readable renderers. */
export const GRADE_LABELS: Record<Grade, string> = {
  good: 'Good',
  requires_improvement: 'Requiring improvement',
  inadequate: 'Inadequate',
};

const SPELLINGS: ReadonlyArray<readonly [string, Grade]> = [
  ['good', 'good'],
  ['g', 'good'],
  ['requires improvement', 'requires_improvement'],
  ['requiring improvement', 'requires_improvement'],
  ['requires_improvement', 'requires_improvement'],
  ['ri', 'requires_improvement'],
  ['inadequate', 'inadequate'],
  ['i', 'inadequate'],
];

const BY_SPELLING = new Map<string, Grade>(SPELLINGS);

/** Every accepted spelling, for "expected one of ..." messages. */
export const GRADE_SPELLINGS = SPELLINGS.map(([s]) => s);

/** A grade from any accepted spelling (case- and surrounding-space-insensitive), else undefined. */
export function parseGrade(raw: string): Grade | undefined {
  return BY_SPELLING.get(raw) ?? BY_SPELLING.get(raw.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** Higher is better: the last grade is 0, the first GRADES.length - 1. */
export function gradeRank(grade: Grade): number {
  return GRADES.length - 1 - GRADES.indexOf(grade);
}

export type GradeCounts = Record<Grade, number>;

export function emptyCounts(): GradeCounts {
  return Object.fromEntries(GRADES.map((g) => [g, 0])) as GradeCounts;
}

/** Cases counted over every grade. */
export function countTotal(counts: GradeCounts): number {
  let n = 0;
  for (const g of GRADES) n += counts[g];
  return n;
}

/** Adds `from` into `into`, grade by grade (a part's counts merged into the whole). */
export function addCounts(into: GradeCounts, from: GradeCounts): void {
  for (const g of GRADES) into[g] += from[g];
}
