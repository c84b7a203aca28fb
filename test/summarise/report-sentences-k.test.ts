// The summary sentences on four and five grades: the same wording as on three, a grade absent from
// the counts named in the "in none of" sentence, "requires improvement" as "to require improvement".
import { describe, expect, it } from 'vitest';
import { Scale } from '../../src/domain/scale.js';
import { reportSentences } from '../../src/summarise/report/report-sentences.js';

const scaleOf = (labels: string[]) =>
  new Scale(labels.map((label) => ({ id: label.toLowerCase().replace(/ /g, '_'), label, tableLabel: label, accept: [] })));
const FOUR = scaleOf(['Outstanding', 'Good', 'Requires improvement', 'Inadequate']);
const FIVE = scaleOf(['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate']);

describe('reportSentences on k grades', () => {
  it('four grades, two absent from each side', () => {
    const s = reportSentences({
      force: 'the council',
      inspectorate: 'the QA team',
      bothAssessed: {
        self: { outstanding: 0, good: 3, requires_improvement: 2, inadequate: 0 },
        independent: { outstanding: 1, good: 0, requires_improvement: 0, inadequate: 4 },
      },
      independentOnly: { outstanding: 0, good: 0, requires_improvement: 2, inadequate: 0 },
      referredBack: [],
      scale: FOUR,
    });
    expect(s.summary).toEqual([
      'The QA team asked the council to self-assess the effectiveness of its practice in 5 child protection cases.',
      "The force's assessors graded practice in 3 of the cases as good and as requires improvement in 2.",
      'In none of the cases was practice considered to be outstanding or to be inadequate.',
      "The QA team also assessed these cases; grading the force's practice in 1 as outstanding and as inadequate in 4.",
      'In none of these cases was practice assessed as good or requires improvement.',
      'The QA team selected and examined a further 2 cases; practice in all 2 was assessed as requires improvement.',
      'In none of these cases was practice assessed as outstanding, good or inadequate.',
    ]);
  });

  it('five grades: "to require improvement" where that grade is absent', () => {
    const s = reportSentences({
      force: 'the force',
      inspectorate: 'HMICFRS',
      bothAssessed: {
        self: { outstanding: 1, good: 1, adequate: 1, requires_improvement: 0, inadequate: 1 },
        independent: { outstanding: 0, good: 0, adequate: 4, requires_improvement: 0, inadequate: 0 },
      },
      independentOnly: { outstanding: 0, good: 0, adequate: 0, requires_improvement: 0, inadequate: 0 },
      referredBack: [],
      scale: FIVE,
    });
    expect(s.summary).toEqual([
      'HMICFRS asked the force to self-assess the effectiveness of its practice in 4 child protection cases.',
      "The force's assessors graded practice in 1 of the cases as outstanding, as good in 1, as adequate in 1 and as inadequate in 1.",
      'In none of the cases was practice considered to require improvement.',
      "HMICFRS also assessed these cases; grading the force's practice in all 4 as adequate.",
      'In none of these cases was practice assessed as outstanding, good, requires improvement or inadequate.',
      'HMICFRS examined no further cases.',
    ]);
  });
});
