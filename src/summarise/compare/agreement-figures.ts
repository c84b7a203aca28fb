// What issue 26 adds to every comparison (overall, per type, per value, per auditor, per round):
// the bias between the two roles with its interval, the tests of marginal homogeneity and
// symmetry, and every agreement coefficient with its interval. All from the k x k tally, never per
// case, so a million rows cost no more than the tally they already fill. Pure.
import type { Grade } from '../../domain/grades.js';
import { brennanPrediger, gwetAc } from '../../statistics/gwet.js';
import { kappaWithInterval } from '../../statistics/kappa-variance.js';
import type { Matrix, Weights } from '../../statistics/kappa.js';
import { stuartMaxwell } from '../../statistics/marginal-homogeneity.js';
import type { Outcome } from '../../statistics/outcome.js';
import { meanDifference, netBias } from '../../statistics/paired-difference.js';
import { prevalenceAndBias } from '../../statistics/prevalence-bias.js';
import { bowker } from '../../statistics/symmetry.js';
import type { ChiSquareTest } from '../../statistics/chi-square.js';

/** Grades as scale steps, best highest, A minus B: positive where A graded higher. */
export interface Bias {
  higher: number;
  lower: number;
  n: number;
  net: number;
  netInterval: [number, number];
  meanDifference: number;
  /** Null where every case differs by the same number of steps (no spread to build it on). */
  meanDifferenceInterval: [number, number] | null;
}

interface ValueWithInterval {
  value: number;
  interval: [number, number];
}

interface GradeIndex {
  grade: Grade;
  prevalenceIndex: number;
  biasIndex: number;
}

export interface AgreementFigures {
  bias: Bias | null;
  marginalHomogeneity: ChiSquareTest | null;
  symmetry: ChiSquareTest | null;
  kappaInterval: [number, number] | null;
  weightedKappaInterval: [number, number] | null;
  ac1: ValueWithInterval | null;
  /** Gwet's AC2 with the weighted kappa's weights. */
  ac2: ValueWithInterval | null;
  brennanPrediger: ValueWithInterval | null;
  prevalenceBias: GradeIndex[] | null;
  /** Why each null figure above is null, in words, keyed by its name. */
  undefinedBecause: Record<string, string>;
}

/** The matrix as rows of counts in scale order (rows = A, columns = B, best first). */
const squareOf = (matrix: Matrix, ids: readonly Grade[]): number[][] => ids.map((r) => ids.map((c) => matrix[r]![c]!));

export function agreementFigures(matrix: Matrix, ids: readonly Grade[], weights: Weights): AgreementFigures {
  const t = squareOf(matrix, ids);
  const reasons: Record<string, string> = {};
  const take = <T>(name: string, o: Outcome<T>): T | null => {
    if (o.reason !== undefined) reasons[name] = o.reason;
    return o.value;
  };
  const coefficient = (name: string, o: ReturnType<typeof gwetAc>) => {
    const c = take(name, o);
    return c === null ? null : { value: c.estimate, interval: c.interval };
  };
  const kappa = take('kappaInterval', kappaWithInterval(t, 'none'));
  const weighted = take('weightedKappaInterval', kappaWithInterval(t, weights));
  const indexes = take('prevalenceBias', prevalenceAndBias(t));
  return {
    bias: bias(t, reasons),
    marginalHomogeneity: take('marginalHomogeneity', stuartMaxwell(t)),
    symmetry: take('symmetry', bowker(t)),
    kappaInterval: kappa?.interval ?? null,
    weightedKappaInterval: weighted?.interval ?? null,
    ac1: coefficient('ac1', gwetAc(t, 'none')),
    ac2: coefficient('ac2', gwetAc(t, weights)),
    brennanPrediger: coefficient('brennanPrediger', brennanPrediger(t, 'none')),
    prevalenceBias: indexes?.map((x) => ({ grade: ids[x.grade]!, prevalenceIndex: x.prevalenceIndex, biasIndex: x.biasIndex })) ?? null,
    undefinedBecause: reasons,
  };
}

function bias(t: number[][], reasons: Record<string, string>): Bias | null {
  const net = netBias(t);
  if (net.value === null) {
    reasons['bias'] = net.reason;
    return null;
  }
  const mean = meanDifference(t);
  if (mean.value === null) reasons['meanDifferenceInterval'] = mean.reason;
  return {
    higher: net.value.higher,
    lower: net.value.lower,
    n: net.value.n,
    net: net.value.net,
    netInterval: net.value.netInterval,
    // Where the library gives no interval the mean is still defined: every case the same steps apart.
    meanDifference: mean.value?.meanDifference ?? sameSteps(t),
    meanDifferenceInterval: mean.value?.meanDifferenceInterval ?? null,
  };
}

/** The steps A is above B on the cases, where all are the same distance apart (or one case only). */
function sameSteps(t: number[][]): number {
  let n = 0;
  let sum = 0;
  t.forEach((row, i) => row.forEach((x, j) => ([n, sum] = [n + x, sum + x * (j - i)])));
  return sum / n === 0 ? 0 : sum / n;
}
