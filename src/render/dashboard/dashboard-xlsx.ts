// `dashboard --format xlsx`: a front sheet with the headlines, then the owning commands' own sheets:
// Tables 1 and 2 of the latest round (`report`), the rounds (`trend`), bias and agreement and, with
// several auditors, the table per auditor (`compare`), the recommendations (`actions`) and the
// referrals that need someone to act (`referrals`). Numbers stay numbers.
import type { StreamedOutput } from '../../domain/output.js';
import type { DashboardModel } from '../../summarise/dashboard/dashboard-model.js';
import { workbook, type XCell, type XSheet } from '../xlsx/write-book.js';
import { frontSheet, gradeCountSheet, numberColumn, textColumn } from '../xlsx/xlsx-kit.js';
import type { RenderOptions } from '../options.js';
import { recommendationSheets } from '../actions/actions-xlsx.js';
import { betweenSheets, figuresSheet } from '../compare/compare-xlsx.js';
import { biasLine } from '../compare/compare-layout.js';
import * as referrals from '../referrals/referrals-layout.js';
import { gradeTables } from '../report/report-layout.js';
import { roundsSheet } from '../trend/trend-xlsx.js';
import { dashboardHeading, roundName } from './dashboard-layout.js';

function referralSheets(m: DashboardModel): XSheet[] {
  const r = m.referrals;
  if (!r) return [];
  const [unaccounted, overdue] = referrals.sections(r);
  return [
    {
      name: 'Unaccounted referrals',
      columns: [{ ...textColumn('Case', 20), note: unaccounted!.title }, textColumn('Round', 24), textColumn('Because', 16)],
      rows: unaccounted!.rows,
    },
    {
      name: 'Overdue referrals',
      columns: [
        { ...textColumn('Case', 20), note: overdue!.title },
        textColumn('Round', 24),
        textColumn('Referred on', 12),
        numberColumn('Days'),
      ],
      rows: r.overdue.map((o): XCell[] => [o.caseId, o.round ?? '', o.date, o.days]),
    },
  ];
}

export function dashboardXlsx(m: DashboardModel, options?: RenderOptions): StreamedOutput {
  const [table1, table2] = gradeTables(m.report);
  const bias = m.compare.n > 0 ? biasLine(m.compare) : null;
  const front = frontSheet(
    dashboardHeading(m),
    [
      ['Force', m.force],
      ['Latest round', roundName(m.latestRound)],
      ['Summary', m.report.sentences.summary.join(' ')],
      ['Referred back', m.report.sentences.referredBack],
      ...(bias ? [['Self-assessment', bias] as const] : []),
      ...(m.actions ? [['Recommendations', m.actions.headline] as const] : []),
      ...(m.referrals ? referrals.lead(m.referrals).map((l) => ['Referrals', l] as const) : []),
    ],
    m.totals,
    m.report.criteria,
    options?.sharing,
  );
  const sheets: XSheet[] = [
    front,
    ...[table1!, table2!].map((t) => gradeCountSheet(m.report.scale, `Table ${t.table}`, t.head || 'Assessment', t.rows, t.caption)),
    roundsSheet(m.trend),
    ...(m.compare.n === 0 ? [] : [figuresSheet(m.compare)]),
    ...(m.severalAuditors && m.compare.n > 0 ? betweenSheets(m.compare).filter((s) => s.name === 'By auditor') : []),
    // `actions` names its rounds sheet as trend does: here it is the recommendations'.
    ...(m.actions ? recommendationSheets(m.actions).map((s, i) => (i === 0 ? s : { ...s, name: 'Recommendation rounds' })) : []),
    ...referralSheets(m),
  ];
  return workbook(sheets);
}
