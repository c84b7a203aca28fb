// The contract's grading rule, branch by branch.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/findings.js';
import type { Criterion } from '../../src/domain/types.js';
import { deriveGrade } from '../../src/score/derive.js';

const c = (id: string, severity: 'serious' | 'expected', refer = false): Criterion => ({ id, text: id, severity, refer });
const CRITERIA = [
  c('S1', 'serious', true),
  c('S2', 'serious'),
  c('E1', 'expected'),
  c('E2', 'expected'),
  c('E3', 'expected'),
  c('E4', 'expected'),
];
const f = (entries: Record<string, Finding>) => new Map(Object.entries(entries));
const allMet = { S1: 'met', S2: 'met', E1: 'met', E2: 'met', E3: 'met', E4: 'met' } as const;

describe('deriveGrade', () => {
  it.each([
    { name: 'every criterion met: good', findings: allMet, grade: 'good', unmet: [] },
    {
      name: 'one expected unmet: requires improvement',
      findings: { ...allMet, E1: 'unmet' },
      grade: 'requires_improvement',
      unmet: ['E1'],
    },
    {
      name: 'two expected unmet (below widespread 3): requires improvement',
      findings: { ...allMet, E1: 'unmet', E2: 'unmet' },
      grade: 'requires_improvement',
      unmet: ['E1', 'E2'],
    },
    {
      name: 'three expected unmet (widespread default 3): inadequate',
      findings: { ...allMet, E1: 'unmet', E2: 'unmet', E3: 'unmet' },
      grade: 'inadequate',
      unmet: ['E1', 'E2', 'E3'],
    },
    { name: 'one serious unmet: inadequate', findings: { ...allMet, S2: 'unmet' }, grade: 'inadequate', unmet: ['S2'] },
    { name: 'na findings are left out: good', findings: { ...allMet, E1: 'na', S1: 'na' }, grade: 'good', unmet: [] },
  ] as const)('$name', ({ findings, grade, unmet }) => {
    const d = deriveGrade({ criteria: CRITERIA, widespread: 3 }, f(findings));
    expect(d.grade).toBe(grade);
    expect(d.unmet).toEqual(unmet);
    expect(d.missing).toEqual([]);
  });

  it('an applicable criterion without a finding gives no grade and lists the missing ids', () => {
    const d = deriveGrade({ criteria: CRITERIA, widespread: 3 }, f({ S1: 'met', S2: 'unmet', E1: 'met' }));
    expect(d.grade).toBeNull();
    expect(d.missing).toEqual(['E2', 'E3', 'E4']);
  });

  it('a criterion marked na is not missing', () => {
    const d = deriveGrade({ criteria: CRITERIA, widespread: 3 }, f({ ...allMet, E4: 'na' }));
    expect(d.missing).toEqual([]);
    expect(d.grade).toBe('good');
  });

  it('every finding na: no grade, never good by default', () => {
    const d = deriveGrade({ criteria: CRITERIA, widespread: 3 }, f({ S1: 'na', S2: 'na', E1: 'na', E2: 'na', E3: 'na', E4: 'na' }));
    expect(d.grade).toBeNull();
    expect(d.missing).toEqual([]);
  });

  it('widespread comes from the criteria file: 2 makes two expected unmet inadequate', () => {
    expect(deriveGrade({ criteria: CRITERIA, widespread: 2 }, f({ ...allMet, E1: 'unmet', E2: 'unmet' })).grade).toBe('inadequate');
    expect(deriveGrade({ criteria: CRITERIA, widespread: 2 }, f({ ...allMet, E1: 'unmet' })).grade).toBe('requires_improvement');
  });

  it('widespread counts unmet criteria of any severity (4 means a serious one alone still decides)', () => {
    expect(deriveGrade({ criteria: CRITERIA, widespread: 4 }, f({ ...allMet, E1: 'unmet', E2: 'unmet', E3: 'unmet' })).grade).toBe(
      'requires_improvement',
    );
    expect(
      deriveGrade({ criteria: CRITERIA, widespread: 4 }, f({ ...allMet, E1: 'unmet', E2: 'unmet', E3: 'unmet', E4: 'unmet' })).grade,
    ).toBe('inadequate');
  });

  it('lists unmet refer criteria', () => {
    expect(deriveGrade({ criteria: CRITERIA, widespread: 3 }, f({ ...allMet, S1: 'unmet', S2: 'unmet' })).unmetRefer).toEqual(['S1']);
  });
});
