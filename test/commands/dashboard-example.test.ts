// The dashboard's example (fixtures/dashboard, made by scripts/make-dashboard-fixture.mjs): every
// part has something to show, and its figures are those the fixture's README works out by hand from
// the plan, not figures computed by the code under test.
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const ROUNDS = ['2023', '2024', '2025'].map((r) => fixture(`dashboard/${r}.csv`));
const ARGS = [
  'dashboard',
  '--recommendations',
  fixture('dashboard/recommendations.yaml'),
  '--log',
  fixture('dashboard/referrals-2025.csv'),
  '--as-of',
  '2025-06-30',
  ...ROUNDS,
  '-f',
  'json',
];

interface Board {
  latestRound: string;
  totals: Record<string, number>;
  report: {
    bothAssessed: { self: Record<string, number>; independent: Record<string, number> };
    independentOnly: Record<string, number>;
    referredBack: string[];
  };
  compare: { higher: number; lower: number; n: number; agreed: number; auditorsToReview: Array<{ auditor: string }> };
  trend: { rounds: Array<{ round: string; counts: Record<string, number> }> };
  actions: { recommendations: Array<{ id: string; verdict: string; mismatch: string | null; overdue: boolean }> };
  referrals: {
    byStatus: Record<string, number>;
    unaccounted: Array<{ caseId: string; because: string }>;
    overdue: Array<{ caseId: string; days: number }>;
    needing: number;
  };
}

const grades = (good: number, ri: number, inadequate: number) => ({ good, requires_improvement: ri, inadequate });

describe('dashboard on its example (fixtures/dashboard): the README’s hand-worked figures', () => {
  it('Tables 1 and 2, the gap, the auditor to review, the rounds, the recommendations and the referrals', async () => {
    const r = await runCli(ARGS);
    expect(r.code, r.stderr).toBe(0);
    const board = JSON.parse(r.stdout) as Board;
    expect(board.latestRound).toBe('2025 dip sample');
    expect(board.totals).toEqual({ read: 168, graded: 168, ungraded: 0, rejected: 0 });

    expect(board.report.bothAssessed).toEqual({ self: grades(35, 10, 7), independent: grades(28, 18, 6) });
    expect(board.report.independentOnly).toEqual(grades(0, 0, 0));
    expect([...board.report.referredBack].sort()).toEqual(['R25-CSE-01', 'R25-DA-01', 'R25-DA-10']);

    expect([board.compare.higher, board.compare.lower, board.compare.agreed, board.compare.n]).toEqual([7, 1, 44, 52]);
    expect(board.compare.auditorsToReview.map((a) => a.auditor)).toEqual(['A4']);

    expect(board.trend.rounds.map((t) => [t.round, t.counts])).toEqual([
      ['2023 re-inspection', grades(29, 25, 10)],
      ['2024 dip sample', grades(28, 15, 9)],
      ['2025 dip sample', grades(28, 18, 6)],
    ]);

    expect(board.actions.recommendations.map((a) => [a.id, a.verdict, a.mismatch, a.overdue])).toEqual([
      ['R1', 'improved', null, false],
      ['R2', 'no clear change', null, true],
      ['R3', 'no clear change', 'recorded achieved, not shown', false],
      ['R4', 'not re-audited', null, true],
    ]);

    expect(board.referrals.needing).toBe(6);
    expect(board.referrals.byStatus).toEqual({ referred: 2, acknowledged: 1, actioned: 1, dismissed: 1 });
    expect(board.referrals.unaccounted).toEqual([expect.objectContaining({ caseId: 'R25-CSE-03', because: 'suggested' })]);
    expect(board.referrals.overdue).toEqual([expect.objectContaining({ caseId: 'R25-DA-02', days: 49 })]);
    expect(r.stdout).not.toContain('NOTE-MARKER');
  });
});
