// What `validate` reports: whether every case file passed, the accounting, the ungraded cases with
// the criteria they lack, the rejected rows, and which criteria the files were checked against.
import type { Accounting } from '../../domain/accounting.js';
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';

export interface ValidateModel {
  valid: boolean;
  totals: Accounting;
  ungraded: Array<{ caseId: string; missing: string[] }>;
  rejected: Array<{ file: string; line: number; sheet?: string; col?: number; message: string }>;
  criteria: CriteriaIdentity;
}
