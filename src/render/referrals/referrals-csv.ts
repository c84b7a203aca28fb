// `referrals --format csv`: one row per figure or listed case, with its section, so a filter on
// `section` gives each list.
import type { ReferralsModel } from '../../summarise/referrals/referrals-fold.js';
import { csvDocument, type Cell } from '../../text/csv.js';

const HEADER = ['section', 'case_id', 'round', 'status', 'date', 'days', 'because', 'file', 'line', 'value'];

export function referralsCsv(m: ReferralsModel): string {
  const rows: Cell[][] = [];
  for (const [status, n] of Object.entries(m.byStatus)) rows.push(['by_status', null, null, status, null, null, null, null, null, n]);
  for (const u of m.unaccounted) rows.push(['unaccounted', u.caseId, u.round, null, null, null, u.because, null, null, null]);
  for (const o of m.overdue) rows.push(['overdue', o.caseId, o.round, o.status, o.date, o.days, null, null, null, null]);
  for (const d of m.dismissedWithoutReason)
    rows.push(['dismissed_without_reason', d.caseId, d.round, 'dismissed', null, null, null, null, null, null]);
  for (const u of m.unknownCases) rows.push(['unknown_case', u.caseId, null, null, null, null, null, u.file, u.line, null]);
  return csvDocument(HEADER, rows);
}
