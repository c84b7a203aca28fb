// Wilson and Newcombe intervals against published worked examples (to the 4 places printed there)
// and against a second, independent computation (bisection on the score equation) to 1e-9.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excludesZero, newcombe } from '../../src/statistics/newcombe.js';
import { wilson, Z95 } from '../../src/statistics/wilson.js';
import { newcombeByBisection, wilsonByBisection } from '../helpers/intervals.js';

/** Published figures are rounded to 4 places: within half a unit of the last place. */
const HALF_ULP_4 = 0.5e-4 + 1e-12;

describe('Wilson score interval', () => {
  // Newcombe RG (1998) Two-sided confidence intervals for the single proportion: comparison of
  // seven methods. Statistics in Medicine 17:857-872, Table I, method 3 (score, no correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('%i/%i -> %f to %f (Newcombe 1998a, Table I)', (x, n, lo, hi) => {
    const [l, u] = wilson(x, n)!;
    expect(Math.abs(l - lo)).toBeLessThanOrEqual(HALF_ULP_4);
    expect(Math.abs(u - hi)).toBeLessThanOrEqual(HALF_ULP_4);
  });

  it('is exactly 0 at 0/n and exactly 1 at n/n, with the other end z^2/(n + z^2) from it', () => {
    for (const n of [1, 5, 10, 33, 1000]) {
      const edge = (Z95 * Z95) / (n + Z95 * Z95);
      const [l0, u0] = wilson(0, n)!;
      const [ln, un] = wilson(n, n)!;
      expect(l0).toBe(0);
      expect(un).toBe(1);
      expect(Math.abs(u0 - edge)).toBeLessThan(1e-12);
      expect(Math.abs(ln - (1 - edge))).toBeLessThan(1e-12);
    }
  });

  it('is null for n = 0: there is no proportion to bound', () => {
    expect(wilson(0, 0)).toBeNull();
  });

  it('matches bisection on the score equation to 1e-9, for any x of n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([x, n]) => {
          const [l, u] = wilson(x, n)!;
          const [bl, bu] = wilsonByBisection(x, n);
          expect(Math.abs(l - bl)).toBeLessThan(1e-9);
          expect(Math.abs(u - bu)).toBeLessThan(1e-9);
          expect(l).toBeLessThanOrEqual(x / n);
          expect(u).toBeGreaterThanOrEqual(x / n);
        },
      ),
    );
  });
});

describe('Newcombe hybrid score interval (method 10)', () => {
  // Newcombe RG (1998) Interval estimation for the difference between independent proportions:
  // comparison of eleven methods. Statistics in Medicine 17:873-890, Table II, method 10.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])('%i/%i vs %i/%i -> %f to %f (Newcombe 1998b, Table II)', (x1, n1, x2, n2, lo, hi) => {
    const [l, u] = newcombe(x1, n1, x2, n2)!;
    expect(Math.abs(l - lo)).toBeLessThanOrEqual(HALF_ULP_4);
    expect(Math.abs(u - hi)).toBeLessThanOrEqual(HALF_ULP_4);
  });

  it('is null when either sample is empty', () => {
    expect(newcombe(0, 0, 3, 10)).toBeNull();
    expect(newcombe(3, 10, 0, 0)).toBeNull();
  });

  it('matches the square-and-add over bisected Wilson bounds to 1e-9; holds the difference; mirrors when swapped', () => {
    const sample = fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(sample, sample, ([x1, n1], [x2, n2]) => {
        const [l, u] = newcombe(x1, n1, x2, n2)!;
        const [bl, bu] = newcombeByBisection(x1, n1, x2, n2);
        expect(Math.abs(l - bl)).toBeLessThan(1e-9);
        expect(Math.abs(u - bu)).toBeLessThan(1e-9);
        const d = x1 / n1 - x2 / n2;
        expect(l).toBeLessThanOrEqual(d + 1e-12);
        expect(u).toBeGreaterThanOrEqual(d - 1e-12);
        expect(l).toBeGreaterThanOrEqual(-1);
        expect(u).toBeLessThanOrEqual(1);
        const [sl, su] = newcombe(x2, n2, x1, n1)!;
        expect(Math.abs(sl + u)).toBeLessThan(1e-12);
        expect(Math.abs(su + l)).toBeLessThan(1e-12);
      }),
    );
  });

  it('calls a change only where the interval excludes 0', () => {
    expect(excludesZero(newcombe(56, 70, 48, 80)!)).toBe(true); // 0.0524 to 0.3339
    expect(excludesZero(newcombe(0, 10, 0, 20)!)).toBe(false); // -0.1611 to 0.2775
    expect(excludesZero(newcombe(5, 56, 0, 29)!)).toBe(false); // -0.0381 to 0.1926
    expect(excludesZero([-0.3, -0.01])).toBe(true);
    expect(excludesZero([0, 0.2])).toBe(false);
    expect(excludesZero([-0.2, 0])).toBe(false);
  });
});
