// The trend renderers, from a model built over hand-made cases: exact lines per format, the
// contract's JSON keys, and no arithmetic of their own (every figure comes from the model).
import { describe, expect, it } from 'vitest';
import { FINDING_CODE, type AssembledCase, type ScoredAssessment } from '../../src/domain/assessment.js';
import type { Grade } from '../../src/domain/grades.js';
import { SCALE_2017 } from '../helpers/criteria.js';

const GRADES = SCALE_2017.ids;
import { paint } from '../../src/render/terminal/paint.js';
import { FORMATS } from '../../src/render/formats.js';
import { TREND_CSV_HEADER, trendCsv } from '../../src/render/trend/trend-csv.js';
import { trendJson } from '../../src/render/trend/trend-json.js';
import { trendMarkdown } from '../../src/render/trend/trend-markdown.js';
import { trendTable } from '../../src/render/trend/trend-table.js';
import { TrendBuilder } from '../../src/summarise/trend/trend-builder.js';
import type { TrendModel } from '../../src/summarise/trend/trend-model.js';
import { smallCriteria } from '../helpers/criteria.js';

const criteria = smallCriteria();

function assessment(role: string, grade: Grade, codes: number[]): ScoredAssessment {
  return {
    role,
    auditor: null,
    grade,
    derivedGrade: grade,
    gradeSource: 'derived',
    override: false,
    unmet: [],
    partly: [],
    missing: [],
    referredBack: false,
    referralSuggested: false,
    codes: Uint8Array.from(codes),
    source: { file: 'x.csv', line: 2 },
  };
}

let serial = 0;
function kase(round: string, caseType: string, grade: Grade, self: Grade | null, codes: number[]): AssembledCase {
  const assessments = new Map([['independent', assessment('independent', grade, codes)]]);
  if (self) assessments.set('self', assessment('self', self, []));
  return { round, caseId: `c${serial++}`, caseType, assessments };
}

/**
 * 2017: 30 alpha cases, 10 of each grade (A2 unmet in the odd ones), 15 also self-graded good.
 * 2018: 25 alpha cases, 13 good and 12 RI (A2 unmet unless j % 3 is 0), 10 self-graded good.
 * 2019: 7 gamma cases, all good.
 */
function model(between = true, perComparison = false): TrendModel {
  const { met, unmet, na } = FINDING_CODE;
  const b = new TrendBuilder(criteria, { role: 'independent', between: between ? ['self', 'independent'] : null, perComparison });
  for (let j = 0; j < 30; j++) b.add(kase('2017', 'alpha', GRADES[j % 3]!, j < 15 ? 'good' : null, [met, j % 2 ? unmet : met, met]));
  for (let j = 0; j < 25; j++) b.add(kase('2018', 'alpha', GRADES[j % 2]!, j < 10 ? 'good' : null, [met, j % 3 ? unmet : met, na]));
  for (let j = 0; j < 7; j++) b.add(kase('2019', 'gamma', 'good', null, [met]));
  return b.finish({
    order: b.roundsMet(),
    totals: { read: 62, graded: 62, ungraded: 0, rejected: 0 },
    force: 'Testshire Police',
    label: (r) => (r === 'self' ? 'Testshire Police' : 'HMIC'),
  });
}

