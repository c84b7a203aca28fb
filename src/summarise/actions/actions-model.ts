// The `actions` model: each recommendation with its recorded status, its due date and the audits'
// evidence, and the headline that sets the two side by side. Renderers do no arithmetic.
import type { Accounting } from '../../domain/accounting.js';
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';
import type { RecommendationStatus } from '../../domain/recommendation.js';
import type { Adjustment } from '../../statistics/simultaneous.js';

type Interval = [number, number];

/** The evidence in one round: graded independent assessments where the recommendation's criteria applied. */
export interface ActionsRound {
  round: string;
  /** Graded cases where at least one of the criteria applied (a finding other than n/a). */
  n: number;
  /** Findings of the criteria met, partly met or unmet. */
  applied: number;
  unmet: number;
  /** unmet / applied; null when nothing applied. */
  share: number | null;
  /** 95% Wilson interval of share. */
  interval: Interval | null;
}

export interface ActionsChange {
  /** The baseline round. */
  from: string;
  /** The latest round that re-audited the criteria. */
  to: string;
  /** share(to) - share(from): below 0 is fewer unmet. */
  difference: number;
  /** Newcombe interval at the adjusted level. */
  differenceInterval: Interval;
  significant: boolean;
}

export type ActionsVerdict = 'improved' | 'no clear change' | 'worse' | 'not re-audited';
type ActionsMismatch = 'recorded achieved, not shown' | 'shown, not recorded';

export interface ActionsItem {
  id: string;
  text: string;
  status: RecommendationStatus;
  /** ISO date. */
  due: string;
  overdue: boolean;
  owner: string;
  criteria: string[];
  areas: string[];
  /** The criteria its evidence counts: `criteria` and the areas' criteria, each once. */
  evidence: string[];
  /** The baseline round and every round after it, in order. */
  rounds: ActionsRound[];
  change: ActionsChange | null;
  verdict: ActionsVerdict;
  mismatch: ActionsMismatch | null;
}

interface ActionsSummary {
  total: number;
  recordedAchieved: number;
  improved: number;
  noClearChange: number;
  worse: number;
  notReaudited: number;
  overdue: number;
}

export interface ActionsModel {
  /** ISO date the due dates are counted to. */
  asOf: string;
  source: string;
  summary: ActionsSummary;
  recommendations: ActionsItem[];
  /** "15 recommendations: 6 recorded as achieved; the audits show improvement on 4". */
  headline: string;
  /** How the changes' intervals are adjusted, in words and figures. */
  adjustment: Adjustment;
  intervalNote: string;
  criteriaSet: CriteriaIdentity;
  totals: Accounting;
}

export const STATUS_LABELS: Record<RecommendationStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  achieved: 'Achieved',
  not_achieved: 'Not achieved',
};
