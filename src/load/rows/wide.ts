// The wide form's meaning in the assessment model: one row is a `self` assessment with a recorded
// grade only (when self_grade is filled in) and an `independent` one with the grade and findings;
// an `auditor` column names who audited the row, so `--by auditor` means the same in every form.
// Loaders read a wide row's cells into a WideRow and hand on these records; nothing downstream
// knows the wide form.
import { INDEPENDENT, SELF, type AssessmentRecord } from '../../domain/assessment.js';
import type { Finding } from '../../domain/findings.js';
import type { Grade } from '../../domain/grades.js';
import type { Source } from '../../domain/types.js';

/** A wide row's cells as read: a loader's intermediate, never handed on. */
export interface WideRow {
  round: string | null;
  caseId: string;
  caseType: string;
  /** The `auditor` column: who audited the row, the code of both its assessments. */
  auditor: string | null;
  selfGrade: Grade | null;
  independentGrade: Grade | null;
  hasOverrideReason: boolean;
  referredBack: boolean;
  findings: ReadonlyMap<string, Finding>;
  extra?: ReadonlyArray<readonly [string, string]>;
  source: Source;
}

const NO_FINDINGS: ReadonlyMap<string, Finding> = new Map();

/** The row's assessments: [self, independent], or [independent] when self_grade is blank. */
export function wideAssessments(row: WideRow): AssessmentRecord[] {
  const independent: AssessmentRecord = {
    round: row.round,
    caseId: row.caseId,
    caseType: row.caseType,
    role: INDEPENDENT,
    auditor: row.auditor,
    grade: row.independentGrade,
    findings: row.findings,
    hasOverrideReason: row.hasOverrideReason,
    referredBack: row.referredBack,
    source: row.source,
    gradeColumn: 'independent_grade',
  };
  if (row.extra) independent.extra = row.extra;
  if (row.selfGrade === null) return [independent];
  const self: AssessmentRecord = {
    round: row.round,
    caseId: row.caseId,
    caseType: row.caseType,
    role: SELF,
    auditor: row.auditor,
    grade: row.selfGrade,
    findings: NO_FINDINGS,
    hasOverrideReason: false,
    referredBack: false,
    source: row.source,
    gradeColumn: 'self_grade',
  };
  return [self, independent];
}

/** A wide row's independent assessment (always its last record). */
export const independentOf = (records: readonly AssessmentRecord[]): AssessmentRecord => records[records.length - 1]!;

/** A wide row's self grade (null: blank). */
export const selfGradeOf = (records: readonly AssessmentRecord[]): Grade | null => (records.length > 1 ? records[0]!.grade : null);
