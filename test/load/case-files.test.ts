// The case-file rules of the contract, through the CLI: every rejection and warning at its file:line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'case-audit-cases-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const DA_ALL_MET = 'y,y,y,y,y,y,y,y';
const HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';

async function scoreJson(path: string, extra: string[] = []) {
  const r = await runCli(['score', '--format', 'json', ...extra, path]);
  return { ...r, rows: r.stdout ? (JSON.parse(r.stdout) as Array<Record<string, unknown>>) : [] };
}

describe('CSV case files', () => {
  it('reads UTF-8 with BOM and CRLF line endings like plain UTF-8', async () => {
    const plain = file('plain.csv', `${HEADER}\nA1,da,good,,,no,,${DA_ALL_MET}\nA2,da,ri,,,no,,y,n,y,y,y,y,y,y\n`);
    const bomCrlf = file('bom-crlf.csv', `\ufeff${HEADER}\r\nA1,da,good,,,no,,${DA_ALL_MET}\r\nA2,da,ri,,,no,,y,n,y,y,y,y,y,y\r\n`);
    const a = await scoreJson(plain);
    const b = await scoreJson(bomCrlf);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.rows).toEqual(a.rows);
    expect(a.rows.map((r) => r.grade)).toEqual(['good', 'requires_improvement']);
  });

  it('matches column names case-insensitively, and detects ; and tab delimiters', async () => {
    const upper = HEADER.toUpperCase().replace('DA', 'da');
    for (const [name, delim] of [
      ['semicolon.csv', ';'],
      ['tab.tsv', '\t'],
    ] as const) {
      const path = file(name, `${upper.replaceAll(',', delim)}\n${`A1,Domestic-Abuse,G,,,,,${DA_ALL_MET}`.replaceAll(',', delim)}\n`);
      const r = await scoreJson(path);
      expect(r.code, r.stderr).toBe(0);
      expect(r.rows[0]).toMatchObject({ caseId: 'A1', caseType: 'domestic-abuse', selfGrade: 'good', grade: 'good' });
    }
  });

  it('warns once per file about an unknown column, with a did-you-mean, and leaves that criterion without a finding', async () => {
    const header = HEADER.replace('DA3', 'DA03').concat(',team');
    const path = file('unknown.csv', `${header}\nA1,da,,,,,,${DA_ALL_MET},blue\nA2,da,,,,,,${DA_ALL_MET},red\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${path}:1:10: warning: column "DA03"`);
    expect(r.stderr).toContain('did you mean "DA3"?');
    expect(r.stderr).toContain(`${path}:1:16: warning: column "team"`);
    expect(r.stderr.match(/DA03/g)).toHaveLength(1);
    // The misspelt criterion leaves the cases ungraded, never silently good.
    expect(r.rows.map((row) => [row.grade, row.missing])).toEqual([
      [null, ['DA3']],
      [null, ['DA3']],
    ]);
    expect(r.stderr).toContain('2 read = 0 graded + 2 ungraded + 0 rejected');
  });

  it.each([
    {
      name: "a finding on another type's criterion",
      row: `B1,cse,,,,,,${DA_ALL_MET}`,
      col: 8,
      text: 'column DA1 belongs to domestic-abuse, but this case is child-sexual-exploitation',
    },
    {
      name: 'an invalid finding',
      row: 'B1,da,,,,,,y,maybe,y,y,y,y,y,y',
      col: 9,
      text: 'DA2 is not a finding; expected one of y, yes, met',
    },
    {
      name: 'an invalid grade',
      row: `B1,da,excellent,,,,,${DA_ALL_MET}`,
      col: 3,
      text: 'self_grade is not a grade; expected one of good, g, requires improvement',
    },
    {
      name: 'an unknown case type',
      row: `B1,burglary,,,,,,${DA_ALL_MET}`,
      col: 2,
      text: 'unknown case_type "burglary"; expected one of section-47',
    },
    { name: 'a blank case id', row: `,da,,,,,,${DA_ALL_MET}`, col: 1, text: 'case_id is blank' },
    { name: 'an invalid referred_back', row: `B1,da,,,,perhaps,,${DA_ALL_MET}`, col: 6, text: 'referred_back must be yes or no' },
    {
      name: 'an override without a reason',
      row: `B1,da,,inadequate,,,,${DA_ALL_MET}`,
      col: undefined,
      text: 'an override needs an override_reason',
    },
    { name: 'too few fields', row: 'B1,da,,,', col: undefined, text: 'row has 5 fields, the header has 15' },
  ])('rejects $name at its line (and column), and still reads the other rows', async ({ row, col, text }) => {
    const path = file('bad-row.csv', `${HEADER}\nA1,da,,,,,,${DA_ALL_MET}\n${row}\nA3,da,,,,,,${DA_ALL_MET}\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:3${col ? `:${col}` : ''}: `);
    expect(r.stderr).toContain(text);
    expect(r.rows.map((x) => x.caseId)).toEqual(['A1', 'A3']);
    expect(r.stderr).toContain('3 read = 2 graded + 0 ungraded + 1 rejected');
  });

  it('rejects a duplicate case id across files, naming the first place', async () => {
    const a = file('dup-a.csv', `${HEADER}\nA1,da,,,,,,${DA_ALL_MET}\n`);
    const b = file('dup-b.csv', `${HEADER}\nA0,da,,,,,,${DA_ALL_MET}\nA1,da,,,,,,${DA_ALL_MET}\n`);
    const r = await runCli(['score', '--format', 'json', a, b]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${b}:3: case id "A1" is already used at ${a}:2`);
  });

  it('reports a missing required column as a file problem (exit 1)', async () => {
    const path = file('no-type.csv', `case_id,DA1\nA1,y\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:1: required column "case_type" is missing`);
  });

  it('never prints notes or override reasons', async () => {
    const marker = 'MARKER-CHILD-NAME-7431';
    const path = file(
      'notes.csv',
      `${HEADER}\nA1,da,,inadequate,${marker},,${marker},${DA_ALL_MET}\nA2,da,,,,maybe,${marker},${DA_ALL_MET}\n`,
    );
    for (const format of ['table', 'markdown', 'csv', 'json']) {
      const r = await runCli(['score', '--format', format, path]);
      expect(r.stdout + r.stderr).not.toContain(marker);
    }
  });
});

describe('YAML case files', () => {
  it('reads cases with any grade and finding spelling; ids stay as written', async () => {
    const path = file(
      'cases.yaml',
      'force: Testshire Police\ncases:\n  - id: 007\n    type: DA\n    self_grade: G\n    findings: { DA1: met, DA2: not met, DA3: yes, DA4: "n/a", DA5: true, DA6: 1, DA7: y, DA8: met }\n    referred_back: no\n',
    );
    const r = await scoreJson(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.rows[0]).toMatchObject({
      caseId: '007',
      caseType: 'domestic-abuse',
      selfGrade: 'good',
      grade: 'requires_improvement',
      unmet: ['DA2'],
    });
  });

  it('rejects a findings key that is not a criterion of the case type, naming it at its line', async () => {
    const path = file(
      'bad-key.yaml',
      'cases:\n  - id: Y1\n    type: da\n    findings:\n      DA1: met\n      DA9: met\n  - id: Y2\n    type: da\n    findings: { CSE1: met }\n',
    );
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:6:7: case "Y1": findings key "DA9" is not a criterion`);
    expect(r.stderr).toContain(`${path}:9:17: case "Y2": findings key "CSE1" belongs to child-sexual-exploitation`);
    expect(r.stderr).toContain('2 read = 0 graded + 0 ungraded + 2 rejected');
  });
});

