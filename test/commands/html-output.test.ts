// `report` and `compare --format html` through the CLI on the 2017 fixture, without a browser (the
// browser tests in test/browser/ open the same pages in Chromium): the figures are the report's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { charts, tables } from '../helpers/html.js';
import { tempDir } from '../helpers/tmp.js';

const YAML = fixture('gloucestershire-2017.yaml');

describe('--format html', () => {
  it('report: Tables 1 and 2 of the 2017 report, ten tables and ten charts, on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['report', '--format', 'html', YAML]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const found = tables(stdout);
    expect(found[0]!.rows.slice(1)).toEqual([
      ['Force assessment', '28', '5', '0'],
      ['HMIC assessment', '6', '16', '11'],
    ]);
    expect(found[1]!.rows.slice(1)).toEqual([['HMIC assessment', '8', '30', '18']]);
    expect(found.filter((t) => t.caption.startsWith('Table '))).toHaveLength(10);
    expect(charts(stdout)).toHaveLength(10);
    expect(stdout).toContain('<p>89 read = 89 graded + 0 ungraded + 0 rejected</p>');
  });

  it('compare: the matrix totals are the two sides of Table 1, written with --output', async () => {
    const file = join(tempDir(), 'compare.html');
    const { code, stderr } = await runCli(['compare', '--format', 'html', '--output', file, YAML]);
    expect(code).toBe(0);
    expect(stderr).toBe('89 read = 89 graded + 0 ungraded + 0 rejected\n');
    const [matrix] = tables(readFileSync(file, 'utf8'));
    expect(matrix!.rows.map((r) => r.at(-1))).toEqual(['Total', '28', '5', '0', '33']);
    expect(matrix!.rows.at(-1)).toEqual(['Total', '6', '16', '11', '33']);
  });
});
