// A bootstrap interval for Krippendorff's alpha: the case bootstrap with the percentile interval
// (Efron & Tibshirani, An Introduction to the Bootstrap, 1993, ch. 6 and 13). Cases are what was
// sampled, so each resample draws as many cases as were pairable, with replacement, and recomputes
// alpha from their summed coincidences. (Krippendorff's own bootstrap, Hayes & Krippendorff 2007,
// resamples pairs of values instead; on cases it is the case bootstrap that matches the design.)
// Seeded, so the same data and seed give the same interval. Cost: resamples x cases additions of
// each case's few coincidence cells, then a V x V alpha per resample.
import { alphaFromMatrix, coincidences, type Metric, type ReliabilityData } from './krippendorff.js';
import { defined, finite, finiteInterval, undefinedBecause, type Outcome } from './outcome.js';
import { seededRandom } from './seeded-random.js';

export interface BootstrapOptions {
  readonly seed: number;
  /** Default 1000. */
  readonly resamples?: number;
  /** Default 0.95. */
  readonly level?: number;
}

export interface AlphaWithInterval {
  readonly value: number;
  readonly interval: [number, number];
  /** Resamples in which alpha was undefined (all values alike), left out of the percentiles. */
  readonly undefinedResamples: number;
}

/** The q-th quantile of sorted values, linear between order statistics (Hyndman & Fan 1996, type 7). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function bootstrapAlpha(data: ReliabilityData, metric: Metric, options: BootstrapOptions): Outcome<AlphaWithInterval> {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  const co = coincidences(data);
  if (co.units < 2)
    return undefinedBecause(
      co.units === 0 ? 'no case has two or more assessments to compare' : 'one comparable case only: nothing to resample',
    );
  const V = co.values.length;
  const whole = new Float64Array(V * V);
  for (let i = 0; i < co.cells.length; i++) whole[co.cells[i]!]! += co.amounts[i]!;
  const value = alphaFromMatrix(whole, co.values, metric);
  if (value === null) return undefinedBecause('every assessment has the same value: there is no variation for agreement to explain');
  const random = seededRandom(options.seed);
  const o = new Float64Array(V * V);
  const alphas: number[] = [];
  for (let r = 0; r < resamples; r++) {
    o.fill(0);
    for (let draw = 0; draw < co.units; draw++) {
      const u = random.int(co.units);
      for (let i = co.offsets[u]!; i < co.offsets[u + 1]!; i++) o[co.cells[i]!]! += co.amounts[i]!;
    }
    const alpha = alphaFromMatrix(o, co.values, metric);
    if (alpha !== null) alphas.push(alpha);
  }
  if (alphas.length === 0) return undefinedBecause('alpha was undefined in every resample');
  alphas.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return defined({
    value: finite(value),
    interval: finiteInterval(quantileSorted(alphas, tail), quantileSorted(alphas, 1 - tail)),
    undefinedResamples: resamples - alphas.length,
  });
}
