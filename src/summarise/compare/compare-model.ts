// The self-assessment comparison, folded one scored case at a time: only the cases with both a
// self grade and an independent grade count. Pure: no I/O, no rendering.
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { Grade } from '../../domain/grades.js';
import { scaleOf } from '../../domain/programme.js';
import type { Scale } from '../../domain/scale.js';
import { ByValue, carriedValue, type Carried } from '../by-column.js';
import type { Accounting } from '../../domain/accounting.js';
import type { BetweenModel } from './between-model.js';
import { cohenKappa, emptyMatrix, weightedKappa, type Band, type Matrix, type Weights } from '../../statistics/kappa.js';
import { kappaFigure } from '../../statistics/rounding.js';
import { agreementFigures, type AgreementFigures } from './agreement-figures.js';

export interface Disagreement {
  n: number;
  /** Cases on the diagonal. */
  agreed: number;
  /** agreed / n, 0..1; null with no cases. */
  exactAgreement: number | null;
  /** The force graded higher than the inspectorate. */
  selfHigher: number;
  selfLower: number;
  /** Cases two grades apart, either way (on the 2017 scale: good against inadequate). */
  twoApart: number;
  /** Cases by how many grades apart, "1" to "k-1": every distance, 0 where none. */
  apart: Record<string, number>;
}

/** The Landis & Koch band of the figure as printed (two places, halves away from zero). */
export const bandOf = (k: number | null): Band | null => (k === null ? null : kappaFigure(k).band);

interface TypeComparison extends Disagreement, AgreementFigures {
  type: string;
  title: string;
  kappa: number | null;
}

export interface CompareModel extends Disagreement, AgreementFigures {
  /** The programme's grades, best first: the matrix's rows and columns. */
  scale: Scale;
  force: string;
  inspectorate: string;
  matrix: Matrix;
  /** Row totals: the force's grades. */
  selfTotals: Record<Grade, number>;
  /** Column totals: the inspectorate's grades. */
  independentTotals: Record<Grade, number>;
  kappa: number | null;
  kappaBand: Band | null;
  weights: Weights;
  weightedKappa: number | null;
  weightedKappaBand: Band | null;
  byType: TypeComparison[];
  totals: Accounting;
  /** `--by <column>`: the comparison per value of a carried column. */
  byValue?: { by: string; values: ValueComparison[] };
  /** Which criteria the cases were scored against (`criteria` is the calibration list's key). */
  criteriaSet: CriteriaIdentity;
  /** `compare --between A,B`: the two roles, criterion calibration and agreement per auditor. */
  between?: BetweenModel;
}

interface ValueComparison extends Disagreement, AgreementFigures {
  value: string;
  kappa: number | null;
}

export interface Tally {
  matrix: Matrix;
  selfHigher: number;
  selfLower: number;
  /** Cases by how many grades apart (index 0: the cases agreed, which outputs take from the matrix instead). */
  apart: number[];
}

export const emptyTally = (scale: Scale): Tally => ({
  matrix: emptyMatrix(scale.ids),
  selfHigher: 0,
  selfLower: 0,
  apart: new Array<number>(scale.size).fill(0),
});

export function record(t: Tally, self: Grade, independent: Grade, scale: Scale): void {
  t.matrix[self]![independent]!++;
  const gap = scale.rank(self) - scale.rank(independent);
  if (gap > 0) t.selfHigher++;
  if (gap < 0) t.selfLower++;
  t.apart[Math.abs(gap)]!++;
}

/** Adds a part's tally into another (a file read in parts, src/read/parts). */
export function addTally(into: Tally, from: Tally): void {
  for (const r in from.matrix) for (const c in from.matrix[r]) into.matrix[r]![c]! += from.matrix[r]![c]!;
  into.selfHigher += from.selfHigher;
  into.selfLower += from.selfLower;
  from.apart.forEach((n, d) => (into.apart[d]! += n));
}

