// `criteria validate` on small directories with one problem each: the exit code, and the file,
// line, column and rule of the problem, as written out by hand from the fixture files.
// Paths print relative to the working directory, which is the repository root under vitest.
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

type Row = { file: string; line: number; col: number | null; severity: string; message: string; rule: string };
const bad = (name: string) => fixture(`criteria-bad/${name}`);

// [directory, file, line, col, rule, severity, words the message must contain]
const CASES: Array<[string, string, number, number | null, string, 'error' | 'warning', string]> = [
  ['yaml-syntax', 'alpha.yaml', 2, 8, 'yaml-syntax', 'error', 'never closed'],
  ['yaml-indent', 'alpha.yaml', 5, 10, 'yaml-syntax', 'error', 'YAML'],
  ['empty-file', 'alpha.yaml', 1, 1, 'invalid-value', 'error', 'the file is empty: expected id, title, report and criteria'],
  ['duplicate-key', 'alpha.yaml', 11, 5, 'duplicate-key', 'error', 'unique'],
  ['missing-key', 'alpha.yaml', 11, 5, 'missing-key', 'error', 'criteria.1.text: required key is missing'],
  ['missing-top-key', 'alpha.yaml', 1, 1, 'missing-key', 'error', 'title: required key is missing'],
  ['wrong-type', 'alpha.yaml', 4, 10, 'invalid-value', 'error', 'report.table: expected a whole number'],
  ['wrong-type-refer', 'alpha.yaml', 11, 12, 'invalid-value', 'error', 'criteria.0.refer: expected true or false'],
  [
    'bad-severity',
    'alpha.yaml',
    10,
    15,
    'invalid-value',
    'error',
    'criteria.0.severity: expected "serious" or "expected"; found "critical"',
  ],
  [
    'severity-typo',
    'alpha.yaml',
    10,
    15,
    'invalid-value',
    'error',
    'criteria.0.severity: expected "serious" or "expected"; found "serius" (did you mean "serious"?)',
  ],
  ['widespread-zero', 'alpha.yaml', 18, 15, 'invalid-value', 'error', 'grading.widespread: expected a whole number'],
  ['widespread-fraction', 'alpha.yaml', 18, 15, 'invalid-value', 'error', 'grading.widespread: expected a whole number'],
  ['empty-criteria', 'alpha.yaml', 7, 11, 'invalid-value', 'error', 'at least one criterion'],
  ['unknown-key', 'alpha.yaml', 13, 5, 'unknown-key', 'error', 'unknown key "severty" in criteria.1 (did you mean "severity"?)'],
  ['bad-criterion-id', 'alpha.yaml', 11, 9, 'invalid-value', 'error', 'criteria.1.id: a criterion id starts with a letter'],
  ['reserved-id', 'alpha.yaml', 11, 9, 'reserved-criterion-id', 'error', '"notes" is a case file column name'],
  ['bad-programme', 'programme.yaml', 2, 1, 'unknown-key', 'error', 'did you mean "inspectorate"?'],
  ['duplicate-type-id', 'beta.yaml', 1, 5, 'duplicate-type-name', 'error', 'duplicate-type-id/alpha.yaml:1'],
  ['alias-clash', 'alpha.yaml', 17, 14, 'duplicate-type-name', 'error', 'alias "Beta" is already used by "beta" at'],
  ['duplicate-criterion-id', 'beta.yaml', 14, 9, 'duplicate-criterion-id', 'error', '"A3" is already defined at'],
  ['table-label-mismatch', 'beta.yaml', 5, 10, 'table-mismatch', 'error', 'table-label-mismatch/alpha.yaml:5'],
  ['table-caption-mismatch', 'beta.yaml', 6, 12, 'table-mismatch', 'error', 'table-caption-mismatch/alpha.yaml:6'],
  [
    'widespread-unreachable',
    'alpha.yaml',
    18,
    15,
    'widespread-unreachable',
    'warning',
    'grading.widespread is 4 but "alpha" has only 3 criteria',
  ],
  ['no-serious', 'alpha.yaml', 8, 3, 'no-serious-criterion', 'warning', 'no serious criterion'],
  ['skipped-table', 'beta.yaml', 4, 10, 'skipped-table-number', 'warning', 'table 2 is skipped'],
];

