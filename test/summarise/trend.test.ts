// The trend fold over hand-made assembled cases: counts, shares and intervals per round (checked
// against a second computation), changes and verdicts, tables, criteria, the --between gap, and
// the edge cases (an empty round, a small round, one round, mismatched criteria, --order).
import { describe, expect, it } from 'vitest';
import { FINDING_CODE, type AssembledCase, type ScoredAssessment } from '../../src/domain/assessment.js';
import type { Grade } from '../../src/domain/grades.js';
import { TrendBuilder } from '../../src/summarise/trend/trend-builder.js';
import type { RoundGap } from '../../src/summarise/trend/trend-model.js';
import { mismatchLine, trendNotes } from '../../src/summarise/trend/trend-notes.js';
import { everyRound, gap, newTally } from '../../src/summarise/trend/trend-tally.js';
import { orderRounds } from '../../src/summarise/trend/trend-rounds.js';
import { SCALE_2017, smallCriteria } from '../helpers/criteria.js';
import { newcombeByBisection, wilsonByBisection } from '../helpers/intervals.js';

const criteria = smallCriteria();
const type = (id: string) => criteria.types.find((t) => t.id === id)!;
const TOTALS = { read: 0, graded: 0, ungraded: 0, rejected: 0 };
const IND = { role: 'independent', label: 'HMIC' };
const SELF = { role: 'self', label: 'Testshire Police' };

type Code = keyof typeof FINDING_CODE;

function assessment(role: string, grade: Grade | null, codes: Code[] = []): ScoredAssessment {
  return {
    role,
    auditor: null,
    grade,
    derivedGrade: grade,
    gradeSource: grade ? 'derived' : 'none',
    override: false,
    unmet: [],
    partly: [],
    missing: [],
    referredBack: false,
    referralSuggested: false,
    codes: Uint8Array.from(codes.map((c) => FINDING_CODE[c])),
    source: { file: 'cases.csv', line: 2 },
  };
}

let serial = 0;
function kase(
  round: string | null,
  caseType: string,
  independent: Grade | null,
  codes: Code[] = [],
  self?: Grade | null,
  caseId = `c${serial++}`,
): AssembledCase {
  const assessments = new Map<string, ScoredAssessment>();
  if (self !== undefined) assessments.set('self', assessment('self', self));
  assessments.set(
    'independent',
    assessment('independent', independent, codes.length ? codes : type(caseType).criteria.map(() => 'met' as const)),
  );
  return { round, caseId, caseType, assessments };
}

/** `n` cases of each grade, in GRADES order. */
function cases(round: string | null, good: number, ri: number, inadequate: number, caseType = 'gamma'): AssembledCase[] {
  const make = (g: Grade, n: number) => Array.from({ length: n }, () => kase(round, caseType, g));
  return [...make('good', good), ...make('requires_improvement', ri), ...make('inadequate', inadequate)];
}

function build(all: AssembledCase[], between: boolean = false, order?: string[], perComparison = false) {
  const b = new TrendBuilder(criteria, { role: 'independent', between: between ? ['self', 'independent'] : null, perComparison });
  for (const c of all) b.add(c);
  const ordered = orderRounds(b.roundsMet(), order);
  if (!ordered.ok) throw new Error(ordered.message);
  const labels: Record<string, string> = { self: SELF.label, independent: IND.label };
  return b.finish({ order: ordered.rounds, totals: TOTALS, force: 'Testshire Police', label: (role) => labels[role]! });
}

