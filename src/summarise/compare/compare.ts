// The self-assessment comparison, folded one scored case at a time: only the cases with both a
// self grade and an independent grade count. Pure: no I/O, no rendering.
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { GRADES, gradeRank, type Grade } from '../../domain/grades.js';
import { ByValue, carriedValue, type Carried } from '../by-column.js';
import type { Accounting } from '../../domain/accounting.js';
import type { BetweenModel } from './between-model.js';
import { cohenKappa, emptyMatrix, landisKoch, weightedKappa, type Band, type Matrix, type Weights } from '../../statistics/kappa.js';

export interface Disagreement {
  n: number;
  /** Cases on the diagonal. */
  agreed: number;
  /** agreed / n, 0..1; null with no cases. */
  exactAgreement: number | null;
  /** The force graded higher than the inspectorate. */
  selfHigher: number;
  selfLower: number;
  /** Force good, inspectorate inadequate, or the reverse. */
  twoApart: number;
}

interface TypeComparison extends Disagreement {
  type: string;
  title: string;
}

export interface CompareModel extends Disagreement {
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

interface ValueComparison extends Disagreement {
  value: string;
  kappa: number | null;
}

export interface Tally {
  matrix: Matrix;
  selfHigher: number;
  selfLower: number;
  twoApart: number;
}

export const emptyTally = (): Tally => ({ matrix: emptyMatrix(), selfHigher: 0, selfLower: 0, twoApart: 0 });

export function record(t: Tally, self: Grade, independent: Grade): void {
  t.matrix[self][independent]++;
  const gap = gradeRank(self) - gradeRank(independent);
  if (gap > 0) t.selfHigher++;
  if (gap < 0) t.selfLower++;
  if (Math.abs(gap) === 2) t.twoApart++;
}

/** Adds a part's tally into another (a file read in parts, src/threads). */
export function addTally(into: Tally, from: Tally): void {
  for (const r of GRADES) for (const c of GRADES) into.matrix[r][c] += from.matrix[r][c];
  into.selfHigher += from.selfHigher;
  into.selfLower += from.selfLower;
  into.twoApart += from.twoApart;
}

export function disagreement(t: Tally): Disagreement {
  let n = 0;
  for (const r of GRADES) for (const c of GRADES) n += t.matrix[r][c];
  const agreed = GRADES.reduce((s, g) => s + t.matrix[g][g], 0);
  return { n, agreed, exactAgreement: n === 0 ? null : agreed / n, selfHigher: t.selfHigher, selfLower: t.selfLower, twoApart: t.twoApart };
}

export interface CompareState {
  all: Tally;
  byType: Array<[string, Tally]>;
  byValue: Array<[string, Tally]>;
}

export class CompareBuilder {
  private readonly all = emptyTally();
  private readonly byType = new Map<string, Tally>();
  private readonly byValue = new ByValue(emptyTally);

  constructor(
    private readonly criteria: CriteriaSet,
    private readonly weights: Weights = 'linear',
    private readonly by?: string,
  ) {
    for (const type of criteria.types) this.byType.set(type.id, emptyTally());
  }

  /** One case graded by both sides: the first (rows; "self" in the names) and the second (columns). */
  addGrades(caseType: string, first: Grade, second: Grade, carried: Carried = {}): void {
    record(this.all, first, second);
    record(this.byType.get(caseType)!, first, second);
    if (this.by !== undefined) record(this.byValue.get(carriedValue(carried, this.by)), first, second);
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
    const kappa = cohenKappa(matrix);
    const weighted = weightedKappa(matrix, this.weights);
    const sum = (pick: (g: Grade) => number) => GRADES.reduce((s, g) => s + pick(g), 0);
    const selfTotals = Object.fromEntries(GRADES.map((r) => [r, sum((c) => matrix[r][c])])) as Record<Grade, number>;
    const independentTotals = Object.fromEntries(GRADES.map((c) => [c, sum((r) => matrix[r][c])])) as Record<Grade, number>;
    return {
      ...names,
      ...disagreement(this.all),
      matrix,
      selfTotals,
      independentTotals,
      kappa,
      kappaBand: landisKoch(kappa),
      weights: this.weights,
      weightedKappa: weighted,
      weightedKappaBand: landisKoch(weighted),
      byType: this.criteria.types.map((type) => ({ type: type.id, title: type.title, ...disagreement(this.byType.get(type.id)!) })),
      totals,
      ...(this.by === undefined
        ? {}
        : {
            byValue: {
              by: this.by,
              values: this.byValue.entries().map(([value, t]) => ({ value, ...disagreement(t), kappa: cohenKappa(t.matrix) })),
            },
          }),
      criteriaSet: this.criteria.identity,
    };
  }
}
