// Simultaneous intervals for the m changes a trend shows: each interval at 1 - alpha/m
// (Bonferroni; Dunn 1961, JASA 56:52-64), so by Boole's inequality the chance that any of the m
// shows a "change" where there is none is at most alpha, however the changes are related (they
// share rounds, so they are not independent). Pass `z` to wilson() / newcombe() in
// src/summarise: their default is the 95% z, so per-comparison results stay as they were.
import { Z95 } from './wilson.js';
import { normalQuantile } from './normal.js';

/**
 * At 95% exactly wilson.ts's own Z95, so per-comparison intervals stay bit for bit what `trend`
 * prints today (the quantile here is within 1 ulp of it, which could still flip a printed half).
 */
function zFor(level: number): number {
  return level === 0.95 ? Z95 : normalQuantile(1 - (1 - level) / 2);
}

export interface Adjustment {
  readonly method: 'bonferroni' | 'none';
  /** The number of comparisons the family covers (1 for per-comparison intervals). */
  readonly comparisons: number;
  /** The confidence level of each interval. */
  readonly level: number;
  /** The two-sided normal quantile for that level. */
  readonly z: number;
}

/** Intervals for `comparisons` changes holding the family-wise level (default 95%). */
export function bonferroni(comparisons: number, familyLevel = 0.95): Adjustment {
  if (!(Number.isInteger(comparisons) && comparisons >= 1))
    throw new RangeError(`statistics: comparisons must be a whole number >= 1, not ${comparisons}`);
  if (!(familyLevel > 0 && familyLevel < 1)) throw new RangeError(`a confidence level is between 0 and 1, not ${familyLevel}`);
  const level = 1 - (1 - familyLevel) / comparisons;
  return { method: comparisons === 1 ? 'none' : 'bonferroni', comparisons, level, z: zFor(level) };
}

/** Unadjusted intervals, each at `level` (the `--per-comparison` view). */
export function perComparison(level = 0.95): Adjustment {
  return { ...bonferroni(1, level), method: 'none' };
}