describe('trend: rounds', () => {
  const model = build([...cases('2025-Q1', 6, 10, 4), ...cases('2025-Q2', 15, 8, 2)]);

  it('counts, n, shares and Wilson intervals per round (intervals checked by bisection to 1e-9)', () => {
    const [q1, q2] = model.rounds;
    expect([q1!.round, q1!.n, q1!.counts]).toEqual(['2025-Q1', 20, { good: 6, requires_improvement: 10, inadequate: 4 }]);
    expect([q2!.round, q2!.n, q2!.counts]).toEqual(['2025-Q2', 25, { good: 15, requires_improvement: 8, inadequate: 2 }]);
    expect(q1!.share).toEqual({ good: 0.3, requires_improvement: 0.5, inadequate: 0.2 });
    for (const [r, x, n] of [
      [q1!, 6, 20],
      [q2!, 15, 25],
    ] as const) {
      const [lo, hi] = wilsonByBisection(x, n);
      expect(Math.abs(r.interval.good![0] - lo)).toBeLessThan(1e-9);
      expect(Math.abs(r.interval.good![1] - hi)).toBeLessThan(1e-9);
    }
    expect(q1!.bar).toEqual({ good: 6, requires_improvement: 10, inadequate: 4 }); // 20 cells for 20 cases
    expect(q2!.bar).toEqual({ good: 12, requires_improvement: 6, inadequate: 2 }); // 12, 6.4, 1.6 -> 12, 6, 2
    expect(model.rounds.map((r) => r.caution)).toEqual([null, null]);
  });

  it('--per-comparison: each difference with its unadjusted 95% Newcombe interval, a change only where it excludes 0', () => {
    const model = build([...cases('2025-Q1', 6, 10, 4), ...cases('2025-Q2', 15, 8, 2)], false, undefined, true);
    expect(model.adjustment).toMatchObject({ method: 'none', comparisons: 3, level: 0.95, perComparison: true });
    const good = model.changes.find((c) => c.grade === 'good')!;
    expect([good.from, good.to, good.shareFrom, good.shareTo]).toEqual(['2025-Q1', '2025-Q2', 0.3, 0.6]);
    expect(good.difference).toBeCloseTo(0.3, 12);
    const [lo, hi] = newcombeByBisection(15, 25, 6, 20);
    expect(Math.abs(good.differenceInterval![0] - lo)).toBeLessThan(1e-9);
    expect(Math.abs(good.differenceInterval![1] - hi)).toBeLessThan(1e-9);
    // 0.30 -> 0.60 on 20 and 25 cases: about 0.01 to 0.53, so a change.
    expect([good.significant, good.verdict]).toEqual([true, 'change']);
    const inadequate = model.changes.find((c) => c.grade === 'inadequate')!;
    // 0.20 -> 0.08: the interval spans 0.
    expect(inadequate.differenceInterval![0]).toBeLessThan(0);
    expect(inadequate.differenceInterval![1]).toBeGreaterThan(0);
    expect([inadequate.significant, inadequate.verdict]).toEqual([false, 'no clear change']);
    expect(model.changes.map((c) => c.grade)).toEqual(['good', 'requires_improvement', 'inadequate']);
    expect(model.intervalMeaning).toMatch(/^Each change has an unadjusted 95% interval \(Newcombe\), as --per-comparison asks/);
    expect(model.notes).toEqual([]);
  });

  it('by default the 3 changes hold 95% together: each at 1 - 0.05/3 (z 2.3939797998 from scipy), so 0.30 -> 0.60 is no longer a change', () => {
    expect(model.adjustment).toMatchObject({ method: 'bonferroni', comparisons: 3, perComparison: false });
    expect(model.adjustment.level).toBeCloseTo(1 - 0.05 / 3, 15);
    const good = model.changes.find((c) => c.grade === 'good')!;
    // statsmodels confint_proportions_2indep(15, 25, 6, 20, method='newcomb', alpha=0.05/3).
    expect(good.differenceInterval![0]).toBeCloseTo(-0.05183885275476352, 12);
    expect(good.differenceInterval![1]).toBeCloseTo(0.5619198275952719, 12);
    const [lo, hi] = newcombeByBisection(15, 25, 6, 20, 2.3939797998185104);
    expect(Math.abs(good.differenceInterval![0] - lo)).toBeLessThan(1e-9);
    expect(Math.abs(good.differenceInterval![1] - hi)).toBeLessThan(1e-9);
    expect([good.significant, good.verdict]).toEqual([false, 'no clear change']);
    expect(model.changes.every((c) => !c.significant)).toBe(true);
    // Two rounds: the change is the first against the last, and no trend test.
    expect([model.firstLast, model.trendTests]).toEqual([[], []]);
    expect(model.intervalMeaning).toMatch(
      /^Each change has a 98\.33% interval \(Newcombe\), so that the 3 verdicts shown hold 95% together/,
    );
  });

  it('per report table per round: counts', () => {
    const t4 = model.byTable.find((t) => t.table === 4)!;
    expect(t4.rounds.map((r) => [r.round, r.n, r.counts.good])).toEqual([
      ['2025-Q1', 20, 6],
      ['2025-Q2', 25, 15],
    ]);
    expect(model.byTable.find((t) => t.table === 3)!.rounds.map((r) => r.n)).toEqual([0, 0]);
  });
});

