// Assessments: the unit of the model. A case (one round, one id, one type) carries one assessment
// per assessor role: the force's own auditor (`self`), the inspectorate (`independent`), and any
// role programme.yaml declares (a moderator...). The grading and override rules run per assessment.
//
// Data flows load -> assemble -> score -> summarise: loaders emit AssessmentRecords (a wide-form
// row gives two: self with its grade only, independent with grade and findings); assemble keys them
// by (round, case id) and rejects clashes; each assessment is scored; folds read AssembledCases.
import type { Finding } from './findings.js';
import type { Grade } from './grades.js';
import type { GradeSource, Source } from './types.js';

/** The roles every programme has. */
export const SELF = 'self';
export const INDEPENDENT = 'independent';
export const BUILT_IN_ROLES = [SELF, INDEPENDENT] as const;

/** A role id: `self`, `independent` or one declared under `roles:` in programme.yaml. */
export type Role = string;

/** A role and the words tables print for it ("Gloucestershire Constabulary", "HMIC", "Moderator"). */
export interface RoleLabel {
  role: Role;
  label: string;
}

/**
 * One assessment as read. Free text (notes, override_reason) is never kept: only whether a reason
 * was given. `round` is null when no round is named (every single-round input).
 */
export interface AssessmentRecord {
  round: string | null;
  caseId: string;
  /** The case type's id (aliases and titles already resolved). */
  caseType: string;
  role: Role;
  /** A staff code (A12); never a child's details. */
  auditor: string | null;
  /** The assessor's recorded grade. */
  grade: Grade | null;
  findings: ReadonlyMap<string, Finding>;
  hasOverrideReason: boolean;
  referredBack: boolean;
  /** Columns carried along from a register (team, opened...), in file order. */
  extra?: ReadonlyArray<readonly [string, string]>;
  source: Source;
  /** The column or key the grade was read from (`independent_grade`, `grade`), for messages. */
  gradeColumn?: string;
}

/**
 * Findings as one small code per criterion of the case's type, in the type's criteria order:
 * compact enough to hold hundreds of thousands of assessments for a join.
 */
export const FINDING_CODE = { none: 0, met: 1, unmet: 2, na: 3, partly: 4 } as const;

/** One assessment after the grading rule has run over it. */
export interface ScoredAssessment {
  role: Role;
  auditor: string | null;
  /** The grade used: recorded where there is one, else derived. */
  grade: Grade | null;
  derivedGrade: Grade | null;
  gradeSource: GradeSource;
  override: boolean;
  /** Criterion ids, in the type's order. */
  unmet: string[];
  /** Criterion ids partly met (a programme with `partly` findings). */
  partly: string[];
  missing: string[];
  referredBack: boolean;
  referralSuggested: boolean;
  /** FINDING_CODE per criterion of the type (`type.criteria[i]`). */
  codes: Uint8Array;
  source: Source;
}

/** A case with every assessment of it, after the join. */
export interface AssembledCase {
  round: string | null;
  caseId: string;
  caseType: string;
  /** In the order first read. */
  assessments: ReadonlyMap<Role, ScoredAssessment>;
  /** Register columns carried along (only when a command asks for them: `sample`). */
  extra?: ReadonlyArray<readonly [string, string]>;
}

/** A case counts as graded in the accounting when its independent assessment has a grade. */
export function isGraded(c: AssembledCase): boolean {
  return (c.assessments.get(INDEPENDENT)?.grade ?? null) !== null;
}
