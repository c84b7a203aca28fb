// `report --by <column>` and `compare --by <column>` (issue 16 item 6): grade counts and agreement
// per value of a carried column. The expected counts are worked by hand from the rows below.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, tempDir } from '../helpers/tmp.js';

const tmp = tempDir();
const file = join(tmp, 'teams.csv');
// DA1 is serious (unmet: inadequate), DA2 expected (unmet: requires improvement).
writeFileSync(
  file,
  [
    `${DA_HEADER},Team`,
    'B-1,domestic-abuse,good,,,no,,y,y,y,y,y,y,y,y,Blue', // good; self agrees
    'B-2,domestic-abuse,good,,,no,,y,n,y,y,y,y,y,y,Blue', // requires improvement; self higher
    'R-1,domestic-abuse,requires improvement,,,no,,n,y,y,y,y,y,y,y,Red', // inadequate; self higher
    'R-2,domestic-abuse,good,,,no,,y,y,y,y,y,y,y,y,Red', // good; self agrees
    'X-1,domestic-abuse,,,,no,,y,n,y,y,y,y,y,y,', // requires improvement; no team, no self grade
  ].join('\n'),
);
const counts = (good: number, requires_improvement: number, inadequate: number) => ({ good, requires_improvement, inadequate });

describe('report --by', () => {
  it('json: grade counts per value, in all and per table; the column matched in any case', async () => {
    const r = await runCli(['report', '-f', 'json', '--by', 'team', file]);
    expect(r.code).toBe(0);
    const { breakdown } = JSON.parse(r.stdout);
    expect(breakdown.by).toBe('team');
    expect(breakdown.all).toEqual([
      { value: 'Blue', counts: counts(1, 1, 0), graded: 2 },
      { value: 'Red', counts: counts(1, 0, 1), graded: 2 },
      { value: '(blank)', counts: counts(0, 1, 0), graded: 1 },
    ]);
    const table4 = breakdown.tables.find((t: { table: number }) => t.table === 4);
    expect(table4.values.map((v: { value: string; counts: unknown }) => [v.value, v.counts])).toEqual([
      ['Blue', counts(1, 1, 0)],
      ['Red', counts(1, 0, 1)],
      ['(blank)', counts(0, 1, 0)],
    ]);
    expect(breakdown.tables.find((t: { table: number }) => t.table === 3).values).toEqual([]);
  });

  it('table: the all-tables grid and one per table', async () => {
    const r = await runCli(['report', '--by', 'team', file]);
    expect(r.stdout).toContain('All graded cases by team');
    expect(r.stdout).toMatch(/│ Blue\s+│\s+1 │\s+1 │\s+0 │/);
    expect(r.stdout).toMatch(/By team:\n┌/);
  });

  it('csv: a breakdown block', async () => {
    const r = await runCli(['report', '-f', 'csv', '--by', 'team', file]);
    const block = r.stdout.split('\r\n\r\n').find((b) => b.startsWith('section,by,table,value,grade,count'))!;
    expect(block).toContain('\r\nbreakdown,team,,Red,inadequate,1\r\n');
    expect(block).toContain('\r\nbreakdown,team,4,Blue,requires_improvement,1\r\n');
  });

  it('without --by there is no breakdown', async () => {
    const r = await runCli(['report', '-f', 'json', file]);
    expect(JSON.parse(r.stdout).breakdown).toBeUndefined();
  });
});

describe('compare --by', () => {
  it('json: agreement, higher, lower and kappa per value (cases graded by both only)', async () => {
    const r = await runCli(['compare', '-f', 'json', '--by', 'Team', file]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.by).toBe('Team');
    expect(json.byValue.map((v: Record<string, unknown>) => [v.value, v.n, v.agreed, v.exactAgreement, v.higher, v.lower])).toEqual([
      ['Blue', 2, 1, 0.5, 1, 0],
      ['Red', 2, 1, 0.5, 1, 0],
    ]);
  });

  it('table: counts beside the share on so few cases', async () => {
    const r = await runCli(['compare', '--by', 'team', file]);
    expect(r.stdout).toMatch(/By team\n┌/);
    expect(r.stdout).toMatch(/│ Blue\s+│\s+2 │\s+1 of 2 \(50%\) │\s+1 │\s+0 │/);
  });
});

describe('--by a column no input has', () => {
  const plain = join(tmp, 'plain.csv');
  writeFileSync(plain, `${DA_HEADER}\nP-1,domestic-abuse,good,,,no,,y,y,y,y,y,y,y,y\n`);
  const withNotes = join(tmp, 'case-notes.csv');
  writeFileSync(withNotes, `${DA_HEADER},Case Notes,Officer\nN-1,domestic-abuse,good,,,no,,y,y,y,y,y,y,y,y,private words,PC 1\n`);

  it.each(['report', 'compare'])('%s: a usage error (exit 2) naming the column, the columns there are and the nearest', async (command) => {
    const r = await runCli([command, '--by', 'teem', file, withNotes]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').at(-2)).toBe(
      'case-audit: --by "teem": no input has that column (did you mean "Team"?); the inputs carry "Team", "Officer" (see case-audit --help)',
    );
  });

  it('inputs that carry no column say so', async () => {
    const r = await runCli(['report', '--by', 'team', plain]);
    expect([r.code, r.stderr]).toEqual([
      2,
      'case-audit: --by "team": no input has that column; the inputs carry no column besides the case file columns and criteria (see case-audit --help)\n',
    ]);
  });

  it('a free-text column is never read, so it cannot break the tables down: the message says how to carry it', async () => {
    const r = await runCli(['compare', '--by', 'case notes', withNotes]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'case-audit: --by "case notes": that column looks like free text, so it is never read; if it holds nothing about a child, carry it along with --map carry="Case Notes"',
    );
    expect(r.stderr).not.toContain('private words');
  });

  it('a column one input has is enough (the other input counts under (blank)); compare --by auditor is not a column', async () => {
    const r = await runCli(['report', '-f', 'json', '--by', 'TEAM', file, plain]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).breakdown.all.at(-1)).toEqual({ value: '(blank)', counts: counts(1, 1, 0), graded: 2 });
    expect((await runCli(['compare', '--by', 'auditor', plain])).code).toBe(0);
  });
});
