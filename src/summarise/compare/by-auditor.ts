// Agreement per auditor of the first role (A) with the second (B): cases, exact agreement with its
// 95% Wilson score interval, higher, lower, kappa. Sorted so the auditor furthest from B comes first.
import type { Grade } from '../../domain/grades.js';
import type { Scale } from '../../domain/scale.js';
import { addTally, disagreement, emptyTally, record, type Tally } from './compare.js';
import { cohenKappa, landisKoch, type Band } from '../../statistics/kappa.js';
import { byCaseId } from '../sample/seeded-draw.js';
import { wilson } from '../../statistics/wilson.js';

export interface AuditorAgreement {
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
}

export class ByAuditorBuilder {
  private readonly tallies = new Map<string | null, Tally>();

  constructor(private readonly scale: Scale) {}

  add(auditor: string | null, a: Grade, b: Grade): void {
    let t = this.tallies.get(auditor);
    if (!t) this.tallies.set(auditor, (t = emptyTally(this.scale)));
    record(t, a, b, this.scale);
  }

  /** The tallies as plain data, for a worker's part of the input; `merge` adds one in. */
  state(): Array<[string | null, Tally]> {
    return [...this.tallies];
  }

  merge(later: ReadonlyArray<[string | null, Tally]>): void {
    for (const [auditor, t] of later) {
      const mine = this.tallies.get(auditor);
      if (mine) addTally(mine, t);
      else this.tallies.set(auditor, t);
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
        kappaBand: landisKoch(kappa),
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