describe('the command line', () => {
  it('prints the version and help listing score and validate', async () => {
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/score \[options\] <files\.\.\.>/);
    expect(help.stdout).toMatch(/validate \[options\] <files\.\.\.>/);
  });

  it.each([
    [['frobnicate'], 'unknown command'],
    [['score'], "missing required argument 'files'"],
    [['score', '--format', 'xml', 'x.csv'], 'xml'],
    [['score', '--max-errors', '0', 'x.csv'], '--max-errors takes a whole number'],
  ])('%j is a usage error: exit 2 with one line', async (args, text) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing file is exit 2 with one line naming it', async () => {
    const r = await runCli(['score', join(dir, 'nope.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${join(dir, 'nope.csv')}: cannot open: no such file`);
  });

  it('--strict makes an ungraded case fail the run', async () => {
    const path = file('ungraded.csv', `${HEADER}\nA1,da,,,,,,y,y,,,,,,\n`);
    expect((await runCli(['score', path])).code).toBe(0);
    expect((await runCli(['score', '--strict', path])).code).toBe(1);
  });

  it('validate prints the accounting and scores nothing', async () => {
    const path = file('valid.csv', `${HEADER}\nA1,da,,,,,,${DA_ALL_MET}\nA2,da,,,,,,y,,,,,,,\n`);
    const r = await runCli(['validate', path]);
    expect(r.code).toBe(0);
    // Issue 15 item 10: the ungraded case is named with its missing criteria.
    expect(r.stdout).toBe(
      'Ungraded, not counted in any table (1):\n  A2: missing DA2, DA3, DA4, DA5, DA6, DA7, DA8\n2 read = 1 graded + 1 ungraded + 0 rejected: valid\n',
    );
  });
});
