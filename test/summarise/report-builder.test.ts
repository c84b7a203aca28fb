// The report's fold: counts per table (shared tables together, empty tables kept), themes, lists.
import { describe, expect, it } from 'vitest';
import { error } from '../../src/domain/diagnostic.js';
import { ReportBuilder } from '../../src/summarise/report/report-model.js';
import { scored, smallCriteria } from '../helpers/criteria.js';

const totals = { read: 6, graded: 4, ungraded: 1, rejected: 1 };

function build(themes?: number) {
  const builder = new ReportBuilder(smallCriteria(), themes);
  const cases = [
    scored('a1', 'alpha', 'requires_improvement', { A1: 'met', A2: 'unmet', A3: 'unmet' }, { selfGrade: 'good', referredBack: true }),
    scored('a2', 'alpha', 'inadequate', { A1: 'unmet', A2: 'unmet', A3: 'na' }, { referralSuggested: true }),
    scored('b1', 'beta', 'good', { B1: 'met', B2: 'met' }, { selfGrade: 'requires_improvement' }),
    scored(
      'b2',
      'beta',
      'requires_improvement',
      { B1: 'met', B2: 'met' },
      { derivedGrade: 'good', gradeSource: 'override', override: true },
    ),
    scored('g1', 'gamma', null, {}, { selfGrade: 'good', missing: ['G1'] }),
  ];
  for (const c of cases) builder.add(c);
  return builder.finish(totals, [error('cases.csv', 7, 'invalid-grade', 'case "x": self_grade is not a grade')], {
    force: 'Testshire Police',
  });
}

describe('ReportBuilder', () => {
  it('counts Table 1 from cases with both grades and Table 2 from the rest; a self grade alone is ungraded', () => {
    const model = build();
    expect(model.bothAssessed).toEqual({
      self: { good: 1, requires_improvement: 1, inadequate: 0 },
      independent: { good: 1, requires_improvement: 1, inadequate: 0 },
    });
    expect(model.independentOnly).toEqual({ good: 0, requires_improvement: 1, inadequate: 1 });
    expect(model.ungraded).toEqual([{ caseId: 'g1', missing: ['G1'] }]);
  });

  it('counts types that share a table number together and keeps tables without cases, with zeros', () => {
    const model = build();
    expect(model.byTable.map((t) => [t.table, t.types, t.counts, t.graded])).toEqual([
      [3, ['alpha', 'beta'], { good: 1, requires_improvement: 2, inadequate: 1 }, 4],
      [4, ['gamma'], { good: 0, requires_improvement: 0, inadequate: 0 }, 0],
      [5, ['delta'], { good: 0, requires_improvement: 0, inadequate: 0 }, 0],
    ]);
  });

  it('lists themes by rate unmet (unmet / applied), then count, with the counts', () => {
    const [table3] = build().byTable;
    // A3 was unmet once and `na` once: it applied to 1 case, so its rate (1 of 1) ranks above A1's (1 of 2).
    expect(table3!.themes).toEqual([
      { criterion: 'A2', text: 'A2 text', unmet: 2, applied: 2, share: 1 },
      { criterion: 'A3', text: 'A3 text', unmet: 1, applied: 1, share: 1 },
      { criterion: 'A1', text: 'A1 text', unmet: 1, applied: 2, share: 0.5 },
    ]);
    expect(build(1).byTable[0]!.themes.map((t) => t.criterion)).toEqual(['A2']);
    expect(build().byTable[1]!.themes).toEqual([]);
  });

  it('keeps the referral lists, the overrides without reasons, the rejected rows and the names', () => {
    const model = build();
    expect(model.referredBack).toEqual(['a1']);
    expect(model.referralSuggested).toEqual(['a2']);
    expect(model.overrides).toEqual([{ caseId: 'b2', derived: 'good', recorded: 'requires_improvement' }]);
    expect(model.rejected).toEqual([{ file: 'cases.csv', line: 7, message: 'case "x": self_grade is not a grade' }]);
    expect(model.totals).toEqual(totals);
    expect([model.force, model.inspectorate, model.table1Caption, model.table2Caption]).toEqual([
      'Testshire Police',
      'HMIC',
      'Cases assessed by both Testshire Police and HMIC',
      'Additional cases assessed only by HMIC',
    ]);
    expect(model.sentences.summary[0]).toBe(
      'HMIC asked Testshire Police to self-assess the effectiveness of its practice in 2 child protection cases.',
    );
  });
});
