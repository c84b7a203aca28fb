// Criterion calibration between two roles: for every criterion both marked met or unmet on the
// same case, the 2x2 counts, agreement and kappa, and which criteria one side marks met where the
// other marks unmet (the list a QA lead takes to the auditors' meeting). Where the programme
// records partly met, the pairs are over met / partly / unmet: a 3x3 per criterion with kappa
// weighted linearly (partly is one step from each end, met against unmet two), and the lists rank
// by the steps one side found above the other. Pure.
import { FINDING_CODE } from '../../domain/assessment.js';
import type { CaseType } from '../../domain/types.js';
import { binaryKappa, squareKappa } from '../../statistics/kappa.js';

export interface CriterionCalibration {
  criterion: string;
  type: string;
  text: string;
  n: number;
  bothMet: number;
  aMetBUnmet: number;
  aUnmetBMet: number;
  bothUnmet: number;
  /** (bothMet + bothUnmet) / n. */
  agreement: number;
  kappa: number | null;
  /** Where the programme records partly met: the 3x3 and what follows from it. */
  partly?: PartlyCalibration;
}

/** Met, partly, unmet: the order of the 3x3's rows (A) and columns (B). */
export const STEPS = ['met', 'partly', 'unmet'] as const;

interface PartlyCalibration {
  /** [A's finding][B's finding], met / partly / unmet; the 2x2 fields above are its corners. */
  matrix: number[][];
  /** Cohen's weighted kappa, linear weights (agreement 1, one step 1/2, two steps 0). */
  weightedKappa: number | null;
  /** Cases where A's finding is the better (met over partly or unmet, partly over unmet), and B's. */
  aHigher: number;
  bHigher: number;
  /** The same counted in steps: met against unmet is two. */
  aSteps: number;
  bSteps: number;
}

export interface Calibration {
  /** The programme records partly met: each criterion carries its 3x3 (`partly`). */
  partly?: boolean;
  /** Criteria with at least one met/unmet pair, in criteria order (table, type, criterion). */
  criteria: CriterionCalibration[];
  /** Criteria where A marked met what B marked unmet, most often first (none with a count of 0). */
  aMoreGenerous: CriterionCalibration[];
  /** And the reverse: B marked met what A marked unmet. */
  bMoreGenerous: CriterionCalibration[];
  /** Over the compared cases, the side recorded no met or unmet finding at all (grades only). */
  aRecordedNoFindings: boolean;
  bRecordedNoFindings: boolean;
}

/** A finding's place on met / partly / unmet; -1 for none or not applicable. */
function step(code: number, partly: boolean): number {
  if (code === FINDING_CODE.met) return 0;
  if (code === FINDING_CODE.unmet) return 2;
  return partly && code === FINDING_CODE.partly ? 1 : -1;
}

export interface CalibrationState {
  counts: Array<[string, Uint32Array]>;
  aJudged: boolean;
  bJudged: boolean;
}

export class CalibrationBuilder {
  /** Per type id: 9 counts per criterion, [A's step * 3 + B's step] (only the corners without partly). */
  private readonly counts = new Map<string, Uint32Array>();
  private aJudged = false;
  private bJudged = false;

  /** `partly`: the programme records partly met findings (findingsOf(programme).partly). */
  constructor(
    private readonly types: readonly CaseType[],
    private readonly partly = false,
  ) {
    for (const type of types) this.counts.set(type.id, new Uint32Array(type.criteria.length * 9));
  }

  /** Codes are FINDING_CODEs in `type.criteria` order, one array per side. */
  add(typeId: string, a: Uint8Array, b: Uint8Array): void {
    const counts = this.counts.get(typeId)!;
    // Stryker disable next-line EqualityOperator: equivalent, a step past the end reads undefined, which is not judged, so it is skipped
    for (let i = 0; i < a.length; i++) {
      const sa = step(a[i]!, this.partly);
      const sb = step(b[i]!, this.partly);
      this.aJudged ||= sa >= 0;
      this.bJudged ||= sb >= 0;
      if (sa < 0 || sb < 0) continue;
      counts[i * 9 + sa * 3 + sb]!++;
    }
  }

  /** The counts as plain data, for a worker's part of the input; `merge` adds one in. */
  state(): CalibrationState {
    return { counts: [...this.counts], aJudged: this.aJudged, bJudged: this.bJudged };
  }

  merge(later: CalibrationState): void {
    for (const [type, counts] of later.counts) {
      const mine = this.counts.get(type)!;
      counts.forEach((n, i) => (mine[i]! += n));
    }
    this.aJudged ||= later.aJudged;
    this.bJudged ||= later.bJudged;
  }

  finish(): Calibration {
    const criteria: CriterionCalibration[] = [];
    for (const type of this.types) {
      const counts = this.counts.get(type.id)!;
      type.criteria.forEach((c, i) => {
        const m = [0, 1, 2].map((r) => [...counts.subarray(i * 9 + r * 3, i * 9 + r * 3 + 3)]);
        const [bothMet, aMetBUnmet, aUnmetBMet, bothUnmet] = [m[0]![0]!, m[0]![2]!, m[2]![0]!, m[2]![2]!];
        const n = m.flat().reduce((x, y) => x + y, 0);
        if (n === 0) return;
        const corners = { criterion: c.id, type: type.id, text: c.text, n, bothMet, aMetBUnmet, aUnmetBMet, bothUnmet };
        if (!this.partly) {
          const kappa = binaryKappa(bothMet, aMetBUnmet, aUnmetBMet, bothUnmet);
          criteria.push({ ...corners, agreement: (bothMet + bothUnmet) / n, kappa });
          return;
        }
        criteria.push({ ...corners, agreement: (bothMet + m[1]![1]! + bothUnmet) / n, kappa: squareKappa(m, 'none'), partly: partlyOf(m) });
      });
    }
    const steps = this.partly;
    return {
      partly: steps,
      criteria,
      aMoreGenerous: ranked(criteria, (c) => (steps ? c.partly!.aSteps : c.aMetBUnmet)),
      bMoreGenerous: ranked(criteria, (c) => (steps ? c.partly!.bSteps : c.aUnmetBMet)),
      aRecordedNoFindings: !this.aJudged,
      bRecordedNoFindings: !this.bJudged,
    };
  }
}

/** A's finding is the better above the diagonal (a lower step), B's below it. */
function partlyOf(m: number[][]): PartlyCalibration {
  const out = { matrix: m, weightedKappa: squareKappa(m, 'linear'), aHigher: 0, bHigher: 0, aSteps: 0, bSteps: 0 };
  m.forEach((row, a) =>
    row.forEach((count, b) => {
      if (a < b) {
        out.aHigher += count;
        out.aSteps += count * (b - a);
      }
      if (a > b) {
        out.bHigher += count;
        out.bSteps += count * (a - b);
      }
    }),
  );
  return out;
}

/** Most often first; ties by the larger share of the criterion's pairs, then criteria order. */
function ranked(criteria: readonly CriterionCalibration[], count: (c: CriterionCalibration) => number): CriterionCalibration[] {
  // sort is stable: ties left by both keys keep criteria order.
  return criteria
    .map((c) => ({ c, k: count(c) }))
    .filter((x) => x.k > 0)
    .sort((x, y) => y.k - x.k || y.k * x.c.n - x.k * y.c.n)
    .map((x) => x.c);
}
