// A wide-form record scored as one case: its independent assessment graded, its self grade beside it.
import type { Diagnostic } from '../domain/diagnostic.js';
import type { CaseRecord, CaseType, ScoredCase } from '../domain/types.js';
import { wideAssessments } from '../load/wide.js';
import { scoreAssessment } from './score-assessment.js';

export type ScoreResult = { ok: true; scored: ScoredCase } | { ok: false; diagnostic: Diagnostic };

export function scoreCase(record: CaseRecord, type: CaseType): ScoreResult {
  const independent = wideAssessments(record).at(-1)!;
  const result = scoreAssessment(independent, type);
  if (!result.ok) return result;
  const s = result.scored;
  return {
    ok: true,
    scored: {
      caseId: record.caseId,
      caseType: type.id,
      selfGrade: record.selfGrade,
      grade: s.grade,
      derivedGrade: s.derivedGrade,
      gradeSource: s.gradeSource,
      override: s.override,
      unmet: s.unmet,
      missing: s.missing,
      referredBack: s.referredBack,
      referralSuggested: s.referralSuggested,
      source: s.source,
    },
  };
}
