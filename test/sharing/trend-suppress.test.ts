// `trend --suppress 5` on two rounds worked by hand (the inspectorate's grades of domestic-abuse
// cases, so Table 4 per round is the round's row again).
//
// Not recoverable: round A is good 10, requiring improvement 3, inadequate 2 (15): its two small
// counts share the row, so nothing more is hidden. Round B is 10, 10, 10. The changes in the two
// small grades are not printed (their round A share is built on a hidden count); good's is.
//
// Recoverable: round A is 10, 3, 10 (23): 3 alone in its row would be 23 - 10 - 10. Good (10) is
// hidden with it: it opens one sum (Table 4's good in round A against the round's), the same as
// inadequate, and comes first; the total would open two. Table 4's round A row then has 3 hidden
// alone, and its good (10) mends both its row and the good column: hidden too. Good's change and
// requiring improvement's are not printed; inadequate's (10 of 23 to 10 of 30) is.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { publishedCells, smallCounts } from '../helpers/published-cells.js';

const dir = tempDir('case-audit-trend-suppress-');
const GRADES = ['good', 'requires improvement', 'inadequate'];
const HIDDEN = { suppressed: true };

function rounds(name: string, a: number[], b: number[]): string {
  const lines = ['case_id,case_type,independent_grade,round'];
  let id = 0;
  for (const [round, counts] of [
    ['A', a],
    ['B', b],
  ] as const)
    counts.forEach((n, g) => {
      for (let k = 0; k < n; k++) lines.push(`TR-${++id},domestic-abuse,${GRADES[g]},${round}`);
    });
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const pair = rounds('pair.csv', [10, 3, 2], [10, 10, 10]);
const alone = rounds('alone.csv', [10, 3, 10], [10, 10, 10]);

async function json(file: string) {
  const r = await runCli(['trend', '--suppress', '5', '-f', 'json', file]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const changeOf = (j: { changes: Array<{ grade: string }> }, grade: string) => j.changes.find((c) => c.grade === grade)!;

describe('trend --suppress', { timeout: 120_000 }, () => {
  it('not recoverable: the two small counts alone are hidden; their shares and changes are not printed', async () => {
    const j = await json(pair);
    expect(j.suppression).toEqual({ below: 5 });
    expect(j.rounds[0].counts).toEqual({ good: 10, requires_improvement: HIDDEN, inadequate: HIDDEN });
    expect(j.rounds[0].n).toBe(15);
    expect(j.rounds[0].share).toEqual({ good: 10 / 15, requires_improvement: null, inadequate: null });
    expect(j.rounds[0].interval.requires_improvement).toBeNull();
    expect(j.rounds[1].counts).toEqual({ good: 10, requires_improvement: 10, inadequate: 10 });
    const t4 = j.byTable.find((t: { table: number }) => t.table === 4);
    expect(t4.rounds[0]).toEqual({ round: 'A', n: 15, counts: { good: 10, requires_improvement: HIDDEN, inadequate: HIDDEN } });
    expect(changeOf(j, 'requires_improvement')).toEqual({
      from: 'A',
      to: 'B',
      grade: 'requires_improvement',
      shareFrom: null,
      shareTo: null,
      difference: null,
      differenceInterval: null,
      significant: null,
      verdict: null,
      suppressed: true,
    });
    expect(changeOf(j, 'good')).toMatchObject({ shareFrom: 10 / 15, shareTo: 10 / 30 });
  });

  it('recoverable: good is hidden beside the small count in the round and in Table 4', async () => {
    const j = await json(alone);
    expect(j.rounds[0].counts).toEqual({ good: HIDDEN, requires_improvement: HIDDEN, inadequate: 10 });
    expect(j.rounds[0].n).toBe(23);
    const t4 = j.byTable.find((t: { table: number }) => t.table === 4);
    expect(t4.rounds[0].counts).toEqual({ good: HIDDEN, requires_improvement: HIDDEN, inadequate: 10 });
    expect(changeOf(j, 'good')).toMatchObject({ suppressed: true, shareFrom: null });
    expect(changeOf(j, 'requires_improvement')).toMatchObject({ suppressed: true });
    expect(changeOf(j, 'inadequate')).toMatchObject({ shareFrom: 10 / 23, shareTo: 10 / 30 });
    expect(j.totals).toEqual({ read: 53, graded: 53, ungraded: 0, rejected: 0 });
  });

  it('the terminal table: <5 for the small count, [x] for the one hidden to protect it, the rule under it', async () => {
    const r = await runCli(['trend', '--suppress', '5', alone]);
    expect(r.stdout).toMatch(/│ A +│ +\[x\] │ +<5 │ +10 │ +23 │/);
    expect(r.stdout).toContain('Counts from 1 to 4 are shown as <5');
    expect(r.stdout).not.toContain('| --- |');
  });

  it('every format: no count from 1 to 4 printed; check-share passes JSON, CSV, HTML and the workbook', async () => {
    for (const format of ['table', 'markdown', 'csv', 'json', 'html', 'xlsx']) {
      for (const [tag, file] of [
        ['pair', pair],
        ['alone', alone],
      ] as const) {
        const out = join(dir, `trend-${tag}.${format}`);
        const r = await runCli(['trend', '--suppress', '5', '-f', format, '-o', out, file]);
        expect(r.code).toBe(0);
        const text = format === 'xlsx' ? '' : readFileSync(out, 'utf8');
        expect(smallCounts(await publishedCells(format, text, out), 5), `${format} ${tag}`).toEqual([]);
        if (['csv', 'json', 'html', 'xlsx'].includes(format)) {
          const check = await runCli(['check-share', '--suppress', '5', out]);
          expect(check.code, check.stdout).toBe(0);
        }
      }
    }
    // The same run without --suppress prints them (the check above can fail).
    const plain = await runCli(['trend', '-f', 'json', pair]);
    expect(smallCounts(await publishedCells('json', plain.stdout), 5).length).toBeGreaterThan(0);
  });
});
