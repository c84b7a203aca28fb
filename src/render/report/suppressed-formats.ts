// `report --suppress N`: the suppressed report (summarise/suppress/suppressed-report.ts) as JSON and
// CSV in the report's own shape (the other formats print it as a published document,
// summarise/suppress/report-published.ts). A small count prints as <N, a count hidden to protect
// one as [x], and JSON has `{ "suppressed": true }` for both; the rule is said under every table.
import { sharingJson, suppressionRule } from '../../domain/sharing.js';
import type { Count } from '../../summarise/suppress/cells.js';
import type { SuppressedReport } from '../../summarise/suppress/suppressed-report.js';
import { BOM, csvLine, type Cell } from '../../text/csv.js';
import type { RenderOptions } from '../options.js';
import { reportPublished, suppressedReportJson } from '../../summarise/suppress/report-published.js';
import { publishedMarkdown, publishedTable } from '../share/published-text.js';
import { publishedHtml } from '../share/published-html.js';
import { publishedXlsx } from '../share/published-xlsx.js';

const text = (c: Count, below: number) => (typeof c === 'number' ? String(c) : c.small ? `<${below}` : '[x]');

export function suppressedJson(r: SuppressedReport, options?: RenderOptions): string {
  const value = {
    ...suppressedReportJson(r),
    ...sharingJson({ ...options?.sharing, suppression: { below: r.below } }),
    suppressionRule: suppressionRule(r.below),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function suppressedCsv(r: SuppressedReport): string {
  const b = r.below;
  const rows: Cell[][] = [['section', 'table', 'caption', 'row', 'grade', 'count']];
  const add = (section: string, t: number | null, caption: string | null, row: string, counts: Record<string, Count>, n: Count) => {
    for (const g of r.grades) rows.push([section, t, caption, row, g.id, text(counts[g.id]!, b)]);
    rows.push([section, t, caption, row, null, text(n, b)]);
  };
  add('both_assessed', 1, r.labels.table1, r.labels.self, r.bothAssessed.self, r.bothAssessed.n);
  add('both_assessed', 1, r.labels.table1, r.labels.independent, r.bothAssessed.independent, r.bothAssessed.n);
  add('independent_only', 2, r.labels.table2, r.labels.independent, r.independentOnly, r.independentOnlyN);
  for (const t of r.byTable) add('by_table', t.table, t.caption, t.label, t.counts, t.graded);
  for (const a of r.selfAssessedByType) rows.push(['annex_a', null, null, a.type, null, text(a.n, b)]);
  for (const [row, c] of Object.entries(r.totals)) rows.push(['totals', null, null, row, null, text(c, b)]);
  if (r.breakdown) {
    for (const v of r.breakdown.all) add(`by_${r.breakdown.by}`, null, null, v.value, v.counts, v.graded);
    for (const t of r.breakdown.tables)
      for (const v of t.values) add(`by_${r.breakdown.by}`, t.table, t.label, v.value, v.counts, v.graded);
  }
  rows.push(['referrals', null, null, 'referred_back', null, text(r.referredBack, b)]);
  rows.push(['referrals', null, null, 'referral_suggested', null, text(r.referralSuggested, b)]);
  rows.push(['overrides', null, null, 'overrides', null, text(r.overrides, b)]);
  rows.push(['rule', null, null, suppressionRule(b), null, null]);
  return BOM + rows.map(csvLine).join('');
}

/** The other formats: the report as a published document. */
export const suppressedTable = (r: SuppressedReport, o: RenderOptions) => publishedTable(reportPublished(r), o);
export const suppressedMarkdown = (r: SuppressedReport, o: RenderOptions) => publishedMarkdown(reportPublished(r), o);
export const suppressedHtml = (r: SuppressedReport, o: RenderOptions) => publishedHtml(reportPublished(r), o);
export const suppressedXlsx = (r: SuppressedReport, o: RenderOptions) => publishedXlsx(reportPublished(r), o);
