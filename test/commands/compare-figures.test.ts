// Issue 26 through `compare` end to end: the bias, the tests of the margins and every coefficient
// with its interval, in every format, against statsmodels (test/commands/compare-oracle.json, made
// by scripts/compare-oracle.py) and Tango's score equation written out here; the auditors named
// for review; every undefined figure null with words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';
import { tempFiles } from '../helpers/tmp.js';
import { Z95 } from '../../src/statistics/wilson.js';

interface Figures {
  n: number;
  higher: number;
  lower: number;
  net: number;
  meanDifference: number;
  meanDifferenceInterval: [number, number];
  marginalHomogeneity: { statistic: number; df: number; p: number };
  symmetry: { statistic: number; df: number; p: number };
  kappa: number;
  kappaInterval: [number, number];
  weightedKappa: number;
  weightedKappaInterval: [number, number];
  ac1: { value: number; interval: [number, number] };
  brennanPrediger: { value: number; interval: [number, number] };
}
const ORACLE = JSON.parse(readFileSync(new URL('./compare-oracle.json', import.meta.url), 'utf8')) as Record<string, Figures>;

const G2017 = fixture('gloucestershire-2017.csv');
const QA = ['--criteria', fixture('qa-round/criteria'), fixture('qa-round/cases.csv')];
const file = tempFiles('case-audit-figures-');

/**
 * Tango's score statistic for net = delta with b higher and c lower of n, from his paper's eq. (3)
 * solved for the constrained share as a root of its quadratic: written here apart from the library.
 */
function tangoScore(b: number, c: number, n: number, delta: number): number {
  const a = 2 * n;
  const bb = -b - c + (2 * n - b + c) * delta;
  const cc = -c * delta * (1 - delta);
  const q = (-bb + Math.sqrt(bb * bb - 4 * a * cc)) / (2 * a);
  return (b - c - n * delta) / Math.sqrt(n * (2 * q + delta * (1 - delta)));
}

