// One row's assessments graded: every record through the grading and override rules; the row is
// rejected whole at its first assessment that breaks one.
import type { AssessmentRecord, Role, ScoredAssessment } from '../domain/assessment.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { CaseType } from '../domain/types.js';
import { scoreAssessment } from './score-assessment.js';
import type { Scoring } from './scoring.js';

export function scoreRow(records: readonly AssessmentRecord[], type: CaseType, scoring: Scoring): Map<Role, ScoredAssessment> | Diagnostic {
  const scored = new Map<Role, ScoredAssessment>();
  for (const r of records) {
    const result = scoreAssessment(r, type, scoring);
    if (!result.ok) return result.diagnostic;
    scored.set(r.role, result.scored);
  }
  return scored;
}
