// compare --all-roles through the CLI: Krippendorff's (2011) worked example written as a case file
// (four roles, five grades, missing assessments), a hand-built three-role file against statsmodels
// (test/commands/all-roles-oracle.json, from scripts/all-roles-oracle.py), every format, and the
// undefined cases (one role, no case, one grade, one case) as null with words, never NaN.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { tempDir, tempFiles } from '../helpers/tmp.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';
import { KRIPPENDORFF_2011_OBSERVERS } from '../helpers/krippendorff-2011.js';

const HEADER = 'case_id,case_type,assessor,grade';
const longForm = (rows: ReadonlyArray<readonly [string, string, string]>, type = 'domestic-abuse') =>
  `${HEADER}\n${rows.map(([id, role, grade]) => `${id},${type},${role},${grade}`).join('\n')}\n`;

// Krippendorff (2011), section C (test/helpers/krippendorff-2011.ts). Published: ordinal 0.815,
// interval 0.849 (nominal 0.743, not a metric `compare` reports).
const OBSERVERS = KRIPPENDORFF_2011_OBSERVERS;
// The four roles, and the five-point scale worst (1) to best (5): equal steps, as the interval metric assumes.
const ROLES = ['self', 'independent', 'second', 'third'];
const GRADE_OF = ['inadequate', 'requires_improvement', 'adequate', 'good', 'outstanding'];

function krippendorffFiles() {
  const dir = tempDir();
  const criteria = join(dir, 'criteria');
  cpSync(fixture('inspection-2025/criteria'), criteria, { recursive: true });
  const programme = join(criteria, 'programme.yaml');
  writeFileSync(programme, `${readFileSync(programme, 'utf8')}\nroles:\n  second: Second reader\n  third: Third reader\n`);
  const rows: Array<[string, string, string]> = [];
  OBSERVERS.forEach((values, o) =>
    values.forEach((v, u) => {
      if (v !== null) rows.push([`U${String(u + 1).padStart(2, '0')}`, ROLES[o]!, GRADE_OF[v - 1]!]);
    }),
  );
  const cases = join(dir, 'reliability.csv');
  writeFileSync(cases, longForm(rows));
  return { criteria, cases };
}

const QA_CRITERIA = fixture('qa-round/criteria');
interface Pair {
  a: string;
  b: string;
  n: number;
  exactAgreement: number;
  kappa: number;
  kappaInterval: [number, number] | null;
}
const oracle = JSON.parse(readFileSync(new URL('./all-roles-oracle.json', import.meta.url), 'utf8')) as {
  roles: string[];
  cases: Record<string, Array<string | null>>;
  pairs: Pair[];
};
const handRows = Object.entries(oracle.cases).flatMap(([id, grades]) =>
  grades.flatMap((g, r) => (g === null ? [] : [[id, oracle.roles[r]!, g] as const])),
);

const allRoles = (criteria: string, file: string, ...args: string[]) => runCli(['compare', '--all-roles', '-c', criteria, file, ...args]);
const noNonsense = (text: string) => expect(text).not.toMatch(/NaN|Infinity|-0\.00\b|-0\b(?!\.)/);