describe('trend: edge cases', () => {
  it('a round with no graded cases: null shares and intervals, no change to or from it, a clear line', () => {
    const model = build([...cases('a', 5, 5, 5), kase('b', 'gamma', null), ...cases('c', 6, 6, 6)]);
    const b = model.rounds[1]!;
    expect([b.n, b.ungraded, b.caution, b.share.good, b.interval.good, b.bar.good]).toEqual([0, 1, 'none', null, null, 0]);
    const touching = model.changes.filter((c) => c.to === 'b' || c.from === 'b');
    expect(touching).toHaveLength(6);
    for (const c of touching)
      expect([c.difference, c.differenceInterval, c.significant, c.verdict]).toEqual([null, null, false, 'not comparable']);
    expect(model.notes).toContain('b: no case graded by HMIC, so no shares and no change to or from it.');
  });

  it('0 of n and n of n: intervals end exactly at 0 and 1', () => {
    const model = build([...cases('a', 12, 0, 0), ...cases('b', 0, 12, 0)]);
    const [a, b] = model.rounds;
    expect(a!.interval.good![1]).toBe(1);
    expect(a!.interval.inadequate![0]).toBe(0);
    expect(b!.interval.good![0]).toBe(0);
    const good = model.changes.find((c) => c.grade === 'good')!;
    expect(good.difference).toBe(-1);
    // Three changes, each at 1 - 0.05/3; statsmodels' Newcombe at that level gives -1 to -0.54289.
    const [lo, hi] = newcombeByBisection(0, 12, 12, 12, 2.3939797998185104);
    expect(good.differenceInterval![1]).toBeCloseTo(-0.5428914763179804, 12);
    expect(Math.abs(good.differenceInterval![0] - lo)).toBeLessThan(1e-9);
    expect(Math.abs(good.differenceInterval![1] - hi)).toBeLessThan(1e-9);
    expect(good.verdict).toBe('change');
  });

  it('fewer than 10 graded cases: flagged, with a line saying the intervals are wide', () => {
    const model = build([...cases('a', 2, 3, 1), ...cases('b', 10, 5, 5)]);
    expect(model.rounds.map((r) => r.caution)).toEqual(['few', null]);
    expect(model.notes).toEqual([
      'a: only 6 cases graded by HMIC (fewer than 10): shown as counts, not percentages; its intervals are wide.',
    ]);
  });

  it('exactly 10 graded cases is not few; a change from or to a few-case round is flagged few', () => {
    const model = build([...cases('a', 2, 3, 1), ...cases('b', 4, 3, 3), ...cases('c', 5, 5, 5)]);
    expect(model.rounds.map((r) => [r.n, r.caution])).toEqual([
      [6, 'few'],
      [10, null],
      [15, null],
    ]);
    expect(model.changes.filter((c) => c.grade === 'good').map((c) => [c.from, c.to, c.few])).toEqual([
      ['a', 'b', true],
      ['b', 'c', false],
    ]);
    const reversed = build([...cases('b', 4, 3, 3), ...cases('a', 2, 3, 1)]);
    expect(reversed.changes.every((c) => c.few)).toBe(true);
  });

  it('one round: no changes, and a line saying there is nothing to compare', () => {
    const model = build(cases('only', 4, 4, 4));
    expect(model.changes).toEqual([]);
    expect(model.notes[0]).toMatch(/^Only one round, only: there is nothing to compare it with\./);
    expect(model.criteria.every((c) => !c.unmetEveryRound)).toBe(true);
  });

  it('no case at all: no rounds, no changes, one line saying so', () => {
    const model = build([]);
    expect([model.rounds, model.changes, model.criteria]).toEqual([[], [], []]);
    expect(model.notes).toEqual(['No round holds a case: there is nothing to show.']);
  });

  it('no round named: labelled as such, round null', () => {
    const model = build(cases(null, 4, 4, 4));
    expect([model.rounds[0]!.round, model.rounds[0]!.label]).toEqual([null, '(no round named)']);
  });

  it('cases graded again in the next round are named: the samples overlap', () => {
    const model = build([
      kase('a', 'gamma', 'good', [], undefined, 'x1'),
      ...cases('a', 9, 0, 0),
      kase('b', 'gamma', 'good', [], undefined, 'x1'),
      ...cases('b', 9, 0, 0),
    ]);
    expect(model.notes).toContain(
      '1 case graded in a was graded again in b: the intervals assume separate samples, so read them as approximate.',
    );
  });
});

