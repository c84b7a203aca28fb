// The normal, chi-square and t functions against scipy (and mpmath for t quantiles), relative
// to the value where it is tiny: a p-value of 1e-30 must keep its digits, not just be "about 0".
import { describe, expect, it } from 'vitest';
import { chiSquareSf } from '../../src/statistics/chi-square.js';
import { lnGamma } from '../../src/statistics/gamma.js';
import { normalCdf, normalQuantile, normalSf, zForLevel } from '../../src/statistics/normal.js';
import { studentTQuantile, studentTSf } from '../../src/statistics/student-t.js';
import { oracle } from './oracle.js';

const relative = (a: number, b: number) => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));
const { distributions: d } = oracle;

describe('distributions against scipy and mpmath', () => {
  it('normal CDF and survival to 1e-12 relative, far tails included', () => {
    for (const r of d.normal) {
      expect(relative(normalCdf(r.x), r.cdf), `cdf(${r.x})`).toBeLessThan(1e-12);
      expect(relative(normalSf(r.x), r.sf), `sf(${r.x})`).toBeLessThan(1e-12);
    }
  });

  it('normal quantile to 1e-13 relative, from 1e-300 to 1 - 1e-12', () => {
    for (const r of d.normalQuantile) expect(relative(normalQuantile(r.p), r.x), `ppf(${r.p})`).toBeLessThan(1e-13);
    expect(zForLevel(0.95)).toBeCloseTo(1.959963984540054, 15);
  });

  it('chi-square survival to 1e-11 relative over df 1..101 and x up to 300', () => {
    for (const r of d.chiSquare) expect(relative(chiSquareSf(r.x, r.df), r.sf), `sf(${r.x}, ${r.df})`).toBeLessThan(1e-11);
  });

  it("Student's t survival to 1e-11 relative, df 1..100000", () => {
    for (const r of d.studentT) expect(relative(studentTSf(r.t, r.df), r.sf), `sf(${r.t}, ${r.df})`).toBeLessThan(1e-11);
  });

  it("Student's t quantile to 1e-12 relative against mpmath's root", () => {
    for (const r of d.studentTQuantile) expect(relative(studentTQuantile(r.p, r.df), r.x), `ppf(${r.p}, ${r.df})`).toBeLessThan(1e-12);
  });

  it('lnGamma at exact values: ln Gamma(1/2) = ln sqrt(pi), ln Gamma(10) = ln 9!', () => {
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 13);
  });

  it('rejects arguments outside the domain instead of returning NaN', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => chiSquareSf(1, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, -1)).toThrow(RangeError);
    expect(() => normalCdf(Number.NaN)).toThrow(RangeError);
  });
});
