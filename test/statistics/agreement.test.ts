// Kappa, weighted kappa, Gwet's AC1/AC2 and Brennan-Prediger with their standard errors and
// intervals: against published worked examples, then against statsmodels and irrCAC (Gwet's
// package, ported) on 96 seeded random tables of 2 to 5 grades.
import { describe, expect, it } from 'vitest';
import { squareKappa } from '../../src/statistics/kappa.js';
import { agreementWeights, kappaWithInterval, type Weighting } from '../../src/statistics/kappa-variance.js';
import { brennanPrediger, gwetAc } from '../../src/statistics/gwet.js';
import { prevalenceAndBias } from '../../src/statistics/prevalence-bias.js';
import type { Outcome } from '../../src/statistics/outcome.js';
import type { Coefficient } from '../../src/statistics/coefficient.js';
import { Largest, oracle, type CoefficientRef } from './oracle.js';

const WEIGHTINGS: Weighting[] = ['none', 'linear', 'quadratic'];
const value = <T>(o: Outcome<T>): T => {
  if (o.value === null) throw new Error(`undefined: ${o.reason}`);
  return o.value;
};
const near = (actual: number, expected: number, places: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.5 * 10 ** -places + 1e-12);

describe('published examples', () => {
  // SAS/STAT User's Guide, PROC FREQ, "Kappa statistics" example (as in statsmodels' own tests):
  // simple kappa 0.4842, ASE 0.1380, 95% 0.2137 to 0.7547; weighted (Cicchetti-Allison, i.e.
  // linear) 0.4701, ASE 0.1457, 0.1845 to 0.7558.
  const sas = [
    [0, 4, 1],
    [0, 8, 0],
    [0, 1, 5],
  ];
  it('SAS PROC FREQ kappa and weighted kappa with their ASE and limits', () => {
    const simple = value(kappaWithInterval(sas, 'none'));
    near(simple.estimate, 0.4842, 4);
    near(simple.standardError, 0.138, 4);
    near(simple.interval[0], 0.2137, 4);
    near(simple.interval[1], 0.7547, 4);
    const weighted = value(kappaWithInterval(sas, 'linear'));
    near(weighted.estimate, 0.4701, 4);
    near(weighted.standardError, 0.1457, 4);
    near(weighted.interval[0], 0.1845, 4);
    near(weighted.interval[1], 0.7558, 4);
  });

  // Gwet, Handbook of Inter-Rater Reliability: 100 pregnant women classified by two abstractors
  // (Ectopic, AIU, NIU), as printed in irrCAC's documentation and tests: AC1 0.84933 (se 0.04322,
  // 0.76358 to 0.93508); AC2 quadratic 0.94024 (se 0.01792, 0.90468 to 0.97579); linear 0.900
  // (0.842 to 0.958).
  const abstractors = [
    [13, 0, 0],
    [0, 20, 7],
    [0, 4, 56],
  ];
  it("Gwet's AC1 and AC2 on the handbook's abstractors table", () => {
    const ac1 = value(gwetAc(abstractors, 'none'));
    near(ac1.estimate, 0.84933, 5);
    near(ac1.standardError, 0.04322, 5);
    near(ac1.interval[0], 0.76358, 5);
    near(ac1.interval[1], 0.93508, 5);
    const ac2 = value(gwetAc(abstractors, 'quadratic'));
    near(ac2.estimate, 0.94024, 5);
    near(ac2.standardError, 0.01792, 5);
    near(ac2.interval[0], 0.90468, 5);
    near(ac2.interval[1], 0.97579, 5);
    const linear = value(gwetAc(abstractors, 'linear'));
    near(linear.estimate, 0.9, 3);
    near(linear.interval[0], 0.842, 3);
    near(linear.interval[1], 0.958, 3);
  });

  it('the kappa paradox: 73% agreement, kappa 0.04, while AC1 stays high; the prevalence index says why', () => {
    // 30 cases, "good" dominating for both raters: po = 22/30, pe = (25*25 + 5*5)/900, kappa = 10/250.
    const skewed = [
      [21, 4],
      [4, 1],
    ];
    expect(value(kappaWithInterval(skewed, 'none')).estimate).toBeCloseTo(0.04, 14);
    // AC1: pe = 2 (5/6)(1/6) = 5/18, AC1 = (22/30 - 5/18) / (13/18) = 41/65.
    expect(value(gwetAc(skewed, 'none')).estimate).toBeCloseTo(41 / 65, 14);
    expect(value(brennanPrediger(skewed, 'none')).estimate).toBeCloseTo(2 * (22 / 30) - 1, 14);
    // Byrt's indexes: prevalence (21 - 1) / 30, bias (4 - 4) / 30.
    const [first] = value(prevalenceAndBias(skewed));
    expect(first).toEqual({ grade: 0, prevalenceIndex: 20 / 30, biasIndex: 0 });
  });
});

