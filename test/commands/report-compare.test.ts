// The real CLI (in-process) for `report` and `compare`: exit codes, rejected rows, --strict,
// --themes, --weights, --output.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankSelfWarning2017 } from '../helpers/fixture-2017.js';
import { fixture, runCli } from '../helpers/cli.js';

const FIXTURE = readFileSync(fixture('gloucestershire-2017.csv'), 'utf8');
const WIDTH = FIXTURE.split('\n')[0]!.split(',').length;
const dir = mkdtempSync(join(tmpdir(), 'case-audit-report-'));

/** The fixture plus one row (the row's cells after case_id,case_type,self_grade; the rest blank). */
function withRow(name: string, cells: string[]): string {
  const row = [...cells, ...Array(WIDTH - cells.length).fill('')].join(',');
  const path = join(dir, name);
  writeFileSync(path, `${FIXTURE}${row}\n`);
  return path;
}

describe.each(['report', 'compare'])('%s', (command) => {
  it('a rejected row is reported with file:line, the output for the rest is still printed, exit 1', async () => {
    const file = withRow(`${command}-rejected.csv`, ['BAD-1', 'domestic-abuse', 'excellent']);
    const { code, stdout, stderr } = await runCli([command, '--format', 'json', file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:91:3: case "BAD-1": self_grade is not a grade`);
    expect(stderr).toContain('90 read = 89 graded + 0 ungraded + 1 rejected');
    const json = JSON.parse(stdout);
    if (command === 'report') {
      expect(json.bothAssessed.self).toEqual({ good: 28, requires_improvement: 5, inadequate: 0 });
      expect(json.rejected).toEqual([{ file, line: 91, message: expect.stringContaining('self_grade is not a grade') }]);
    } else {
      expect(json.n).toBe(33);
    }
  });

  it('an ungraded case passes, but fails with --strict (exit 1)', async () => {
    const file = withRow(`${command}-ungraded.csv`, ['UNG-1', 'domestic-abuse', 'good']);
    const plain = await runCli([command, file]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('90 read = 89 graded + 1 ungraded + 0 rejected');
    expect((await runCli([command, '--strict', file])).code).toBe(1);
  });
});

describe('report', () => {
  it('lists an ungraded case with its missing criteria, counted in no table', async () => {
    const file = withRow('ungraded.csv', ['UNG-1', 'domestic-abuse', 'good']);
    const { stdout } = await runCli(['report', file]);
    expect(stdout).toContain('Ungraded, not counted in any table (1):\n  UNG-1: missing DA1, DA2, DA3, DA4, DA5, DA6, DA7, DA8\n');
    expect(stdout).toMatch(/│ Force assessment │\s+28 │\s+5 │\s+0 │/);
    const json = JSON.parse((await runCli(['report', '--format', 'json', file])).stdout);
    expect(json.ungraded).toEqual([{ caseId: 'UNG-1', missing: ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'] }]);
  });

  it('--themes sets how many criteria each table lists', async () => {
    const json = JSON.parse((await runCli(['report', '--format', 'json', '--themes', '1', fixture('gloucestershire-2017.csv')])).stdout);
    expect(json.byTable.map((t: { themes: unknown[] }) => t.themes.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    const bad = await runCli(['report', '--themes', 'lots', fixture('gloucestershire-2017.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--themes takes a whole number of at least 1');
  });

  it('--output writes the file and puts the accounting on stderr', async () => {
    const out = join(dir, 'report.md');
    const { code, stdout, stderr } = await runCli(['report', '--format', 'markdown', '--output', out, fixture('gloucestershire-2017.csv')]);
    expect([code, stdout]).toEqual([0, '']);
    expect(stderr).toBe(`${blankSelfWarning2017(fixture('gloucestershire-2017.csv'))}89 read = 89 graded + 0 ungraded + 0 rejected\n`);
    expect(readFileSync(out, 'utf8')).toContain('| Force assessment | 28 | 5 | 0 |');
  });
});

describe('compare', () => {
  it('rejects an unknown --weights (exit 2)', async () => {
    const { code, stderr } = await runCli(['compare', '--weights', 'cubic', fixture('gloucestershire-2017.csv')]);
    expect(code).toBe(2);
    expect(stderr).toContain('cubic');
  });

  it('prints n/a for the kappas when every compared case has one grade', async () => {
    const file = join(dir, 'one-grade.yaml');
    writeFileSync(
      file,
      'cases:\n' +
        ['a', 'b'].map((id) => `  - { id: ${id}, type: police-protection, self_grade: good, independent_grade: good }\n`).join(''),
    );
    const { code, stdout } = await runCli(['compare', file]);
    expect(code).toBe(0);
    expect(stdout).toContain("Cohen's kappa            n/a\n");
    expect(stdout).toContain('Weighted kappa (linear)  n/a\n');
    expect(stdout).toContain('Exact agreement          2 of 2 (100.0%)\n');
  });
});

describe('compare --weights', () => {
  // Four cases (force, HMIC): (G,G) (G,RI) (G,I) (RI,RI), as in kappa.test.ts's hand-worked example:
  // linear weights give kappa_w = 1/7, quadratic weights give 0, so the flag must reach the statistic.
  const yaml = () => {
    const file = join(dir, 'weights.yaml');
    const pairs = [
      ['good', 'good'],
      ['good', 'requires_improvement'],
      ['good', 'inadequate'],
      ['requires_improvement', 'requires_improvement'],
    ];
    writeFileSync(
      file,
      'cases:\n' +
        pairs
          .map(([self, ind], i) => `  - { id: w${i}, type: police-protection, self_grade: ${self}, independent_grade: ${ind} }\n`)
          .join(''),
    );
    return file;
  };

  it.each([
    { flag: ['--weights', 'linear'], weights: 'linear', kappa: 1 / 7 },
    { flag: ['--weights', 'quadratic'], weights: 'quadratic', kappa: 0 },
    { flag: [], weights: 'linear', kappa: 1 / 7 },
  ])('$flag: weighted kappa $kappa', async ({ flag, weights, kappa }) => {
    const { code, stdout } = await runCli(['compare', '--format', 'json', ...flag, yaml()]);
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as { weights: string; weightedKappa: number; kappa: number };
    expect(model.weights).toBe(weights);
    expect(model.weightedKappa).toBeCloseTo(kappa, 12);
    expect(model.kappa).toBeCloseTo(3 / 11, 12);
  });

  it('names the weights in the table', async () => {
    const { stdout } = await runCli(['compare', '--weights', 'quadratic', yaml()]);
    // 4 cases: the figure with its count, no band (issue 26: too few cases to tell).
    expect(stdout).toContain('Weighted kappa (quadratic)  0.00 (4 cases: too few cases to tell)\n');
  });
});
