// What was typed in a cell that is not a grade or a finding: quoted (escaped) only when it is near
// an accepted spelling or looks like a short word, since a shifted cell may hold a note about a child.
import { didYouMean } from './did-you-mean.js';
import { quote, quoteName } from './escape.js';

/** Spellings compared without case, spaces or dots: `R.I.` is `ri`, `Not-Met` is `not met`. */
const loose = (s: string) => s.toLowerCase().replace(/[\s._-]+/g, '');

/** `; got "goood" (did you mean "good"?)`, to follow an "expected one of ..." message. */
export function gotValue(raw: string, accepted: readonly string[]): string {
  const value = raw.trim();
  const hint = didYouMean(value, accepted, { normalise: loose });
  // Quoted whole only when it is plainly a slip for a spelling; else as a name (or not at all).
  return hint ? `; got ${quote(value)}${hint}` : `; got ${quoteName(value)}`;
}