describe('trend renderers', () => {
  const m = model();

  it('table: a row per round with shares and Wilson intervals, counts for a small round, and a bar per round', () => {
    const text = trendTable(m, { paint: paint(false), width: 100 });
    expect(text).toContain('│ 2017  │ 30 │     33% (19%-51%) │         33% (19%-51%) │   33% (19%-51%) │');
    expect(text).toContain('│ 2019  │  7 │ 7 of 7 (65%-100%) │       0 of 7 (0%-35%) │ 0 of 7 (0%-35%) │');
    expect(text).toContain(
      [
        'Shape (# Good, = Requiring improvement, . Inadequate):',
        '  2017  #######=======......',
        '  2018  ##########==========',
        '  2019  ####################',
      ].join('\n'),
    );
    expect(text).toContain(
      '- 2019: only 7 cases graded by HMIC (fewer than 10): shown as counts, not percentages; its intervals\n  are wide.',
    );
    // A table per pair of rounds; a change to or from a round under 10 cases shows counts, not percentages.
    // 12 verdicts (6 changes, 3 first against last, 3 trend tests): each interval at 1 - 0.05/12.
    // statsmodels confint_proportions_2indep(0, 25, 10, 30, method='newcomb', alpha=0.05/12): -0.5906 to -0.0242.
    expect(text).toContain(
      [
        '2017 to 2018',
        '┌───────────────────────┬────────────┬────────────┬────────────────────┬─────────────────┐',
        '│ Grade                 │      Share │     Change │ Joint 95% interval │ Verdict         │',
        '│ Good                  │ 33% to 52% │ +19 points │         -17 to +49 │ no clear change │',
        '│ Requiring improvement │ 33% to 48% │ +15 points │         -21 to +46 │ no clear change │',
        '│ Inadequate            │  33% to 0% │ -33 points │          -59 to -2 │ change          │',
      ].join('\n'),
    );
    expect(text).toContain('2018 to 2019\n');
    // 13/25 -> 7/7 good: -0.1122 to +0.7334 at that level, no longer a change.
    expect(text).toContain('│ Good                  │ 13 of 25 to 7 of 7 │ +48 points │         -11 to +73 │ no clear change │');
    expect(text).toContain('Each change has a 99.58% interval (Newcombe), so that the 12 verdicts shown hold 95% together');
    // First against last: 10/30 -> 7/7 good, +0.0687 to +0.8523 (statsmodels, same level).
    expect(text).toContain(
      [
        'First round against last',
        '2017 to 2019',
        '┌───────────────────────┬────────────────────┬────────────┬────────────────────┬─────────────────┐',
        '│ Grade                 │              Share │     Change │ Joint 95% interval │ Verdict         │',
        '│ Good                  │ 10 of 30 to 7 of 7 │ +67 points │          +7 to +85 │ change          │',
      ].join('\n'),
    );
    // Cochran-Armitage: statsmodels' ordinal association z (shift_zeros=False) times sqrt(N / (N - 1)):
    // good 10/30, 13/25, 7/7 -> 9.2947, p 0.00230; inadequate 10/30, 0/25, 0/7 -> 10.2748, p 0.00135; both under 0.05/12.
    expect(text).toContain('A trend is called where p < 0.0042, the threshold that holds every verdict shown to 5%');
    expect(text).toContain('│ Good                  │ 33%, 52%, 100%        │       9.29 │ 0.002 │ rising         │');
    expect(text).toContain('│ Requiring improvement │ 33%, 48%, 0%          │       0.52 │ 0.471 │ no clear trend │');
    expect(text).toContain('│ Inadequate            │ 33%, 0%, 0%           │      10.27 │ 0.001 │ falling        │');
    // 30 and 25 alpha cases, then 7 gamma: the mix differs (scipy chi2_contingency([[30, 25, 0], [0, 0, 7]],
    // correction=False): 62.0 on 2 df, p 3.4e-14), and a line says so.
    expect(text).toContain('- The mix of case types differs between the rounds (chi-square 62.0 on 2 df, p <0.001)');
    expect(text).toContain('│ A2        │ alpha     │ 15 of 30 │ 16 of 25 │  n/a │ yes                  │');
    expect(text).toContain('│ 3: Table 3 label │ 10 / 10 / 10 (30) │ 13 / 12 / 0 (25) │             - │');
    expect(text).toContain('│ 2017  │          15 │ 5 (33%) │      15%-58% │ 0.00 (slight) │     10 │     0 │');
    // 10 of 15 higher, none lower: net 10/15; Tango's interval checked against the oracle in test/statistics.
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Net graded higher, in points (95% interval, Tango): 2017 +67 (+33 to +85); 2018 +50 (+8 to +76); 2019 n/a.',
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe('62 read = 62 graded + 0 ungraded + 0 rejected');
  });

  it('table: a report table with no graded case in any round is left out (the JSON keeps it)', () => {
    const text = trendTable(m, { paint: paint(false), width: 100 });
    expect(text).toContain('3: Table 3 label');
    expect(text).toContain('4: Table 4 label');
    expect(text).not.toContain('5: Table 5 label');
    expect(JSON.parse(trendJson(m)).byTable.map((t: { table: number }) => t.table)).toEqual([3, 4, 5]);
  });

  it('markdown: the same tables for a board paper', () => {
    const text = trendMarkdown(m);
    expect(text).toContain('| 2017 | 30 | 33% (19%-51%) | 33% (19%-51%) | 33% (19%-51%) |');
    expect(text).toContain('| From | To | Grade | Share | Change | Joint 95% interval | Verdict |');
    expect(text).toContain('| 2018 | 2019 | Good | 13 of 25 to 7 of 7 | \\+48 points | \\-11 to +73 | no clear change |');
    expect(text).toContain('| 2017 | 2018 | Inadequate | 33% to 0% | \\-33 points | \\-59 to -2 | change |');
    expect(text).toContain('### First round against last\n\n| From | To | Grade | Share | Change | Joint 95% interval | Verdict |');
    expect(text).toContain('| 2017 | 2019 | Good | 10 of 30 to 7 of 7 | \\+67 points | \\+7 to +85 | change |');
    expect(text).toContain('### Trend across all rounds');
    expect(text).toContain('| Inadequate | 33%, 0%, 0% | 10.27 | 0.001 | falling |');
    expect(text).toContain('| A2 | alpha | 15 of 30 | 16 of 25 | n/a | yes |');
    expect(text).toContain('| 4: Table 4 label | \\- | \\- | 7 / 0 / 0 (7) |');
    expect(text).toContain('- 2019: only 7 cases graded by HMIC');
  });

  it('csv: tidy long form, one figure per row', () => {
    const lines = trendCsv(m)
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe(TREND_CSV_HEADER.join(','));
    expect(lines).toContain('round,2017,,,,good,count,10');
    expect(lines).toContain('round,2019,,,,,n,7');
    expect(lines).toContain('change,2017,2018,,,inadequate,significant,true');
    expect(lines).toContain(`change,2017,2018,,,inadequate,interval_level,${1 - 0.05 / 12}`);
    expect(lines).toContain('first_last,2017,2019,,,good,significant,true');
    expect(lines).toContain('trend_test,2017,2019,,,inadequate,significant,true');
    expect(
      lines
        .find((l) => l.startsWith('trend_test,2017,2019,,,good,statistic,'))!
        .split(',')
        .at(-1),
    ).toMatch(/^9\.29473087818/);
    expect(lines).toContain('table,2019,,4,,good,count,7');
    expect(lines).toContain('criterion,2018,,,A2,,unmet,16');
    expect(lines).toContain('gap,2017,,,,,higher,10');
  });

  it('json: the contract keys in order, then the extras', () => {
    const json = JSON.parse(trendJson(m));
    expect(Object.keys(json)).toEqual([
      'between',
      'rounds',
      'changes',
      'byTable',
      'criteria',
      'adjustment',
      'firstLast',
      'trendTests',
      'criteriaSet',
      'role',
      'force',
      'mismatches',
      'caseMix',
      'notes',
      'intervalMeaning',
      'totals',
    ]);
    expect(json.between).toEqual(['self', 'independent']);
    expect(Object.keys(json.rounds[0])).toEqual(['round', 'n', 'counts', 'share', 'interval', 'gap', 'ungraded', 'caution']);
    expect(Object.keys(json.rounds[0].gap)).toEqual([
      'n',
      'agreed',
      'exactAgreement',
      'agreementInterval',
      'kappa',
      'kappaBand',
      'higher',
      'lower',
      // Issue 26: the round's bias and agreement figures.
      'bias',
      'marginalHomogeneity',
      'symmetry',
      'kappaInterval',
      'weightedKappaInterval',
      'ac1',
      'ac2',
      'brennanPrediger',
      'prevalenceBias',
      'undefinedBecause',
    ]);
    expect(Object.keys(json.changes[0])).toEqual([
      'from',
      'to',
      'grade',
      'shareFrom',
      'shareTo',
      'difference',
      'differenceInterval',
      'significant',
      'verdict',
      'countFrom',
      'nFrom',
      'countTo',
      'nTo',
    ]);
    expect(Object.keys(json.byTable[0])).toEqual(['table', 'label', 'rounds']);
    expect(Object.keys(json.byTable[0].rounds[0])).toEqual(['round', 'n', 'counts']);
    expect(Object.keys(json.criteria[0])).toEqual(['criterion', 'type', 'rounds', 'unmetEveryRound']);
    expect(Object.keys(json.criteria[0].rounds[0])).toEqual(['round', 'n', 'unmet', 'share']);
    expect(json.criteriaSet).toEqual(criteria.identity);
    expect(json.adjustment).toEqual({ method: 'bonferroni', comparisons: 12, level: 1 - 0.05 / 12 });
    expect(Object.keys(json.firstLast[0])).toEqual(Object.keys(json.changes[0]));
    expect(json.firstLast.map((c: { from: string; to: string; significant: boolean }) => [c.from, c.to, c.significant])).toEqual([
      ['2017', '2019', true],
      ['2017', '2019', false],
      ['2017', '2019', false],
    ]);
    expect(json.trendTests.map((t: object) => Object.keys(t).slice(0, 3))).toEqual(Array(3).fill(['grade', 'statistic', 'p']));
    expect(json.trendTests[2]).toMatchObject({
      grade: 'inadequate',
      statistic: expect.closeTo(10.27478753541076, 10),
      p: expect.closeTo(0.0013486040264795041, 12),
    });
    expect(json.rounds[2].share).toEqual({ good: 1, requires_improvement: 0, inadequate: 0 });
  });

  it('--per-comparison: the unadjusted 95% intervals of before, labelled as such in every text format', () => {
    const plain = model(true, true);
    const text = trendTable(plain, { paint: paint(false), width: 100 });
    expect(text).toContain('│ Grade                 │      Share │     Change │ Unadjusted 95% interval │ Verdict         │');
    expect(text).toContain('│ Inadequate            │  33% to 0% │ -33 points │              -51 to -14 │ change          │');
    expect(text).toContain('│ Good               │ 13 of 25 to 7 of 7 │ +48 points │               +8 to +67 │ change          │');
    expect(text).toContain('Each change has an unadjusted 95% interval (Newcombe), as --per-comparison asks');
    expect(text).toContain('A trend is called where p < 0.05, unadjusted (--per-comparison).');
    expect(trendMarkdown(plain)).toContain('| 2018 | 2019 | Good | 13 of 25 to 7 of 7 | \\+48 points | \\+8 to +67 | change |');
    expect(JSON.parse(trendJson(plain)).adjustment).toEqual({ method: 'none', comparisons: 12, level: 0.95 });
    expect(trendCsv(plain)).toContain('change,2017,2018,,,inadequate,interval_level,0.95');
  });

  it('json without --between: between null and no gap', () => {
    const json = JSON.parse(trendJson(model(false)));
    expect(json.between).toBeNull();
    expect('gap' in json.rounds[0]).toBe(false);
  });

  it('every format of the map renders', async () => {
    expect(Object.keys(FORMATS.trend)).toEqual(['table', 'markdown', 'csv', 'json', 'html', 'xlsx']);
    for (const load of Object.values(FORMATS.trend)) {
      const rendered = await (await load())(m, { paint: paint(false) });
      // A workbook is written into the output as it is made: gather its bytes.
      const bytes: Buffer[] = [];
      if (typeof rendered === 'object' && 'writeTo' in rendered)
        await rendered.writeTo({ write: (b) => void bytes.push(Buffer.from(b)), ready: () => undefined });
      expect(bytes.length ? Buffer.concat(bytes).length : String(rendered).length).toBeGreaterThan(100);
    }
  });
});

