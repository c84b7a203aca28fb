// `dashboard --suppress N`: the dashboard made of the commands' own published documents (the latest
// round's report, trend over every round, compare on the latest round, actions), each hidden by its
// own publisher as that command hides it, and the referral safety net as counts: its lists of case
// ids are never printed. One document, printed as every published document is (the rule on the front
// and under every table).
import type { DashboardModel } from '../dashboard/dashboard-model.js';
import type { ReferralsModel } from '../referrals/referrals-fold.js';
import { actionsPublished } from './actions-published.js';
import { Cells } from './cells.js';
import { comparePublished } from './compare-published.js';
import type { Published } from './published.js';
import { reportPublished } from './report-published.js';
import { suppressReport } from './suppressed-report.js';
import { trendPublished } from './trend-published.js';

/** The safety net's counts: each latest status and their total, the cases the log lacks (by why) and their total, the overdue, the dismissed with no grounds recorded (named so that no key reads as free text), the log's rows that match no case. */
function referralsPublished(r: ReferralsModel, below: number): Published {
  const cells = new Cells();
  const statuses = Object.entries(r.byStatus).map(([status, n]) => ({ status, cell: cells.add(n) }));
  const inLog = cells.add(
    Object.values(r.byStatus).reduce((a, b) => a + b, 0),
    true,
  );
  cells.sum([...statuses.map((s) => s.cell), inLog]);
  const why = (because: string) => cells.add(r.unaccounted.filter((u) => u.because === because).length);
  const referredBack = why('referred back');
  const suggested = why('suggested');
  const unaccounted = cells.add(r.unaccounted.length, true);
  cells.sum([referredBack, suggested, unaccounted]);
  const overdue = cells.add(r.overdue.length);
  const dismissed = cells.add(r.dismissedWithoutReason.length);
  const unknown = cells.add(r.unknownCases.length);
  const show = cells.hide(below);
  return {
    title: 'Referrals',
    below,
    lines: [`Counted to ${r.asOf}. The cases are not listed under the small-number rule: run referrals without --suppress to read them.`],
    sections: [
      {
        heading: 'Counts',
        tables: [
          {
            title: 'Cases in the log by their latest status',
            head: ['Latest status', 'Cases'],
            rows: [...statuses.map((s) => [s.status, show(s.cell)]), ['In the log', show(inLog)]],
          },
          {
            title: 'Cases that need someone to act',
            head: ['', 'Cases'],
            rows: [
              ['Referred back, not in the log', show(referredBack)],
              ['Suggested for referral, not in the log', show(suggested)],
              ['Not in the log', show(unaccounted)],
              [`Referred, no outcome after ${r.overdueDays} days`, show(overdue)],
              ['Dismissed, no grounds recorded', show(dismissed)],
              ['Log rows matching no case read', show(unknown)],
            ],
          },
        ],
      },
    ],
    json: {
      asOf: r.asOf,
      overdueDays: r.overdueDays,
      byStatus: Object.fromEntries(statuses.map((s) => [s.status, show(s.cell)])),
      inLog: show(inLog),
      unaccounted: { referredBack: show(referredBack), suggested: show(suggested), total: show(unaccounted) },
      overdue: show(overdue),
      dismissedUnexplained: show(dismissed),
      unknownCases: show(unknown),
    },
  };
}

/** A part's sections under the part's name, its lines before its first table. */
function part(name: string, doc: Published): Published['sections'] {
  return doc.sections.map((s, i) => ({
    heading: `${name}: ${s.heading}`,
    ...(i === 0 ? { lines: [...doc.lines, ...(s.lines ?? [])] } : s.lines ? { lines: s.lines } : {}),
    tables: s.tables,
  }));
}

export function dashboardPublished(m: DashboardModel, below: number): Published {
  const round = m.latestRound ?? '(no round named)';
  const report = reportPublished(suppressReport(m.report, below));
  const trend = trendPublished(m.trend, below);
  const compare = comparePublished(m.compare, below);
  const actions = m.actions ? actionsPublished(m.actions, below) : null;
  const referrals = m.referrals ? referralsPublished(m.referrals, below) : null;
  return {
    title: `Performance dashboard: ${m.force}`,
    below,
    lines: [
      'Each part is hidden as its own command hides it under --suppress (report, trend, compare, actions); lists of case ids are not printed.',
    ],
    sections: [
      ...part(`Latest round (${round})`, report),
      ...part('Across rounds', trend),
      ...part(`Self-assessment against independent grades (${round})`, compare),
      ...(actions ? part('Recommendations', actions) : []),
      ...(referrals ? part('Referrals', referrals) : []),
    ],
    json: {
      force: m.force,
      latestRound: m.latestRound,
      report: report.json,
      compare: compare.json,
      trend: trend.json,
      actions: actions?.json ?? null,
      referrals: referrals?.json ?? null,
      totals: trend.json.totals,
    },
  };
}