describe('criteria validate: one problem per directory', () => {
  it.each(CASES)('%s', async (dir, file, line, col, rule, severity, words) => {
    const { code, stdout, stderr } = await runCli(['criteria', 'validate', bad(dir), '--format', 'json']);
    const rows = JSON.parse(stdout) as Row[];
    expect(rows.map((r) => [r.file.endsWith(`/${dir}/${file}`), r.line, r.col, r.rule, r.severity])).toContainEqual([
      true,
      line,
      col,
      rule,
      severity,
    ]);
    expect(rows.find((r) => r.rule === rule)?.message).toContain(words);
    expect(code).toBe(severity === 'error' ? 1 : 0);
    expect(stderr).toMatch(/^\d+ problems? in \d+ files?/m);
  });

  it('prints file:line:col: message lines and the summary on stderr in text format', async () => {
    const { code, stdout, stderr } = await runCli(['criteria', 'validate', bad('unknown-key')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `fixtures/criteria-bad/unknown-key/alpha.yaml:13:5: unknown key "severty" in criteria.1 (did you mean "severity"?)\n1 problem in 1 file (1 error, 0 warnings)\n`,
    );
  });

  it('reports a misspelt key once, not again as a missing key', async () => {
    const rows = JSON.parse((await runCli(['criteria', 'validate', bad('unknown-key'), '--format', 'json'])).stdout) as Row[];
    expect(rows.map((r) => r.rule)).toEqual(['unknown-key']);
  });

  it('says an empty directory has no criteria files', async () => {
    const { code, stderr } = await runCli(['criteria', 'validate', bad('empty-dir')]);
    expect(code).toBe(1);
    expect(stderr).toContain('no criteria files');
    expect(stderr).toContain('1 problem in 0 files');
  });

  it('fails on warnings only with --strict', async () => {
    expect((await runCli(['criteria', 'validate', bad('no-serious')])).code).toBe(0);
    expect((await runCli(['criteria', 'validate', bad('no-serious'), '--strict'])).code).toBe(1);
  });

  it('exits 2 when the directory is missing or not a directory', async () => {
    const missing = await runCli(['criteria', 'validate', bad('no-such-dir')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-dir: no such criteria directory');
    expect((await runCli(['criteria', 'validate', bad('no-serious/alpha.yaml')])).code).toBe(2);
  });
});

describe('criteria validate: valid directories', () => {
  it('the bundled criteria are clean', async () => {
    const { code, stdout, stderr } = await runCli(['criteria', 'validate']);
    expect([code, stdout, stderr]).toEqual([0, '', '0 problems in 10 files\n']);
  });

  it('a foreign directory is clean, and --verbose names the skipped file', async () => {
    const { code, stderr } = await runCli(['criteria', 'validate', fixture('criteria-foreign'), '--verbose']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `fixtures/criteria-foreign/_draft.yaml: skipped (a name starting with "_" is not a criteria file)\n0 problems in 4 files\n`,
    );
  });

  it('prints an empty JSON list and no annotations when clean', async () => {
    expect((await runCli(['criteria', 'validate', '--format', 'json'])).stdout).toBe('[]\n');
    expect((await runCli(['criteria', 'validate', '--format', 'github'])).stdout).toBe('');
  });
});

describe('other commands load criteria through the same checks', () => {
  it('stops with exit 1 on an invalid directory, before reading cases', async () => {
    const { code, stderr } = await runCli(['score', '--criteria', bad('duplicate-key'), fixture('gloucestershire-2017.csv')]);
    expect(code).toBe(1);
    expect(stderr).toContain('alpha.yaml:11:5: YAML: Map keys must be unique');
    expect(stderr).toContain('fix them first');
  });

  it('goes on with warnings only', async () => {
    const { code, stderr } = await runCli(['template', 'alpha', '--criteria', bad('no-serious')]);
    expect(code).toBe(0);
    expect(stderr).toContain('warning: "alpha" has no serious criterion');
  });
});
