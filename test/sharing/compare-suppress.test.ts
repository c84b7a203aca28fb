// `compare --suppress 5` on two matrices worked by hand (self-assessment in rows, the inspectorate's
// grade in columns, best first).
//
// Not recoverable: every count off the diagonal is small, so every row and every column holds two
// of them (and higher, lower and one grade apart three or four). Two grades apart (2 + 1 = 3) is
// small too, and with its two cells makes a sum of three hidden; but every case is agreed or some
// distance apart, so 73 - 60 - 10 would give it back: one grade apart (10) is hidden with it.
//
//            G   RI   I  | total
//     G     20    1   2  |  23
//     RI     3   20   4  |  27
//     I      1    2  20  |  23
//     total 24   23  26  |  73      agreed 60, higher 7, lower 6, one apart 10, two apart 3
//
// Recoverable: the one small count, 3 (good against good), is the only hidden cell of its row
// (3 + 10 = 13) and of the diagonal (3 + 10 + 10 = 23 agreed); its column total, 3, is small too.
//
//            G   RI   I  | total
//     G      3   10   0  |  13
//     RI     0   10   0  |  10
//     I      0    0  10  |  10
//     total  3   20  10  |  33      agreed 23, higher 10, lower 0
//
// The row: its total (13) is hidden, as it opens only the sum of the row totals, where hiding
// every case compared (33) then mends both that sum and the column totals'. The diagonal: agreed (23)
// is hidden, as it mends agreed + higher + lower = n (n being hidden). The one case type's row is the
// whole comparison again, so its cases and agreed are hidden with them. Exact agreement and kappa
// need the cases agreed: not printed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { publishedCells, smallCounts } from '../helpers/published-cells.js';

const dir = tempDir('case-audit-compare-suppress-');
const GRADES = ['good', 'requires improvement', 'inadequate'];
const HIDDEN = { suppressed: true };

function register(name: string, matrix: number[][]): string {
  const lines = ['case_id,case_type,self_grade,independent_grade'];
  let id = 0;
  matrix.forEach((row, i) =>
    row.forEach((n, j) => {
      for (let k = 0; k < n; k++) lines.push(`CMP-${++id},domestic-abuse,${GRADES[i]},${GRADES[j]}`);
    }),
  );
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const spread = register('spread.csv', [
  [20, 1, 2],
  [3, 20, 4],
  [1, 2, 20],
]);
const corner = register('corner.csv', [
  [3, 10, 0],
  [0, 10, 0],
  [0, 0, 10],
]);

async function json(file: string) {
  const r = await runCli(['compare', '--suppress', '5', '-f', 'json', file]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('compare --suppress', { timeout: 120_000 }, () => {
  it('not recoverable: the small counts alone are hidden; totals, agreement and kappa stay', async () => {
    const j = await json(spread);
    expect(j.suppression).toEqual({ below: 5 });
    expect(j.matrix).toEqual({
      good: { good: 20, requires_improvement: HIDDEN, inadequate: HIDDEN },
      requires_improvement: { good: HIDDEN, requires_improvement: 20, inadequate: HIDDEN },
      inadequate: { good: HIDDEN, requires_improvement: HIDDEN, inadequate: 20 },
    });
    expect(j.selfTotals).toEqual({ good: 23, requires_improvement: 27, inadequate: 23 });
    expect(j.independentTotals).toEqual({ good: 24, requires_improvement: 23, inadequate: 26 });
    expect([j.n, j.agreed, j.selfHigher, j.selfLower]).toEqual([73, 60, 7, 6]);
    expect(j.apart).toEqual({ '1': HIDDEN, '2': HIDDEN });
    expect(j.exactAgreement).toBeCloseTo(60 / 73, 12);
    // Kappa with the margins printed: po = 60/73, pe = (23*24 + 27*23 + 23*26) / 73^2 = 1771/5329.
    expect(j.kappa).toBeCloseTo((60 / 73 - 1771 / 5329) / (1 - 1771 / 5329), 12);
    // The weighted kappa would give the cases two grades apart back: not printed.
    expect(j.weightedKappa).toBeNull();
  });

  it('recoverable: the row total, every case compared and the cases agreed are hidden beside the small count', async () => {
    const j = await json(corner);
    expect(j.matrix.good).toEqual({ good: HIDDEN, requires_improvement: 10, inadequate: 0 });
    expect(j.selfTotals).toEqual({ good: HIDDEN, requires_improvement: 10, inadequate: 10 });
    expect(j.independentTotals).toEqual({ good: HIDDEN, requires_improvement: 20, inadequate: 10 });
    expect([j.n, j.agreed, j.selfHigher, j.selfLower]).toEqual([HIDDEN, HIDDEN, 10, 0]);
    expect([j.exactAgreement, j.kappa, j.weightedKappa]).toEqual([null, null, null]);
    expect(j.byType.find((t: { type: string }) => t.type === 'domestic-abuse')).toEqual({
      type: 'domestic-abuse',
      n: HIDDEN,
      exactAgreement: null,
      selfHigher: 10,
      selfLower: 0,
      agreed: HIDDEN,
      kappa: null,
    });
  });

  it('the printed matrix: no row or column with its total has exactly one hidden count (read from the Markdown)', async () => {
    for (const file of [spread, corner]) {
      const r = await runCli(['compare', '--suppress', '5', '-f', 'markdown', file]);
      const lines = r.stdout.split('\n');
      const at = lines.findIndex((l) => l.startsWith('|  | Good |'));
      const grid = lines.slice(at + 2, at + 6).map((l) =>
        l
          .split('|')
          .slice(2, -1)
          .map((c) => c.trim()),
      );
      const hidden = (c: string) => c === '\\<5' || c === '\\[x\\]';
      const columns = grid[0]!.map((_, k) => grid.map((row) => row[k]!));
      for (const line of [...grid, ...columns]) expect(line.filter(hidden).length).not.toBe(1);
    }
  });

  it('every format: no count from 1 to 4 printed; check-share passes JSON, CSV, HTML and the workbook', async () => {
    for (const format of ['table', 'markdown', 'csv', 'json', 'html', 'xlsx']) {
      for (const file of [spread, corner]) {
        const out = join(dir, `compare-${format}-${file.endsWith('spread.csv') ? 's' : 'c'}.${format}`);
        const r = await runCli(['compare', '--suppress', '5', '-f', format, '-o', out, file]);
        expect(r.code).toBe(0);
        const text = format === 'xlsx' ? '' : (await import('node:fs')).readFileSync(out, 'utf8');
        expect(smallCounts(await publishedCells(format, text, out), 5), `${format} ${file}`).toEqual([]);
        expect(text).not.toMatch(/CMP-/);
        if (['csv', 'json', 'html', 'xlsx'].includes(format)) {
          const check = await runCli(['check-share', '--suppress', '5', out]);
          expect(check.code, check.stdout).toBe(0);
        }
      }
    }
  });

  it('without --suppress the same run prints the small counts (the checks above can fail)', async () => {
    const r = await runCli(['compare', '-f', 'json', spread]);
    expect(smallCounts(await publishedCells('json', r.stdout), 5).length).toBeGreaterThan(0);
  });

  it('--all-roles is refused under --suppress', async () => {
    const r = await runCli(['compare', '--suppress', '5', '--all-roles', spread]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--suppress with --all-roles');
  });
});
