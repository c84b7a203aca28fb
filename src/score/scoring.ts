// What scoring needs of a programme, found once per programme: its grading rule, its scale (for
// messages), and how findings are keyed for the cache of derivations (score-assessment.ts).
import type { GradingRule } from '../domain/grading.js';
import { findingsOf, scaleOf } from '../domain/programme.js';
import type { Scale } from '../domain/scale.js';
import type { Programme } from '../domain/types.js';

export interface Scoring {
  rules: readonly GradingRule[];
  scale: Scale;
  /**
   * Findings read as a number in this base (FINDING_CODE per criterion): 4 codes without partly
   * met, 5 with. Keys stay below 2^30, a V8 small integer: 15 criteria in base 4, 12 in base 5.
   */
  base: number;
  maxKeyed: number;
}

const made = new WeakMap<Programme, Scoring>();

export function scoringOf(programme: Programme): Scoring {
  let scoring = made.get(programme);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache: the same scoring made again
  if (!scoring) {
    const partly = findingsOf(programme).partly;
    scoring = { rules: programme.grading, scale: scaleOf(programme), base: partly ? 5 : 4, maxKeyed: partly ? 12 : 15 };
    made.set(programme, scoring);
  }
  return scoring;
}
