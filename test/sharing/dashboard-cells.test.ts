// `dashboard --suppress 5`: the page hidden as one, on case files built here. The dashboard prints
// some counts in two parts (the latest round's Table 1 rows are compare's margins, Tables 1 and 2
// add up to trend's latest round, the accounting is printed by every part), so a count one part
// hides can be worked out from another part's figures unless the page is hidden as one.
//
// Recoverable across parts: one round, self-assessment in rows, the inspectorate in columns.
//
//            G   RI   I  | total
//     G      3   10   0  |  13
//     RI     0   10   0  |  10
//     I      0    0  10  |  10
//     total  3   20  10  |  33
//
// compare alone hides the small 3 and, to protect it, its row total 13 (and every case compared,
// 33). report alone prints Table 1's self-assessment row 13, 10, 10 and its total 33: the same
// numbers. On a page with both, 13 - 10 - 0 gives the hidden 3 back. Hidden as one page, the 13 is
// hidden in Table 1 too, and so on until no relation of the page has exactly one hidden count.
//
// Nothing to tie: every count printed in two parts is 5 or more, and the small counts sit where
// no other part prints them (compare's cells off the diagonal and its cases one and two grades apart):
//
//            G   RI   I  | total
//     G     20    1   2  |  23
//     RI     3   20   4  |  27
//     I      1    2  20  |  23
//     total 24   23  26  |  73
//
// The page then prints each part as its own command does.
//
// The check (test/helpers/recoverable.ts) is written from what the page means, not from the code:
// every relation a reader can form (a row and its total, the parts of a table against another, and
// a count printed in two parts, which is one unknown), and no relation may have exactly one count
// the page does not print.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedCells, smallCounts } from '../helpers/published-cells.js';
import { hiddenPlaces, recoverable, type Json } from '../helpers/recoverable.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('case-audit-dashboard-cells-');
const EXAMPLE = [
  '--recommendations',
  fixture('dashboard/recommendations.yaml'),
  '--log',
  fixture('dashboard/referrals-2025.csv'),
  '--as-of',
  '2025-06-30',
  ...['2023', '2024', '2025'].map((r) => fixture(`dashboard/${r}.csv`)),
];
const RECOMMENDATIONS = [
  '--recommendations',
  fixture('recommendations/recommendations.yaml'),
  '--as-of',
  '2025-06-30',
  ...['2023', '2024', '2025'].map((r) => fixture(`recommendations/${r}.csv`)),
];
const GRADES = ['good', 'requires improvement', 'inadequate'];

function register(name: string, matrix: number[][]): string {
  const lines = ['case_id,case_type,self_grade,independent_grade'];
  let id = 0;
  matrix.forEach((row, i) =>
    row.forEach((n, j) => {
      for (let k = 0; k < n; k++) lines.push(`DC-${++id},domestic-abuse,${GRADES[i]},${GRADES[j]}`);
    }),
  );
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const corner = register('corner.csv', [
  [3, 10, 0],
  [0, 10, 0],
  [0, 0, 10],
]);
const spread = register('spread.csv', [
  [20, 1, 2],
  [3, 20, 4],
  [1, 2, 20],
]);

async function json(args: string[]) {
  const r = await runCli([...args, '--suppress', '5', '-f', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('dashboard --suppress: the page hidden as one', { timeout: 120_000 }, () => {
  it('a count compare hides to protect a small one is hidden in the report too: nothing on the page gives a hidden count back', async () => {
    const page = await json(['dashboard', corner]);
    expect(smallCounts(await publishedCells('json', JSON.stringify(page)), 5)).toEqual([]);
    expect(recoverable(page)).toEqual([]);
    // compare hides the row total 13 as on its own; the report's Table 1 prints the same 13 no more.
    const own = await json(['compare', corner]);
    expect(own.selfTotals.good).toEqual({ suppressed: true });
    expect(page.compare.selfTotals.good).toEqual({ suppressed: true });
    expect(page.report.bothAssessed.self.good).toEqual({ suppressed: true });
    expect((await json(['report', corner])).bothAssessed.self.good).toBe(13);
  });

  it('the checker finds the leak when the parts are hidden apart (each command on its own, put side by side)', async () => {
    const apart = {
      report: await json(['report', corner]),
      compare: await json(['compare', corner]),
      trend: await json(['trend', corner]),
    };
    expect(recoverable(apart)).toContain(
      'compare.matrix.good.good + compare.matrix.good.requires_improvement + compare.matrix.good.inadequate + compare.selfTotals.good',
    );
  });

  it('the constructed rounds with recommendations (fixtures/recommendations): nothing on the page gives a hidden count back', async () => {
    // Before the page was hidden as one, two could be worked out: R12's 9 findings unmet in 2023
    // less MC2's 5 (trend) gave MC3's hidden count; R1's 10 unmet in 2024 less DA1's 6, DA2's.
    const page = await json(['dashboard', ...RECOMMENDATIONS]);
    expect(recoverable(page)).toEqual([]);
  });

  it("the dashboard's example (fixtures/dashboard): nothing on the page gives a hidden count back", async () => {
    // Before, compare hid its row totals for good and inadequate to protect small cells of those
    // rows, and Table 1 printed them (35 and 7): each row less its printed cells gave a hidden one.
    const page = await json(['dashboard', ...EXAMPLE]);
    expect(recoverable(page)).toEqual([]);
  });

  it('nothing to tie: each part as its own command prints it, and nothing recoverable', async () => {
    const page = await json(['dashboard', spread]);
    const strip = (x: Json) => {
      delete x.suppression;
      delete x.suppressionRule;
      return x;
    };
    expect(page.report).toEqual(strip(await json(['report', spread])));
    expect(page.trend).toEqual(strip(await json(['trend', spread])));
    // Worked by hand: compare's six small cells off the diagonal, the cases two grades apart (2 + 1)
    // and one grade apart (10), since n less agreed less one apart would give the 3 back.
    expect(hiddenPlaces(page).sort()).toEqual(
      [
        'compare.apart.1',
        'compare.matrix.good.requires_improvement',
        'compare.matrix.good.inadequate',
        'compare.matrix.requires_improvement.good',
        'compare.matrix.requires_improvement.inadequate',
        'compare.matrix.inadequate.good',
        'compare.matrix.inadequate.requires_improvement',
        'compare.apart.2',
      ].sort(),
    );
    expect(recoverable(page)).toEqual([]);
  });
});
