// Which auditors to review, and only where the evidence supports it (issue 26, item 4): an
// auditor's net bias interval excludes 0, or their agreement interval lies entirely below that of
// the rest of the pool. And each auditor's calibration: the criteria where they differ most. Pure.
import { intervalText, percentText, signed } from '../../statistics/rounding.js';
import { wilson } from '../../statistics/wilson.js';
import type { AuditorAgreement } from './by-auditor.js';
import type { Calibration, CriterionCalibration } from './calibration.js';

export interface AuditorToReview {
  auditor: string;
  reason: string;
}

export interface CriterionDifference {
  criterion: string;
  type: string;
  /** Cases where both marked the criterion (met, partly or unmet). */
  n: number;
  /** Of those, the cases where their findings differ. */
  differ: number;
}

/** How many criteria an auditor's line names: the few a calibration meeting can take. */
const MOST = 3;

const differences = (c: CriterionCalibration) => (c.partly ? c.partly.aHigher + c.partly.bHigher : c.aMetBUnmet + c.aUnmetBMet);

/** The criteria where the auditor's findings differ most often from the other role's; ties by the larger share, then criteria order. */
export function differMost(calibration: Calibration | null): CriterionDifference[] {
  if (!calibration) return [];
  return calibration.criteria
    .map((c) => ({ criterion: c.criterion, type: c.type, n: c.n, differ: differences(c) }))
    .filter((d) => d.differ > 0)
    .sort((x, y) => y.differ - x.differ || y.differ * x.n - x.differ * y.n)
    .slice(0, MOST);
}

const band = ([lo, hi]: readonly [number, number]) => `${percentText(lo)} to ${percentText(hi)}`;

/** `b`: the other role's label, as the reasons name it. */
export function auditorsToReview(rows: readonly AuditorAgreement[], b: string): AuditorToReview[] {
  const agreed = rows.reduce((s, r) => s + r.agreed, 0);
  const n = rows.reduce((s, r) => s + r.n, 0);
  const out: AuditorToReview[] = [];
  for (const r of rows) {
    if (r.auditor === null) continue;
    const reasons: string[] = [];
    const bias = r.bias;
    if (bias && (bias.netInterval[0] > 0 || bias.netInterval[1] < 0)) {
      const [lo, hi] = bias.netInterval;
      const ends = intervalText(lo, hi, { change: true });
      const way = bias.net > 0 ? 'higher' : 'lower';
      reasons.push(
        `graded ${way} than ${b} on balance: ${bias.higher} higher and ${bias.lower} lower of ${bias.n}, ` +
          `a net ${signed(bias.net * 100)} points (95% interval ${ends.lo} to ${ends.hi})`,
      );
    }
    const rest = wilson(agreed - r.agreed, n - r.n);
    if (rest && r.agreementInterval[1] < rest[0]) {
      reasons.push(
        `agrees with ${b} less than the rest of the pool: ${r.agreed} of ${r.n} (${band(r.agreementInterval)}) ` +
          `against ${agreed - r.agreed} of ${n - r.n} (${band(rest)})`,
      );
    }
    if (reasons.length > 0) out.push({ auditor: r.auditor, reason: reasons.join('; ') });
  }
  return out;
}
