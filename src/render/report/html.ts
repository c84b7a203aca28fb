// `report --format html`: section 4 as a board paper, one self-contained page to embed or print.
// The tables of the table format, each with a chart drawn from the same figures beside it.
import { GRADE_LABELS, GRADES } from '../../domain/grades.js';
import { accountingLine } from '../../summarise/accounting.js';
import { casesText } from '../../summarise/report-sentences.js';
import type { ReportModel } from '../../summarise/report.js';
import { describeBars, legend, longestBar, stackedBars, type Bar } from '../html/bar-chart.js';
import { html, type Html } from '../html/html.js';
import { page } from '../html/page.js';
import { GRADE_SERIES } from '../html/palette.js';
import { dataTable } from '../html/table.js';
import { firstFew, LIST_MAX, listText, percent } from '../text-kit.js';
import {
  BREAKDOWN_HEADING,
  GRADE_HEADS,
  gradeTables,
  heading,
  noThemes,
  OVERRIDES_LEAD,
  REFERRED_LEAD,
  SUGGESTED_LEAD,
  themeLine,
  THEMES_LEAD,
  ungradedWhy,
  type GradeTable,
} from './layout.js';

/** One grade table, its chart and, for Tables 3.., its common themes: never cut across pages. */
function gradeBlock(t: GradeTable, scale?: number): Html {
  const title = `Table ${t.table}: ${t.caption}`;
  const table = dataTable({ caption: title, head: [t.head, ...GRADE_HEADS], rows: t.rows.map((r) => [r.label, ...GRADES.map((g) => r.counts[g])]) });
  const group = t.group;
  // Tables 1 and 2 name their rows on the bars; a case-type table's caption already says what its one bar is.
  const bars: Bar[] = t.rows.map((r) => (group ? { label: '', values: r.counts, note: casesText(group.graded) } : { label: r.label, values: r.counts }));
  const chart = stackedBars({ id: `chart-table-${t.table}`, title: `Chart of table ${t.table}: ${t.caption}`, desc: describeBars(t.rows.map((r) => ({ label: r.label, values: r.counts })), GRADE_SERIES), series: GRADE_SERIES, bars, ...(scale === undefined ? {} : { scale }) });
  let themes: Html | string = '';
  if (group) {
    themes =
      group.themes.length === 0
        ? html`<p class="lead">${noThemes(group)}</p>`
        : html`<p class="lead">${THEMES_LEAD}</p><ul class="themes">${group.themes.map((th) => html`<li>${themeLine(th, percent(th.share))}</li>`)}</ul>`;
  }
  return html`<div class="block">${table}${chart}${legend(GRADE_SERIES)}${themes}</div>`;
}

/** "Lead (n): a, b and c", or nothing for an empty list. */
function idList(lead: string, ids: readonly string[]): Html | string {
  return ids.length ? html`<p>${lead} (${ids.length}): ${listText(ids)}</p>` : '';
}

/** A titled list: the first few, then a count. */
function shortList<T>(title: string, items: readonly T[], line: (item: T) => string): Html | string {
  if (items.length === 0) return '';
  const { shown, more } = firstFew(items, LIST_MAX);
  return html`<p class="lead">${title}</p><ul>${shown.map((item) => html`<li>${line(item)}</li>`)}${more ? html`<li>and ${more} more</li>` : ''}</ul>`;
}

function overrides(model: ReportModel): Html | string {
  if (model.overrides.length === 0) return '';
  const { shown, more } = firstFew(model.overrides, LIST_MAX);
  const rows = shown.map((o) => [o.caseId, GRADE_LABELS[o.derived], GRADE_LABELS[o.recorded]] as const);
  const table = dataTable({ caption: `${OVERRIDES_LEAD} (${model.overrides.length})`, head: ['Case', 'Derived grade', 'Recorded grade'], rows, align: ['left', 'left', 'left'] });
  return html`<div class="block">${table}${more ? html`<p>And ${more} more.</p>` : ''}</div>`;
}

export function reportHtml(model: ReportModel): string {
  const [table1, table2, ...byTable] = gradeTables(model) as [GradeTable, GradeTable, ...GradeTable[]];
  // One scale for every case-type chart, so a longer bar is a table with more cases.
  const scale = longestBar(byTable.flatMap((t) => t.rows.map((r) => ({ label: '', values: r.counts }))), GRADE_SERIES);
  const summary = html`<section class="page">
<h1>${heading(model)}</h1>
<p>${model.sentences.summary.join(' ')}</p>
${gradeBlock(table1)}
${gradeBlock(table2)}
<h2>Cases referred back</h2>
<p>${model.sentences.referredBack}</p>
${idList(REFERRED_LEAD, model.referredBack)}${idList(SUGGESTED_LEAD, model.referralSuggested)}
</section>`;
  const breakdown = html`<section class="page">
<h2>${BREAKDOWN_HEADING}</h2>
${byTable.map((t) => gradeBlock(t, scale))}
</section>`;
  const accounting = html`<section class="page">
<h2>Accounting</h2>
${overrides(model)}
<p>${accountingLine(model.totals)}</p>
${shortList(`Ungraded, not counted in any table (${model.ungraded.length}):`, model.ungraded, (u) => `${u.caseId}: ${ungradedWhy(u.missing)}`)}
${shortList(`Rejected rows, not counted (${model.rejected.length}):`, model.rejected, (r) => `${r.file}:${r.line}: ${r.message}`)}
</section>`;
  return page(heading(model), html`${summary}
${breakdown}
${accounting}`);
}