describe("compare --all-roles on Krippendorff's worked example", () => {
  const { criteria, cases } = krippendorffFiles();

  it('gives his ordinal 0.815 and interval 0.849, over the 11 units with two values or more', async () => {
    const { code, stdout } = await allRoles(criteria, cases, '-f', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json.alpha)).toEqual(['ordinal', 'interval']);
    expect(Object.keys(json.alpha.ordinal)).toEqual(['value', 'interval']);
    expect(json.alpha.ordinal.value).toBeCloseTo(0.815, 3);
    expect(json.alpha.interval.value).toBeCloseTo(0.849, 3);
    // Unit 12 has one value: in no comparison.
    expect([json.n, json.assessments, json.roles]).toEqual([11, 40, ROLES]);
    for (const metric of ['ordinal', 'interval']) {
      const [lo, hi] = json.alpha[metric].interval;
      expect(lo).toBeLessThan(json.alpha[metric].value);
      expect(hi).toBeGreaterThan(json.alpha[metric].value);
      expect(hi).toBeLessThanOrEqual(1);
    }
    expect(json.bootstrap).toEqual({ resamples: 1000, seed: 2026, level: 0.95 });
    // Six pairs of four roles, each over the units both coded (A and B share 9, B and D 10).
    expect(json.pairs.map((p: Pair) => `${p.a}-${p.b}:${p.n}`)).toEqual([
      'self-independent:9',
      'self-second:8',
      'self-third:9',
      'independent-second:9',
      'independent-third:10',
      'second-third:10',
    ]);
  });

  it('the same files give the same interval, run after run', async () => {
    const first = (await allRoles(criteria, cases, '-f', 'json')).stdout;
    expect((await allRoles(criteria, cases, '-f', 'json')).stdout).toBe(first);
  });

  it('table: alpha to three places with its interval, the six pairs', async () => {
    const { stdout } = await allRoles(criteria, cases);
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      '11 cases were graded by two or more of the force, HMICFRS, Second reader, Third reader (40 grades).',
    );
    expect(stdout).toMatch(/│ Ordinal +│ 0\.815 │ 0\.\d{3} to [01]\.\d{3} │/);
    expect(stdout).toMatch(/│ Interval +│ 0\.849 │ 0\.\d{3} to [01]\.\d{3} │/);
    expect(stdout).toContain('1,000 bootstrap resamples of the cases (seed 2026)');
    // Four pairs have fewer than 10 units: counts, no kappa (and one note saying why).
    expect(stdout.match(/too few cases to tell/g)!.length).toBe(4 + 1);
    expect(stdout).toMatch(/│ HMICFRS +│ Third +│ +10 │ 9 \(90%\) │ 0\.87 \(almost perfect\) │ 0\.63 to 1\.00 │/);
    noNonsense(stdout);
  });
});

describe('compare --all-roles on a hand-built three-role file', () => {
  const file = tempFiles();
  const cases = file('three-roles.csv', longForm(handRows));

  it('each pair as statsmodels gives it; alpha over the 11 cases graded twice or more', async () => {
    const { code, stdout, stderr } = await allRoles(QA_CRITERIA, cases, '-f', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.pairs).toHaveLength(3);
    json.pairs.forEach((p: Pair, i: number) => {
      const want = oracle.pairs[i]!;
      expect(Object.keys(p)).toEqual(['a', 'b', 'n', 'exactAgreement', 'kappa', 'kappaInterval']);
      expect([p.a, p.b, p.n]).toEqual([want.a, want.b, want.n]);
      expect(p.exactAgreement).toBeCloseTo(want.exactAgreement, 14);
      expect(p.kappa).toBeCloseTo(want.kappa, 12);
      if (want.kappaInterval === null) expect(p.kappaInterval).toBeNull();
      else want.kappaInterval.forEach((end, e) => expect(p.kappaInterval![e]).toBeCloseTo(end, 12));
    });
    // Perfect agreement: kappa 1, no interval, and the reason in words.
    expect(json.reasons.pairs[2].reason).toMatch(/standard error is 0/);
    expect([json.n, json.assessments]).toEqual([11, 27]);
    expect(json.alpha.ordinal.value).toBeGreaterThan(0);
    expect(stderr).toContain('12 read');
  });

  it('every format carries the figures; the pairs under 10 cases say "too few cases to tell"', async () => {
    const table = (await allRoles(QA_CRITERIA, cases)).stdout;
    expect(table).toMatch(/│ the +│ Central +│ +11 │ +6 \(55%\) │ +0\.32 \(fair\) │ -0\.12 to 0\.76 │/);
    expect(table).toMatch(/│ the +│ Moderator +│ +5 │ +3 \(60%\) │ too few cases to tell │ +│/);
    noNonsense(table);
    const md = (await allRoles(QA_CRITERIA, cases, '-f', 'markdown')).stdout;
    // Markdown escapes a leading minus (it could start a formula where the text is pasted).
    expect(md).toContain('| the force | Central review team | 11 | 6 (55%) | 0.32 (fair) | \\-0.12 to 0.76 |');
    expect(md).toContain('| Central review team | Moderator | 5 | 5 (100%) | too few cases to tell |  |');
    const csv = (await allRoles(QA_CRITERIA, cases, '-f', 'csv')).stdout.replace(/^\ufeff/, '').split('\r\n');
    expect(csv[0]).toBe('section,metric,a,b,measure,value');
    expect(csv).toContain('cases,,,,n,11');
    expect(csv).toContain('pair,,self,independent,n,11');
    expect(csv).toContain('pair,,independent,moderator,kappa,1');
    expect(csv).toContain('pair,,independent,moderator,kappa_lo,');
    expect(csv.find((l) => l.startsWith('alpha,ordinal,,,value,'))).toMatch(/,0\.\d+$/);
    const html = (await allRoles(QA_CRITERIA, cases, '-f', 'html')).stdout;
    expect(html).toContain('<caption>Every two roles</caption>');
    expect(html).toContain('<th scope="row">the force</th><td>Central review team</td><td class="num">11</td>');
    const out = join(tempDir(), 'all-roles.xlsx');
    expect((await allRoles(QA_CRITERIA, cases, '-o', out)).code).toBe(0);
    const book = await readBook(out);
    const front = sheetValues(book.getWorksheet('Summary')!);
    expect(front).toContainEqual(['Cases compared', 11]);
    const pairs = sheetValues(book.getWorksheet('Every two roles')!);
    expect(pairs[1]!.slice(0, 4)).toEqual(['the force', 'Central review team', 11, 6]);
    expect(pairs[1]![5]).toBeCloseTo(oracle.pairs[0]!.kappa, 12);
    expect(pairs[3]![6] ?? null).toBeNull();
  });

  it('--between or --by with --all-roles is a usage error', async () => {
    for (const extra of [
      ['--between', 'self,moderator'],
      ['--by', 'auditor'],
    ]) {
      const { code, stderr } = await allRoles(QA_CRITERIA, cases, ...extra);
      expect(code).toBe(2);
      expect(stderr).toMatch(/--all-roles/);
    }
  });
});

