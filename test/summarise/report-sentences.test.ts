// Section 4's sentences filled from counts: the report's own wording, and zero/one worded as a person would.
import { SCALE_2017 } from '../helpers/criteria.js';
import { describe, expect, it } from 'vitest';
import type { GradeCounts } from '../../src/domain/grades.js';
import { joinAnd, reportSentences } from '../../src/summarise/report/report-sentences.js';

const c = (good: number, ri: number, inadequate: number): GradeCounts => ({ good, requires_improvement: ri, inadequate });
const input = (
  self: GradeCounts,
  independent: GradeCounts,
  only: GradeCounts,
  referred: string[] = [],
  force = 'the force',
  inspectorate = 'HMIC',
) => ({
  force,
  inspectorate,
  bothAssessed: { self, independent },
  independentOnly: only,
  referredBack: referred,
  scale: SCALE_2017,
});

describe('reportSentences', () => {
  it('words the 2017 figures as the report does', () => {
    const s = reportSentences(
      input(
        c(28, 5, 0),
        c(6, 16, 11),
        c(8, 30, 18),
        Array.from({ length: 14 }, (_, i) => `C${i}`),
        'Gloucestershire Constabulary',
      ),
    );
    expect(s.summary).toEqual([
      'HMIC asked Gloucestershire Constabulary to self-assess the effectiveness of its practice in 33 child protection cases.',
      "The force's assessors graded practice in 28 of the cases as good and as requiring improvement in 5.",
      'In none of the cases was practice considered to be inadequate.',
      "HMIC also assessed these cases; grading the force's practice in 6 as good, as requiring improvement in 16 and as inadequate in 11.",
      'HMIC selected and examined a further 56 cases; practice in 8 was assessed as good, in 30 as requiring improvement and in 18 as inadequate.',
    ]);
    expect(s.referredBack).toBe(
      'HMIC referred 14 cases back to Gloucestershire Constabulary because they were considered to contain evidence of a serious problem – ' +
        'for example, a failure to follow child protection procedures and/or a child at immediate risk of significant harm.',
    );
  });

  it('words a single case without numbers that read oddly', () => {
    const s = reportSentences(input(c(1, 0, 0), c(0, 0, 1), c(0, 0, 0), ['C1']));
    expect(s.summary).toEqual([
      'HMIC asked the force to self-assess the effectiveness of its practice in 1 child protection case.',
      "The force's assessors graded practice in the case as good.",
      "HMIC also assessed this case, grading the force's practice as inadequate.",
      'HMIC examined no further cases.',
    ]);
    expect(s.referredBack).toMatch(/^HMIC referred 1 case back to the force because it was considered/);
  });

  it('says "all" when every case has one grade, and names the grades no case had', () => {
    const s = reportSentences(input(c(0, 4, 0), c(0, 0, 4), c(1, 0, 0)));
    expect(s.summary).toEqual([
      'HMIC asked the force to self-assess the effectiveness of its practice in 4 child protection cases.',
      "The force's assessors graded practice in all 4 cases as requiring improvement.",
      'In none of the cases was practice considered to be good or to be inadequate.',
      "HMIC also assessed these cases; grading the force's practice in all 4 as inadequate.",
      'In none of these cases was practice assessed as good or requiring improvement.',
      'HMIC selected and examined a further case; practice in it was assessed as good.',
    ]);
    expect(s.referredBack).toBe('HMIC referred no cases back to the force.');
  });

  it('drops "further" when no case was self-assessed', () => {
    const s = reportSentences(input(c(0, 0, 0), c(0, 0, 0), c(0, 2, 1), [], 'the force', 'the inspectorate'));
    expect(s.summary).toEqual([
      'No case was graded by both the force and the inspectorate.',
      'The inspectorate selected and examined 3 cases; practice in 2 was assessed as requiring improvement and in 1 as inadequate.',
      'In none of these cases was practice assessed as good.',
    ]);
  });

  it('names the absent grades from two cases on, not at one', () => {
    // Two cases both good: the "none" sentence adds something; with one case it would not.
    const two = reportSentences(input(c(2, 0, 0), c(0, 2, 0), c(0, 0, 2)));
    expect(two.summary).toEqual([
      'HMIC asked the force to self-assess the effectiveness of its practice in 2 child protection cases.',
      "The force's assessors graded practice in all 2 cases as good.",
      'In none of the cases was practice considered to require improvement or to be inadequate.',
      "HMIC also assessed these cases; grading the force's practice in all 2 as requiring improvement.",
      'In none of these cases was practice assessed as good or inadequate.',
      'HMIC selected and examined a further 2 cases; practice in all 2 was assessed as inadequate.',
      'In none of these cases was practice assessed as good or requiring improvement.',
    ]);
    const one = reportSentences(input(c(0, 0, 0), c(0, 0, 0), c(0, 1, 0)));
    expect(one.summary).toEqual([
      'No case was graded by both the force and HMIC.',
      'HMIC selected and examined 1 case; practice in it was assessed as requiring improvement.',
    ]);
  });

  it('says "practice in all N" when every further case has one grade', () => {
    const s = reportSentences(input(c(0, 0, 0), c(0, 0, 0), c(0, 5, 0)));
    expect(s.summary).toEqual([
      'No case was graded by both the force and HMIC.',
      'HMIC selected and examined 5 cases; practice in all 5 was assessed as requiring improvement.',
      'In none of these cases was practice assessed as good or inadequate.',
    ]);
  });

  it('says so when nothing was graded', () => {
    expect(reportSentences(input(c(0, 0, 0), c(0, 0, 0), c(0, 0, 0))).summary).toEqual(['No case was graded.']);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('joinAnd(%j) is %j', (items, text) => {
    expect(joinAnd(items)).toBe(text);
  });
});

describe('joinAnd: Intl.ListFormat en-GB, no serial comma', () => {
  it.each([
    [['good', 'requiring improvement', 'inadequate'], 'or', 'good, requiring improvement or inadequate'],
    [['a', 'b', 'c', 'd'], 'and', 'a, b, c and d'],
  ] as const)('%j %s', (items, word, text) => {
    expect(joinAnd(items, word)).toBe(text);
  });
});
