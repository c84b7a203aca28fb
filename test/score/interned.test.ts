// Scoring shares one codes array and derivation per set of findings (score-assessment.ts): across
// many assessments, in any order, each must still be scored as the grading rule scores it alone.
import { SCORING_2017 } from '../helpers/criteria.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_CODE, INDEPENDENT, type AssessmentRecord } from '../../src/domain/assessment.js';
import type { Finding } from '../../src/domain/findings.js';
import type { CaseType, Criterion } from '../../src/domain/types.js';
import { deriveGrade } from '../../src/score/derive.js';
import { scoreAssessment } from '../../src/score/score-assessment.js';
import { propertyRuns } from '../helpers/quick.js';

const typeOf = (n: number): CaseType => ({
  id: `t${n}`,
  title: `t${n}`,
  aliases: [],
  report: { table: 1, label: 'T', caption: 'T' },
  criteria: Array.from({ length: n }, (_, i): Criterion => ({
    id: `C${i}`,
    text: '',
    severity: i % 3 === 0 ? 'serious' : 'expected',
    refer: i % 2 === 0,
  })),
  widespread: 2,
  file: 't.yaml',
});
// 16 criteria: past the keyed limit, computed each time.
const TYPES = [typeOf(1), typeOf(5), typeOf(15), typeOf(16)];

const record = (findings: Map<string, Finding>): AssessmentRecord => ({
  round: null,
  caseId: 'C1',
  caseType: 't',
  role: INDEPENDENT,
  auditor: null,
  grade: null,
  findings,
  hasOverrideReason: false,
  referredBack: false,
  source: { file: 'f.csv', line: 2 },
});

const finding = fc.constantFrom<Finding | undefined>('met', 'unmet', 'na', undefined);
const assessments = fc.array(
  fc
    .integer({ min: 0, max: TYPES.length - 1 })
    .chain((t) => fc.tuple(fc.constant(TYPES[t]!), fc.array(finding, { minLength: 16, maxLength: 16 }))),
  { minLength: 1, maxLength: 60 },
);

describe('interned scoring', () => {
  it('gives every assessment the codes and derivation of its own findings', () => {
    fc.assert(
      fc.property(assessments, (list) => {
        for (const [type, picks] of list) {
          const findings = new Map<string, Finding>();
          type.criteria.forEach((c, i) => picks[i] && findings.set(c.id, picks[i]!));
          const result = scoreAssessment(record(findings), type, SCORING_2017);
          if (!result.ok) throw new Error('no grade was recorded, so no override');
          const alone = deriveGrade(type, findings);
          expect([...result.scored.codes]).toEqual(type.criteria.map((c) => FINDING_CODE[findings.get(c.id) ?? 'none']));
          expect({ grade: result.scored.derivedGrade, unmet: result.scored.unmet, missing: result.scored.missing }).toEqual({
            grade: alone.grade,
            unmet: alone.unmet,
            missing: alone.missing,
          });
          expect(result.scored.referralSuggested).toBe(alone.unmetRefer.length > 0);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('scores a type with 30 criteria without sharing: findings that differ only in the last are apart', () => {
    // A base-4 key of 30 findings is past 2^53: read as a number, the last finding would be lost.
    const type = typeOf(30);
    const allMet = new Map<string, Finding>(type.criteria.map((c) => [c.id, 'met']));
    const lastUnmet = new Map(allMet).set('C29', 'unmet');
    const grades = [allMet, lastUnmet, allMet].map((findings) => {
      const result = scoreAssessment(record(findings), type, SCORING_2017);
      return result.ok ? [result.scored.derivedGrade, result.scored.unmet] : result.diagnostic.message;
    });
    expect(grades).toEqual([
      ['good', []],
      ['requires_improvement', ['C29']],
      ['good', []],
    ]);
  });
});
