// `report` and `compare --format html` through the CLI on the 2017 fixture, without a browser (the
// browser tests in test/browser/ open the same pages in Chromium): the figures are the report's.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { charts, tables } from '../helpers/html.js';
import { DA_HEADER, tempDir } from '../helpers/tmp.js';

const YAML = fixture('gloucestershire-2017.yaml');

describe('--format html', () => {
  it('report: Tables 1 and 2 of the 2017 report, ten tables and ten charts, on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['report', '--format', 'html', YAML]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const found = tables(stdout);
    expect(found[0]!.rows.slice(1)).toEqual([
      ['Constabulary assessment', '28', '5', '0'],
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

describe('--format html --by', () => {
  const file = join(tempDir(), 'teams.csv');
  // DA1 is serious (unmet: inadequate), DA2 expected (unmet: requires improvement).
  writeFileSync(
    file,
    [
      `${DA_HEADER},Team`,
      'B-1,domestic-abuse,good,,,no,,y,y,y,y,y,y,y,y,Blue',
      'B-2,domestic-abuse,good,,,no,,y,n,y,y,y,y,y,y,Blue',
      'R-1,domestic-abuse,good,,,no,,n,y,y,y,y,y,y,y,<i>Red</i>',
    ].join('\n'),
  );

  it('report: every case by team (table and bars), and Table 4 by team', async () => {
    const { code, stdout } = await runCli(['report', '--format', 'html', '--by', 'team', file]);
    expect(code).toBe(0);
    const found = tables(stdout);
    const all = found.find((t) => t.caption === 'All graded cases by team')!;
    expect(all.rows).toEqual([
      ['team', 'Good', 'Requiring improvement', 'Inadequate'],
      ['&lt;i&gt;Red&lt;/i&gt;', '0', '0', '1'],
      ['Blue', '1', '1', '0'],
    ]);
    expect(found.find((t) => t.caption === 'Table 4 by team')!.rows.slice(1)).toEqual(all.rows.slice(1));
    expect(charts(stdout).find((c) => c.includes('id="chart-by-desc"'))).toContain(
      '<desc id="chart-by-desc">&lt;i&gt;Red&lt;/i&gt;: Good 0, Requiring improvement 0, Inadequate 1. Blue: Good 1, Requiring improvement 1, Inadequate 0.</desc>',
    );
  });

  it('compare: agreement by team', async () => {
    const { code, stdout } = await runCli(['compare', '--format', 'html', '--by', 'team', file]);
    expect(code).toBe(0);
    // Value, cases, agreed, higher, lower (kappa left to the compare tests).
    expect(
      tables(stdout)
        .find((t) => t.caption === 'By team')!
        .rows.map((r) => r.slice(0, 5)),
    ).toEqual([
      ['team', 'Cases', 'Agreed', 'Higher', 'Lower'],
      ['&lt;i&gt;Red&lt;/i&gt;', '1', '0 of 1 (0%)', '1', '0'],
      ['Blue', '2', '1 of 2 (50%)', '1', '0'],
    ]);
  });
});
