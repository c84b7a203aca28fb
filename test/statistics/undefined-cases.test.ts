// Every statistic on every small table (k = 1..4 grades, up to 3 cases, every arrangement) and on
// random larger ones: each result is a finite figure (never NaN, Infinity or -0) or null with a
// reason in words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cochranArmitage } from '../../src/statistics/cochran-armitage.js';
import { brennanPrediger, gwetAc } from '../../src/statistics/gwet.js';
import { chiSquareIndependence } from '../../src/statistics/independence.js';
import { kappaWithInterval } from '../../src/statistics/kappa-variance.js';
import { krippendorffAlpha } from '../../src/statistics/krippendorff.js';
import { stuartMaxwell } from '../../src/statistics/marginal-homogeneity.js';
import type { Outcome } from '../../src/statistics/outcome.js';
import { meanDifference, netBias } from '../../src/statistics/paired-difference.js';
import { prevalenceAndBias } from '../../src/statistics/prevalence-bias.js';
import { bowker } from '../../src/statistics/symmetry.js';
import { propertyRuns } from '../helpers/quick.js';

/** Every number inside a result, however nested. */
function numbers(x: unknown): number[] {
  if (typeof x === 'number') return [x];
  if (Array.isArray(x)) return x.flatMap(numbers);
  if (x !== null && typeof x === 'object') return Object.values(x).flatMap(numbers);
  return [];
}

/** Checked in plain code and reported through expect only when wrong: some 100,000 results pass through here. */
function expectClean(o: Outcome<unknown>, what: () => string): void {
  if (o.value === null) {
    if (!/[a-z]{3}/.test(o.reason ?? '')) expect(o.reason, what()).toMatch(/[a-z]{3}/);
    return;
  }
  const unclean = numbers(o.value).filter((x) => !Number.isFinite(x) || Object.is(x, -0));
  if (unclean.length > 0)
    expect(
      unclean.map((x) => (Object.is(x, -0) ? '-0' : String(x))),
      `${what()}: NaN, Infinity or -0`,
    ).toEqual([]);
}

function everyStatistic(t: number[][]): Array<[string, Outcome<unknown>]> {
  const results: Array<[string, Outcome<unknown>]> = [
    ['netBias', netBias(t)],
    ['meanDifference', meanDifference(t)],
    ['stuartMaxwell', stuartMaxwell(t)],
    ['bowker', bowker(t)],
    ['prevalenceAndBias', prevalenceAndBias(t)],
    ['independence', chiSquareIndependence(t)],
    [
      'trend',
      cochranArmitage(
        t.map((r) => r[0]!),
        t.map((r) => r.reduce((a, b) => a + b, 0)),
      ),
    ],
  ];
  for (const w of ['none', 'linear', 'quadratic'] as const) {
    results.push([`kappa ${w}`, kappaWithInterval(t, w)], [`ac ${w}`, gwetAc(t, w)], [`bp ${w}`, brennanPrediger(t, w)]);
  }
  const pairs = t.flatMap((row, i) => row.flatMap((count, j) => Array.from({ length: count }, () => [i, j])));
  for (const m of ['nominal', 'ordinal', 'interval'] as const) results.push([`alpha ${m}`, krippendorffAlpha(pairs, m)]);
  return results;
}

/** Every k x k table with at most `n` cases in all. */
function* smallTables(k: number, n: number): Generator<number[][]> {
  const cells = k * k;
  const counts = new Array<number>(cells).fill(0);
  function* fill(i: number, left: number): Generator<number[][]> {
    if (i === cells) {
      yield Array.from({ length: k }, (_, r) => counts.slice(r * k, r * k + k));
      return;
    }
    for (let c = 0; c <= left; c++) {
      counts[i] = c;
      yield* fill(i + 1, left - c);
    }
    counts[i] = 0;
  }
  yield* fill(0, n);
}

describe('no NaN, Infinity or -0 anywhere', () => {
  it('every table of 1 to 4 grades with 0 to 3 cases', () => {
    let tables = 0;
    for (let k = 1; k <= 4; k++) {
      for (const t of smallTables(k, k <= 3 ? 3 : 2)) {
        tables++;
        for (const [name, o] of everyStatistic(t)) expectClean(o, () => `${name} of ${JSON.stringify(t)}`);
      }
    }
    expect(tables).toBe(412);
  });

  it('random tables of 2 to 5 grades, sparse and skewed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((k) =>
          fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })), { minLength: k, maxLength: k }), {
            minLength: k,
            maxLength: k,
          }),
        ),
        (t) => {
          for (const [name, o] of everyStatistic(t)) expectClean(o, () => `${name} of ${JSON.stringify(t)}`);
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });
});
