// The internal audit's summary sentences (programme.yaml `sentences: internal-audit`), from counts
// written inline: one case, cases graded by one side only, referrals, and nothing graded.
import { describe, expect, it } from 'vitest';
import { internalAuditSentences } from '../../src/summarise/report/internal-audit-sentences.js';
import { SCALE_2017 } from '../helpers/criteria.js';

const counts = (good: number, ri: number, inadequate: number) => ({ good, requires_improvement: ri, inadequate });
const input = {
  force: 'Testshire Police',
  inspectorate: 'QA team',
  selfLabel: 'Team leaders',
  independentLabel: 'The QA team',
  scale: SCALE_2017,
};

describe('internal audit sentences', () => {
  it('both sides: who graded how many, then each side by grade; one independent-only case; two referred back', () => {
    const s = internalAuditSentences({
      ...input,
      bothAssessed: { self: counts(3, 1, 0), independent: counts(2, 1, 1) },
      independentOnly: counts(0, 0, 1),
      referredBack: ['C1', 'C2'],
    });
    expect(s.summary).toEqual([
      'Team leaders graded 4 cases; the QA team graded the same cases.',
      'Team leaders graded 3 as good and 1 as requiring improvement; the QA team graded 2 as good, 1 as requiring improvement and 1 as inadequate.',
      'The QA team also graded 1 case that Team leaders did not: 1 as inadequate.',
    ]);
    expect(s.referredBack).toBe('2 cases were referred back for action.');
  });

  it('one case, singular; none referred back', () => {
    const s = internalAuditSentences({
      ...input,
      bothAssessed: { self: counts(1, 0, 0), independent: counts(1, 0, 0) },
      independentOnly: counts(0, 0, 0),
      referredBack: [],
    });
    expect(s.summary).toEqual([
      'Team leaders graded 1 case; the QA team graded the same case.',
      'Team leaders graded 1 as good; the QA team graded 1 as good.',
    ]);
    expect(s.referredBack).toBe('No case was referred back for action.');
  });

  it('no case graded by both, and none at all', () => {
    const none = { self: counts(0, 0, 0), independent: counts(0, 0, 0) };
    const onlyOne = internalAuditSentences({ ...input, bothAssessed: none, independentOnly: counts(0, 2, 0), referredBack: ['C1'] });
    expect(onlyOne.summary[0]).toBe('No case was graded by both Team leaders and the QA team.');
    expect(onlyOne.referredBack).toBe('1 case was referred back for action.');
    expect(internalAuditSentences({ ...input, bothAssessed: none, independentOnly: counts(0, 0, 0), referredBack: [] }).summary).toEqual([
      'No case was graded.',
    ]);
  });
});
