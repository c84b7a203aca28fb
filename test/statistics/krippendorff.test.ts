// Krippendorff's alpha against Krippendorff's (2011) worked example and fast-krippendorff on 24
// seeded reliability data sets (2 to 6 coders, with and without missing values), the identity
// linking nominal alpha to Fleiss' kappa (statsmodels), and the bootstrap's reproducibility.
import { describe, expect, it } from 'vitest';
import { bootstrapAlpha, quantileSorted } from '../../src/statistics/krippendorff-bootstrap.js';
import { krippendorffAlpha, type Metric } from '../../src/statistics/krippendorff.js';
import type { Outcome } from '../../src/statistics/outcome.js';
import { Largest, oracle } from './oracle.js';
import { KRIPPENDORFF_2011_OBSERVERS } from '../helpers/krippendorff-2011.js';

const value = <T>(o: Outcome<T>): T => {
  if (o.value === null) throw new Error(`undefined: ${o.reason}`);
  return o.value;
};
const METRICS: Metric[] = ['nominal', 'ordinal', 'interval'];

// Krippendorff (2011), section C (test/helpers/krippendorff-2011.ts): published nominal 0.743,
// ordinal 0.815, interval 0.849.
const N = null;
const observers = KRIPPENDORFF_2011_OBSERVERS;
const units = observers[0]!.map((_, u) => observers.map((o) => o[u]!));

describe("Krippendorff's alpha", () => {
  it("Krippendorff's 2011 worked example: nominal 0.743, ordinal 0.815, interval 0.849", () => {
    expect(value(krippendorffAlpha(units, 'nominal'))).toBeCloseTo(0.743, 3);
    expect(value(krippendorffAlpha(units, 'ordinal'))).toBeCloseTo(0.815, 3);
    expect(value(krippendorffAlpha(units, 'interval'))).toBeCloseTo(0.849, 3);
    // And to all its digits as fast-krippendorff gives it on the same data:
    expect(value(krippendorffAlpha(units, 'nominal'))).toBeCloseTo(0.743421052631579, 14);
  });

  it('matches fast-krippendorff on 24 data sets to 1e-12, null exactly where it has none', () => {
    const largest = new Largest(1e-12);
    let compared = 0;
    for (const [i, r] of oracle.reliability.entries()) {
      for (const m of METRICS) {
        const ours = krippendorffAlpha(r.data, m);
        expect(ours.value === null, `data ${i} ${m}`).toBe(r[m] === null);
        if (ours.value === null || r[m] === null) continue;
        compared++;
        largest.see(ours.value, r[m], `data ${i} ${m}`);
      }
    }
    expect(compared).toBeGreaterThan(60);
    largest.check();
  });

  it("nominal alpha = 1 - (1 - Fleiss' kappa)(N - 1)/N on complete data (N values), with statsmodels' fleiss_kappa", () => {
    let checked = 0;
    for (const r of oracle.reliability) {
      if (r.fleissKappa === undefined || r.nominal === null) continue;
      const values = r.data.length * r.data[0]!.length;
      expect(value(krippendorffAlpha(r.data, 'nominal'))).toBeCloseTo(1 - ((1 - r.fleissKappa) * (values - 1)) / values, 12);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('ignores units with fewer than two values and any coder who gave none', () => {
    const withExtra = [...units, [N, N, 7, N], [N, N, N, N]];
    expect(value(krippendorffAlpha(withExtra, 'ordinal'))).toBe(value(krippendorffAlpha(units, 'ordinal')));
  });

  it.each([
    ['no data', []],
    [
      'no unit with two values',
      [
        [1, N],
        [N, 2],
      ],
    ],
    [
      'every value alike',
      [
        [2, 2],
        [2, 2, 2],
      ],
    ],
  ])('null with a reason for %s', (_, data) => {
    for (const m of METRICS) {
      const a = krippendorffAlpha(data, m);
      expect(a.value).toBeNull();
      expect(a.reason).toMatch(/\w/);
    }
  });
});

describe('bootstrap interval', () => {
  it('is reproducible from its seed, differs with another seed, and brackets the estimate', () => {
    const a = value(bootstrapAlpha(units, 'ordinal', { seed: 7, resamples: 400 }));
    const b = value(bootstrapAlpha(units, 'ordinal', { seed: 7, resamples: 400 }));
    const c = value(bootstrapAlpha(units, 'ordinal', { seed: 8, resamples: 400 }));
    expect(b).toEqual(a);
    expect(c.interval).not.toEqual(a.interval);
    expect(a.value).toBeCloseTo(0.8153875037548814, 14);
    expect(a.interval[0]).toBeLessThan(a.value);
    expect(a.interval[1]).toBeLessThanOrEqual(1);
  });

  it('narrows as the data grow: the same pattern repeated 25 times gives an interval about a fifth as wide', () => {
    const once = value(bootstrapAlpha(units, 'interval', { seed: 3, resamples: 500 }));
    const many = value(bootstrapAlpha(Array.from({ length: 25 }, () => units).flat(), 'interval', { seed: 3, resamples: 500 }));
    expect(many.value).toBeCloseTo(once.value, 2);
    const ratio = (many.interval[1] - many.interval[0]) / (once.interval[1] - once.interval[0]);
    expect(ratio).toBeGreaterThan(0.1);
    expect(ratio).toBeLessThan(0.35);
  });

  it('counts resamples where alpha is undefined and leaves them out', () => {
    // Two units: a resample drawing the agreeing unit twice has one value only.
    const r = value(
      bootstrapAlpha(
        [
          [1, 1],
          [1, 2],
        ],
        'nominal',
        { seed: 1, resamples: 200 },
      ),
    );
    expect(r.undefinedResamples).toBeGreaterThan(20);
    expect(r.undefinedResamples).toBeLessThan(100);
  });

  it('null with fewer than two comparable cases', () => {
    expect(bootstrapAlpha([[1, 2]], 'nominal', { seed: 1 }).value).toBeNull();
  });

  it('percentiles interpolate linearly between order statistics (type 7)', () => {
    expect(quantileSorted([1, 2, 3, 4, 5], 0.025)).toBeCloseTo(1.1, 14);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.975)).toBeCloseTo(4.9, 14);
    expect(quantileSorted([10], 0.5)).toBe(10);
  });
});
