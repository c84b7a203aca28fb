// The trend statistics: Cochran-Armitage per grade, chi-square for a type x round table, and the
// simultaneous (Bonferroni) intervals, with a simulation showing the adjusted verdicts keep the
// chance of any false "change" at or under 5%.
import { describe, expect, it } from 'vitest';
import { excludesZero, newcombe } from '../../src/statistics/newcombe.js';
import { wilson } from '../../src/statistics/wilson.js';
import { cochranArmitage, trendPerGrade } from '../../src/statistics/cochran-armitage.js';
import { chiSquareIndependence } from '../../src/statistics/independence.js';
import type { Outcome } from '../../src/statistics/outcome.js';
import { seededRandom, type SeededRandom } from '../../src/statistics/seeded-random.js';
import { bonferroni, perComparison, type Adjustment } from '../../src/statistics/simultaneous.js';
import { Largest, oracle } from './oracle.js';

const value = <T>(o: Outcome<T>): T => {
  if (o.value === null) throw new Error(`undefined: ${o.reason}`);
  return o.value;
};

describe('Cochran-Armitage test for trend', () => {
  it("R's prop.trend.test example: smokers 83/86, 90/93, 129/136, 70/82 -> X-squared 8.2249, p 0.004132", () => {
    const t = value(cochranArmitage([83, 90, 129, 70], [86, 93, 136, 82]));
    expect(t.statistic).toBeCloseTo(8.2249, 4);
    expect(t.p).toBeCloseTo(0.004132, 6);
    expect(t.z).toBeLessThan(0); // the share of smokers falls
  });

  it("matches statsmodels' ordinal-association z times sqrt(N / (N - 1)) on 16 seeded data sets (1e-12)", () => {
    const largest = new Largest(1e-12);
    for (const [i, r] of oracle.trend.entries()) {
      const t = value(cochranArmitage(r.successes, r.totals));
      largest.see(t.z, r.z, `set ${i} z`);
      largest.see(t.p, r.p, `set ${i} p`);
    }
    largest.check();
  });

  it('scores are the rounds in order unless given; equally spaced scores give the same test', () => {
    const a = value(cochranArmitage([3, 6, 9], [20, 20, 20]));
    const b = value(cochranArmitage([3, 6, 9], [20, 20, 20], [10, 20, 30]));
    expect(b.z).toBeCloseTo(a.z, 13);
  });

  it('per grade over a rounds x grades table', () => {
    const tests = trendPerGrade([
      [10, 5, 5],
      [6, 8, 6],
      [2, 10, 8],
    ]);
    expect(tests.map((t) => t.grade)).toEqual([0, 1, 2]);
    expect(value(tests[0]!.test).z).toBeLessThan(0);
    expect(value(tests[1]!.test).z).toBeGreaterThan(0);
  });

  it.each([
    ['no cases', [0, 0], [0, 0], /no cases/],
    ['one round with cases', [3, 0], [10, 0], /fewer than two rounds/],
    ['no case in the grade', [0, 0, 0], [5, 6, 7], /no case in this grade/],
    ['every case in the grade', [5, 6, 7], [5, 6, 7], /every case in this grade/],
  ])('null for %s', (_, x, n, reason) => {
    const t = cochranArmitage(x, n);
    expect(t.value).toBeNull();
    expect(t.reason).toMatch(reason);
  });

  it('rejects counts above the round size', () => {
    expect(() => cochranArmitage([5], [4])).toThrow(RangeError);
  });
});

describe('chi-square test of independence (type x round)', () => {
  it("R's prop.test on the smokers: X-squared 12.6 on 3 df, p 0.005585", () => {
    const t = value(
      chiSquareIndependence([
        [83, 90, 129, 70],
        [3, 3, 7, 12],
      ]),
    );
    expect(t.statistic).toBeCloseTo(12.6, 1);
    expect(t.df).toBe(3);
    expect(t.p).toBeCloseTo(0.005585, 6);
  });

  it("matches scipy's chi2_contingency (no correction) on 15 seeded tables, empty rows and columns dropped (1e-12)", () => {
    const largest = new Largest(1e-12);
    for (const [i, r] of oracle.independence.entries()) {
      const t = value(chiSquareIndependence(r.table));
      expect(t.df).toBe(r.df);
      largest.see(t.statistic, r.statistic, `table ${i} statistic`);
      largest.see(t.p, r.p, `table ${i} p`);
      largest.see(t.smallestExpected, r.smallestExpected, `table ${i} expected`);
    }
    largest.check();
  });

  it('an empty row or column drops out, and fewer than two live rows or columns is null', () => {
    const t = value(
      chiSquareIndependence([
        [5, 0, 7],
        [0, 0, 0],
        [9, 0, 2],
      ]),
    );
    expect(t.df).toBe(1);
    expect(chiSquareIndependence([[4, 5, 6]]).value).toBeNull();
    expect(chiSquareIndependence([[4], [5]]).value).toBeNull();
    expect(chiSquareIndependence([]).value).toBeNull();
  });
});

