// "Did you mean" for names a user typed against names we know: only candidates of the right kind
// (the caller passes them), not already used, and close enough to be a slip rather than another name.
import { distance } from './did-you-mean.js';

/** Numbers in a name, as numbers: DA03 and DA3 share [3]; DA9 and DA1 do not. */
function numbersIn(name: string): string {
  // Stryker disable next-line ArrayDeclaration: equivalent, any fixed text for "no numbers" compares the same
  return (name.match(/\d+/g) ?? []).map((n) => String(Number(n))).join(',');
}

/**
 * The nearest candidate within a third of the word's length (at least one edit; none for words
 * under 3 characters), compared after `normalise`; candidates in `used` are skipped, and two names
 * whose numbers differ (DA9, DA1) are different names, not a typo of each other.
 */
export function nearestName(
  word: string,
  candidates: Iterable<string>,
  options: { normalise: (s: string) => string; used?: ReadonlySet<string> },
): string | undefined {
  const norm = options.normalise;
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