describe('compare --all-roles where a figure is undefined: null and words, never NaN', () => {
  const file = tempFiles();

  it('one role only: no case compared, no pairs, alpha null with its reason', async () => {
    const one = file(
      'one-role.csv',
      longForm([
        ['C1', 'independent', 'good'],
        ['C2', 'independent', 'inadequate'],
      ]),
    );
    const json = JSON.parse((await allRoles(QA_CRITERIA, one, '-f', 'json')).stdout);
    expect([json.n, json.pairs, json.roles, json.alpha.ordinal, json.alpha.interval]).toEqual([
      0,
      [],
      [],
      { value: null, interval: null },
      { value: null, interval: null },
    ]);
    expect(json.reasons.alpha.ordinal).toMatch(/no case has two or more assessments/);
    const table = (await allRoles(QA_CRITERIA, one)).stdout;
    expect(table).toContain('No case was graded by two roles or more, so there is nothing to compare');
    noNonsense(table);
    for (const format of ['markdown', 'csv', 'html']) noNonsense((await allRoles(QA_CRITERIA, one, '-f', format)).stdout);
  });

  it('one grade only: alpha and kappa undefined, said in words', async () => {
    const same = file(
      'one-grade.csv',
      longForm([
        ['C1', 'self', 'good'],
        ['C1', 'independent', 'good'],
        ['C2', 'self', 'good'],
        ['C2', 'moderator', 'good'],
      ]),
    );
    const json = JSON.parse((await allRoles(QA_CRITERIA, same, '-f', 'json')).stdout);
    expect([json.alpha.ordinal.value, json.alpha.interval.value]).toEqual([null, null]);
    expect(json.reasons.alpha.interval).toMatch(/same value/);
    expect(json.pairs.map((p: Pair) => [p.n, p.kappa, p.kappaInterval])).toEqual([
      [1, null, null],
      [1, null, null],
      [0, null, null],
    ]);
    expect(json.pairs[2].exactAgreement).toBeNull();
    const table = (await allRoles(QA_CRITERIA, same)).stdout;
    expect(table).toMatch(/Ordinal alpha: every assessment has the same value/);
    expect(table).toContain('Central review team and Moderator: no case graded by both.');
    noNonsense(table);
  });

  it('one case graded twice: alpha without an interval, and why', async () => {
    const single = file(
      'one-case.csv',
      longForm([
        ['C1', 'self', 'good'],
        ['C1', 'independent', 'inadequate'],
      ]),
    );
    const json = JSON.parse((await allRoles(QA_CRITERIA, single, '-f', 'json')).stdout);
    expect(json.n).toBe(1);
    expect(json.alpha.ordinal.interval).toBeNull();
    expect(json.alpha.ordinal.value).toBe(0);
    expect(json.reasons.alpha.ordinal).toBe('no interval (one comparable case only: nothing to resample)');
    const table = (await allRoles(QA_CRITERIA, single)).stdout;
    expect(table).toMatch(/│ Ordinal +│ too few cases to tell │ +│/);
    expect(table).toContain('Alpha is not shown for fewer than 10 cases: too few cases to tell.');
    noNonsense(table);
    noNonsense(JSON.stringify(json));
  });
});
