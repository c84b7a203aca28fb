// Bias between two raters: Tango's interval for the net share graded higher, the mean difference
// in grade steps, Stuart-Maxwell and Bowker. Published examples first (Fagerland, Lydersen & Laake,
// Statistical Analysis of Contingency Tables, 2017, ch. 8-9, as their contingencytables package's
// tests print them), then the oracle's 96 seeded tables.
import { describe, expect, it } from 'vitest';
import { chiSquareSf } from '../../src/statistics/chi-square.js';
import { stuartMaxwell } from '../../src/statistics/marginal-homogeneity.js';
import { discordance, meanDifference, netBias, tangoInterval } from '../../src/statistics/paired-difference.js';
import { bowker } from '../../src/statistics/symmetry.js';
import type { Outcome } from '../../src/statistics/outcome.js';
import { Largest, oracle } from './oracle.js';

const value = <T>(o: Outcome<T>): T => {
  if (o.value === null) throw new Error(`undefined: ${o.reason}`);
  return o.value;
};
const near = (actual: number, expected: number, places: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.5 * 10 ** -places + 1e-12);

describe("Tango's score interval", () => {
  it('Cavo et al. (2012): 6 higher, 16 lower of 161 -> -0.0621 (-0.1240 to -0.0054)', () => {
    const [lo, hi] = value(tangoInterval(6, 16, 161));
    near(lo, -0.124, 4);
    near(hi, -0.0054, 4);
  });

  it('all 3 of 3 higher -> 1 (-0.1230 to 1), and the mirror image', () => {
    const [lo, hi] = value(tangoInterval(3, 0, 3));
    near(lo, -0.123, 4);
    expect(hi).toBe(1);
    expect(value(tangoInterval(0, 3, 3))).toEqual([-1, -lo]);
  });

  it('none discordant: symmetric about 0, z^2 / (n + z^2) either side (the Wilson bound at 0 of n)', () => {
    const z2 = 1.959963984540054 ** 2;
    const [lo, hi] = value(tangoInterval(0, 0, 40));
    expect(hi).toBeCloseTo(z2 / (40 + z2), 12);
    expect(lo).toBeCloseTo(-hi, 14);
  });

  it('matches a numerical maximum-likelihood computation on 96 tables to 1e-12', () => {
    const largest = new Largest(1e-12);
    for (const [i, r] of oracle.squareTables.entries()) {
      const n = r.table.flat().reduce((a, b) => a + b, 0);
      const [lo, hi] = value(tangoInterval(r.higher, r.lower, n));
      largest.see(lo, r.tango[0], `table ${i} lo`);
      largest.see(hi, r.tango[1], `table ${i} hi`);
    }
    largest.check();
  });

  it('null with no cases; rejects counts that do not add up', () => {
    expect(tangoInterval(0, 0, 0).value).toBeNull();
    expect(() => tangoInterval(5, 6, 10)).toThrow(RangeError);
  });
});

describe('net bias and mean difference', () => {
  it('counts higher (A better: row before column) and lower, and nets them', () => {
    const t = [
      [5, 3, 1],
      [2, 6, 0],
      [0, 1, 2],
    ];
    expect(discordance(t)).toEqual({ higher: 4, lower: 3, n: 20 });
    const bias = value(netBias(t));
    expect(bias.net).toBeCloseTo(1 / 20, 15);
    expect(bias.netInterval).toEqual(value(tangoInterval(4, 3, 20)));
  });

  it('the mean difference in grade steps matches scipy (mean, sem) and mpmath (t quantile) on the case-by-case differences', () => {
    const largest = new Largest(1e-12);
    for (const [i, r] of oracle.squareTables.entries()) {
      const ours = meanDifference(r.table);
      expect(ours.value === null, `table ${i}`).toBe(r.meanDifference === null);
      if (ours.value === null || r.meanDifference === null) continue;
      largest.see(ours.value.meanDifference, r.meanDifference.meanDifference, `table ${i} mean`);
      largest.see(ours.value.meanDifferenceInterval[0], r.meanDifference.meanDifferenceInterval[0], `table ${i} lo`);
      largest.see(ours.value.meanDifferenceInterval[1], r.meanDifference.meanDifferenceInterval[1], `table ${i} hi`);
    }
    largest.check();
  });

  it('is positive where A graded higher: 3 cases one step higher, 1 the same', () => {
    const m = value(
      meanDifference([
        [1, 3],
        [0, 0],
      ]),
    );
    expect(m.meanDifference).toBe(0.75);
    expect(m.meanDifferenceInterval[1]).toBe(1); // kept within the one step a 2-grade scale allows
  });

  it.each([
    [
      'no cases',
      [
        [0, 0],
        [0, 0],
      ],
      /no cases/,
    ],
    [
      'one case',
      [
        [0, 1],
        [0, 0],
      ],
      /one case/,
    ],
    [
      'every case the same difference',
      [
        [0, 4],
        [0, 0],
      ],
      /same number of grade steps \(1\)/,
    ],
    [
      'perfect agreement',
      [
        [3, 0],
        [0, 2],
      ],
      /same number of grade steps \(0\)/,
    ],
  ])('mean difference: null for %s', (_, t, reason) => {
    const m = meanDifference(t);
    expect(m.value).toBeNull();
    expect(m.reason).toMatch(reason);
  });
});