describe('trend: criteria', () => {
  it('how often each criterion was unmet per round, flagging those unmet in every round', () => {
    const model = build([
      kase('a', 'alpha', 'inadequate', ['unmet', 'unmet', 'met']),
      kase('a', 'alpha', 'requires_improvement', ['met', 'unmet', 'na']),
      kase('b', 'alpha', 'requires_improvement', ['met', 'unmet', 'met']),
      kase('b', 'alpha', 'good', ['met', 'met', 'met']),
      kase('b', 'alpha', null, ['unmet', 'none', 'none']), // ungraded: not counted
    ]);
    const row = (id: string) => model.criteria.find((c) => c.criterion === id)!;
    expect(row('A1').rounds.map((r) => [r.round, r.unmet, r.n, r.share])).toEqual([
      ['a', 1, 2, 0.5],
      ['b', 0, 2, 0],
    ]);
    expect(row('A2').rounds.map((r) => [r.unmet, r.n])).toEqual([
      [2, 2],
      [1, 2],
    ]);
    expect(row('A3').rounds.map((r) => [r.unmet, r.n, r.share])).toEqual([
      [0, 1, 0],
      [0, 2, 0],
    ]);
    expect(model.criteria.filter((c) => c.unmetEveryRound).map((c) => c.criterion)).toEqual(['A2']);
    // A round that did not check a criterion (no alpha case) neither breaks nor makes the flag.
    const withC = build([
      kase('a', 'alpha', 'inadequate', ['unmet', 'unmet', 'met']),
      kase('b', 'gamma', 'good'),
      kase('c', 'alpha', 'inadequate', ['unmet', 'met', 'met']),
    ]);
    expect(withC.criteria.filter((c) => c.unmetEveryRound).map((c) => c.criterion)).toEqual(['A1']);
    expect(withC.criteria.find((c) => c.criterion === 'A1')!.rounds.map((r) => r.n)).toEqual([1, 0, 1]);
    expect(model.criteria.map((c) => c.criterion)).toEqual(['A1', 'A2', 'A3']); // B1, G1... have no findings
    expect(row('A2').text).toBe('A2 text');
  });

  it('names criteria with findings in only one round though their type is in others', () => {
    const model = build([
      kase('a', 'beta', 'good', ['met', 'none']),
      kase('b', 'beta', 'good', ['met', 'met']),
      kase('b', 'gamma', 'good'), // gamma is in one round only: not a mismatch
    ]);
    expect(model.mismatches).toEqual([{ criterion: 'B2', type: 'beta', round: 'b', label: 'b' }]);
    expect(model.notes.at(-1)).toBe(
      'The rounds may have been scored against different criteria: one criterion has findings in only one round though their case type is in others: B2 (only b). Every round is scored against the criteria given.',
    );
  });
});

describe('trend: --between A,B per round', () => {
  it('n, exact agreement with its interval, kappa, A higher, A lower', () => {
    const model = build(
      [
        kase('a', 'gamma', 'good', [], 'good'),
        kase('a', 'gamma', 'requires_improvement', [], 'good'),
        kase('a', 'gamma', 'inadequate', [], 'good'),
        kase('a', 'gamma', 'inadequate', [], 'inadequate'),
        kase('a', 'gamma', 'good'), // no self grade: not in the gap
        kase('b', 'gamma', 'good', [], 'requires_improvement'),
        kase('b', 'gamma', 'good', [], 'good'),
      ],
      true,
    );
    const [a, b] = model.rounds.map((r) => r.gap!) as [RoundGap, RoundGap];
    // a: matrix self x independent: (G,G) (G,RI) (G,I) (I,I). rows [3,0,1], cols [1,1,2], n = 4.
    // po = 2/4; pe = (3*1 + 0*1 + 1*2)/16 = 5/16; kappa = (8/16 - 5/16)/(11/16) = 3/11.
    expect([a.n, a.agreed, a.exactAgreement, a.higher, a.lower]).toEqual([4, 2, 0.5, 2, 0]);
    expect(a.kappa).toBeCloseTo(3 / 11, 12);
    const [lo, hi] = wilsonByBisection(2, 4);
    expect(Math.abs(a.agreementInterval![0] - lo)).toBeLessThan(1e-9);
    expect(Math.abs(a.agreementInterval![1] - hi)).toBeLessThan(1e-9);
    expect([b.n, b.agreed, b.higher, b.lower]).toEqual([2, 1, 0, 1]);
    expect(model.between).toEqual([SELF, IND]);
  });

  it('no gap without --between', () => {
    expect(build(cases('a', 1, 1, 1)).rounds[0]!.gap).toBeNull();
  });
});

