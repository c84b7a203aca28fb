// The wide form's meaning in the assessment model: one row is a `self` assessment with a recorded
// grade only (when self_grade is filled in) and an `independent` one with the grade and findings.
import { INDEPENDENT, SELF, type AssessmentRecord } from '../domain/assessment.js';
import type { Finding } from '../domain/findings.js';
import type { CaseRecord } from '../domain/types.js';

const NO_FINDINGS: ReadonlyMap<string, Finding> = new Map();

export function wideAssessments(record: CaseRecord): AssessmentRecord[] {
  const round = record.round ?? null;
  const independent: AssessmentRecord = {
    round,
    caseId: record.caseId,
    caseType: record.caseType,
    role: INDEPENDENT,
    auditor: null,
    grade: record.independentGrade,
    findings: record.findings,
    hasOverrideReason: record.hasOverrideReason,
    referredBack: record.referredBack,
    source: record.source,
    gradeColumn: 'independent_grade',
  };
  if (record.extra) independent.extra = record.extra;
  if (record.selfGrade === null) return [independent];
  const self: AssessmentRecord = {
    round,
    caseId: record.caseId,
    caseType: record.caseType,
    role: SELF,
    auditor: null,
    grade: record.selfGrade,
    findings: NO_FINDINGS,
    hasOverrideReason: false,
    referredBack: false,
    source: record.source,
    gradeColumn: 'self_grade',
  };
  return [self, independent];
}
