// The grading and override rules for one assessment: the same for every role, so a moderator's
// findings are graded exactly as the inspector's are.
import { FINDING_CODE, type AssessmentRecord, type ScoredAssessment } from '../domain/assessment.js';
import { errorAt, type Diagnostic } from '../domain/diagnostic.js';
import type { Finding } from '../domain/findings.js';
import type { CaseType, GradeSource } from '../domain/types.js';
import { deriveGrade, type Derivation } from './derive.js';
import type { Scoring } from './scoring.js';

export type AssessmentResult = { ok: true; scored: ScoredAssessment } | { ok: false; diagnostic: Diagnostic };

/** A set of findings as the grading rule sees it: shared by every assessment with the same findings. */
interface Interned {
  codes: Uint8Array;
  derivation: Derivation;
}

/** Per type: interned findings keyed by their codes read as a number (base 4, or 5 with partly met). */
const internedByType = new WeakMap<CaseType, Map<number, Interned>>();
/** Types with more criteria than fit a key (Scoring.maxKeyed), and tables that are full, compute each time. */
const MAX_INTERNED = 4096;

/**
 * FINDING_CODE per criterion of the type, in its order, and the derivation. Register data repeats a
 * few hundred combinations of findings, so both are built once per combination: no arrays per row.
 */
function intern(type: CaseType, findings: ReadonlyMap<string, Finding>, scoring: Scoring): Interned {
  const criteria = type.criteria;
  // Past maxKeyed the key would lose digits (test/score/interned.test.ts has 30 criteria);
  // building every time, or from 15, only loses the cache (two equivalent mutants, docs/mutation.md).
  if (criteria.length > scoring.maxKeyed) return build(type, findings, scoring);
  const { base } = scoring;
  let key = 0;
  for (let i = 0; i < criteria.length; i++) {
    // Stryker disable next-line ConditionalExpression: equivalent, get on an empty map gives undefined too
    const finding = findings.size === 0 ? undefined : findings.get(criteria[i]!.id);
    // Stryker disable next-line ArithmeticOperator: equivalent, key / base + code and key * base - code are one-to-one as well
    key = key * base + (finding === undefined ? FINDING_CODE.none : FINDING_CODE[finding]);
  }
  let table = internedByType.get(type);
  // Stryker disable next-line ConditionalExpression: equivalent, a new table each time only loses the cache
  if (!table) internedByType.set(type, (table = new Map()));
  let entry = table.get(key);
  // Stryker disable next-line ConditionalExpression: equivalent, building again gives the same codes and derivation
  if (!entry) {
    entry = build(type, findings, scoring);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the cap only bounds the cache's memory
    if (table.size < MAX_INTERNED) table.set(key, entry);
  }
  return entry;
}

function build(type: CaseType, findings: ReadonlyMap<string, Finding>, scoring: Scoring): Interned {
  const codes = new Uint8Array(type.criteria.length);
  return { derivation: deriveGrade(type, findings, { rules: scoring.rules, codes }), codes };
}

export function scoreAssessment(record: AssessmentRecord, type: CaseType, scoring: Scoring): AssessmentResult {
  const { codes, derivation } = intern(type, record.findings, scoring);
  const { grade: derivedGrade, unmet, partly, missing, unmetRefer } = derivation;
  const { scale } = scoring;
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
        `case "${record.caseId}": ${column} "${scale.tableLabel(recorded)}"${who} differs from the grade the criteria give ` +
          `("${scale.tableLabel(derivedGrade)}"); an override needs an override_reason`,
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
      partly,
      missing,
      referredBack: record.referredBack,
      referralSuggested: unmetRefer.length > 0 && !record.referredBack,
      codes,
      source: record.source,
    },
  };
}