describe('simultaneous intervals', () => {
  it('Bonferroni: each of m intervals at 1 - 0.05/m', () => {
    const a = bonferroni(12);
    expect(a).toMatchObject({ method: 'bonferroni', comparisons: 12 });
    expect(a.level).toBeCloseTo(1 - 0.05 / 12, 15);
    expect(a.z).toBeCloseTo(2.8652602, 6); // scipy.stats.norm.ppf(1 - 0.025 / 12)
    expect(perComparison()).toMatchObject({ method: 'none', comparisons: 1, level: 0.95 });
    expect(perComparison().z).toBe(1.959963984540054); // wilson.ts's Z95, so today's intervals are unchanged
    expect(() => bonferroni(0)).toThrow(RangeError);
  });

  it("wilson() and newcombe() given the adjusted z match statsmodels' Wilson and Newcombe at level 1 - 0.05/m (1e-12)", () => {
    const largest = new Largest(1e-12);
    for (const r of oracle.adjustedIntervals) {
      const { z } = bonferroni(r.m);
      const w = wilson(r.x1, r.n1, z)!;
      const d = newcombe(r.x2, r.n2, r.x1, r.n1, z)!;
      largest.see(w[0], r.wilson[0], `m ${r.m} wilson lo`);
      largest.see(w[1], r.wilson[1], `m ${r.m} wilson hi`);
      largest.see(d[0], r.newcombe[0], `m ${r.m} newcombe lo`);
      largest.see(d[1], r.newcombe[1], `m ${r.m} newcombe hi`);
    }
    largest.check();
  });
});

/** Counts per grade for n cases drawn from the same shares: no real change between rounds. */
function drawRound(random: SeededRandom, n: number, shares: readonly number[]): number[] {
  const counts = shares.map(() => 0);
  for (let i = 0; i < n; i++) {
    let u = random.unit();
    let g = 0;
    while (g < shares.length - 1 && u >= shares[g]!) u -= shares[g++]!;
    counts[g]!++;
  }
  return counts;
}

/** Whether any change trend shows (consecutive rounds, and first with last, per grade) is called a change. */
function anyFalseChange(rounds: number[][], adjustment: (m: number) => Adjustment): boolean {
  const pairs = rounds.slice(1).map((_, i) => [i, i + 1] as const);
  if (rounds.length > 2) pairs.push([0, rounds.length - 1]);
  const k = rounds[0]!.length;
  const { z } = adjustment(pairs.length * k);
  const size = (r: number[]) => r.reduce((a, b) => a + b, 0);
  return pairs.some(([a, b]) =>
    rounds[a]!.some((_, g) => excludesZero(newcombe(rounds[b]![g]!, size(rounds[b]!), rounds[a]![g]!, size(rounds[a]!), z)!)),
  );
}

describe('simulation: no real change, 1000 data sets of 3-4 rounds', () => {
  it('the adjusted verdicts call a false "change" in at most 5% of data sets; unadjusted ones in far more', () => {
    const random = seededRandom(2026);
    const shares = [0.3, 0.5, 0.2];
    let adjusted = 0;
    let unadjusted = 0;
    const sets = 1000;
    for (let s = 0; s < sets; s++) {
      const roundCount = 3 + random.int(2);
      const rounds = Array.from({ length: roundCount }, () => drawRound(random, 20 + random.int(40), shares));
      if (anyFalseChange(rounds, (m) => bonferroni(m))) adjusted++;
      if (anyFalseChange(rounds, () => perComparison())) unadjusted++;
    }
    expect(adjusted / sets).toBeLessThanOrEqual(0.05);
    // The finding, reproduced: without adjustment a false change turns up far more often.
    expect(unadjusted / sets).toBeGreaterThan(0.2);
  });
});
