// Agreement per auditor of the first role (A) with the second (B): cases, exact agreement with its
// 95% Wilson score interval, higher, lower, kappa, the bias and coefficients of issue 26, and the
// criteria where the auditor differs most from B. Sorted so the auditor furthest from B comes first.
import type { Grade } from '../../domain/grades.js';
import type { Scale } from '../../domain/scale.js';
import type { CaseType } from '../../domain/types.js';
import { addTally, bandOf, disagreement, emptyTally, record, type Tally } from './compare-model.js';
import { cohenKappa, type Band, type Weights } from '../../statistics/kappa.js';
import { agreementFigures, type AgreementFigures } from './agreement-figures.js';
import { CalibrationBuilder, type CalibrationState } from './calibration.js';
import { differMost, type CriterionDifference } from './auditor-review.js';
import { byCaseId } from '../sample/seeded-draw.js';
import { wilson } from '../../statistics/wilson.js';

export interface AuditorAgreement extends AgreementFigures {
  /** The auditor code; null for A's assessments that name none. */
  auditor: string | null;
  n: number;
  agreed: number;
  exactAgreement: number;
  agreementInterval: [number, number];
  /** A graded higher / lower than B. */
  higher: number;
  lower: number;
  twoApart: number;
  /** Cases by how many grades apart, "1" to "k-1". */
  apart: Record<string, number>;
  kappa: number | null;
  kappaBand: Band | null;
  /** The criteria where this auditor's findings differ most from B's (empty without findings). */
  differMost: CriterionDifference[];
}

/** Where the auditor's findings are tallied too: the programme's case types and whether it records partly met. */
export interface AuditorCalibration {
  types: readonly CaseType[];
  partly: boolean;
}

/** One case's findings, FINDING_CODEs in `type.criteria` order, one array per side. */
export interface CaseCodes {
  type: string;
  a: Uint8Array;
  b: Uint8Array;
}

export type AuditorState = Array<[string | null, Tally, CalibrationState | null]>;

export class ByAuditorBuilder {
  private readonly tallies = new Map<string | null, Tally>();
  private readonly calibrations = new Map<string | null, CalibrationBuilder>();

  constructor(
    private readonly scale: Scale,
    private readonly weights: Weights = 'linear',
    private readonly calibration?: AuditorCalibration,
  ) {}

  add(auditor: string | null, a: Grade, b: Grade, codes?: CaseCodes): void {
    let t = this.tallies.get(auditor);
    if (!t) this.tallies.set(auditor, (t = emptyTally(this.scale)));
    record(t, a, b, this.scale);
    if (codes && this.calibration) this.calibrationOf(auditor).add(codes.type, codes.a, codes.b);
  }

  private calibrationOf(auditor: string | null): CalibrationBuilder {
    let c = this.calibrations.get(auditor);
    if (!c) this.calibrations.set(auditor, (c = new CalibrationBuilder(this.calibration!.types, this.calibration!.partly)));
    return c;
  }

  /** The tallies as plain data, for a worker's part of the input; `merge` adds one in. */
  state(): AuditorState {
    return [...this.tallies].map(([auditor, t]) => [auditor, t, this.calibrations.get(auditor)?.state() ?? null]);
  }

  merge(later: AuditorState): void {
    for (const [auditor, t, calibration] of later) {
      const mine = this.tallies.get(auditor);
      if (mine) addTally(mine, t);
      else this.tallies.set(auditor, t);
      if (calibration && this.calibration) this.calibrationOf(auditor).merge(calibration);
    }
  }

  /**
   * Ranked by the upper end of the agreement interval, lowest first: the auditor who surely agrees
   * least leads, and 0 of 2 (upper end 66%) does not outrank 5 of 20 (47%) on noise alone.
   * Ties: the lower agreement, then more cases, then the code.
   */
  finish(): AuditorAgreement[] {
    const rows = [...this.tallies].map(([auditor, t]): AuditorAgreement => {
      const d = disagreement(t);
      const kappa = cohenKappa(t.matrix, this.scale.ids);
      return {
        auditor,
        n: d.n,
        agreed: d.agreed,
        exactAgreement: d.exactAgreement!,
        agreementInterval: wilson(d.agreed, d.n)!,
        higher: d.selfHigher,
        lower: d.selfLower,
        twoApart: d.twoApart,
        apart: d.apart,
        kappa,
        kappaBand: bandOf(kappa),
        differMost: differMost(this.calibrations.get(auditor)?.finish() ?? null),
        ...agreementFigures(t.matrix, this.scale.ids, this.weights),
      };
    });
    const code = (a: string | null) => a ?? '\uffff';
    return rows.sort(
      (x, y) =>
        x.agreementInterval[1] - y.agreementInterval[1] ||
        x.exactAgreement - y.exactAgreement ||
        y.n - x.n ||
        byCaseId(code(x.auditor), code(y.auditor)),
    );
  }
}
