// The constructed QA round (fixtures/qa-round, made by scripts/make-fixture-qa-round.mjs): compare
// --between and --by auditor against figures counted here straight from the CSV cells, a second
// method that shares nothing with the pipeline but the file.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.js';

const CRITERIA = ['--criteria', fixture('qa-round/criteria'), '--force-name', 'Testshire Constabulary'];
const CASES = fixture('qa-round/cases.csv');
const MODERATION = fixture('qa-round/moderation.csv');
type Row = Record<string, string>;
const rows = (file: string) => parse(readFileSync(file), { columns: true }) as Row[];
const RANK: Record<string, number> = { good: 2, requires_improvement: 1, inadequate: 0 };

/** Pairs of rows (A, B) for the cases both roles assessed. */
function pairs(a: string, b: string, files: string[]): Array<[Row, Row]> {
  const byCase = new Map<string, Record<string, Row>>();
  for (const r of files.flatMap(rows)) byCase.set(r.case_id!, { ...byCase.get(r.case_id!), [r.assessor!]: r });
  return [...byCase.values()].filter((c) => c[a] && c[b]).map((c) => [c[a]!, c[b]!]);
}

/** Cohen's kappa from grade pairs in floating point: po and pe as shares. */
function kappa(list: Array<[string, string]>): number {
  const n = list.length;
  const po = list.filter(([x, y]) => x === y).length / n;
  const grades = Object.keys(RANK);
  const pe = grades.reduce((s, g) => s + (list.filter(([x]) => x === g).length / n) * (list.filter(([, y]) => y === g).length / n), 0);
  return (po - pe) / (1 - pe);
}

describe('the constructed QA round', () => {
  it('has 60 cases, 20 each for three auditors, and 10 moderated', () => {
    const self = rows(CASES).filter((r) => r.assessor === 'self');
    expect(self).toHaveLength(60);
    expect(['A1', 'A2', 'A3'].map((a) => self.filter((r) => r.auditor === a).length)).toEqual([20, 20, 20]);
    expect(rows(MODERATION)).toHaveLength(10);
  });

  it("report: the internal audit's sentences, with the README's counts of the grade cells", async () => {
    const { code, stdout } = await runCli(['report', ...CRITERIA, '--format', 'json', CASES]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { summary: string[]; referredBackText: string };
    const count = (assessor: string, grade: string) => rows(CASES).filter((r) => r.assessor === assessor && r.grade === grade).length;
    // The README's table: 21, 22, 17 from the auditors; 18, 20, 22 from the review team.
    expect(['good', 'requires_improvement', 'inadequate'].map((g) => [count('self', g), count('independent', g)])).toEqual([
      [21, 18],
      [22, 20],
      [17, 22],
    ]);
    expect(json.summary).toEqual([
      "The force's auditors graded 60 cases; the Central review team graded the same cases.",
      "The force's auditors graded 21 as good, 22 as requiring improvement and 17 as inadequate; the Central review team graded 18 as good, 20 as requiring improvement and 22 as inadequate.",
    ]);
    expect(json.referredBackText).toBe('No case was referred back for action.');
    expect(stdout).not.toContain('self-assess');
  });

  it('--by auditor: per auditor the counts of the CSV, the generous auditor first', async () => {
    const { code, stdout } = await runCli([
      'compare',
      ...CRITERIA,
      '--between',
      'self,independent',
      '--by',
      'auditor',
      '--format',
      'json',
      CASES,
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const all = pairs('self', 'independent', [CASES]);
    expect([json.n, json.higher, json.lower]).toEqual([
      60,
      all.filter(([a, b]) => RANK[a.grade!]! > RANK[b.grade!]!).length,
      all.filter(([a, b]) => RANK[a.grade!]! < RANK[b.grade!]!).length,
    ]);
    for (const row of json.byAuditor) {
      const mine = all.filter(([a]) => a.auditor === row.auditor);
      const grades = mine.map(([a, b]): [string, string] => [a.grade!, b.grade!]);
      expect([row.n, row.exactAgreement, row.higher, row.lower]).toEqual([
        mine.length,
        grades.filter(([x, y]) => x === y).length / mine.length,
        grades.filter(([x, y]) => RANK[x]! > RANK[y]!).length,
        grades.filter(([x, y]) => RANK[x]! < RANK[y]!).length,
      ]);
      expect(row.kappa).toBeCloseTo(kappa(grades), 12);
    }
    expect(json.byAuditor[0].auditor).toBe('A2');
    expect(json.byAuditor[0].higher).toBeGreaterThan(5);
    // The others agree closely and graded none higher: their intervals sit above A2's.
    expect(json.byAuditor.slice(1).map((r: { higher: number }) => r.higher)).toEqual([0, 0]);
    expect(json.byAuditor[0].agreementInterval[1]).toBeLessThan(json.byAuditor[1].agreementInterval[1]);
  });

  it('criterion calibration: every criterion the counts of its cells in the CSV, A2 behind most "A met, B unmet"', async () => {
    const json = JSON.parse((await runCli(['compare', ...CRITERIA, '--format', 'json', CASES])).stdout);
    const all = pairs('self', 'independent', [CASES]);
    const ids = Object.keys(all[0]![0]).filter((k) => /^[A-Z]+\d$/.test(k));
    const expected = ids
      .map((id) => {
        const judged = all.filter(([a, b]) => ['y', 'n'].includes(a[id]!) && ['y', 'n'].includes(b[id]!));
        const count = (x: string, y: string) => judged.filter(([a, b]) => a[id] === x && b[id] === y).length;
        return {
          criterion: id,
          n: judged.length,
          bothMet: count('y', 'y'),
          aMetBUnmet: count('y', 'n'),
          aUnmetBMet: count('n', 'y'),
          bothUnmet: count('n', 'n'),
        };
      })
      .filter((c) => c.n > 0);
    expect(
      json.criteria.map(({ criterion, n, bothMet, aMetBUnmet, aUnmetBMet, bothUnmet }: Record<string, unknown>) => ({
        criterion,
        n,
        bothMet,
        aMetBUnmet,
        aUnmetBMet,
        bothUnmet,
      })),
    ).toEqual(expected);
    const generous = all.filter(([a, b]) => ids.some((id) => a[id] === 'y' && b[id] === 'n'));
    expect(generous.filter(([a]) => a.auditor === 'A2').length).toBeGreaterThan(generous.length / 2);
    expect(json.aMoreGenerous.length).toBeGreaterThan(json.bMoreGenerous.length);
  });

  it('compare --between moderator,self reads the moderation beside the first marking, headed by the labels', async () => {
    const { code, stdout } = await runCli(['compare', ...CRITERIA, '--between', 'moderator,self', CASES, MODERATION]);
    expect(code).toBe(0);
    const mod = pairs('moderator', 'self', [CASES, MODERATION]);
    const agreed = mod.filter(([a, b]) => a.grade === b.grade).length;
    expect(stdout).toContain('Assessments compared: Moderator and Testshire Constabulary\n\n10 cases graded by both.');
    expect(stdout).toContain(`Exact agreement          ${agreed} of 10 (${agreed * 10}.0%)\n`);
    expect(stdout).toContain(`Moderator graded lower   ${mod.filter(([a, b]) => RANK[a.grade!]! < RANK[b.grade!]!).length}\n`);
  });
});
