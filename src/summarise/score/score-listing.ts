// The `score` listing's rows: one per case (every input wide form), or one per assessment (some
// input long form, so that no assessment's grade or unmet criteria hides behind another's).
import { INDEPENDENT, SELF, type AssembledCase, type AssessmentRecord, type ScoredAssessment } from '../../domain/assessment.js';
import type { Grade } from '../../domain/grades.js';
import type { CaseType, GradeSource } from '../../domain/types.js';

/** A case as the wide listing shows it: its independent assessment, with the self grade beside it. */
export interface CaseRow {
  caseId: string;
  caseType: string;
  selfGrade: Grade | null;
  /** The independent grade used: recorded where there is one, else derived. */
  grade: Grade | null;
  derivedGrade: Grade | null;
  gradeSource: GradeSource;
  override: boolean;
  unmet: string[];
  /** Applicable criteria with no finding. */
  missing: string[];
  referredBack: boolean;
  /** An unmet `refer` criterion, and not recorded as referred back. */
  referralSuggested: boolean;
}

export function caseRow(c: AssembledCase, type: CaseType): CaseRow {
  const selfGrade = c.assessments.get(SELF)?.grade ?? null;
  const independent = c.assessments.get(INDEPENDENT);
  if (!independent) {
    // No independent assessment: ungraded, as a wide row with a self grade and no findings is.
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
    };
  }
  const { grade, derivedGrade, gradeSource, override, unmet, missing, referredBack, referralSuggested } = independent;
  return {
    caseId: c.caseId,
    caseType: c.caseType,
    selfGrade,
    grade,
    derivedGrade,
    gradeSource,
    override,
    unmet,
    missing,
    referredBack,
    referralSuggested,
  };
}

/** One assessment of a case, for the long-form listing. */
export interface AssessmentRow {
  caseId: string;
  caseType: string;
  round: string | null;
  assessment: ScoredAssessment;
  /** The case's carried columns (team, officer...), as its first row spelt them. */
  extra?: ReadonlyArray<readonly [string, string]>;
}

export function assessmentRows(c: AssembledCase): AssessmentRow[] {
  const extra = c.extra ? { extra: c.extra } : {};
  return [...c.assessments.values()].map((assessment) => ({
    caseId: c.caseId,
    caseType: c.caseType,
    round: c.round,
    assessment,
    ...extra,
  }));
}

export function assessmentRow(a: ScoredAssessment, record: AssessmentRecord): AssessmentRow {
  return { caseId: record.caseId, caseType: record.caseType, round: record.round, assessment: a };
}