describe('Stuart-Maxwell and Bowker', () => {
  // Peterson et al. (2007), pretherapy susceptibility of pathogens (FLL 2017, ch. 9): Stuart
  // T0 = 26.250, df 3, P = 0.000008; McNemar-Bowker T0 = 26.250 (df 6, P = 0.000200 counting every pair).
  const peterson = [
    [596, 18, 6, 5],
    [0, 2, 0, 0],
    [0, 0, 42, 0],
    [11, 0, 0, 0],
  ];
  it('Peterson et al. (2007): Stuart 26.250 on 3 df, P 0.000008', () => {
    const s = value(stuartMaxwell(peterson));
    near(s.statistic, 26.25, 3);
    expect(s.df).toBe(3);
    near(s.p, 0.000008, 6);
  });

  it('Peterson et al. (2007): Bowker 26.250; three pairs are empty, so 3 df here (6, as published, gives their P 0.000200)', () => {
    const b = value(bowker(peterson));
    near(b.statistic, 26.25, 3);
    expect(b.df).toBe(3);
    near(chiSquareSf(b.statistic, 6), 0.0002, 6);
  });

  it('Stuart-Maxwell equals statsmodels homogeneity() where the disputed grades are connected, and pinv/rank everywhere (1e-12)', () => {
    const largest = new Largest(1e-12);
    let connected = 0;
    for (const [i, r] of oracle.squareTables.entries()) {
      const s = stuartMaxwell(r.table);
      expect(s.value === null, `table ${i}`).toBe(r.stuartMaxwell === null);
      if (s.value === null || r.stuartMaxwell === null) continue;
      expect(s.value.df, `table ${i}`).toBe(r.stuartMaxwell.df);
      largest.see(s.value.statistic, r.stuartMaxwell.statistic, `table ${i} statistic`);
      largest.see(s.value.p, r.stuartMaxwell.p, `table ${i} p`);
      if (r.statsmodelsHomogeneity !== null) {
        connected++;
        largest.see(s.value.statistic, r.statsmodelsHomogeneity, `table ${i} statsmodels`);
      }
    }
    expect(connected).toBeGreaterThan(40);
    largest.check();
  });

  it("Bowker's statistic equals statsmodels symmetry() on every table (1e-12)", () => {
    const largest = new Largest(1e-12);
    for (const [i, r] of oracle.squareTables.entries()) {
      const b = bowker(r.table);
      expect(b.value === null, `table ${i}`).toBe(r.bowker === null);
      if (b.value === null || r.bowker === null) continue;
      expect(b.value.df).toBe(r.bowker.df);
      largest.see(b.value.statistic, r.bowker.statistic, `table ${i} statistic`);
      largest.see(b.value.p, r.bowker.p, `table ${i} p`);
    }
    largest.check();
  });

  it('a grade nobody disputed adds no degree of freedom; two unconnected groups add their tests', () => {
    // Grades 0-1 confused with each other, grades 2-3 with each other, never across.
    const split = [
      [5, 4, 0, 0],
      [1, 5, 0, 0],
      [0, 0, 5, 3],
      [0, 0, 0, 5],
    ];
    const s = value(stuartMaxwell(split));
    expect(s.df).toBe(2);
    // Each part is a McNemar test: (4 - 1)^2 / 5 + (3 - 0)^2 / 3.
    expect(s.statistic).toBeCloseTo(9 / 5 + 3, 12);
  });

  it('on 2x2 both are McNemar (b - c)^2 / (b + c)', () => {
    const t = [
      [10, 7],
      [2, 11],
    ];
    expect(value(stuartMaxwell(t)).statistic).toBeCloseTo(25 / 9, 13);
    expect(value(bowker(t)).statistic).toBeCloseTo(25 / 9, 13);
  });

  it.each([
    [
      'no cases',
      [
        [0, 0],
        [0, 0],
      ],
    ],
    ['one grade only', [[7]]],
    [
      'perfect agreement',
      [
        [3, 0, 0],
        [0, 2, 0],
        [0, 0, 4],
      ],
    ],
  ])('null with a reason for %s', (_, t) => {
    for (const o of [stuartMaxwell(t), bowker(t)]) {
      expect(o.value).toBeNull();
      expect(o.reason).toMatch(/no case was graded differently/);
    }
  });
});
