// Assembled cases written inline: findings as a string of codes, one letter per criterion in the
// type's order (m met, p partly met, u unmet, n not applicable, . no finding).
import { FINDING_CODE, type AssembledCase, type ScoredAssessment } from '../../src/domain/assessment.js';
import type { Grade } from '../../src/domain/grades.js';

const LETTER: Record<string, number> = {
  m: FINDING_CODE.met,
  p: FINDING_CODE.partly,
  u: FINDING_CODE.unmet,
  n: FINDING_CODE.na,
  '.': FINDING_CODE.none,
};

export const codes = (letters: string) => Uint8Array.from([...letters].map((l) => LETTER[l]!));

export interface AssessmentSpec {
  grade: Grade | null;
  auditor?: string | null;
  findings?: string;
}

function assessment(role: string, spec: AssessmentSpec): ScoredAssessment {
  return {
    role,
    auditor: spec.auditor ?? null,
    grade: spec.grade,
    derivedGrade: null,
    gradeSource: spec.grade === null ? 'none' : 'recorded',
    override: false,
    unmet: [],
    partly: [],
    missing: [],
    referredBack: false,
    referralSuggested: false,
    codes: codes(spec.findings ?? ''),
    source: { file: 'cases.csv', line: 2 },
  };
}

export function assembled(
  caseId: string,
  caseType: string,
  roles: Record<string, AssessmentSpec>,
  round: string | null = null,
): AssembledCase {
  return { round, caseId, caseType, assessments: new Map(Object.entries(roles).map(([role, spec]) => [role, assessment(role, spec)])) };
}
