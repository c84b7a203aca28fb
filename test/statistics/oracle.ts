// The reference values scripts/stats-oracle.py wrote from statsmodels, scipy, mpmath, irrCAC and
// fast-krippendorff (see that script for where each comes from), and closeness checks that
// report the largest difference seen.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

type Interval = [number, number];
export interface CoefficientRef {
  estimate: number;
  standardError: number;
  interval: Interval;
}
interface TestRef {
  statistic: number;
  df: number;
  p: number;
}
type ByWeight<T> = Record<'none' | 'linear' | 'quadratic', T | null>;

export interface Oracle {
  distributions: {
    normal: Array<{ x: number; cdf: number; sf: number }>;
    normalQuantile: Array<{ p: number; x: number }>;
    chiSquare: Array<{ x: number; df: number; sf: number }>;
    studentT: Array<{ t: number; df: number; sf: number }>;
    studentTQuantile: Array<{ p: number; df: number; x: number }>;
  };
  squareTables: Array<{
    table: number[][];
    higher: number;
    lower: number;
    tango: Interval;
    meanDifference: { meanDifference: number; meanDifferenceInterval: Interval } | null;
    stuartMaxwell: TestRef | null;
    statsmodelsHomogeneity: number | null;
    bowker: TestRef | null;
    kappa: ByWeight<CoefficientRef>;
    ac: ByWeight<CoefficientRef>;
    bp: ByWeight<CoefficientRef>;
  }>;
  reliability: Array<{
    data: Array<Array<number | null>>;
    nominal: number | null;
    ordinal: number | null;
    interval: number | null;
    fleissKappa?: number;
  }>;
  trend: Array<{ successes: number[]; totals: number[]; z: number; p: number }>;
  independence: Array<{ table: number[][]; statistic: number; df: number; p: number; smallestExpected: number }>;
  sampleSize: {
    change: Array<{ from: number; change: number; power: number; level: number; n: number }>;
    share: Array<{ margin: number; share: number; level: number; n: number }>;
  };
  adjustedIntervals: Array<{ m: number; x1: number; n1: number; x2: number; n2: number; wilson: Interval; newcombe: Interval }>;
}

export const oracle: Oracle = JSON.parse(readFileSync(new URL('./oracle.json', import.meta.url), 'utf8'));

/** |a - b| measured relative to |b| where |b| > 1, absolutely otherwise. */
function difference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

/** Tracks the largest difference over many comparisons, and asserts it is within `tolerance`. */
export class Largest {
  worst = 0;
  where = '';
  constructor(readonly tolerance: number) {}
  see(actual: number, expected: number, where: string): void {
    const d = difference(actual, expected);
    if (!(d <= this.worst)) [this.worst, this.where] = [d, where];
  }
  check(): void {
    expect(this.worst, `largest difference ${this.worst} at ${this.where}`).toBeLessThanOrEqual(this.tolerance);
  }
}
