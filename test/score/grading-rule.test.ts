// The grading rule's interpreter, condition by condition at its boundary: "at least N" holds at N
// and not at N-1; met_share_below F holds just below F and not at exactly F. Expected grades are
// written from the contract's words, not computed.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/findings.js';
import type { Conditions, GradingRule } from '../../src/domain/grading.js';
import type { Criterion } from '../../src/domain/types.js';
import { deriveGrade } from '../../src/score/derive.js';
import { applyRules, type FindingTally } from '../../src/score/grading-rule.js';

const NONE: FindingTally = { applicable: 10, met: 10, unmet: 0, seriousUnmet: 0, partly: 0, seriousPartly: 0 };
/** One conditional rule, then the rest: `hit` when its conditions hold, else `rest`. */
const rules = (conditions: Conditions): GradingRule[] => [{ grade: 'hit', if: conditions }, { grade: 'rest' }];
const grade = (conditions: Conditions, tally: Partial<FindingTally>, widespread = 3) =>
  applyRules(rules(conditions), { ...NONE, ...tally }, widespread);

describe('at least N, at N-1 and at N', () => {
  it.each([
    ['unmet', { unmet: 2 }, (n: number) => ({ unmet: n, met: 10 - n })],
    ['serious_unmet', { seriousUnmet: 2 }, (n: number) => ({ unmet: 5, seriousUnmet: n, met: 5 })],
    ['partly', { partly: 2 }, (n: number) => ({ partly: n, met: 10 - n })],
    ['serious_partly', { seriousPartly: 2 }, (n: number) => ({ partly: 5, seriousPartly: n, met: 5 })],
  ] as const)('%s: 2', (_name, conditions, tally) => {
    expect(grade(conditions, tally(1))).toBe('rest');
    expect(grade(conditions, tally(2))).toBe('hit');
    expect(grade(conditions, tally(3))).toBe('hit');
  });

  it('serious_unmet counts only serious criteria: 5 unmet of which 1 serious is not 2 serious', () => {
    expect(grade({ seriousUnmet: 2 }, { unmet: 5, seriousUnmet: 1 })).toBe('rest');
    expect(grade({ seriousPartly: 2 }, { partly: 5, seriousPartly: 1 })).toBe('rest');
  });

  it('unmet does not count partly met, nor partly unmet', () => {
    expect(grade({ unmet: 1 }, { partly: 4 })).toBe('rest');
    expect(grade({ partly: 1 }, { unmet: 4 })).toBe('rest');
  });

  it('not_met counts unmet and partly together: 1 + 1 reaches 2, 1 + 0 does not', () => {
    expect(grade({ notMet: 2 }, { unmet: 1, partly: 0 })).toBe('rest');
    expect(grade({ notMet: 2 }, { unmet: 0, partly: 1 })).toBe('rest');
    expect(grade({ notMet: 2 }, { unmet: 1, partly: 1 })).toBe('hit');
    expect(grade({ notMet: 2 }, { unmet: 2, partly: 0 })).toBe('hit');
    expect(grade({ notMet: 2 }, { unmet: 0, partly: 2 })).toBe('hit');
  });

  it('widespread is the case type’s number: at widespread - 1 and at widespread', () => {
    for (const kind of ['unmet', 'seriousUnmet', 'partly', 'seriousPartly'] as const) {
      expect(grade({ [kind]: 'widespread' }, { [kind]: 3 }, 4)).toBe('rest');
      expect(grade({ [kind]: 'widespread' }, { [kind]: 4 }, 4)).toBe('hit');
      expect(grade({ [kind]: 'widespread' }, { [kind]: 2 }, 2)).toBe('hit');
    }
    expect(grade({ notMet: 'widespread' }, { unmet: 1, partly: 1 }, 3)).toBe('rest');
    expect(grade({ notMet: 'widespread' }, { unmet: 1, partly: 2 }, 3)).toBe('hit');
  });
});

