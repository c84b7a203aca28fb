// "Did you mean": the one rule for every name a user typed against the names we know (columns,
// keys, case types, roles, grades, findings): the nearest candidate close enough to be a slip,
// never one already used, never one whose numbers differ, worded the same everywhere.

/** Levenshtein distance (insert, delete, substitute). */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}

/** Numbers in a name, as numbers: DA03 and DA3 share [3]; DA9 and DA1 do not. */
function numbersIn(name: string): string {
  // Stryker disable next-line ArrayDeclaration: equivalent, any fixed text for "no numbers" compares the same
  return (name.match(/\d+/g) ?? []).map((n) => String(Number(n))).join(',');
}

export interface NearestOptions {
  /** How names are compared (default: without case). */
  normalise?: (s: string) => string;
  /** Candidates (normalised) that are taken already and so never suggested. */
  used?: ReadonlySet<string>;
}

const lower = (s: string) => s.toLowerCase();

/**
 * The nearest candidate within a third of the word's length (at least one edit; none for words
 * under 3 characters, where only an exact match after normalising counts), the first of equals;
 * two names whose numbers differ (DA9, DA1) are different names, not a typo of each other.
 */
export function nearest(word: string, candidates: Iterable<string>, options: NearestOptions = {}): string | undefined {
  const norm = options.normalise ?? lower;
  const w = norm(word);
  // Under 3 characters only an exact match after normalising counts (R.I. for ri).
  const limit = w.length < 3 ? 0 : Math.max(1, Math.floor(w.length / 3));
  const digits = numbersIn(w);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = norm(candidate);
    if (options.used?.has(c) || numbersIn(c) !== digits) continue;
    const d = distance(w, c);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean "case_type"?)` to follow what was wrong, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>, options: NearestOptions = {}): string {
  const match = nearest(word, candidates, options);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