describe('trend: round order', () => {
  const all = [...cases('q1', 10, 0, 0), ...cases('q3', 0, 10, 0), ...cases('q2', 0, 0, 10)];

  it('as first met, or as --order lists them', () => {
    expect(build(all).rounds.map((r) => r.round)).toEqual(['q1', 'q3', 'q2']);
    expect(build(all, false, ['q1', 'q2', 'q3']).rounds.map((r) => r.round)).toEqual(['q1', 'q2', 'q3']);
  });

  it.each([
    [['q1', 'q2'], '--order leaves out "q3"; name every round read: q1, q3, q2'],
    [['q1', 'q2', 'q3', 'q4'], '--order names round "q4", which no case is in; the rounds read are: q1, q3, q2'],
    [['q1', 'q1', 'q2', 'q3'], '--order names round "q1" twice'],
  ])('--order %j is refused: %s', (order, message) => {
    expect(orderRounds(['q1', 'q3', 'q2'], order)).toEqual({ ok: false, message });
  });

  it('--order with cases that name no round is refused', () => {
    expect(orderRounds([null, 'q1'], ['q1'])).toEqual({
      ok: false,
      message: '--order: some cases name no round; give them one (a round column, a top-level round: key or --round) first',
    });
  });
});

describe('trend: notes in words', () => {
  const role = { role: 'independent', label: 'HMIC' };
  const mismatch = (criterion: string, label: string) => ({ criterion, type: 'alpha', round: label, label });

  it('one criterion or several with findings in only one round', () => {
    expect(mismatchLine([mismatch('A1', '2025-q1')])).toBe(
      'The rounds may have been scored against different criteria: one criterion has findings in only one round though their case type is in others: A1 (only 2025-q1). Every round is scored against the criteria given.',
    );
    expect(mismatchLine([mismatch('A1', '2025-q1'), mismatch('A2', '2025-q2')])).toBe(
      'The rounds may have been scored against different criteria: 2 criteria have findings in only one round though their case type is in others: A1 (only 2025-q1), A2 (only 2025-q2). Every round is scored against the criteria given.',
    );
  });

  it('cases graded again in a later round, one or several', () => {
    const reaudited = [
      { from: '2025-q1', to: '2025-q2', cases: 1 },
      { from: '2025-q2', to: '2025-q3', cases: 3 },
    ];
    expect(trendNotes([], role, [], reaudited)).toEqual([
      'No round holds a case: there is nothing to show.',
      '1 case graded in 2025-q1 was graded again in 2025-q2: the intervals assume separate samples, so read them as approximate.',
      '3 cases graded in 2025-q2 were graded again in 2025-q3: the intervals assume separate samples, so read them as approximate.',
    ]);
  });
});

describe('trend: tallies', () => {
  it('a weakness persists only where two or more rounds checked the criterion and each found it unmet', () => {
    expect(everyRound([{ n: 3, unmet: 1 }])).toBe(false);
    expect(
      everyRound([
        { n: 3, unmet: 1 },
        { n: 0, unmet: 0 },
      ]),
    ).toBe(false);
    expect(
      everyRound([
        { n: 3, unmet: 1 },
        { n: 0, unmet: 0 },
        { n: 2, unmet: 2 },
      ]),
    ).toBe(true);
    expect(
      everyRound([
        { n: 3, unmet: 1 },
        { n: 2, unmet: 0 },
      ]),
    ).toBe(false);
  });

  it('a round with no case graded by both roles has no agreement, not 0 of 0', () => {
    const g = gap(newTally(2, SCALE_2017), SCALE_2017);
    expect([g.n, g.agreed, g.exactAgreement]).toEqual([0, 0, null]);
  });
});
