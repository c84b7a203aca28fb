// An assembled case seen the way the wide form sees it: the independent assessment's grade and
// findings, with the self assessment's grade beside it. Table 1 / Table 2, compare and the
// one-row-per-case score listing all read cases through this view.
import { INDEPENDENT, SELF, type AssembledCase, type ScoredAssessment } from '../domain/assessment.js';
import type { CaseType, ScoredCase } from '../domain/types.js';

export function caseView(c: AssembledCase, type: CaseType): ScoredCase {
  const self = c.assessments.get(SELF);
  const independent = c.assessments.get(INDEPENDENT);
  const selfGrade = self?.grade ?? null;
  if (independent) {
    return {
      caseId: c.caseId,
      caseType: c.caseType,
      selfGrade,
      grade: independent.grade,
      derivedGrade: independent.derivedGrade,
      gradeSource: independent.gradeSource,
      override: independent.override,
      unmet: independent.unmet,
      missing: independent.missing,
      referredBack: independent.referredBack,
      referralSuggested: independent.referralSuggested,
      source: independent.source,
    };
  }
  // No independent assessment: ungraded, as a wide row with a self grade and no findings is.
  const first = c.assessments.values().next().value as ScoredAssessment;
  return {
    caseId: c.caseId,
    caseType: c.caseType,
    selfGrade,
    grade: null,
    derivedGrade: null,
    gradeSource: 'none',
    override: false,
    unmet: [],
    missing: type.criteria.map((cr) => cr.id),
    referredBack: false,
    referralSuggested: false,
    source: first.source,
  };
}

/** The grade that makes a case graded in the accounting: its independent grade. */
export function independentGrade(c: AssembledCase) {
  return c.assessments.get(INDEPENDENT)?.grade ?? null;
}
