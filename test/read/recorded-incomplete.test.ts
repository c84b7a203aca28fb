// --strict's count of recorded grades over incomplete findings, and how a later part's count joins it.
import { describe, expect, it } from 'vitest';
import type { ScoredAssessment } from '../../src/domain/assessment.js';
import { RecordedIncomplete } from '../../src/read/recorded-incomplete.js';

function scored(gradeSource: ScoredAssessment['gradeSource'], missing: string[], codes: number[]): ScoredAssessment {
  return {
    role: 'independent',
    auditor: null,
    grade: 'good',
    derivedGrade: null,
    gradeSource,
    override: false,
    unmet: [],
    partly: [],
    missing,
    referredBack: false,
    referralSuggested: false,
    codes: Uint8Array.from(codes),
    source: { file: 'f.csv', line: 2 },
  };
}

describe('RecordedIncomplete', () => {
  it('counts recorded grades whose findings are given in part, naming the first', () => {
    const r = new RecordedIncomplete();
    r.note(scored('recorded', ['A2'], [1, 0]), 'C1');
    r.note(scored('recorded', ['A1', 'A2'], [0, 0]), 'C2'); // no findings at all: a judgement, not a gap
    r.note(scored('derived', ['A2'], [1, 0]), 'C3');
    r.note(scored('recorded', ['A2'], [2, 0]), 'C4');
    r.note(scored('recorded', [], [3, 3]), 'C5'); // every finding given (n/a): complete
    expect([r.count, r.first]).toEqual([2, 'C1']);
  });

  it("starts at none, with '' for the first", () => {
    const r = new RecordedIncomplete();
    expect([r.count, r.first]).toEqual([0, '']);
  });

  it("adds a later part's count, keeping the first case of the earliest part that has one", () => {
    const r = new RecordedIncomplete();
    r.absorb({ count: 0, first: '' });
    r.absorb({ count: 2, first: 'C7' });
    r.absorb({ count: 1, first: 'C9' });
    expect([r.count, r.first]).toEqual([3, 'C7']);
  });
});
