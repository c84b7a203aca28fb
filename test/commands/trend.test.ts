// `case-audit trend` end to end on the constructed rounds in fixtures/rounds/ (three quarterly dip
// samples; figures hand-worked from the plan in scripts/make-fixture-rounds.mjs), the same rounds
// read as three wide-form files and as one long-form file, the edge cases and the usage errors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../src/commands/context.js';
import { loadCriteriaDir } from '../../src/load/criteria/criteria-dir.js';
import { fixture, runCli } from '../helpers/cli.js';
import { newcombeByBisection, wilsonByBisection } from '../helpers/intervals.js';
import { tempDir } from '../helpers/tmp.js';

const LONG = fixture('rounds/all-rounds-long.csv');
const WIDE = ['2025-q1', '2025-q2', '2025-q3'].map((r) => fixture(`rounds/${r}.yaml`));
const ROUNDS = ['2025-Q1 dip sample', '2025-Q2 dip sample', '2025-Q3 dip sample'];
/** Independent grades per round, summed over the plan's three case types (section 47, DA, missing). */
const COUNTS = [
  { good: 2 + 2 + 1, requires_improvement: 4 + 5 + 3, inadequate: 6 + 5 + 4 },
  { good: 4 + 5 + 2, requires_improvement: 6 + 5 + 4, inadequate: 2 + 2 + 2 },
  { good: 6 + 7 + 5, requires_improvement: 5 + 4 + 3, inadequate: 1 + 1 + 0 },
];
const GRADES = ['good', 'requires_improvement', 'inadequate'] as const;

