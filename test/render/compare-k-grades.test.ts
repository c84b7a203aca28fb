// compare on four and five grades, every format: the k x k matrix in scale order, kappa over k
// grades (figures from statsmodels' cohens_kappa, and by hand for the four-point cases), higher,
// lower and a line per distance apart.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fivePointCases, fourPointCases, kPointProgramme } from '../helpers/k-point.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';

const four = kPointProgramme(4);
const fourCases = four.file('cases.csv', fourPointCases());
const five = kPointProgramme(5);
const fiveCases = five.file('cases.csv', fivePointCases());

const compare = (k: typeof four, file: string, ...args: string[]) => runCli(['compare', '--criteria', k.criteria, file, ...args]);

describe('compare on the four-point scale', () => {
  it('gives the matrix, totals and every distance apart in scale order (JSON)', async () => {
    const r = await compare(four, fourCases, '-f', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const ids = ['outstanding', 'good', 'requires_improvement', 'inadequate'];
    expect(Object.keys(json.matrix)).toEqual(ids);
    expect(ids.map((row) => ids.map((col) => json.matrix[row][col]))).toEqual([
      [1, 1, 0, 1],
      [0, 1, 1, 0],
      [0, 1, 1, 1],
      [0, 1, 0, 1],
    ]);
    expect(json.selfTotals).toEqual({ outstanding: 3, good: 2, requires_improvement: 3, inadequate: 2 });
    expect(Object.keys(json.independentTotals)).toEqual(ids);
    expect(json.independentTotals).toEqual({ outstanding: 1, good: 4, requires_improvement: 2, inadequate: 3 });
    expect([json.n, json.agreed, json.selfHigher, json.selfLower]).toEqual([10, 4, 4, 2]);
    expect(json.apart).toEqual({ '1': 4, '2': 1, '3': 1 });
    expect(json.twoApart).toBeUndefined();
    expect(json.byType[0].apart).toEqual({ '1': 4, '2': 1, '3': 1 });
    // By hand: (0.4 - 0.23) / 0.77 and (0.7 - 178/300) / (1 - 178/300); statsmodels agrees.
    expect(json.kappa).toBeCloseTo(17 / 77, 12);
    expect(json.weightedKappa).toBeCloseTo(16 / 61, 12);
  });

  it('quadratic weights over four grades (statsmodels: 0.2735042735)', async () => {
    const json = JSON.parse((await compare(four, fourCases, '-f', 'json', '--weights', 'quadratic')).stdout);
    expect(json.weightedKappa).toBeCloseTo(0.2735042735042734, 12);
  });

  it('says each distance in words in the table, and names the furthest pair from the scale', async () => {
    const { stdout } = await compare(four, fourCases);
    expect(stdout).toMatch(/^One grade apart +4$/m);
    expect(stdout).toMatch(/^Two grades apart +1$/m);
    expect(stdout).toMatch(/^Three grades apart +1$/m);
    expect(stdout.replace(/\s+/g, ' ')).toContain('three grades apart: Outstanding against Inadequate.');
    expect(stdout).toMatch(/│ Case type │ Cases │ Agreed │ Higher │ Lower │ 1 apart │ 2 apart │ 3 apart │/);
    expect(stdout).toMatch(/│ visit +│ +10 │ +40% │ +4 │ +2 │ +4 │ +1 │ +1 │/);
  });

  it('gives a Markdown row per distance and a right-aligned column per grade', async () => {
    const { stdout } = await compare(four, fourCases, '-f', 'markdown');
    expect(stdout).toContain(
      '| Force \\\\ QA team | Outstanding | Good | Requires improvement | Inadequate | Total |\n| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    expect(stdout).toContain('| One grade apart | 4 |\n| Two grades apart | 1 |\n| Three grades apart | 1 |');
  });

  it('gives a CSV row per cell and per distance', async () => {
    const { stdout } = await compare(four, fourCases, '-f', 'csv');
    expect(stdout.match(/^matrix,all,/gm)).toHaveLength(16);
    expect(stdout).toContain('matrix,all,outstanding,inadequate,1\r\n');
    expect(stdout).toContain('statistic,all,apart_1,,4\r\nstatistic,all,apart_2,,1\r\nstatistic,all,apart_3,,1\r\n');
    expect(stdout).not.toContain('two_apart');
  });

  it('gives a workbook with a column per grade and per distance', async () => {
    const out = four.file('compare.xlsx', '');
    expect((await compare(four, fourCases, '-o', out)).code).toBe(0);
    const book = await readBook(out);
    const sheet = (name: string) => sheetValues(book.getWorksheet(name)!);
    expect(sheet('Matrix')[0]).toEqual(['Force \\ QA team', 'Outstanding', 'Good', 'Requires improvement', 'Inadequate', 'Total']);
    // The first nine columns as before; issue 26's kappa and figures follow them.
    expect(sheet('By case type')[0]!.slice(0, 9)).toEqual([
      'Case type',
      'Cases',
      'Agreed',
      'Exact agreement',
      'Force higher',
      'Force lower',
      'One apart',
      'Two apart',
      'Three apart',
    ]);
    expect(sheet('By case type')[1]!.slice(0, 9)).toEqual(['visit', 10, 4, 0.4, 4, 2, 4, 1, 1]);
    const front = sheetValues(book.worksheets[0]!);
    expect(front).toContainEqual(['One grade apart', 4]);
    expect(front).toContainEqual(['Three grades apart', 1]);
  });
});

describe('compare on the five-point scale', () => {
  it('gives a 5 x 5 matrix, distances one to four, and kappa as statsmodels has it', async () => {
    const json = JSON.parse((await compare(five, fiveCases, '-f', 'json')).stdout);
    expect(Object.keys(json.matrix)).toEqual(['outstanding', 'good', 'adequate', 'requires_improvement', 'inadequate']);
    expect(Object.keys(json.matrix.adequate)).toEqual(['outstanding', 'good', 'adequate', 'requires_improvement', 'inadequate']);
    expect([json.n, json.agreed, json.selfHigher, json.selfLower]).toEqual([8, 2, 4, 2]);
    expect(json.apart).toEqual({ '1': 2, '2': 2, '3': 1, '4': 1 });
    expect(json.selfTotals).toEqual({ outstanding: 2, good: 2, adequate: 2, requires_improvement: 1, inadequate: 1 });
    expect(json.independentTotals).toEqual({ outstanding: 1, good: 1, adequate: 2, requires_improvement: 1, inadequate: 3 });
    expect(json.kappa).toBeCloseTo(0.07692307692307693, 12);
    expect(json.weightedKappa).toBeCloseTo(0.054545454545454564, 12);
  });

  it('names four grades apart in the table', async () => {
    const { stdout } = await compare(five, fiveCases);
    expect(stdout).toMatch(/^Four grades apart +1$/m);
    expect(stdout.replace(/\s+/g, ' ')).toContain('four grades apart: Outstanding against Inadequate.');
  });

  it('right-aligns all five grade columns and the total in Markdown', async () => {
    const { stdout } = await compare(five, fiveCases, '-f', 'markdown');
    expect(stdout).toContain('| Requires improvement | Inadequate | Total |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n');
  });
});