describe('met_share_below F: fewer than F of the applicable criteria met', () => {
  it('exactly F is not below; just below F is', () => {
    // 0.5 of 10 applicable: 5 met is exactly half (no), 4 met is below (yes).
    expect(grade({ metShareBelow: 0.5 }, { applicable: 10, met: 5, unmet: 5 })).toBe('rest');
    expect(grade({ metShareBelow: 0.5 }, { applicable: 10, met: 4, unmet: 6 })).toBe('hit');
    // 0.75 of 4: 3 met is exactly three quarters (no), 2 met below (yes).
    expect(grade({ metShareBelow: 0.75 }, { applicable: 4, met: 3, unmet: 1 })).toBe('rest');
    expect(grade({ metShareBelow: 0.75 }, { applicable: 4, met: 2, unmet: 2 })).toBe('hit');
  });

  it('F = 1: every criterion met is not below; one short is', () => {
    expect(grade({ metShareBelow: 1 }, { applicable: 3, met: 3 })).toBe('rest');
    expect(grade({ metShareBelow: 1 }, { applicable: 3, met: 2, partly: 1 })).toBe('hit');
  });

  it('a share between whole counts: 2 of 3 met (0.667) is below 0.7 and not below 0.6', () => {
    expect(grade({ metShareBelow: 0.7 }, { applicable: 3, met: 2, unmet: 1 })).toBe('hit');
    expect(grade({ metShareBelow: 0.6 }, { applicable: 3, met: 2, unmet: 1 })).toBe('rest');
  });
});

describe('rules in order', () => {
  it('every condition of a rule must hold', () => {
    const both: Conditions = { seriousUnmet: 1, partly: 2 };
    expect(grade(both, { unmet: 1, seriousUnmet: 1, partly: 1 })).toBe('rest');
    expect(grade(both, { unmet: 0, seriousUnmet: 0, partly: 2 })).toBe('rest');
    expect(grade(both, { unmet: 1, seriousUnmet: 1, partly: 2 })).toBe('hit');
  });

  it('the first rule that holds gives the grade, not a later one', () => {
    const list: GradingRule[] = [{ grade: 'first', if: { unmet: 2 } }, { grade: 'second', if: { unmet: 1 } }, { grade: 'last' }];
    expect(applyRules(list, { ...NONE, unmet: 2 }, 3)).toBe('first');
    expect(applyRules(list, { ...NONE, unmet: 1 }, 3)).toBe('second');
    expect(applyRules(list, NONE, 3)).toBe('last');
  });

  it('an empty if holds for every case', () => {
    expect(applyRules([{ grade: 'always', if: {} }, { grade: 'never' }], NONE, 3)).toBe('always');
  });

  it('a rule list no rule of which holds is refused in words (load checks it never gets here)', () => {
    expect(() => applyRules([{ grade: 'hit', if: { unmet: 1 } }], NONE, 3)).toThrow(
      'the grading rule gave no grade: its last rule must have no conditions',
    );
  });
});

describe('deriveGrade counts partly met findings for the rule', () => {
  const c = (id: string, severity: Criterion['severity']): Criterion => ({ id, text: id, severity, refer: false });
  const CRITERIA = [c('S1', 'serious'), c('E1', 'expected'), c('E2', 'expected'), c('E3', 'expected')];
  const FOUR: GradingRule[] = [
    { grade: 'inadequate', if: { seriousPartly: 1 } },
    { grade: 'requires_improvement', if: { partly: 2 } },
    { grade: 'good', if: { metShareBelow: 1 } },
    { grade: 'outstanding' },
  ];
  const derive = (findings: Record<string, Finding>) =>
    deriveGrade({ criteria: CRITERIA, widespread: 3 }, new Map(Object.entries(findings)), { rules: FOUR });

  it('a serious criterion partly met, two partly met, one partly met, none', () => {
    expect(derive({ S1: 'partly', E1: 'met', E2: 'met', E3: 'met' })).toMatchObject({ grade: 'inadequate', partly: ['S1'], unmet: [] });
    expect(derive({ S1: 'met', E1: 'partly', E2: 'partly', E3: 'met' })).toMatchObject({
      grade: 'requires_improvement',
      partly: ['E1', 'E2'],
    });
    expect(derive({ S1: 'met', E1: 'partly', E2: 'met', E3: 'met' }).grade).toBe('good');
    expect(derive({ S1: 'met', E1: 'met', E2: 'met', E3: 'met' }).grade).toBe('outstanding');
  });

  it('na is left out of the share: 3 met and 1 na is every criterion that applies', () => {
    expect(derive({ S1: 'met', E1: 'met', E2: 'met', E3: 'na' }).grade).toBe('outstanding');
    expect(derive({ S1: 'met', E1: 'unmet', E2: 'met', E3: 'na' }).grade).toBe('good');
  });

  it('an unmet serious criterion is not a partly met one', () => {
    expect(derive({ S1: 'unmet', E1: 'met', E2: 'met', E3: 'met' })).toMatchObject({ grade: 'good', unmet: ['S1'], partly: [] });
  });
});
