// The grading rule as data (programme.yaml `grading:`), interpreted: the first rule whose conditions
// all hold gives the grade. Only assessments with every applicable criterion found reach it.
import type { Grade } from '../domain/grades.js';
import type { AtLeast, Conditions, GradingRule } from '../domain/grading.js';

/** What the conditions count, over an assessment's applicable criteria. */
export interface FindingTally {
  applicable: number;
  met: number;
  unmet: number;
  seriousUnmet: number;
  partly: number;
  seriousPartly: number;
}

const reaches = (count: number, least: AtLeast | undefined, widespread: number): boolean =>
  least === undefined || count >= (least === 'widespread' ? widespread : least);

/** Whether every condition holds for this tally (`widespread`: the case type's). */
function holds(conditions: Conditions, t: FindingTally, widespread: number): boolean {
  return (
    reaches(t.unmet, conditions.unmet, widespread) &&
    reaches(t.seriousUnmet, conditions.seriousUnmet, widespread) &&
    reaches(t.partly, conditions.partly, widespread) &&
    reaches(t.seriousPartly, conditions.seriousPartly, widespread) &&
    reaches(t.unmet + t.partly, conditions.notMet, widespread) &&
    (conditions.metShareBelow === undefined || t.met < conditions.metShareBelow * t.applicable)
  );
}

/** The grade of the first rule that holds; the last rule has no conditions, so one always does. */
export function applyRules(rules: readonly GradingRule[], t: FindingTally, widespread: number): Grade {
  for (const rule of rules) if (rule.if === undefined || holds(rule.if, t, widespread)) return rule.grade;
  // A programme's rule list is checked to end with a rule without conditions (load/criteria).
  throw new Error('the grading rule gave no grade: its last rule must have no conditions');
}