const close = (x: number, y: number) => expect(x).toBeCloseTo(y, 9);
const closePair = (x: [number, number] | null, y: [number, number]) => {
  expect(x).not.toBeNull();
  close(x![0], y[0]);
  close(x![1], y[1]);
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed JSON, read key by key below
function expectOracle(json: Record<string, any>, o: Figures): void {
  expect(json.bias).toMatchObject({ higher: o.higher, lower: o.lower, n: o.n });
  close(json.bias.net, o.net);
  close(json.bias.meanDifference, o.meanDifference);
  closePair(json.bias.meanDifferenceInterval, o.meanDifferenceInterval);
  for (const key of ['marginalHomogeneity', 'symmetry'] as const) {
    close(json[key].statistic, o[key].statistic);
    expect(json[key].df).toBe(o[key].df);
    close(json[key].p, o[key].p);
  }
  close(json.kappa, o.kappa);
  closePair(json.kappaInterval, o.kappaInterval);
  close(json.weightedKappa, o.weightedKappa);
  closePair(json.weightedKappaInterval, o.weightedKappaInterval);
  for (const key of ['ac1', 'brennanPrediger'] as const) {
    close(json[key].value, o[key].value);
    closePair(json[key].interval, o[key].interval);
  }
  // Tango's limits: where the score test at 95% just rejects.
  const [lo, hi] = json.bias.netInterval as [number, number];
  expect(tangoScore(o.higher, o.lower, o.n, lo)).toBeCloseTo(Z95, 6);
  expect(tangoScore(o.higher, o.lower, o.n, hi)).toBeCloseTo(-Z95, 6);
}

describe('compare: bias and agreement figures against statsmodels', () => {
  it('2017 fixture, JSON: every figure as the oracle, for all the cases', async () => {
    const { code, stdout } = await runCli(['compare', '--format', 'json', G2017]);
    expect(code).toBe(0);
    expectOracle(JSON.parse(stdout), ORACLE['gloucestershire-2017']!);
  });

  it('QA round, JSON: every figure as the oracle, and the same keys on each type and auditor', async () => {
    const json = JSON.parse((await runCli(['compare', '--by', 'auditor', '--format', 'json', ...QA])).stdout);
    expectOracle(json, ORACLE['qa-round']!);
    for (const entry of [...json.byType, ...json.byAuditor])
      for (const key of ['bias', 'marginalHomogeneity', 'symmetry', 'kappaInterval', 'weightedKappaInterval', 'ac1', 'brennanPrediger'])
        expect(entry).toHaveProperty(key);
  });

  it("2017 fixture: the board's sentence and the figures, rounded as printed, in table, Markdown, HTML and CSV", async () => {
    // net 24/33 = 73 points; Tango's interval checked above rounds to +49 to +86.
    const sentence = 'The force graded 25 of the 33 cases higher than HMIC and 1 lower: a net 73 points higher (95% interval +49 to +86).';
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const table = (await runCli(['compare', G2017])).stdout;
    expect(flat(table)).toContain(sentence);
    expect(table).toContain('Marginal homogeneity (Stuart-Maxwell)     chi-square 21.16 on 2 df, p < 0.001\n');
    expect(table).toContain('Symmetry (Bowker)                         chi-square 22.27 on 3 df, p < 0.001\n');
    expect(table).toContain("Cohen's kappa, 95% interval               -0.14 to 0.10\n");
    expect(table).toContain("Gwet's AC1 (95% interval)                 -0.13 (-0.36 to 0.10)\n");
    expect(table).toContain('Brennan-Prediger (95% interval)           -0.18 (-0.40 to 0.04)\n');
    for (const format of ['markdown', 'html'])
      expect(flat((await runCli(['compare', '--format', format, G2017])).stdout)).toContain(sentence);
    const csv = (await runCli(['compare', '--format', 'csv', G2017])).stdout;
    expect(csv).toContain(`statistic,all,net,,${24 / 33}\r\n`);
    expect(csv).toContain('statistic,all,symmetry_df,,3\r\n');
  });

  it('2017 fixture, XLSX: the figures sheet holds the numbers, formatted', async () => {
    const out = file('figures.xlsx', '');
    expect((await runCli(['compare', '-o', out, G2017])).code).toBe(0);
    const book = await readBook(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Matrix', 'Bias and agreement', 'By case type']);
    const rows = sheetValues(book.getWorksheet('Bias and agreement')!);
    const o = ORACLE['gloucestershire-2017']!;
    const kappa = rows.find((r) => r[0] === "Cohen's kappa")!;
    close(kappa[1] as number, o.kappa);
    closePair([kappa[2] as number, kappa[3] as number], o.kappaInterval);
    const bowker = rows.find((r) => String(r[0]).startsWith('Symmetry'))!;
    expect(bowker.slice(4, 5)).toEqual([3]);
    const summary = book.getWorksheet('Summary')!;
    const agreement = summary.getColumn(2).values.findIndex((v) => v === 7 / 33);
    expect(summary.getCell(agreement, 2).numFmt).toBe('0.0%');
  });

  it('the footnote and sentence name the second side as --inspectorate gives it, not "the inspectorate"', async () => {
    const table = (await runCli(['compare', '--inspectorate', 'the QA team', G2017])).stdout.replace(/\s+/g, ' ');
    expect(table).toContain('higher / lower than the QA team;');
    expect(table).toContain('higher than the QA team and 1 lower');
    expect(table).not.toContain('the inspectorate');
  });
});

describe('compare --by auditor: who to review', () => {
  it('names A2 only, for both reasons, in JSON and text (QA round)', async () => {
    const json = JSON.parse((await runCli(['compare', '--by', 'auditor', '--format', 'json', ...QA])).stdout);
    // A2: 9 higher, 0 lower of 20; agreed 11 of 20 against 37 of 40 for A1 and A3 together.
    const a2 = json.byAuditor.find((r: { auditor: string }) => r.auditor === 'A2');
    expect([a2.bias.higher, a2.bias.lower, a2.bias.n, a2.agreed]).toEqual([9, 0, 20, 11]);
    expect(tangoScore(9, 0, 20, a2.bias.netInterval[0])).toBeCloseTo(Z95, 6);
    expect(json.auditorsToReview).toEqual([
      {
        auditor: 'A2',
        reason:
          'graded higher than Central review team on balance: 9 higher and 0 lower of 20, a net +45 points (95% interval +22 to +66); ' +
          'agrees with Central review team less than the rest of the pool: 11 of 20 (34% to 74%) against 37 of 40 (80% to 97%)',
      },
    ]);
    expect(a2.differMost.length).toBeGreaterThan(0);
    const table = (await runCli(['compare', '--by', 'auditor', ...QA])).stdout;
    expect(table).toContain('Auditors to review: A2.\n');
  });

  it('says no auditor stands out where none does (the 2017 fixture has no auditor codes)', async () => {
    const table = (await runCli(['compare', '--by', 'auditor', G2017])).stdout;
    expect(table).toContain('No auditor stands out on this evidence.\n');
    const json = JSON.parse((await runCli(['compare', '--by', 'auditor', '--format', 'json', G2017])).stdout);
    expect(json.auditorsToReview).toEqual([]);
  });
});

describe('compare: undefined figures are null with words, never NaN, Infinity or -0', () => {
  // Whole cases of the QA round (both rows, as the fixture has them) where both gave the same grade.
  const [header, ...lines] = readFileSync(fixture('qa-round/cases.csv'), 'utf8').trimEnd().split('\n');
  const byCase = new Map<string, string[]>();
  for (const line of lines) byCase.set(line.split(',')[0]!, [...(byCase.get(line.split(',')[0]!) ?? []), line]);
  const agreed = [...byCase.values()].filter((c) => c.length === 2 && c.every((l) => l.split(',')[4] === 'good'));
  const cases = (n: number) => agreed.slice(0, n).flat();

  it.each([
    ['one case', cases(1)],
    ['one grade only', cases(3)],
  ])('%s', async (_name, rows) => {
    const path = file(`undefined-${rows.length}.csv`, `${header}\n${rows.join('\n')}\n`);
    const criteria = ['--criteria', fixture('qa-round/criteria')];
    const { code, stdout } = await runCli(['compare', ...criteria, '--format', 'json', path]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/NaN|Infinity|-0[,}\]]/);
    const json = JSON.parse(stdout);
    for (const key of ['marginalHomogeneity', 'symmetry', 'kappaInterval', 'weightedKappaInterval', 'ac1', 'brennanPrediger'])
      expect(json[key]).toBeNull();
    expect(json.undefinedBecause.symmetry).toMatch(/no case was graded differently/);
    expect(json.bias).toMatchObject({ higher: 0, lower: 0, net: 0, meanDifference: 0, meanDifferenceInterval: null });
    const table = (await runCli(['compare', ...criteria, path])).stdout;
    expect(table).toContain('too few cases to tell');
    expect(table).not.toMatch(/NaN|Infinity/);
  });
});
