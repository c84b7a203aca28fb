// The moderation draw: sizes per auditor worked by hand, the focus rule, determinism, problems.
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../src/domain/grades.js';
import { planModeration, sizeFor, type Marked, type ModerationRequest } from '../../src/summarise/sample/moderation-plan.js';

/** n cases of one auditor, the first `inadequate` of them graded inadequate, the rest good. */
const cases = (auditor: string | null, n: number, inadequate = 0): Marked[] =>
  Array.from({ length: n }, (_, i) => ({
    round: null,
    caseId: `${auditor ?? 'x'}-${String(i).padStart(2, '0')}`,
    caseType: 'alpha',
    auditor,
    grade: (i < inadequate ? 'inadequate' : 'good') as Grade,
  }));

const marked = [...cases('A1', 30, 3), ...cases('A2', 20, 10), ...cases('A3', 1)];
const plan = (request: Partial<ModerationRequest>, seed = 7) => {
  const r = planModeration(marked, { kind: 'size', size: 5, minPerAuditor: 1, ...request } as ModerationRequest, seed);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
};

describe('planModeration', () => {
  it('rounds a rate up: 10% of 61 is 7, 10% of 50 is 5, 1% of 3 is 1', () => {
    expect([
      sizeFor({ kind: 'rate', rate: 0.1, minPerAuditor: 1 }, 61),
      sizeFor({ kind: 'rate', rate: 0.1, minPerAuditor: 1 }, 50),
      sizeFor({ kind: 'rate', rate: 0.01, minPerAuditor: 1 }, 3),
    ]).toEqual([7, 5, 1]);
  });

  it('splits the sample over auditors in proportion, then gives each auditor the minimum (by hand)', () => {
    // 5 of 51: shares 2.94, 1.96, 0.10 -> 2, 1, 0 and the two left to the largest remainders (A2 .96, A1 .94): 3, 2, 0.
    // --min-per-auditor 1 raises A3 to 1 and takes the case from the largest part, A1: 2, 2, 1.
    const p = plan({});
    expect(p.strata.map((s) => [s.auditor, s.frame, s.proportional, s.sample])).toEqual([
      ['A1', 30, 3, 2],
      ['A2', 20, 2, 2],
      ['A3', 1, 0, 1],
    ]);
    expect([p.frame, p.sample, p.cases.length]).toEqual([51, 5, 5]);
    for (const s of p.strata) expect(s.cases.every((c) => c.auditor === s.auditor)).toBe(true);
  });

  it('draws the same cases from the same seed, in case-id order, and other cases from another seed', () => {
    const ids = (seed: number) => plan({ size: 10 }, seed).cases.map((c) => c.caseId);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).toEqual([...ids(7)].sort());
    expect(ids(8)).not.toEqual(ids(7));
  });

  it('is pinned: a seed keeps drawing the same cases per auditor across releases, with --focus and without', () => {
    // Written out from this release: if this changes, old seeds no longer reproduce old moderation samples.
    const all = [...marked.slice(0, 50), ...cases(null, 6, 2)];
    const drawn = (focus?: Grade) => {
      const r = planModeration(all, { kind: 'size', size: 9, minPerAuditor: 1, ...(focus ? { focus } : {}) }, 7);
      return r.ok && r.plan.strata.map((s) => [s.auditor, s.cases.map((c) => c.caseId)]);
    };
    expect(drawn()).toEqual([
      ['A1', ['A1-01', 'A1-03', 'A1-14', 'A1-22', 'A1-23']],
      ['A2', ['A2-00', 'A2-04', 'A2-08']],
      [null, ['x-04']],
    ]);
    expect(drawn('inadequate')).toEqual([
      ['A1', ['A1-00', 'A1-01', 'A1-02', 'A1-06', 'A1-18']],
      ['A2', ['A2-03', 'A2-09', 'A2-10']],
      [null, ['x-00']],
    ]);
    // Cases without an auditor code, in two rounds: their own stream, and keys that keep rounds apart.
    const unnamed = [...cases(null, 6), ...cases(null, 6).map((c) => ({ ...c, round: '2025-q1' }))];
    const r = planModeration(unnamed, { kind: 'size', size: 5, minPerAuditor: 1 }, 7);
    expect(r.ok && r.plan.cases.map((c) => `${c.round ?? ''}/${c.caseId}`)).toEqual([
      '/x-02',
      '/x-03',
      '/x-04',
      '2025-q1/x-03',
      '2025-q1/x-05',
    ]);
  });

  it('can draw every case; the same id in two rounds is two cases, listed by round then id', () => {
    const inRound = (round: string | null, auditor: string, n: number) => cases(auditor, n).map((c) => ({ ...c, round }));
    const rounds = [...inRound('2025-q2', 'A', 2), ...inRound('2025-q1', 'A', 2), ...inRound(null, 'B', 1)];
    const r = planModeration(rounds, { kind: 'size', size: 5, minPerAuditor: 1 }, 1);
    expect(r.ok && r.plan.cases.map((c) => [c.round, c.caseId])).toEqual([
      [null, 'B-00'],
      ['2025-q1', 'A-00'],
      ['2025-q1', 'A-01'],
      ['2025-q2', 'A-00'],
      ['2025-q2', 'A-01'],
    ]);
  });

  it('--focus takes at least half of each share (rounded up) from the focus grade, or all the auditor has', () => {
    // size 10: 5.88, 3.92, 0.20 -> 5, 3, 0, leftovers to A2 (.92) and A1 (.88): 6, 4, 0; minimum: 5, 4, 1.
    // A1: 3 inadequate of 30: half of 5 rounded up is 3, all it has. A2: 10 of 20, proportional 2, half 2: 2. A3: none.
    const p = plan({ size: 10, focus: 'inadequate' });
    expect(p.strata.map((s) => [s.auditor, s.sample, s.focusFrame, s.focusSample])).toEqual([
      ['A1', 5, 3, 3],
      ['A2', 4, 10, 2],
      ['A3', 1, 0, 0],
    ]);
    for (const s of p.strata) expect(s.cases.filter((c) => c.grade === 'inadequate').length).toBe(s.focusSample);
    // All three of A1's inadequate cases are drawn, whatever the seed.
    expect(p.strata[0]!.cases.filter((c) => c.grade === 'inadequate').map((c) => c.caseId)).toEqual(['A1-00', 'A1-01', 'A1-02']);
  });

  it('says why nothing can be drawn', () => {
    expect(planModeration([], { kind: 'size', size: 1, minPerAuditor: 1 }, 1)).toEqual({
      ok: false,
      problems: [{ kind: 'nothing-to-moderate' }],
    });
    expect(planModeration(marked, { kind: 'size', size: 52, minPerAuditor: 1 }, 1)).toEqual({
      ok: false,
      problems: [{ kind: 'size-too-large', size: 52, frame: 51 }],
    });
    expect(planModeration(marked, { kind: 'size', size: 2, minPerAuditor: 1 }, 1)).toEqual({
      ok: false,
      problems: [{ kind: 'minimum-too-large', minPerAuditor: 1, needed: 3, size: 2 }],
    });
  });

  it('keeps cases without an auditor code as a stratum of their own, last', () => {
    const r = planModeration([...cases(null, 4), ...cases('B', 4)], { kind: 'rate', rate: 0.5, minPerAuditor: 1 }, 3);
    expect(r.ok && r.plan.strata.map((s) => [s.auditor, s.sample])).toEqual([
      ['B', 2],
      [null, 2],
    ]);
  });
});
