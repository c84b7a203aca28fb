// Criterion calibration between two roles: for every criterion both marked met or unmet on the
// same case, the 2x2 counts, agreement and kappa, and which criteria one side marks met where the
// other marks unmet (the list a QA lead takes to the auditors' meeting). Pure.
import { FINDING_CODE } from '../../domain/assessment.js';
import type { CaseType } from '../../domain/types.js';
import { binaryKappa } from '../../statistics/kappa.js';

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
}

export interface Calibration {
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

const judged = (code: number) => code === FINDING_CODE.met || code === FINDING_CODE.unmet;

export interface CalibrationState {
  counts: Array<[string, Uint32Array]>;
  aJudged: boolean;
  bJudged: boolean;
}

export class CalibrationBuilder {
  /** Per type id: 4 counts per criterion, [bothMet, aMetBUnmet, aUnmetBMet, bothUnmet]. */
  private readonly counts = new Map<string, Uint32Array>();
  private aJudged = false;
  private bJudged = false;

  constructor(private readonly types: readonly CaseType[]) {
    for (const type of types) this.counts.set(type.id, new Uint32Array(type.criteria.length * 4));
  }

  /** Codes are FINDING_CODEs in `type.criteria` order, one array per side. */
  add(typeId: string, a: Uint8Array, b: Uint8Array): void {
    const counts = this.counts.get(typeId)!;
    // Stryker disable next-line EqualityOperator: equivalent, a step past the end reads undefined, which is not judged, so it is skipped
    for (let i = 0; i < a.length; i++) {
      const ja = judged(a[i]!);
      const jb = judged(b[i]!);
      this.aJudged ||= ja;
      this.bJudged ||= jb;
      if (!ja || !jb) continue;
      // met/met 0, met/unmet 1, unmet/met 2, unmet/unmet 3.
      counts[i * 4 + (a[i] === FINDING_CODE.met ? 0 : 2) + (b[i] === FINDING_CODE.met ? 0 : 1)]!++;
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
        const [bothMet, aMetBUnmet, aUnmetBMet, bothUnmet] = counts.subarray(i * 4, i * 4 + 4) as unknown as [
          number,
          number,
          number,
          number,
        ];
        const n = bothMet + aMetBUnmet + aUnmetBMet + bothUnmet;
        if (n === 0) return;
        const kappa = binaryKappa(bothMet, aMetBUnmet, aUnmetBMet, bothUnmet);
        criteria.push({
          criterion: c.id,
          type: type.id,
          text: c.text,
          n,
          bothMet,
          aMetBUnmet,
          aUnmetBMet,
          bothUnmet,
          agreement: (bothMet + bothUnmet) / n,
          kappa,
        });
      });
    }
    return {
      criteria,
      aMoreGenerous: ranked(criteria, (c) => c.aMetBUnmet),
      bMoreGenerous: ranked(criteria, (c) => c.aUnmetBMet),
      aRecordedNoFindings: !this.aJudged,
      bRecordedNoFindings: !this.bJudged,
    };
  }
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
