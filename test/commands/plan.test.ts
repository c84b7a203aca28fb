// `case-audit plan` through the CLI: every goal's sizes against statsmodels and Cochran's correction
// (test/commands/plan-oracle.json, made by scripts/plan-oracle.py), the register read as `sample`
// reads it, every format, and each bad option a usage error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { tempDir, tempFiles } from '../helpers/tmp.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';

interface Goal {
  args: string[];
  register: boolean;
  n: number;
  perType: Record<string, { population: number; n: number }>;
}
const oracle = JSON.parse(readFileSync(new URL('./plan-oracle.json', import.meta.url), 'utf8')) as { register: string; goals: Goal[] };
const REGISTER = fixture('gloucestershire-2017.csv');
const TYPES = 9;

const plan = (...args: string[]) => runCli(['plan', ...args]);

describe('plan: the sizes', () => {
  it.each(oracle.goals.map((g) => ({ ...g, name: `${g.args.join(' ')}${g.register ? ' with the register' : ''}` })))(
    '$name: n in all and per type as statsmodels and Cochran give them',
    async (g) => {
      const { code, stdout } = await plan(...g.args, '-f', 'json', ...(g.register ? [REGISTER] : []));
      expect(code).toBe(0);
      const json = JSON.parse(stdout);
      expect(Object.keys(json)).toEqual(['goal', 'method', 'n', 'perType']);
      expect(json.n).toBe(g.n);
      expect(json.perType).toHaveLength(TYPES);
      for (const t of json.perType) {
        expect(Object.keys(t)).toEqual(['type', 'population', 'n']);
        expect([t.population, t.n], t.type).toEqual(g.register ? [g.perType[t.type]!.population, g.perType[t.type]!.n] : [null, g.n]);
      }
    },
  );

  it('names the goal and the method', async () => {
    const share = JSON.parse((await plan('--margin', '5', '-f', 'json')).stdout);
    expect([share.goal, share.method]).toEqual([
      'share',
      'Wilson score interval at 95% no wider than +-5 points at an expected share of 50%',
    ]);
    const agreement = JSON.parse((await plan('--agreement', '--margin', '10', '--share', '0.8', REGISTER, '-f', 'json')).stdout);
    expect(agreement.goal).toBe('agreement');
    expect(agreement.method).toBe(
      'Wilson score interval at 95% no wider than +-10 points at an expected agreement of 80%, with the finite-population correction for 89 cases',
    );
    const change = JSON.parse((await plan('--change', '-10', '--from', '0.3', '-f', 'json')).stdout);
    expect(change.goal).toBe('change');
    expect(change.method).toMatch(/^per round: two-sided test at 95% with 80% power to detect 30% -> 20%/);
  });
});

