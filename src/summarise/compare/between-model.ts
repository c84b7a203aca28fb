// What `compare --between A,B` adds to the comparison model.
import type { Role } from '../../domain/assessment.js';
import type { AuditorAgreement } from './by-auditor.js';
import type { AuditorToReview } from './auditor-review.js';
import type { Calibration } from './calibration.js';

export interface Side {
  role: Role;
  /** The words headings print for it: the force's name, the inspectorate's, a declared label. */
  label: string;
}

export interface BetweenModel {
  /** Rows of the matrix: the role whose grades are higher or lower. */
  a: Side;
  /** Columns. */
  b: Side;
  calibration: Calibration;
  /** With `--by auditor`; null otherwise. */
  byAuditor: AuditorAgreement[] | null;
  /** With `--by auditor`: the auditors the evidence says to review (empty: none stands out); null otherwise. */
  auditorsToReview: AuditorToReview[] | null;
}