async function json(args: string[]) {
  const r = await runCli(['trend', '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('trend on three rounds', () => {
  it('rounds: n, counts, shares and Wilson intervals (checked by bisection to 1e-9)', async () => {
    const out = await json([LONG]);
    expect(out.rounds.map((r: { round: string }) => r.round)).toEqual(ROUNDS);
    out.rounds.forEach(
      (r: { n: number; counts: unknown; share: Record<string, number>; interval: Record<string, [number, number]> }, i: number) => {
        expect([r.n, r.counts]).toEqual([32, COUNTS[i]]);
        for (const g of GRADES) {
          expect(r.share[g]).toBe(COUNTS[i]![g] / 32);
          const [lo, hi] = wilsonByBisection(COUNTS[i]![g], 32);
          expect(Math.abs(r.interval[g]![0] - lo)).toBeLessThan(1e-9);
          expect(Math.abs(r.interval[g]![1] - hi)).toBeLessThan(1e-9);
        }
      },
    );
  });

  it('--per-comparison: unadjusted 95% Newcombe intervals (checked to 1e-9); Q1 to Q2 inadequate 15/32 -> 6/32 is a change, the rest are not', async () => {
    const out = await json(['--per-comparison', LONG]);
    expect(out.adjustment).toEqual({ method: 'none', comparisons: 12, level: 0.95 });
    expect(out.changes).toHaveLength(6);
    for (const c of out.changes) {
      const [from, to] = [ROUNDS.indexOf(c.from), ROUNDS.indexOf(c.to)];
      expect(to).toBe(from + 1);
      const [lo, hi] = newcombeByBisection(COUNTS[to]![c.grade as 'good'], 32, COUNTS[from]![c.grade as 'good'], 32);
      expect(Math.abs(c.differenceInterval[0] - lo)).toBeLessThan(1e-9);
      expect(Math.abs(c.differenceInterval[1] - hi)).toBeLessThan(1e-9);
      expect(c.significant).toBe(lo > 0 || hi < 0);
    }
    expect(
      out.changes.filter((c: { significant: boolean }) => c.significant).map((c: { from: string; grade: string }) => [c.from, c.grade]),
    ).toEqual([[ROUNDS[0], 'inadequate']]);
  });

  it('by default 12 verdicts hold 95% together: no change between consecutive rounds, first to last and the trend tests show one', async () => {
    const out = await json([LONG]);
    // 6 changes + 3 first against last + 3 trend tests, each at 1 - 0.05/12 (z 2.8652602385 from scipy).
    expect(out.adjustment).toEqual({ method: 'bonferroni', comparisons: 12, level: 1 - 0.05 / 12 });
    const z = 2.8652602385321346;
    const check = (c: { from: string; to: string; grade: 'good'; differenceInterval: [number, number]; significant: boolean }) => {
      const [from, to] = [ROUNDS.indexOf(c.from), ROUNDS.indexOf(c.to)];
      const [lo, hi] = newcombeByBisection(COUNTS[to]![c.grade], 32, COUNTS[from]![c.grade], 32, z);
      expect(Math.abs(c.differenceInterval[0] - lo)).toBeLessThan(1e-9);
      expect(Math.abs(c.differenceInterval[1] - hi)).toBeLessThan(1e-9);
      expect(c.significant).toBe(lo > 0 || hi < 0);
    };
    out.changes.forEach(check);
    out.firstLast.forEach(check);
    expect(out.changes.some((c: { significant: boolean }) => c.significant)).toBe(false);
    expect(
      out.firstLast.map((c: { from: string; to: string; grade: string; significant: boolean }) => [c.from, c.to, c.grade, c.significant]),
    ).toEqual([
      [ROUNDS[0], ROUNDS[2], 'good', true],
      [ROUNDS[0], ROUNDS[2], 'requires_improvement', false],
      [ROUNDS[0], ROUNDS[2], 'inadequate', true],
    ]);
    // statsmodels' ordinal association z (shift_zeros=False) times sqrt(N / (N - 1)): good 5, 11, 18 of 32 -> 11.5446
    // (p 0.000679); RI 12, 15, 12 -> 0 (p 1); inadequate 15, 6, 2 -> 14.4943 (p 0.000141).
    expect(out.trendTests).toEqual([
      {
        grade: 'good',
        statistic: expect.closeTo(11.54459203036053, 10),
        p: expect.closeTo(0.0006794660845629434, 12),
        significant: true,
        verdict: 'rising',
        reason: null,
      },
      {
        grade: 'requires_improvement',
        statistic: expect.closeTo(0, 12),
        p: expect.closeTo(1, 12),
        significant: false,
        verdict: 'no clear trend',
        reason: null,
      },
      {
        grade: 'inadequate',
        statistic: expect.closeTo(14.49434187016081, 10),
        p: expect.closeTo(0.00014058116227806685, 12),
        significant: true,
        verdict: 'falling',
        reason: null,
      },
    ]);
    // Each round holds 12 section 47, 12 domestic abuse and 8 missing cases: the same mix (chi-square 0).
    expect(out.caseMix).toEqual({ statistic: 0, df: 4, p: 1, differs: false });
  });

  it('byTable and criteria per round; CPE2 unmet 8 of 12 in Q1 and in every round', async () => {
    const out = await json([LONG]);
    const t3 = out.byTable.find((t: { table: number }) => t.table === 3);
    expect(t3.rounds.map((r: { counts: unknown }) => r.counts)).toEqual([
      { good: 2, requires_improvement: 4, inadequate: 6 },
      { good: 4, requires_improvement: 6, inadequate: 2 },
      { good: 6, requires_improvement: 5, inadequate: 1 },
    ]);
    const cpe2 = out.criteria.find((c: { criterion: string }) => c.criterion === 'CPE2');
    // Q1 section 47: the RI cases k = 2, 4 and the six inadequate cases miss CPE2.
    expect(cpe2.rounds[0]).toEqual({ round: ROUNDS[0], n: 12, unmet: 8, share: 8 / 12 });
    expect(cpe2.unmetEveryRound).toBe(true);
    expect(out.criteriaSet).toEqual(loadCriteriaDir(BUNDLED_CRITERIA).set!.identity);
  });

  it('--between self,independent: the gap per round (hand-worked from the plan)', async () => {
    const out = await json(['--between', 'self,independent', LONG]);
    expect(out.between).toEqual(['self', 'independent']);
    const gaps = out.rounds.map((r: { gap: { n: number; agreed: number; higher: number; lower: number } }) => [
      r.gap.n,
      r.gap.agreed,
      r.gap.higher,
      r.gap.lower,
    ]);
    // Every other case is self-graded: Q1 one grade higher (good stays good), Q2 when k % 4 is 0, Q3 only k = 2 (a good case).
    expect(gaps).toEqual([
      [16, 3, 13, 0],
      [16, 12, 4, 0],
      [16, 16, 0, 0],
    ]);
    expect(out.rounds[2].gap.kappa).toBe(1);
  });

  it("--role self: the force's own grades", async () => {
    const out = await json(['--role', 'self', LONG]);
    expect(out.rounds.map((r: { n: number }) => r.n)).toEqual([16, 16, 16]);
    // Q1, one grade above the inspectorate on the even cases: section 47 k 0-4 good, 6-10 RI;
    // domestic abuse k 0-6 good, 8-10 RI; missing k 0-2 good, 4-6 RI.
    expect(out.rounds[0].counts).toEqual({ good: 3 + 4 + 2, requires_improvement: 3 + 2 + 2, inadequate: 0 });
  });

  it('three wide-form files give the same trend as the long-form file with a round column', async () => {
    for (const format of ['json', 'table', 'csv', 'markdown']) {
      // The YAML files name the force; the CSV cannot, so name it for both.
      const common = ['trend', '--format', format, '--between', 'self,independent', '--force-name', 'Testshire Police'];
      const wide = await runCli([...common, ...WIDE]);
      const long = await runCli([...common, LONG]);
      expect([wide.code, long.code]).toEqual([0, 0]);
      // Only the accounting differs: the long form counts its assessment rows too.
      const strip = (s: string) => s.replace(/ \(\d+ assessments\)/, '').replace(/,\s*"assessments": \d+/, '');
      expect(strip(wide.stdout), format).toBe(strip(long.stdout));
    }
  });

  it('--order puts the rounds in the order given', async () => {
    const out = await json(['--order', `${ROUNDS[2]},${ROUNDS[0]},${ROUNDS[1]}`, LONG]);
    expect(out.rounds.map((r: { round: string }) => r.round)).toEqual([ROUNDS[2], ROUNDS[0], ROUNDS[1]]);
    expect([out.changes[0].from, out.changes[0].to]).toEqual([ROUNDS[2], ROUNDS[0]]);
  });

  it('the table format draws a bar per round and says what the interval means', async () => {
    const { code, stdout } = await runCli(['trend', LONG]);
    expect(code).toBe(0);
    // Q1 5/12/15 of 32 -> 3.1, 7.5, 9.4 cells: 3 / 8 / 9 by largest remainder.
    expect(stdout).toContain('  2025-Q1 dip sample  ###========.........');
    const flowing = stdout.replace(/\s+/g, ' ');
    expect(flowing).toContain('A "change" is called only where its interval excludes 0');
    expect(flowing).toContain('Each change has a 99.58% interval (Newcombe), so that the 12 verdicts shown hold 95% together');
  });
});

describe('trend --quiet and rounding', () => {
  it.each([['json'], ['csv']])('--quiet -f %s on a clean run: no accounting line on stderr (as report --quiet)', async (format) => {
    const quiet = await runCli(['trend', '--quiet', '-f', format, LONG]);
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
    const report = await runCli(['report', '--quiet', '-f', format, fixture('gloucestershire-2017.csv')]);
    expect([report.code, report.stderr]).toEqual([0, '']);
    // Without --quiet the line is there.
    expect((await runCli(['trend', '-f', format, LONG])).stderr).toMatch(/^96 read = 96 graded \+ 0 ungraded \+ 0 rejected/);
  });

  it('points round half away from zero, the same for + and -: inadequate 6/32 -> 2/32 is -12.5, printed -13', async () => {
    const { stdout } = await runCli(['trend', '--per-comparison', LONG]);
    expect(stdout).toMatch(/│ Inadequate +│ +19% to 6% │ -13 points │ +-30 to \+5 │ no clear change │/);
  });
});

describe('trend: edge cases and errors', () => {
  const dir = tempDir('case-audit-trend-');
  const header = 'case_id,case_type,round,self_grade,independent_grade,override_reason,referred_back,notes,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
  const row = (id: string, round: string, findings = 'y,y,y,y,y,y,y,y') => `${id},domestic-abuse,${round},,,,no,,${findings}`;
  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${[header, ...lines].join('\n')}\n`);
    return path;
  };

  it('one round: no changes and a clear line, exit 0', async () => {
    const { code, stdout } = await runCli(['trend', fixture('gloucestershire-2017.csv')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Only one round, (no round named): there is nothing to compare it with.');
    expect(stdout).not.toContain('Changes from the round before');
    const out = await json([fixture('gloucestershire-2017.csv')]);
    expect([out.rounds.length, out.changes, out.rounds[0].round, out.rounds[0].n]).toEqual([1, [], null, 89]);
  });

  it('--round names the round of files that name none', async () => {
    const out = await json(['--round', '2017 inspection', fixture('gloucestershire-2017.csv')]);
    expect(out.rounds.map((r: { round: string; n: number }) => [r.round, r.n])).toEqual([['2017 inspection', 89]]);
  });

  it('a round with no graded case and a round under 10: null shares, not comparable, clear lines', async () => {
    const path = file('edge.csv', [
      ...Array.from({ length: 12 }, (_, i) => row(`a${i}`, 'r1')),
      row('b1', 'r2', ',,,,,,,'), // no findings: ungraded
      ...Array.from({ length: 4 }, (_, i) => row(`c${i}`, 'r3', i === 0 ? 'n,y,y,y,y,y,y,y' : 'y,y,y,y,y,y,y,y')),
    ]);
    const out = await json([path]);
    expect(out.rounds.map((r: { n: number; caution: string | null }) => [r.n, r.caution])).toEqual([
      [12, null],
      [0, 'none'],
      [4, 'few'],
    ]);
    expect(out.rounds[1].share).toEqual({ good: null, requires_improvement: null, inadequate: null });
    expect(out.rounds[1].interval.good).toBeNull();
    // 12 of 12 good: the interval ends at exactly 1; 0 of 12 inadequate: at exactly 0.
    expect(out.rounds[0].interval.good[1]).toBe(1);
    expect(out.rounds[0].interval.inadequate[0]).toBe(0);
    expect(
      out.changes.every((c: { verdict: string; difference: number | null }) => c.verdict === 'not comparable' && c.difference === null),
    ).toBe(true);
    const { stdout } = await runCli(['trend', path]);
    expect(stdout).toContain('r2: no case graded by HMIC');
    expect(stdout).toContain('r3: only 4 cases graded by');
    expect(stdout).toContain('1 of 4 (');
    expect(stdout).toContain('(no graded cases)');
    expect(stdout).not.toMatch(/NaN|Infinity/);
  });

  it('warns when rounds seem scored against different criteria (findings for a criterion in one round only)', async () => {
    const path = file('mismatch.csv', [row('a1', 'r1', 'y,y,y,y,y,y,y,'), row('a2', 'r2', 'y,y,y,y,y,y,y,y')]);
    const { code, stdout, stderr } = await runCli(['trend', '--format', 'json', path]);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'warning: The rounds may have been scored against different criteria: one criterion has findings in only one round though their case type is in others: DA8 (only r2).',
    );
    expect(JSON.parse(stdout).mismatches).toEqual([{ criterion: 'DA8', type: 'domestic-abuse', round: 'r2' }]);
  });

  it.each([
    [['--role', 'inspector'], /--role: no role "inspector".*the roles are self, independent/],
    [['--between', 'self'], /--between takes two roles, A,B/],
    [['--between', 'self,self'], /--between takes two different roles/],
    [['--between', 'self,moderatr'], /--between: no role "moderatr"/],
    [['--order', '2025-Q1 dip sample'], /--order leaves out "2025-Q2 dip sample", "2025-Q3 dip sample"/],
    [['--order', 'Q1,Q2,Q3'], /--order names round "Q1", which no case is in/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const { code, stdout, stderr } = await runCli(['trend', ...args, LONG]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('other commands given several rounds', () => {
  it.each(['report', 'compare', 'sample'])('%s refuses rather than merge rounds into one table', async (command) => {
    const { code, stdout, stderr } = await runCli([command, ...(command === 'sample' ? ['--size', '3', '--seed', '1'] : []), LONG]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('the inputs hold 3 audit rounds ("2025-Q1 dip sample", "2025-Q2 dip sample", "2025-Q3 dip sample")');
    expect(stderr).toContain('case-audit trend');
  });

  it('score works per round: every row names its round', async () => {
    const rows = JSON.parse((await runCli(['score', '--format', 'json', LONG])).stdout) as Array<{ round: string }>;
    expect(new Set(rows.map((r) => r.round))).toEqual(new Set(ROUNDS));
  });
});
