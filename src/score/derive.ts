// The derived grade of one assessment: its findings counted over the criteria that apply, then the
// programme's grading rule (score/grading-rule.ts). Never good by default: an applicable criterion
// without a finding, or none applicable at all, gives no grade.
import type { Finding } from '../domain/findings.js';
import type { Grade } from '../domain/grades.js';
import { DEFAULT_GRADING, type GradingRule } from '../domain/grading.js';
import type { Criterion } from '../domain/types.js';
import { FINDING_CODE } from '../domain/assessment.js';
import { applyRules, type FindingTally } from './grading-rule.js';

export interface Derivation {
  /** null when any applicable criterion lacks a finding, or none applies. */
  grade: Grade | null;
  unmet: string[];
  /** Criteria partly met (only a programme with `partly` findings has any). */
  partly: string[];
  missing: string[];
  /** Unmet criteria marked `refer: true`. */
  unmetRefer: string[];
}

export interface DeriveOptions {
  /** The programme's rule (default the 2017 one). */
  rules?: readonly GradingRule[];
  /** Filled with FINDING_CODE per criterion (one pass over the findings for both). */
  codes?: Uint8Array;
}

export function deriveGrade(
  type: { criteria: readonly Criterion[]; widespread: number },
  findings: ReadonlyMap<string, Finding>,
  options: DeriveOptions = {},
): Derivation {
  const { criteria } = type;
  const { codes } = options;
  const unmet: string[] = [];
  const partly: string[] = [];
  const missing: string[] = [];
  const unmetRefer: string[] = [];
  const tally: FindingTally = { applicable: 0, met: 0, unmet: 0, seriousUnmet: 0, partly: 0, seriousPartly: 0 };
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i]!;
    const finding = findings.get(criterion.id);
    // Stryker disable next-line ConditionalExpression: equivalent, a blank finding's code is 0, as the array starts
    if (codes && finding !== undefined) codes[i] = FINDING_CODE[finding];
    if (finding === 'na') continue;
    tally.applicable++;
    const serious = criterion.severity === 'serious';
    if (finding === undefined) {
      missing.push(criterion.id);
    } else if (finding === 'met') {
      tally.met++;
    } else if (finding === 'unmet') {
      unmet.push(criterion.id);
      tally.unmet++;
      if (serious) tally.seriousUnmet++;
      if (criterion.refer) unmetRefer.push(criterion.id);
    } else {
      partly.push(criterion.id);
      tally.partly++;
      if (serious) tally.seriousPartly++;
    }
  }
  const grade = missing.length > 0 || tally.applicable === 0 ? null : applyRules(options.rules ?? DEFAULT_GRADING, tally, type.widespread);
  return { grade, unmet, partly, missing, unmetRefer };
}
