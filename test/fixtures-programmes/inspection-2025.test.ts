// The constructed 2025 inspection (fixtures/inspection-2025): the five-point scale, five areas,
// no partly met, wide form. Every expected figure below is worked out by hand in that folder's
// README.md, from the plan of findings, not by case-audit.
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const CRITERIA = ['--criteria', fixture('inspection-2025/criteria'), '--force-name', 'Testshire Constabulary'];
const CASES = fixture('inspection-2025/cases.csv');
const SCALE = ['outstanding', 'good', 'adequate', 'requires_improvement', 'inadequate'];
const ACCOUNTING = '21 read = 20 graded + 1 ungraded + 0 rejected';

/** Grade counts in scale order: outstanding, good, adequate, requires improvement, inadequate. */
const counts = (o: number, g: number, a: number, ri: number, i: number) => ({
  outstanding: o,
  good: g,
  adequate: a,
  requires_improvement: ri,
  inadequate: i,
});

async function json(command: string) {
  const r = await runCli([command, ...CRITERIA, '--quiet', '--format', 'json', CASES]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('the constructed 2025 inspection', () => {
  it('its criteria folder passes criteria validate: no error and no warning', async () => {
    const r = await runCli(['criteria', 'validate', '--format', 'json', fixture('inspection-2025/criteria')]);
    expect([r.code, JSON.parse(r.stdout), r.stderr]).toEqual([0, [], '0 problems in 4 files\n']);
  });

  it('report: Tables 1 and 2 and the tables per case type, five grades in scale order', async () => {
    const out = await json('report');
    expect(out.totals).toEqual({ read: 21, graded: 20, ungraded: 1, rejected: 0 });
    expect(out.bothAssessed).toEqual({ self: counts(2, 6, 6, 4, 1), independent: counts(1, 4, 4, 3, 7) });
    expect(out.independentOnly).toEqual(counts(0, 0, 1, 0, 0));
    expect(out.byTable.map((t: { table: number; counts: object }) => [t.table, t.counts])).toEqual([
      [3, counts(1, 2, 1, 1, 2)],
      [4, counts(0, 1, 2, 1, 3)],
      [5, counts(0, 1, 2, 1, 2)],
    ]);
    for (const c of [
      out.bothAssessed.self,
      out.bothAssessed.independent,
      out.independentOnly,
      ...out.byTable.map((t: { counts: object }) => t.counts),
    ])
      expect(Object.keys(c)).toEqual(SCALE);
    expect([out.referredBack, out.referralSuggested, out.ungraded]).toEqual([
      ['IN-03', 'IN-14'],
      ['IN-06', 'IN-19'],
      [{ caseId: 'IN-21', missing: ['CE4'] }],
    ]);
  });

  it('compare: the 5 x 5 matrix, agreed, higher, lower and both kappas', async () => {
    const out = await json('compare');
    expect(out.n).toBe(19);
    expect(out.matrix).toEqual({
      outstanding: counts(1, 1, 0, 0, 0),
      good: counts(0, 2, 2, 1, 1),
      adequate: counts(0, 1, 2, 1, 2),
      requires_improvement: counts(0, 0, 0, 1, 3),
      inadequate: counts(0, 0, 0, 0, 1),
    });
    expect(Object.keys(out.matrix)).toEqual(SCALE);
    expect([out.agreed, out.selfHigher, out.selfLower]).toEqual([7, 11, 1]);
    expect(out.exactAgreement).toBeCloseTo(7 / 19, 12);
    expect(out.kappa).toBeCloseTo(16 / 73, 12);
    expect(out.weightedKappa).toBeCloseTo(220 / 543, 12);
  });

  it('compare --between self,independent: the same cases, higher and lower by the contract’s names', async () => {
    const r = await runCli(['compare', ...CRITERIA, '--quiet', '--between', 'self,independent', '--format', 'json', CASES]);
    const out = JSON.parse(r.stdout);
    expect([out.between, out.n, out.agreed, out.higher, out.lower]).toEqual([['self', 'independent'], 19, 7, 11, 1]);
  });

  it('score: each case as the hand working grades it; the override stands; read = graded + ungraded + rejected', async () => {
    const r = await runCli(['score', ...CRITERIA, '--format', 'json', CASES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${ACCOUNTING}\n`);
    const rows = JSON.parse(r.stdout) as Array<{ caseId: string; selfGrade: string | null; grade: string | null; gradeSource: string }>;
    const G: Record<string, string | null> = {
      O: 'outstanding',
      G: 'good',
      A: 'adequate',
      RI: 'requires_improvement',
      I: 'inadequate',
      '-': null,
    };
    // Per case: self grade, independent grade ("-": none).
    // prettier-ignore
    const HAND = [
      'G G', 'G A', 'A I', 'A RI', 'O G', 'RI I', 'O O', 'A A', 'RI I', 'G I', 'G A',
      'RI RI', 'A G', 'I I', 'A A', 'RI I', 'G RI', 'G G', 'A I', '- A', 'G -',
    ];
    expect(rows.map((row) => [row.caseId, row.selfGrade, row.grade])).toEqual(
      HAND.map((pair, i) => [`IN-${String(i + 1).padStart(2, '0')}`, ...pair.split(' ').map((g) => G[g])]),
    );
    expect(rows.filter((row) => row.gradeSource === 'override').map((row) => row.caseId)).toEqual(['IN-07']);
  });
  // The programme records no partly met finding: the area table has no Partly column (it would be
  // all zeros), while the JSON keeps the contract's `partly` key. The children's services audit,
  // which records partly, keeps the column (test/render/areas-report.test.ts).
  it('report: the area table has no Partly column where the programme records no partly met finding', async () => {
    const md = await runCli(['report', ...CRITERIA, '--format', 'markdown', CASES]);
    expect(md.code, md.stderr).toBe(0);
    const head = md.stdout.split('\n').find((l) => l.startsWith('| Area (its criteria)'));
    expect(
      head
        ?.split('|')
        .map((c) => c.trim())
        .filter(Boolean),
    ).toEqual(['Area (its criteria)', 'Applied', 'Unmet', 'Share unmet', 'Serious']);
    expect(md.stdout).toContain('Unmet, those unmet; Share unmet');
    const out = await json('report');
    expect(out.areas[0].partly).toBe(0);
  });
});