describe('plan: the formats', () => {
  it('table: the goal, the size in all, each type with its register size; the accounting line', async () => {
    const { code, stdout } = await plan(REGISTER, '--margin', '5');
    expect(code).toBe(0);
    expect(stdout).toContain("To estimate a grade's share within +-5 points with 95% confidence");
    expect(stdout).toContain('In all: 73 cases of the 89 in the register.');
    expect(stdout).toMatch(/│ section-47 +│ +13 │ +13 │/);
    expect(stdout).toMatch(/│ police-protection +│ +6 │ +6 │/);
    // 13 + 12 + 10 + 13 + 9 + 10 + 6 + 6 + 10, every type dipped whole at this margin but online (9 -> 9).
    expect(stdout).toContain('Every case type to this margin on its own: 89 cases in all.');
    expect(stdout.trimEnd().endsWith('89 read = 89 graded + 0 ungraded + 0 rejected')).toBe(true);
  });

  it('table without a register: no table of repeats, a note saying every type needs the same', async () => {
    const { stdout } = await plan('--margin', '5');
    expect(stdout).toContain('In all: 381 cases.');
    expect(stdout).not.toContain('section-47');
    expect(stdout).toContain('Each case type on its own needs the same 381 to dip.');
  });

  it('a change: per round, and the types too small for it named', async () => {
    const { stdout } = await plan(REGISTER, '--change', '30', '--from', '0.3');
    expect(stdout).toContain('Per round: 42 cases (in each of the two rounds).');
    expect(stdout).toContain('Fewer cases in the register than a round needs: section-47,');
    const big = await plan(REGISTER, '--change', '60', '--from', '0.2');
    // 10 per round: only the types with fewer than 10 cases (9, 6 and 6) are short.
    expect(big.stdout).toContain('Per round: 10 cases');
    expect(big.stdout.replace(/\s+/g, ' ')).toContain(
      'Fewer cases in the register than a round needs: online-sexual-abuse, police-protection, sex-offender-management.',
    );
  });

  it('markdown, csv and html carry the same figures', async () => {
    const md = (await plan(REGISTER, '--margin', '5', '-f', 'markdown')).stdout;
    expect(md).toContain('**In all: 73 cases of the 89 in the register.**');
    expect(md).toContain('| section-47 | 13 | 13 |');
    const csv = (await plan(REGISTER, '--margin', '5', '-f', 'csv')).stdout;
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('goal,case_type,population,n,method');
    expect(lines[1]).toMatch(/^share,all,89,73,"Wilson score interval .* correction for 89 cases"$/);
    expect(lines).toContain(
      'share,police-protection,6,6,"Wilson score interval at 95% no wider than +-5 points at an expected share of 50%, with the finite-population correction for 6 cases"',
    );
    expect(lines).toHaveLength(1 + 1 + TYPES);
    const html = (await plan(REGISTER, '--margin', '5', '-f', 'html')).stdout;
    expect(html).toContain('<strong>In all: 73 cases of the 89 in the register.</strong>');
    expect(html).toContain('<tr><th scope="row">section-47</th><td class="num">13</td><td class="num">13</td></tr>');
  });

  it('xlsx: the summary and the sizes per type, as numbers', async () => {
    const out = join(tempDir(), 'plan.xlsx');
    expect((await plan(REGISTER, '--margin', '5', '-o', out)).code).toBe(0);
    const book = await readBook(out);
    const summary = sheetValues(book.getWorksheet('Summary')!);
    expect(summary).toContainEqual(['Cases in all', 73]);
    expect(summary).toContainEqual(['Cases in the register', 89]);
    const types = sheetValues(book.getWorksheet('By case type')!);
    expect(types[0]).toEqual(['Case type', 'Title', 'In register', 'To dip', 'Method']);
    expect(types.slice(1).map((r) => [r[0], r[2], r[3]])).toContainEqual(['police-protection', 6, 6]);
  });
});

describe('plan: the register', () => {
  const file = tempFiles();
  it('is read as sample reads it: a rejected row is reported with its line, the rest counted, exit 1', async () => {
    const path = file('register.csv', 'case_id,case_type\nR1,domestic-abuse\nR2,domestic-abuse\nR3,no-such-type\nR4,section-47\n');
    const { code, stdout, stderr } = await plan(path, '--margin', '10', '-f', 'json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/register\.csv:4:.*no-such-type/);
    const json = JSON.parse(stdout);
    const sizes = Object.fromEntries(json.perType.map((t: { type: string; population: number }) => [t.type, t.population]));
    expect([sizes['domestic-abuse'], sizes['section-47'], sizes['missing-children']]).toEqual([2, 1, 0]);
    expect(stderr).toContain('4 read = 0 graded + 3 ungraded + 1 rejected');
  });
});

describe('plan: bad options are usage errors (exit 2) that say what is expected', () => {
  it.each([
    [[], /say what to plan for: --margin POINTS/],
    [['--margin', '0'], /--margin takes percentage points above 0 and below 50 .*got "0"/],
    [['--margin', 'five'], /--margin takes percentage points/],
    [['--margin', '5', '--change', '10'], /give one goal/],
    [['--change', '10'], /--change needs --from P/],
    [['--change', '0', '--from', '0.5'], /--change takes percentage points, not 0/],
    [['--change', '10', '--from', '1.2'], /--from takes a fraction from 0 to 1 or a percentage .*got "1.2"/],
    [['--change', '80', '--from', '0.3'], /gives a share of 110% after the change/],
    [['--change', '10', '--from', '0.3', '--share', '0.3'], /give the first round's share as --from P/],
    [['--margin', '5', '--from', '0.3'], /--from goes with --change/],
    [['--margin', '5', '--power', '0.9'], /--power goes with --change/],
    [['--agreement'], /--agreement needs --margin POINTS/],
    [['--change', '10', '--from', '0.3', '--power', '0.02'], /--power 0.02 is no more than the test's false-alarm rate/],
    [['--margin', '5', '--level', '95'], /--level takes a fraction above 0 and below 1 or a percentage/],
    [['--margin', '5', '--share', '-0.1'], /--share takes a fraction from 0 to 1/],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await plan(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--help shows examples of each goal', async () => {
    const { code, stdout } = await plan('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('$ case-audit plan --margin 5');
    expect(stdout).toContain('$ case-audit plan --change 15 --from 0.5 --power 0.9');
    expect(stdout).toContain('$ case-audit plan register.csv --agreement --margin 10 --share 0.8');
  });
});