describe('trend: figures that read right (issue 26, item 6)', () => {
  const base = model(false);
  const changed = (interval: [number, number], difference: number): TrendModel => ({
    ...base,
    changes: [{ ...base.changes[0]!, difference, differenceInterval: interval, significant: true, verdict: 'change' }],
  });
  const goodRow = (m: TrendModel) =>
    trendTable(m, { paint: paint(false), width: 120 })
      .split('\n')
      .find((l) => l.startsWith('│ Good ') && l.includes('points'))!;

  it('an end that would print as 0 beside "change" gets a decimal more, then "<0.5"', () => {
    // 0.3 points rounds to 0 at whole points: one decimal, the change to the same places.
    expect(goodRow(changed([0.003, 0.4], 0.2))).toMatch(/│ \+20\.0 points │ +\+0\.3 to \+40\.0 │ change /);
    // 0.04 points is 0.0 even at one decimal: "<0.5" at whole points.
    expect(goodRow(changed([0.0004, 0.2], 0.1))).toMatch(/│ \+10 points │ +\+<0\.5 to \+20 │ change /);
    expect(goodRow(changed([-0.2, -0.0004], -0.1))).toMatch(/│ -10 points │ +-20 to -<0\.5 │ change /);
    expect(trendMarkdown(changed([0.003, 0.4], 0.2))).toContain('| \\+20.0 points | \\+0.3 to +40.0 | change |');
  });

  it('a share strictly between 0 and 1 never prints as 0% or 100%: 1999 of 2000 is ">99%", 1 of 2000 "<1%"', () => {
    const { met } = FINDING_CODE;
    const b = new TrendBuilder(criteria, { role: 'independent', between: null });
    for (let j = 0; j < 2000; j++) b.add(kase('big', 'alpha', j === 0 ? 'inadequate' : 'good', null, [met, met, met]));
    const m = b.finish({ order: ['big'], totals: { read: 2000, graded: 2000, ungraded: 0, rejected: 0 }, force: 'F', label: () => 'HMIC' });
    // Wilson 95%: 1999/2000 -> 99.72% to 99.99%; 1/2000 -> 0.009% to 0.28%.
    expect(trendTable(m, { paint: paint(false), width: 120 })).toContain(
      '│ big   │ 2000 │ >99% (>99%->99%) │           0% (0%-<1%) │ <1% (<1%-<1%) │',
    );
  });
});
