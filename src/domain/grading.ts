// A programme's grading rule (programme.yaml `grading:`): an ordered list of rules, the first whose
// conditions all hold giving the derived grade; the last has no conditions and catches every other
// case. The rule only sees an assessment with every applicable criterion found (score/derive.ts).
import type { Grade } from './grades.js';

/** "At least N": a whole number, or the case type's `grading.widespread`. */
export type AtLeast = number | 'widespread';

export interface Conditions {
  /** Unmet criteria, any severity. */
  unmet?: AtLeast;
  seriousUnmet?: AtLeast;
  partly?: AtLeast;
  seriousPartly?: AtLeast;
  /** Unmet and partly met together. */
  notMet?: AtLeast;
  /** Fewer than this share of the applicable criteria met (0 < F <= 1). */
  metShareBelow?: number;
}

export interface GradingRule {
  grade: Grade;
  /** Absent: every other case (the last rule). */
  if?: Conditions;
}

/** The 2017 rule: a serious criterion unmet, or widespread failure, is inadequate; any unmet requires improvement. */
export const DEFAULT_GRADING: readonly GradingRule[] = [
  { grade: 'inadequate', if: { seriousUnmet: 1 } },
  { grade: 'inadequate', if: { unmet: 'widespread' } },
  { grade: 'requires_improvement', if: { unmet: 1 } },
  { grade: 'good' },
];

/** A case type's programme area (programme.yaml `areas:`): a theme that cuts across case types. */
export interface Area {
  id: string;
  title: string;
}
