// The grading and override rules for one assessment: the same for every role, so a moderator's
// findings are graded exactly as the inspector's are.
import { FINDING_CODE, type AssessmentRecord, type ScoredAssessment } from '../domain/assessment.js';
import { error, type Diagnostic } from '../domain/diagnostic.js';
import type { Finding } from '../domain/findings.js';
import { GRADE_LABELS } from '../domain/grades.js';
import type { CaseType, GradeSource } from '../domain/types.js';
import { deriveGrade } from './derive.js';

export type AssessmentResult = { ok: true; scored: ScoredAssessment } | { ok: false; diagnostic: Diagnostic };

/** One shared all-blank code array per type: a wide row's self assessment records no findings. */
const blankCodes = new WeakMap<CaseType, Uint8Array>();

/** FINDING_CODE per criterion of the type, in its order. */
function findingCodes(type: CaseType, findings: ReadonlyMap<string, Finding>): Uint8Array {
  if (findings.size === 0) {
    let blank = blankCodes.get(type);
    if (!blank) blankCodes.set(type, (blank = new Uint8Array(type.criteria.length)));
    return blank;
  }
  const codes = new Uint8Array(type.criteria.length);
  for (let i = 0; i < type.criteria.length; i++) {
    const finding = findings.get(type.criteria[i]!.id);
    if (finding !== undefined) codes[i] = FINDING_CODE[finding];
  }
  return codes;
}

export function scoreAssessment(record: AssessmentRecord, type: CaseType): AssessmentResult {
  const { grade: derivedGrade, unmet, missing, unmetRefer } = deriveGrade(type.criteria, record.findings, type.widespread);
  const recorded = record.grade;
  const override = recorded !== null && derivedGrade !== null && recorded !== derivedGrade;
  if (override && !record.hasOverrideReason) {
    const column = record.gradeColumn ?? 'grade';
    const who = column === 'grade' ? ` (assessor ${record.role})` : '';
    return {
      ok: false,
      diagnostic: error(
        record.source.file,
        record.source.line,
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
      codes: findingCodes(type, record.findings),
      source: record.source,
    },
  };
}
