// `dashboard --suppress N`: the dashboard made of the commands' own published documents (the latest
// round's report, trend over every round, compare on the latest round, actions) and the referral
// safety net as counts: its lists of case ids are never printed. Every part lays its counts and sums
// out in one `Cells`, the counts printed in two parts are tied together (dashboard-links.ts), and the
// cells are hidden once for the page; a part with nothing tied to another prints as its command
// prints it. One document, printed as every published document is (the rule on the front and under
// every table).
import type { DashboardModel } from '../dashboard/dashboard-model.js';
import type { ReferralsModel } from '../referrals/referrals-fold.js';
import { actionsLaid } from './actions-published.js';
import { Cells, type Laid } from './cells.js';
import { compareLaid } from './compare-published.js';
import { linkParts } from './dashboard-links.js';
import type { Published } from './published.js';
import { reportPublished } from './report-published.js';
import { reportLaid } from './suppressed-report.js';
import { trendLaid } from './trend-published.js';

/** The safety net's counts: each latest status and their total, the cases the log lacks (by why) and their total, the overdue, the dismissed with no grounds recorded (named so that no key reads as free text), the log's rows that match no case. */
function referralsLaid(cells: Cells, r: ReferralsModel, below: number): Laid<null, Published> {
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
  return {
    refs: null,
    publish: (show) => ({
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
    }),
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
  const cells = new Cells();
  const laid = {
    report: reportLaid(cells, m.report, below),
    trend: trendLaid(cells, m.trend, below),
    compare: compareLaid(cells, m.compare, below),
    actions: m.actions ? actionsLaid(cells, m.actions, below) : null,
    referrals: m.referrals ? referralsLaid(cells, m.referrals, below) : null,
  };
  linkParts(cells, m, {
    report: laid.report.refs,
    compare: laid.compare.refs,
    trend: laid.trend.refs,
    actions: laid.actions?.refs ?? null,
  });
  const show = cells.hide(below);
  const report = reportPublished(laid.report.publish(show));
  const trend = laid.trend.publish(show);
  const compare = laid.compare.publish(show);
  const actions = laid.actions?.publish(show) ?? null;
  const referrals = laid.referrals?.publish(show) ?? null;
  return {
    title: `Performance dashboard: ${m.force}`,
    below,
    lines: [
      'The parts are hidden together: a count printed in two parts is hidden in both or in neither, and no total in one part gives away a count hidden in another; lists of case ids are not printed.',
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
