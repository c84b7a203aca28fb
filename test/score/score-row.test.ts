// A wide row's assessments through the grading rules, seen as the score listing shows the case:
// recorded grades, overrides, ungraded cases, suggested referral.
import { SCORING_2017 } from '../helpers/criteria.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/findings.js';
import type { Grade } from '../../src/domain/grades.js';
import type { CaseType } from '../../src/domain/types.js';
import { wideAssessments, type WideRow } from '../../src/load/rows/wide.js';
import { scoreRow } from '../../src/score/score-row.js';
import { caseRow } from '../../src/summarise/score/score-listing.js';

const TYPE: CaseType = {
  id: 'domestic-abuse',
  title: 'Domestic abuse',
  aliases: ['da'],
  report: { table: 4, label: 'DA', caption: 'DA cases' },
  criteria: [
    { id: 'DA1', text: 'seen', severity: 'serious', refer: true },
    { id: 'DA2', text: 'demeanour', severity: 'expected', refer: false },
  ],
  widespread: 3,
  file: 'criteria/domestic-abuse.yaml',
};

function record(findings: Record<string, Finding>, extra: { independent?: Grade; reason?: boolean; referred?: boolean } = {}): WideRow {
  return {
    round: null,
    caseId: 'C1',
    caseType: 'domestic-abuse',
    auditor: null,
    selfGrade: 'good',
    independentGrade: extra.independent ?? null,
    hasOverrideReason: extra.reason ?? false,
    referredBack: extra.referred ?? false,
    findings: new Map(Object.entries(findings)),
    source: { file: 'cases.csv', line: 7 },
  };
}

/** The row scored; ok with the case as the listing shows it, or the diagnostic that rejects it. */
function scoreCase(row: WideRow, type: CaseType) {
  const scored = scoreRow(wideAssessments(row), type, SCORING_2017);
  if (!(scored instanceof Map)) return { ok: false as const, diagnostic: scored };
  return { ok: true as const, scored: caseRow({ round: null, caseId: row.caseId, caseType: type.id, assessments: scored }, type) };
}

describe('scoreRow on a wide row', () => {
  it('uses the derived grade when nothing is recorded', () => {
    const r = scoreCase(record({ DA1: 'met', DA2: 'unmet' }), TYPE);
    expect(r.ok && r.scored).toMatchObject({
      grade: 'requires_improvement',
      derivedGrade: 'requires_improvement',
      gradeSource: 'derived',
      override: false,
      unmet: ['DA2'],
    });
  });

  it('scores a case with no self grade the same way, from its independent assessment', () => {
    const r = scoreCase({ ...record({ DA1: 'met', DA2: 'unmet' }), selfGrade: null }, TYPE);
    expect(r.ok && r.scored).toMatchObject({
      caseId: 'C1',
      selfGrade: null,
      grade: 'requires_improvement',
      gradeSource: 'derived',
      unmet: ['DA2'],
    });
  });

  it('a recorded grade equal to the derived one is not an override', () => {
    const r = scoreCase(record({ DA1: 'met', DA2: 'met' }, { independent: 'good' }), TYPE);
    expect(r.ok && r.scored).toMatchObject({ grade: 'good', gradeSource: 'derived', override: false });
  });

  it('a recorded grade that differs, with a reason, stands and is flagged as an override', () => {
    const r = scoreCase(record({ DA1: 'met', DA2: 'unmet' }, { independent: 'inadequate', reason: true }), TYPE);
    expect(r.ok && r.scored).toMatchObject({
      grade: 'inadequate',
      derivedGrade: 'requires_improvement',
      gradeSource: 'override',
      override: true,
    });
  });

  it('an override without a reason rejects the case at its line, naming both grades', () => {
    const r = scoreCase(record({ DA1: 'met', DA2: 'unmet' }, { independent: 'good' }), TYPE);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostic).toMatchObject({ file: 'cases.csv', line: 7, rule: 'override-without-reason' });
      expect(r.diagnostic.message).toContain('override_reason');
      expect(r.diagnostic.message).toContain('Requiring improvement');
    }
  });

  it('a recorded grade with incomplete findings is used and shown as recorded', () => {
    const r = scoreCase(record({ DA1: 'met' }, { independent: 'good' }), TYPE);
    expect(r.ok && r.scored).toMatchObject({
      grade: 'good',
      derivedGrade: null,
      gradeSource: 'recorded',
      override: false,
      missing: ['DA2'],
    });
  });

  it('no recorded grade and incomplete findings: ungraded, with the missing criteria', () => {
    const r = scoreCase(record({}), TYPE);
    expect(r.ok && r.scored).toMatchObject({ grade: null, gradeSource: 'none', missing: ['DA1', 'DA2'] });
  });

  it('an unmet refer criterion suggests referral unless already referred back', () => {
    const suggested = scoreCase(record({ DA1: 'unmet', DA2: 'met' }), TYPE);
    expect(suggested.ok && suggested.scored.referralSuggested).toBe(true);
    const referred = scoreCase(record({ DA1: 'unmet', DA2: 'met' }, { referred: true }), TYPE);
    expect(referred.ok && referred.scored).toMatchObject({ referralSuggested: false, referredBack: true });
    const unmetExpected = scoreCase(record({ DA1: 'met', DA2: 'unmet' }), TYPE);
    expect(unmetExpected.ok && unmetExpected.scored.referralSuggested).toBe(false);
  });
});
