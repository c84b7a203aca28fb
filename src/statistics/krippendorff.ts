// Krippendorff's alpha for any number of coders, with missing values, on the nominal, ordinal and
// interval metrics. Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", Departmental
// Papers (ASC) 43, University of Pennsylvania, sections A-E:
//   coincidences o_ck = sum over units u of (number of c-k pairs of values in u) / (m_u - 1),
//     counting ordered pairs of different coders, over units with m_u >= 2 values;
//   n_c = sum_k o_ck, n = sum_c n_c;
//   alpha = 1 - (n - 1) sum_ck o_ck delta2_ck / sum_ck n_c n_k delta2_ck,
//   nominal delta2 = [c != k]; interval delta2 = (c - k)^2;
//   ordinal delta2 = (sum of n_g for g from c to k - (n_c + n_k) / 2)^2.
// Values are numbers (grade steps); the ordinal metric uses only their order.
import { defined, finite, undefinedBecause, type Outcome } from './outcome.js';

export type Metric = 'nominal' | 'ordinal' | 'interval';

/** Units x coders: one row per case, one entry per coder, null where that coder gave none. */
export type ReliabilityData = readonly (readonly (number | null)[])[];

/** Each pairable unit's coincidences as flat (c * V + k) indexes and amounts, in one CSR store. */
export interface Coincidences {
  readonly values: readonly number[];
  readonly units: number;
  readonly offsets: Int32Array;
  readonly cells: Int32Array;
  readonly amounts: Float64Array;
}

export function coincidences(data: ReliabilityData): Coincidences {
  const seen = new Set<number>();
  for (const unit of data) {
    for (const v of unit) {
      if (v === null) continue;
      if (!Number.isFinite(v)) throw new RangeError(`statistics: a coded value must be a finite number, not ${v}`);
      seen.add(v);
    }
  }
  const values = [...seen].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const V = values.length;
  const offsets: number[] = [0];
  const cells: number[] = [];
  const amounts: number[] = [];
  for (const unit of data) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const v of unit) {
      if (v === null) continue;
      const c = index.get(v)!;
      counts.set(c, (counts.get(c) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs === 0) continue;
        cells.push(c * V + k);
        amounts.push(pairs / (m - 1));
      }
    }
    offsets.push(cells.length);
  }
  return {
    values,
    units: offsets.length - 1,
    offsets: Int32Array.from(offsets),
    cells: Int32Array.from(cells),
    amounts: Float64Array.from(amounts),
  };
}

/** Alpha from a V x V coincidence matrix (flat, row-major) over the given sorted values. */
export function alphaFromMatrix(o: ArrayLike<number>, values: readonly number[], metric: Metric): number | null {
  const V = values.length;
  const nc = new Float64Array(V);
  for (let c = 0; c < V; c++) for (let k = 0; k < V; k++) nc[c]! += o[c * V + k]!;
  const n = nc.reduce((a, b) => a + b, 0);
  // Cumulative sums make the ordinal distance one subtraction.
  const cumulative = new Float64Array(V + 1);
  for (let c = 0; c < V; c++) cumulative[c + 1] = cumulative[c]! + nc[c]!;
  const delta2 = (c: number, k: number): number => {
    if (c === k) return 0;
    if (metric === 'nominal') return 1;
    if (metric === 'interval') return (values[c]! - values[k]!) ** 2;
    const [lo, hi] = c < k ? [c, k] : [k, c];
    return (cumulative[hi + 1]! - cumulative[lo]! - (nc[c]! + nc[k]!) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      if (c === k) continue;
      const d = delta2(c, k);
      observed += o[c * V + k]! * d;
      expected += nc[c]! * nc[k]! * d;
    }
  }
  if (!(n > 1) || expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

function matrixOf(co: Coincidences): Float64Array {
  const V = co.values.length;
  const o = new Float64Array(V * V);
  for (let i = 0; i < co.cells.length; i++) o[co.cells[i]!]! += co.amounts[i]!;
  return o;
}

export function krippendorffAlpha(data: ReliabilityData, metric: Metric): Outcome<number> {
  const co = coincidences(data);
  if (co.units === 0) return undefinedBecause('no case has two or more assessments to compare');
  const alpha = alphaFromMatrix(matrixOf(co), co.values, metric);
  if (alpha === null) return undefinedBecause('every assessment has the same value: there is no variation for agreement to explain');
  return defined(finite(alpha));
}
