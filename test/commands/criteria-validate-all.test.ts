// criteria validate (issue 15, item 8): every file that parses takes part in the cross-file checks,
// even one that fails its schema; a YAML syntax error is one problem at its line, and the table it
// would have filled is not reported as "skipped".
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const root = tempDir();
const typeFile = (id: string, table: number, criteria: string[], extra = '') =>
  `id: ${id}\ntitle: ${id} cases\nreport:\n  table: ${table}\n  label: Table ${table}\n  caption: Table ${table} cases\ncriteria:\n${criteria.map((c) => `  - id: ${c}\n    text: ${c} was done\n    severity: serious\n`).join('')}grading:\n  widespread: 1\n${extra}`;
function dir(name: string, files: Record<string, string>): string {
  const path = join(root, name);
  mkdirSync(path);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
}
type Row = { file: string; line: number; rule: string; severity: string; message: string };
const rows = async (path: string) => {
  const r = await runCli(['criteria', 'validate', '--format', 'json', path]);
  return { code: r.code, rows: (JSON.parse(r.stdout) as Row[]).map((d) => [d.file.slice(path.length + 1), d.line, d.rule, d.severity]) };
};

describe('criteria validate checks every file that parses', () => {
  it('reports a criterion id clash with a file that fails its schema', async () => {
    // alpha has a bad severity, and defines B1, which beta defines too.
    const path = dir('clash', {
      'alpha.yaml': typeFile('alpha', 1, ['A1', 'B1']).replace('severity: serious', 'severity: grave'),
      'beta.yaml': typeFile('beta', 2, ['B1']),
    });
    const r = await rows(path);
    expect(r.code).toBe(1);
    expect(r.rows).toEqual([
      ['alpha.yaml', 10, 'invalid-value', 'error'],
      ['beta.yaml', 8, 'duplicate-criterion-id', 'error'],
    ]);
  });

  it('reports a type id clash with a file that fails its schema', async () => {
    const path = dir('type-clash', {
      'alpha.yaml': typeFile('alpha', 1, ['A1'], 'colour: red\n'),
      'beta.yaml': typeFile('alpha', 2, ['B1']),
    });
    const r = await rows(path);
    expect(r.rows).toContainEqual(['beta.yaml', 1, 'duplicate-type-name', 'error']);
  });

  it('a YAML syntax error is one problem at its line, with no "table is skipped" for the table it held', async () => {
    const path = dir('syntax', {
      'alpha.yaml': typeFile('alpha', 1, ['A1']),
      'beta.yaml': typeFile('beta', 2, ['B1']).replace('text: B1 was done', 'text: [B1 was done'),
      'gamma.yaml': typeFile('gamma', 3, ['G1']),
    });
    const r = await rows(path);
    expect(r.code).toBe(1);
    expect(r.rows).toEqual([['beta.yaml', 10, 'yaml-syntax', 'error']]);
  });
});
