// Small-number suppression on tables worked by hand (issue 28): N = 5, so 1..4 are hidden first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCells, type Sum } from '../../src/summarise/suppress/suppress-cells.js';

/** A grid's cells as suppressCells numbers them: the data row by row, row totals, column totals, the grand total. */
function grid(data: number[][]): number[] {
  const rowTotals = data.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = data[0]!.map((_, c) => data.reduce((a, r) => a + r[c]!, 0));
  return [...data.flat(), ...rowTotals, ...colTotals, rowTotals.reduce((a, b) => a + b, 0)];
}

function hiddenValues(data: number[][]): string[] {
  const values = grid(data);
  const { sums, totals } = gridSums(data.length, data[0]!.length);
  const hidden = suppressCells(values, sums, 5, totals);
  const names = [
    ...data.flatMap((r, i) => r.map((_, j) => `r${i + 1}c${j + 1}`)),
    ...data.map((_, i) => `row${i + 1}`),
    ...data[0]!.map((_, j) => `col${j + 1}`),
    'all',
  ];
  return names.filter((_, i) => hidden[i]);
}

describe('suppression, worked by hand', () => {
  it('a single small count its row and column totals would give away: three more cells hidden, the rectangle', () => {
    //        c1  c2  c3 | total
    // row1   10   3  12 |  25      3 = 25 - 10 - 12, and 3 = 12 - 9 from its column
    // row2    8   9   7 |  24
    // total  18  12  19 |  49
    // Hide 3. Row 1 then has one hidden cell: hide its smallest part, 10 (c1). Column 1 has one: hide
    // 8 (r2c1, a part before the total 18). Row 2 now has one (8), and column 2 still has one (3):
    // 9 (r2c2) mends both. Every row and column then has two hidden cells or none.
    expect(
      hiddenValues([
        [10, 3, 12],
        [8, 9, 7],
      ]),
    ).toEqual(['r1c1', 'r1c2', 'r2c1', 'r2c2']);
  });

  it('small counts that no total gives away: only they are hidden', () => {
    //        c1  c2  c3 | total
    // row1   10   3   2 |  15     each row has two hidden cells (3 and 2; 4 and 3),
    // row2    8   4   3 |  15     each column two (3 and 4; 2 and 3) or none:
    // total  18   7   5 |  30     no subtraction leaves one unknown
    expect(
      hiddenValues([
        [10, 3, 2],
        [8, 4, 3],
      ]),
    ).toEqual(['r1c2', 'r1c3', 'r2c2', 'r2c3']);
  });

  it('a one-row table: the small count and its smallest neighbour, never the total', () => {
    // 1 + 10 + 12 = 23: hide 1, then 10 (smaller than 12); the total stays.
    expect(suppressCells([1, 10, 12, 23], [[0, 1, 2, 3]], 5, new Set([3]))).toEqual([true, true, false, false]);
  });

  it('a small total is hidden with its parts, and zeros are left alone when nothing needs them', () => {
    // 0 + 3 = 3: the 3 and its total are both small; no sum has one hidden cell.
    expect(suppressCells([0, 3, 3], [[0, 1, 2]], 5, new Set([2]))).toEqual([false, true, true]);
  });

  it('any grid: every count from 1 to N-1 hidden, and no row or column with exactly one hidden cell', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 10 }),
        fc.array(fc.nat(30), { minLength: 16, maxLength: 16 }),
        (rows, cols, below, pool) => {
          const data = Array.from({ length: rows }, (_, r) => pool.slice(r * cols, r * cols + cols));
          const values = grid(data);
          const { sums, totals } = gridSums(rows, cols);
          const hidden = suppressCells(values, sums, below, totals);
          values.forEach((v, i) => {
            if (v >= 1 && v < below) expect(hidden[i]).toBe(true);
          });
          for (const sum of sums) expect(sum.filter((c) => hidden[c]).length).not.toBe(1);
        },
      ),
    );
  });
});

/** A grid with its row and column totals, as cells and sums: rows x cols data cells, then the row totals, the column totals and the grand total. */
function gridSums(rows: number, cols: number): { sums: Sum[]; totals: Set<number>; size: number } {
  const at = (r: number, c: number) => r * cols + c;
  const rowTotal = (r: number) => rows * cols + r;
  const colTotal = (c: number) => rows * cols + rows + c;
  const grand = rows * cols + rows + cols;
  const sums: Sum[] = [];
  for (let r = 0; r < rows; r++) sums.push([...Array.from({ length: cols }, (_, c) => at(r, c)), rowTotal(r)]);
  for (let c = 0; c < cols; c++) sums.push([...Array.from({ length: rows }, (_, r) => at(r, c)), colTotal(c)]);
  sums.push([...Array.from({ length: rows }, (_, r) => rowTotal(r)), grand]);
  sums.push([...Array.from({ length: cols }, (_, c) => colTotal(c)), grand]);
  const totals = new Set<number>();
  for (let i = rows * cols; i <= grand; i++) totals.add(i);
  return { sums, totals, size: grand + 1 };
}
