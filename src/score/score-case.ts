// From a case record and its type's criteria to a scored case, or the reason it is rejected.
import { errorAt, type Diagnostic } from '../domain/diagnostic.js';
import { GRADE_LABELS } from '../domain/grades.js';
import type { CaseRecord, CaseType, GradeSource, ScoredCase } from '../domain/types.js';
import { deriveGrade } from './derive.js';

export type ScoreResult = { ok: true; scored: ScoredCase } | { ok: false; diagnostic: Diagnostic };

export function scoreCase(record: CaseRecord, type: CaseType): ScoreResult {
  const { grade: derivedGrade, unmet, missing, unmetRefer } = deriveGrade(type.criteria, record.findings, type.widespread);
  const recorded = record.independentGrade;
  const override = recorded !== null && derivedGrade !== null && recorded !== derivedGrade;
  if (override && !record.hasOverrideReason) {
    return {
      ok: false,
      diagnostic: errorAt(
        record.source,
        'override-without-reason',
        `case "${record.caseId}": independent_grade "${GRADE_LABELS[recorded]}" differs from the grade the criteria give ` +
          `("${GRADE_LABELS[derivedGrade]}"); an override needs an override_reason`,
      ),
    };
  }
  let gradeSource: GradeSource;
  if (override) gradeSource = 'override';
  else if (recorded !== null && derivedGrade === null) gradeSource = 'recorded';
  else if (derivedGrade !== null) gradeSource = 'derived';
  else gradeSource = 'none';
  return {
    ok: true,
    scored: {
      caseId: record.caseId,
      caseType: type.id,
      selfGrade: record.selfGrade,
      grade: recorded ?? derivedGrade,
      derivedGrade,
      gradeSource,
      override,
      unmet,
      missing,
      referredBack: record.referredBack,
      referralSuggested: unmetRefer.length > 0 && !record.referredBack,
      source: record.source,
    },
  };
}
