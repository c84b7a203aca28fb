// The assessment store keeps each assessment as typed-array cells and a code arena: what goes in
// must come back out exactly, in the order read, joined by case.
import { describe, expect, it } from 'vitest';
import { AssessmentStore } from '../../src/assemble/store.js';
import type { ScoredAssessment } from '../../src/domain/assessment.js';
import { smallCriteria } from '../helpers/criteria.js';

const criteria = smallCriteria();

function assessment(role: string, extra: Partial<ScoredAssessment> = {}): ScoredAssessment {
  return {
    role,
    auditor: null,
    grade: null,
    derivedGrade: null,
    gradeSource: 'none',
    override: false,
    unmet: [],
    partly: [],
    missing: ['A1', 'A2', 'A3'],
    referredBack: false,
    referralSuggested: false,
    codes: new Uint8Array([0, 0, 0]),
    source: { file: 'a.csv', line: 2 },
    ...extra,
  };
}

describe('AssessmentStore', () => {
  it('gives back every field of every assessment, cases in the order first read', () => {
    const store = new AssessmentStore(criteria, [null]);
    const overridden = assessment('independent', {
      auditor: 'A12',
      grade: 'inadequate',
      derivedGrade: 'requires_improvement',
      gradeSource: 'override',
      override: true,
      unmet: ['A2'],
      missing: [],
      referredBack: true,
      codes: new Uint8Array([1, 2, 3]),
      source: { file: 'b.csv', line: 9 },
    });
    const selfOnly = assessment('self', { grade: 'good', gradeSource: 'recorded', source: { file: 'a.csv', line: 3 } });
    const suggested = assessment('moderator', {
      auditor: 'Z1',
      grade: 'inadequate',
      derivedGrade: 'inadequate',
      gradeSource: 'derived',
      unmet: ['A1'],
      missing: [],
      referralSuggested: true,
      codes: new Uint8Array([2, 1, 1]),
      source: { file: 'c.csv', line: 4 },
    });
    const x = store.open('X', 'X', 'alpha', 0);
    const y = store.open('Y', 'Y', 'alpha', 0);
    store.add(y, selfOnly);
    store.add(x, overridden);
    store.add(x, suggested);
    const cases = [...store.cases()];
    expect(cases.map((c) => [c.caseId, [...c.assessments.keys()]])).toEqual([
      ['X', ['independent', 'moderator']],
      ['Y', ['self']],
    ]);
    expect(cases[0]!.assessments.get('independent')).toEqual(overridden);
    expect(cases[0]!.assessments.get('moderator')).toEqual(suggested);
    expect(cases[1]!.assessments.get('self')).toEqual(selfOnly);
    expect(store.gradedFlags()).toEqual([1, 0]);
  });

  it('reports a second type or a second assessment by the same role, with the first place', () => {
    const store = new AssessmentStore(criteria, [null]);
    const c = store.open('K', 'K', 'alpha', 0);
    store.add(c, assessment('self', { source: { file: 'a.csv', line: 7 } }));
    expect(store.clash(c, 'beta', 'independent')).toEqual({ kind: 'type', first: { file: 'a.csv', line: 7 }, firstType: 'alpha' });
    expect(store.clash(c, 'alpha', 'self')).toEqual({ kind: 'role', first: { file: 'a.csv', line: 7 }, firstType: 'alpha', role: 'self' });
    expect(store.clash(c, 'alpha', 'independent')).toBeUndefined();
  });

  it('holds many assessments across code-arena pages', () => {
    const store = new AssessmentStore(criteria, [null]);
    const n = 400_000; // 3 codes each: more than one 1 MB page
    for (let i = 0; i < n; i++) {
      const c = store.open(`C${i}`, `C${i}`, 'alpha', 0);
      store.add(c, assessment('independent', { codes: new Uint8Array([i % 4, (i >> 2) % 4, (i >> 4) % 4]) }));
    }
    let i = 0;
    let wrong = 0;
    for (const c of store.cases()) {
      const codes = c.assessments.get('independent')!.codes;
      if (codes[0] !== i % 4 || codes[1] !== (i >> 2) % 4 || codes[2] !== (i >> 4) % 4) wrong++;
      i++;
    }
    expect([i, wrong]).toEqual([n, 0]);
  });
});
