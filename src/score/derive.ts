// The contract's grading rule: the grade the criteria indicate for one case.
import type { Finding } from '../domain/findings.js';
import type { Grade } from '../domain/grades.js';
import type { Criterion } from '../domain/types.js';
import { FINDING_CODE } from '../domain/assessment.js';

export interface Derivation {
  /** null when any applicable criterion lacks a finding, or none applies. */
  grade: Grade | null;
  unmet: string[];
  missing: string[];
  /** Unmet criteria marked `refer: true`. */
  unmetRefer: string[];
}

export function deriveGrade(
  criteria: readonly Criterion[],
  findings: ReadonlyMap<string, Finding>,
  widespread: number,
  /** Filled with FINDING_CODE per criterion, when given (one pass over the findings for both). */
  codes?: Uint8Array,
): Derivation {
  const unmet: string[] = [];
  const missing: string[] = [];
  const unmetRefer: string[] = [];
  let anyApplicable = false;
  let seriousUnmet = false;
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i]!;
    const finding = findings.get(criterion.id);
    // Stryker disable next-line ConditionalExpression: equivalent, a blank finding's code is 0, as the array starts
    if (codes && finding !== undefined) codes[i] = FINDING_CODE[finding];
    if (finding === 'na') continue;
    anyApplicable = true;
    if (finding === undefined) {
      missing.push(criterion.id);
    } else if (finding === 'unmet') {
      unmet.push(criterion.id);
      if (criterion.severity === 'serious') seriousUnmet = true;
      if (criterion.refer) unmetRefer.push(criterion.id);
    }
  }
  let grade: Grade | null;
  // Never good by default: no applicable criterion, or any gap, gives no grade.
  if (missing.length > 0 || !anyApplicable) grade = null;
  else if (seriousUnmet || unmet.length >= widespread) grade = 'inadequate';
  else if (unmet.length > 0) grade = 'requires_improvement';
  else grade = 'good';
  return { grade, unmet, missing, unmetRefer };
}
