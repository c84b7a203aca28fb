// Sample sizes for `plan`: against statsmodels (NormalIndPower with the arcsine effect size; the
// Wilson interval searched with proportion_confint) and worked by hand for the finite-population
// correction.
import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/statistics/wilson.js';
import { exactSampleForChange, sampleForAgreement, sampleForChange, sampleForShare } from '../../src/statistics/sample-size.js';
import { zForLevel } from '../../src/statistics/normal.js';
import { Largest, oracle } from './oracle.js';

describe('a share within +-m (Wilson)', () => {
  it('the smallest n whose Wilson interval is no wider than 2m, as a search over statsmodels finds (32 goals)', () => {
    for (const r of oracle.sampleSize.share) {
      expect(sampleForShare({ margin: r.margin, share: r.share, level: r.level }).n, JSON.stringify(r)).toBe(r.n);
    }
  });

  it('n is the first that fits: one fewer is too wide', () => {
    const { n } = sampleForShare({ margin: 0.05, share: 0.3 });
    const width = (m: number) => {
      const [lo, hi] = wilson(0.3 * m, m, zForLevel(0.95))!;
      return hi - lo;
    };
    expect(width(n)).toBeLessThanOrEqual(0.1);
    expect(width(n - 1)).toBeGreaterThan(0.1);
  });

  it('+-5 points at 50%: 381 (the Wald formula would say 385); with a register of 500 cases, 217', () => {
    expect(sampleForShare({ margin: 0.05 }).n).toBe(381);
    // Cochran: 381 / (1 + 380 / 500) = 216.48 -> 217.
    const fpc = sampleForShare({ margin: 0.05, population: 500 });
    expect(fpc.n).toBe(217);
    expect(fpc.method).toMatch(/finite-population correction for 500 cases/);
  });

  it('never more than the population, and 0 of an empty one', () => {
    expect(sampleForShare({ margin: 0.01, population: 40 }).n).toBeLessThanOrEqual(40);
    expect(sampleForShare({ margin: 0.05, population: 0 }).n).toBe(0);
  });

  it('rejects a margin, share or level outside its range with a clear message', () => {
    expect(() => sampleForShare({ margin: 0 })).toThrow(/margin must be between 0 and 1/);
    expect(() => sampleForShare({ margin: 0.05, share: 1.2 })).toThrow(/share must be from 0 to 1/);
    expect(() => sampleForShare({ margin: 0.05, level: 1 })).toThrow(/level/);
    expect(() => sampleForShare({ margin: 0.05, population: 2.5 })).toThrow(/population/);
  });
});

describe('a change of d points between two rounds (arcsine, two-sided)', () => {
  it("matches statsmodels' NormalIndPower.solve_power on 24 goals to 1e-11, and rounds up", () => {
    const largest = new Largest(1e-11);
    for (const r of oracle.sampleSize.change) {
      const goal = { from: r.from, change: r.change, power: r.power, level: r.level };
      largest.see(exactSampleForChange(goal), r.n, JSON.stringify(goal));
      expect(sampleForChange(goal).n).toBe(Math.ceil(r.n));
    }
    largest.check();
  });

  it('50% -> 65% with 80% power at 5%: 170 per round, in either direction', () => {
    expect(sampleForChange({ from: 0.5, change: 0.15 }).n).toBe(170);
    expect(sampleForChange({ from: 0.65, change: -0.15 }).n).toBe(170);
  });

  it('rejects no change, a share past 100%, and a power below the level', () => {
    expect(() => sampleForChange({ from: 0.5, change: 0 })).toThrow(/cannot be detected/);
    expect(() => sampleForChange({ from: 0.9, change: 0.2 })).toThrow(/after the change/);
    expect(() => sampleForChange({ from: 0.5, change: 0.1, power: 0.01 })).toThrow(/below the test's level/);
  });
});

describe('agreement within +-m', () => {
  it('is the share formula at the expected agreement, and says so', () => {
    const a = sampleForAgreement({ margin: 0.1, agreement: 0.8 });
    expect(a.n).toBe(sampleForShare({ margin: 0.1, share: 0.8 }).n);
    expect(a.method).toMatch(/expected agreement of 80%/);
    expect(sampleForAgreement({ margin: 0.1, population: 30 }).n).toBeLessThanOrEqual(30);
  });
});
