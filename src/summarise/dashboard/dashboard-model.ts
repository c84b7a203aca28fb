// What the dashboard page shows: each part the model of the command that owns its figures, so the
// page and that command can never disagree.
import type { Accounting } from '../../domain/accounting.js';
import type { ActionsModel } from '../actions/actions-model.js';
import type { CompareModel } from '../compare/compare-model.js';
import type { ReferralsModel } from '../referrals/referrals-fold.js';
import type { ReportModel } from '../report/report-model.js';
import type { TrendModel } from '../trend/trend-model.js';

export interface DashboardModel {
  force: string;
  /** The last round in trend's order: the one `report` and `compare` are shown for (null: no round named). */
  latestRound: string | null;
  /** `report` on the latest round's cases (its totals: that round's cases; the read's when it is the only round). */
  report: ReportModel;
  /** `compare --by auditor` on the latest round's cases. */
  compare: CompareModel;
  /** Whether the latest round's self-assessment names two auditors or more: only then is the table per auditor shown. */
  severalAuditors: boolean;
  /** `trend` over every round. */
  trend: TrendModel;
  /** `actions`, with --recommendations. */
  actions: ActionsModel | null;
  /** `referrals`, with --log. */
  referrals: ReferralsModel | null;
  /** Every case read, every round. */
  totals: Accounting;
}
