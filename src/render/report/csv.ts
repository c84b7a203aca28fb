// `report --format csv`: tidy long form, one row per count (section,table,caption,row,grade,count),
// so a pivot table can rebuild any of the report's tables. Counts without a grade (totals, the
// referral lists) leave `grade` blank.
import { GRADES } from '../../domain/grades.js';
import type { ReportModel } from '../../summarise/report.js';
import { csvDocument, type Cell } from '../csv-cells.js';
import { gradeTables } from './layout.js';

const REPORT_CSV_HEADER = ['section', 'table', 'caption', 'row', 'grade', 'count'];

export function reportCsv(model: ReportModel): string {
  const rows: Cell[][] = [];
  for (const t of gradeTables(model)) {
    for (const r of t.rows) for (const g of GRADES) rows.push([t.section, t.table, t.caption, r.label, g, r.counts[g]]);
  }
  const counts: Array<[string, string, number]> = [
    ['totals', 'read', model.totals.read],
    ['totals', 'graded', model.totals.graded],
    ['totals', 'ungraded', model.totals.ungraded],
    ['totals', 'rejected', model.totals.rejected],
    ['referrals', 'referred_back', model.referredBack.length],
    ['referrals', 'referral_suggested', model.referralSuggested.length],
    ['overrides', 'overrides', model.overrides.length],
  ];
  for (const [section, row, count] of counts) rows.push([section, null, null, row, null, count]);
  return csvDocument(REPORT_CSV_HEADER, rows);
}