describe('against statsmodels (kappa) and irrCAC (AC1/AC2, Brennan-Prediger)', () => {
  const check = (
    name: string,
    compute: (t: number[][], w: Weighting) => Outcome<Coefficient>,
    pick: (r: (typeof oracle.squareTables)[number], w: Weighting) => CoefficientRef | null,
    tolerance: { value: number; interval: number },
  ) => {
    it(`${name}: estimate and standard error to ${tolerance.value}, interval to ${tolerance.interval}; null exactly where the reference is undefined`, () => {
      const est = new Largest(tolerance.value);
      const ci = new Largest(tolerance.interval);
      let compared = 0;
      oracle.squareTables.forEach((r, i) => {
        for (const w of WEIGHTINGS) {
          const ours = compute(r.table, w);
          const ref = pick(r, w);
          expect(ours.value === null, `table ${i} ${w}: ${ours.reason ?? ''}`).toBe(ref === null);
          if (ours.value === null || ref === null) continue;
          compared++;
          est.see(ours.value.estimate, ref.estimate, `table ${i} ${w} estimate`);
          est.see(ours.value.standardError, ref.standardError, `table ${i} ${w} se`);
          ci.see(ours.value.interval[0], ref.interval[0], `table ${i} ${w} lo`);
          ci.see(ours.value.interval[1], ref.interval[1], `table ${i} ${w} hi`);
        }
      });
      expect(compared).toBeGreaterThan(200);
      est.check();
      ci.check();
    });
  };
  check(
    'kappa (FCE 1969 via statsmodels)',
    (t, w) => kappaWithInterval(t, w),
    (r, w) => r.kappa[w],
    { value: 1e-12, interval: 1e-12 },
  );
  // irrCAC's intervals use scipy's t quantile, which is 2.6e-10 off at 1 df (12.706204736432 for
  // 12.706204736175) and ~4e-11 relative elsewhere (see scripts/stats-oracle.py); times standard
  // errors up to ~3 at n = 2, that allows 5e-9. Estimates and standard errors agree to 1e-12.
  check(
    "Gwet's AC1/AC2",
    (t, w) => gwetAc(t, w),
    (r, w) => r.ac[w],
    { value: 1e-12, interval: 5e-9 },
  );
  check(
    'Brennan-Prediger',
    (t, w) => brennanPrediger(t, w),
    (r, w) => r.bp[w],
    { value: 1e-12, interval: 5e-9 },
  );

  it("uses kappa.ts's own estimate, so printed kappas and their intervals agree", () => {
    for (const r of oracle.squareTables) {
      for (const w of WEIGHTINGS) {
        const ours = kappaWithInterval(r.table, w);
        if (ours.value !== null) expect(ours.value.estimate).toBe(squareKappa(r.table, w));
      }
    }
  });
});

describe('undefined cases give null and a reason', () => {
  it.each([
    [
      'no cases',
      [
        [0, 0],
        [0, 0],
      ],
    ],
    [
      'one case',
      [
        [1, 0],
        [0, 0],
      ],
    ],
    [
      'one case, disagreeing',
      [
        [0, 1],
        [0, 0],
      ],
    ],
    [
      'every case in one grade for both',
      [
        [9, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    ],
    [
      'perfect agreement (standard error 0)',
      [
        [5, 0],
        [0, 7],
      ],
    ],
    [
      'every case in one off-diagonal cell',
      [
        [0, 6],
        [0, 0],
      ],
    ],
  ])('%s', (_, table) => {
    for (const w of WEIGHTINGS) {
      for (const o of [kappaWithInterval(table, w), gwetAc(table, w), brennanPrediger(table, w)]) {
        expect(o.value).toBeNull();
        expect(o.reason).toMatch(/\w/);
      }
    }
  });

  it('one grade only: AC1 and Brennan-Prediger have no chance agreement to correct for', () => {
    expect(gwetAc([[4]], 'none').value).toBeNull();
    expect(brennanPrediger([[4]], 'none').value).toBeNull();
    expect(kappaWithInterval([[4]], 'none').value).toBeNull();
  });

  it('rejects a table that is not square or has a negative count', () => {
    expect(() => kappaWithInterval([[1, 2]], 'none')).toThrow(RangeError);
    expect(() =>
      gwetAc(
        [
          [1, -1],
          [0, 2],
        ],
        'none',
      ),
    ).toThrow(RangeError);
  });
});

describe('weights and the prevalence and bias indexes', () => {
  it("the weights are kappa.ts's, scaled to 1 on the diagonal", () => {
    expect(agreementWeights(3, 'linear')).toEqual([
      [1, 0.5, 0],
      [0.5, 1, 0.5],
      [0, 0.5, 1],
    ]);
    expect(agreementWeights(3, 'quadratic')[0]).toEqual([1, 0.75, 0]);
    expect(agreementWeights(4, 'none')[2]).toEqual([0, 0, 1, 0]);
  });

  it("Byrt, Bishop & Carlin's 2x2 indexes for the first grade, and grade-against-the-rest for k grades", () => {
    // a = 40, b = 9, c = 6, d = 45 (n = 100): PI = (40 - 45) / 100, BI = (9 - 6) / 100.
    const [yes, no] = value(
      prevalenceAndBias([
        [40, 9],
        [6, 45],
      ]),
    );
    expect(yes!.prevalenceIndex).toBeCloseTo(-0.05, 15);
    expect(yes!.biasIndex).toBeCloseTo(0.03, 15);
    expect(no!.prevalenceIndex).toBeCloseTo(0.05, 15);
    expect(no!.biasIndex).toBeCloseTo(-0.03, 15);
    // 3 grades, grade 1 against the rest: both 20; A only 5 + 1; B only 3 + 2; neither 10 + 2 + 4 + 3.
    const three = value(
      prevalenceAndBias([
        [10, 5, 2],
        [3, 20, 1],
        [4, 2, 3],
      ]),
    );
    expect(three[1]!.prevalenceIndex).toBeCloseTo((20 - 19) / 50, 15);
    expect(three[1]!.biasIndex).toBeCloseTo((24 - 27) / 50, 15);
    expect(prevalenceAndBias([[0]]).value).toBeNull();
  });
});
