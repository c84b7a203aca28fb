// The allocation arithmetic on awkward shares, worked out by hand in each row.
import { describe, expect, it } from 'vitest';
import { largestRemainder, raiseToMinimum } from '../../src/statistics/largest-remainder.js';

describe('largestRemainder', () => {
  it.each([
    { name: 'the issue: 300/120/80, N = 50', weights: [300, 120, 80], n: 50, parts: [30, 12, 8] },
    // shares 4.2, 1.4, 1.4: floors 4+1+1, the last case to the tied remainders' earlier type
    { name: '1000 cases 3:1:1, N = 7', weights: [600, 200, 200], n: 7, parts: [4, 2, 1] },
    // shares 1, 1.5, 2.5: the tied remainders go to the larger stratum first
    { name: 'tie broken by the larger stratum', weights: [2, 3, 5], n: 5, parts: [1, 1, 3] },
    // shares 3.5, 3.5, 3.0
    { name: 'two halves, one case left', weights: [7, 7, 6], n: 10, parts: [4, 3, 3] },
    // shares 4.95 and 0.05
    { name: 'a tiny stratum rounds to nothing', weights: [100, 1], n: 5, parts: [5, 0] },
    { name: 'thirds, N = 2', weights: [1, 1, 1], n: 2, parts: [1, 1, 0] },
    { name: 'the whole register', weights: [5, 3, 2], n: 10, parts: [5, 3, 2] },
    { name: 'N = 0', weights: [5, 3, 2], n: 0, parts: [0, 0, 0] },
    { name: 'an empty stratum', weights: [0, 10], n: 3, parts: [0, 3] },
    { name: 'an empty register', weights: [0, 0], n: 0, parts: [0, 0] },
  ])('$name', ({ weights, n, parts }) => {
    expect(largestRemainder(weights, n)).toEqual(parts);
  });
});

describe('raiseToMinimum', () => {
  it.each([
    { name: 'raises the smallest, takes from the largest', parts: [30, 12, 8], sizes: [300, 120, 80], min: 10, out: [28, 12, 10] },
    { name: '3:1:1 N = 7 with a minimum of 2', parts: [4, 2, 1], sizes: [600, 200, 200], min: 2, out: [3, 2, 2] },
    // sizes 100/1/3, N = 10 gives 10/0/0; a minimum of 2 can only take the 1 the small stratum has
    { name: 'a stratum smaller than the minimum gives all it has', parts: [10, 0, 0], sizes: [100, 1, 3], min: 2, out: [7, 1, 2] },
    { name: 'tied largest parts: the larger stratum gives', parts: [3, 3, 1], sizes: [30, 40, 10], min: 2, out: [3, 2, 2] },
    // parts 3/3 tie and so do the sizes: the earlier stratum gives the one case over
    { name: 'tied parts and sizes: the earlier stratum gives', parts: [3, 3, 1], sizes: [30, 30, 10], min: 2, out: [2, 3, 2] },
    // the larger stratum wins a tie of parts only, never against a larger part
    { name: 'a larger part gives before a larger stratum', parts: [5, 3, 0], sizes: [10, 40, 10], min: 1, out: [4, 3, 1] },
    { name: 'the larger stratum is later in table order', parts: [1, 3, 3], sizes: [10, 30, 40], min: 2, out: [2, 3, 2] },
    // the first part above its floor is not the largest: the largest gives
    { name: 'the largest part gives, wherever it is', parts: [3, 5, 0], sizes: [40, 10, 10], min: 1, out: [3, 4, 1] },
    { name: 'already met', parts: [5, 5], sizes: [50, 50], min: 3, out: [5, 5] },
    { name: 'exactly the minimums', parts: [4, 2], sizes: [50, 10], min: 3, out: [3, 3] },
  ])('$name', ({ parts, sizes, min, out }) => {
    expect(raiseToMinimum(parts, sizes, min)).toEqual({ ok: true, parts: out });
  });

  it('fails when the minimums need more than the sample', () => {
    expect(raiseToMinimum([5, 5], [50, 50], 6)).toEqual({ ok: false, needed: 12 });
    // A stratum with fewer cases than the minimum needs only what it has.
    expect(raiseToMinimum([9, 1], [50, 2], 8)).toEqual({ ok: true, parts: [8, 2] });
  });
});
