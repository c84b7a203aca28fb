// `report --suppress 5` on a register worked by hand: 22 cases graded by the inspectorate alone.
//
//   Table 4 (domestic abuse):   good 6, requiring improvement 3, inadequate 0, total 9
//   Table 7 (missing children): good 7, requiring improvement 6, inadequate 0, total 13
//   Table 2 (every case):       good 13, requiring improvement 9, inadequate 0, total 22
//
// 3 is hidden (<5). Its row (6 + 3 + 0 = 9) would give it away: 6 is hidden too (a count before a
// zero, which would open the inadequate column, all zeros). The good column (6 + 7 = 13 in Table 2)
// would give 6 away: 7 is hidden. Table 7's row (7 + 6 + 0 = 13) then has one hidden cell, and the
// requiring-improvement column (3 + 6 = 9) has one: 6 mends both. Three cells hidden beside the
// small one, the rectangle; Table 2 and every total stay.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('case-audit-suppress-');
const rows = [
  ...Array.from({ length: 6 }, () => ['domestic-abuse', 'good']),
  ...Array.from({ length: 3 }, () => ['domestic-abuse', 'requires improvement']),
  ...Array.from({ length: 7 }, () => ['missing-children', 'good']),
  ...Array.from({ length: 6 }, () => ['missing-children', 'requires improvement']),
];
const cases = join(dir, 'cases.csv');
writeFileSync(
  cases,
  ['case_id,case_type,independent_grade,referred_back', ...rows.map(([t, g], i) => `SUP-${i + 1},${t},${g},${i < 2 ? 'yes' : 'no'}`)].join(
    '\n',
  ) + '\n',
);
const HIDDEN = { suppressed: true };

describe('report --suppress', { timeout: 120_000 }, () => {
  it('JSON: the small count and the three cells that would give it away are { suppressed: true }; the rule at the top level', async () => {
    const r = await runCli(['report', '--suppress', '5', '--format', 'json', cases]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.suppression).toEqual({ below: 5 });
    const table = (n: number) => json.byTable.find((t: { table: number }) => t.table === n);
    expect(table(4).counts).toEqual({ good: HIDDEN, requires_improvement: HIDDEN, inadequate: 0 });
    expect(table(4).graded).toBe(9);
    expect(table(7).counts).toEqual({ good: HIDDEN, requires_improvement: HIDDEN, inadequate: 0 });
    expect(table(7).graded).toBe(13);
    expect(json.independentOnly).toEqual({ good: 13, requires_improvement: 9, inadequate: 0 });
    expect(json.totals).toEqual({ read: 22, graded: 22, ungraded: 0, rejected: 0 });
    // Two cases referred back: a count, hidden; no list of case ids anywhere.
    expect(json.referredBack).toEqual(HIDDEN);
    expect(r.stdout).not.toMatch(/SUP-/);
  });

  it('Markdown and CSV: <5 for the small count, [x] for the cells hidden to protect it, the rule under every table', async () => {
    const md = await runCli(['report', '--suppress', '5', '--format', 'markdown', cases]);
    expect(md.stdout).toContain('| Cases relating to domestic abuse incidents | \\[x\\] | \\<5 | 0 | 9 |');
    const tables = md.stdout.match(/^\| --- /gm)!.length;
    expect(md.stdout.match(/^Counts from 1 to 4 are shown as \\<5/gm)!.length).toBe(tables + 1);
    const csv = await runCli(['report', '--suppress', '5', '--format', 'csv', cases]);
    expect(csv.stdout).toContain(
      'by_table,4,Cases assessed involving referrals relating to domestic abuse incidents or crimes,Cases relating to domestic abuse incidents,requires_improvement,<5\r\n',
    );
    expect(csv.stdout).toContain(',good,[x]\r\n');
    expect(csv.stdout).not.toMatch(/SUP-/);
  });

  it('HTML and workbooks are not written suppressed yet: a usage error, nothing written', async () => {
    const r = await runCli(['report', '--suppress', '5', '--format', 'html', cases]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--suppress: the suppressed report is written as table, markdown, csv, json; not yet as html');
  });
});
