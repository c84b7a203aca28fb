// `dashboard --format json`: each part as its own command's JSON gives it (`report` and `compare`
// on the latest round, `trend` over every round, `actions` and `referrals` where asked), so a
// reader checks a figure against that command's output key for key.
import { sharingJson } from '../../domain/sharing.js';
import type { DashboardModel } from '../../summarise/dashboard/dashboard-model.js';
import { actionsJsonValue } from '../actions/actions-json.js';
import { compareJsonValue } from '../compare/compare-json.js';
import { jsonPieces } from '../json-pieces.js';
import type { RenderOptions } from '../options.js';
import { referralsJsonValue } from '../referrals/referrals-json.js';
import { reportJsonValue } from '../report/report-json.js';
import { trendJsonValue } from '../trend/trend-json.js';

export function dashboardJson(m: DashboardModel, options?: RenderOptions): Iterable<string> {
  return jsonPieces({
    force: m.force,
    latestRound: m.latestRound,
    report: reportJsonValue(m.report),
    compare: compareJsonValue(m.compare),
    trend: trendJsonValue(m.trend),
    actions: m.actions ? actionsJsonValue(m.actions) : null,
    referrals: m.referrals ? referralsJsonValue(m.referrals) : null,
    totals: m.totals,
    ...sharingJson(options?.sharing),
  });
}