export function disagreement(t: Tally): Disagreement {
  let n = 0;
  let agreed = 0;
  for (const r in t.matrix) {
    for (const c in t.matrix[r]) n += t.matrix[r]![c]!;
    agreed += t.matrix[r]![r]!;
  }
  const apart: Record<string, number> = {};
  t.apart.forEach((count, d) => {
    if (d > 0) apart[String(d)] = count;
  });
  return {
    n,
    agreed,
    exactAgreement: n === 0 ? null : agreed / n,
    selfHigher: t.selfHigher,
    selfLower: t.selfLower,
    twoApart: t.apart[2] ?? 0,
    apart,
  };
}

export interface CompareState {
  all: Tally;
  byType: Array<[string, Tally]>;
  byValue: Array<[string, Tally]>;
}

export class CompareBuilder {
  private readonly scale: Scale;
  private readonly all: Tally;
  private readonly byType = new Map<string, Tally>();
  private readonly byValue: ByValue<Tally>;

  constructor(
    private readonly criteria: CriteriaSet,
    private readonly weights: Weights = 'linear',
    private readonly by?: string,
  ) {
    const scale = (this.scale = scaleOf(criteria.programme));
    this.all = emptyTally(scale);
    this.byValue = new ByValue(() => emptyTally(scale));
    for (const type of criteria.types) this.byType.set(type.id, emptyTally(scale));
  }

  /** One case graded by both sides: the first (rows; "self" in the names) and the second (columns). */
  addGrades(caseType: string, first: Grade, second: Grade, carried: Carried = {}): void {
    const { scale } = this;
    record(this.all, first, second, scale);
    record(this.byType.get(caseType)!, first, second, scale);
    if (this.by !== undefined) record(this.byValue.get(carriedValue(carried, this.by)), first, second, scale);
  }

  /** The tallies as plain data, for a worker's part of the input; `merge` adds one in. */
  state(): CompareState {
    return { all: this.all, byType: [...this.byType], byValue: this.byValue.raw() };
  }

  merge(later: CompareState): void {
    addTally(this.all, later.all);
    for (const [type, t] of later.byType) addTally(this.byType.get(type)!, t);
    this.byValue.absorb(later.byValue, addTally);
  }

  finish(totals: Accounting, names: { force: string; inspectorate: string }): CompareModel {
    const { matrix } = this.all;
    const { ids } = this.scale;
    const kappa = cohenKappa(matrix, ids);
    const weighted = weightedKappa(matrix, ids, this.weights);
    const sum = (pick: (g: Grade) => number) => ids.reduce((s, g) => s + pick(g), 0);
    const selfTotals = Object.fromEntries(ids.map((r) => [r, sum((c) => matrix[r]![c]!)])) as Record<Grade, number>;
    const independentTotals = Object.fromEntries(ids.map((c) => [c, sum((r) => matrix[r]![c]!)])) as Record<Grade, number>;
    return {
      scale: this.scale,
      ...names,
      ...disagreement(this.all),
      matrix,
      selfTotals,
      independentTotals,
      kappa,
      kappaBand: bandOf(kappa),
      weights: this.weights,
      weightedKappa: weighted,
      weightedKappaBand: bandOf(weighted),
      ...agreementFigures(matrix, ids, this.weights),
      byType: this.criteria.types.map((type) => {
        const t = this.byType.get(type.id)!;
        const figures = agreementFigures(t.matrix, ids, this.weights);
        return { type: type.id, title: type.title, ...disagreement(t), kappa: cohenKappa(t.matrix, ids), ...figures };
      }),
      totals,
      ...(this.by === undefined
        ? {}
        : {
            byValue: {
              by: this.by,
              values: this.byValue.entries().map(([value, t]) => ({
                value,
                ...disagreement(t),
                kappa: cohenKappa(t.matrix, ids),
                ...agreementFigures(t.matrix, ids, this.weights),
              })),
            },
          }),
      criteriaSet: this.criteria.identity,
    };
  }
}
