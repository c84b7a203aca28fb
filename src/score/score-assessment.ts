// The grading and override rules for one assessment: the same for every role, so a moderator's
// findings are graded exactly as the inspector's are.
import type { AssessmentRecord, ScoredAssessment } from '../domain/assessment.js';
import { errorAt, type Diagnostic } from '../domain/diagnostic.js';
import type { Finding } from '../domain/findings.js';
import { GRADE_LABELS } from '../domain/grades.js';
import type { CaseType, GradeSource } from '../domain/types.js';
import { deriveGrade, type Derivation } from './derive.js';

export type AssessmentResult = { ok: true; scored: ScoredAssessment } | { ok: false; diagnostic: Diagnostic };

/**
 * No findings at all (a wide row's self grade): every criterion missing, no derived grade, all
 * codes blank. Shared per type: most self assessments are exactly this.
 */
const blanks = new WeakMap<CaseType, { derivation: Derivation; codes: Uint8Array }>();

function derive(type: CaseType, findings: ReadonlyMap<string, Finding>): { derivation: Derivation; codes: Uint8Array } {
  if (findings.size > 0) {
    const codes = new Uint8Array(type.criteria.length);
    return { derivation: deriveGrade(type.criteria, findings, type.widespread, codes), codes };
  }
  let blank = blanks.get(type);
  if (!blank) blanks.set(type, (blank = { derivation: deriveGrade(type.criteria, findings, type.widespread), codes: new Uint8Array(type.criteria.length) }));
  return blank;
}

export function scoreAssessment(record: AssessmentRecord, type: CaseType): AssessmentResult {
  const { derivation, codes } = derive(type, record.findings);
  const { grade: derivedGrade, unmet, missing, unmetRefer } = derivation;
  const recorded = record.grade;
  const override = recorded !== null && derivedGrade !== null && recorded !== derivedGrade;
  if (override && !record.hasOverrideReason) {
    const column = record.gradeColumn ?? 'grade';
    const who = column === 'grade' ? ` (assessor ${record.role})` : '';
    return {
      ok: false,
      diagnostic: errorAt(
        record.source,
        'override-without-reason',
        `case "${record.caseId}": ${column} "${GRADE_LABELS[recorded]}"${who} differs from the grade the criteria give ` +
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
      role: record.role,
      auditor: record.auditor,
      grade: recorded ?? derivedGrade,
      derivedGrade,
      gradeSource,
      override,
      unmet,
      missing,
      referredBack: record.referredBack,
      referralSuggested: unmetRefer.length > 0 && !record.referredBack,
      codes,
      source: record.source,
    },
  };
}
