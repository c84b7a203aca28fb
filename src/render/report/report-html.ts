// `report --format html`: section 4 as a board paper, one self-contained page to embed or print.
// The tables of the table format, each with a chart drawn from the same figures beside it.
import type { RenderOptions } from '../options.js';
import type { Scale } from '../../domain/scale.js';
import { accountingLine } from '../accounting-line.js';
import { casesText } from '../../summarise/report/report-sentences.js';
import type { ReportModel } from '../../summarise/report/report-model.js';
import { describeBars, legend, longestBar, stackedBars, type Bar } from '../html/bar-chart.js';
import { html, type Html } from '../html/html-template.js';
import { page } from '../html/page.js';
import { gradeSeries } from '../html/palette.js';
import { dataTable } from '../html/html-table.js';
import { areaAlign, areaHead, areaRows, AREAS_HEADING, areasLead, REPORT_AREA_CASES } from './area-layout.js';
import { count, firstFew, LIST_MAX, listText, percent } from '../terminal/text-kit.js';
import {
  ANNEX_A_HEAD,
  annexAHeading,
  BREAKDOWN_HEADING,
  byAllHeading,
  byTableLead,
  byValueRows,
  isEmpty,
  NO_CASES,
  gradeHeads,
  gradeTables,
  heading,
  noThemes,
  otherRolesLine,
  OVERRIDES_LEAD,
  REFERRED_LEAD,
  SUGGESTED_LEAD,
  themeLine,
  THEMES_LEAD,
  ungradedWhy,
  type GradeTable,
} from './report-layout.js';

type Rows = GradeTable['rows'];

const countsTable = (grades: Scale, caption: string, head0: string, rows: Rows) =>
  dataTable({
    caption,
    head: [head0, ...gradeHeads(grades)],
    rows: rows.map((r) => [r.label, ...grades.ids.map((g) => count(r.counts[g]!))]),
  });

/** A table's grades as stacked bars, one a row; labelled above each bar where `labelled`. */
function gradeChart(grades: Scale, id: string, title: string, rows: Rows, labelled: boolean, scale?: number, note?: string): Html {
  const series = gradeSeries(grades);
  // A row with no cases stays in the table but gets no bar: an empty bar says nothing.
  const drawn = rows.filter((r) => Object.values(r.counts).some((n) => n > 0));
  const bars: Bar[] = drawn.map((r) => ({ label: labelled ? r.label : '', values: r.counts, ...(note ? { note } : {}) }));
  const desc = describeBars(
    drawn.map((r) => ({ label: r.label, values: r.counts })),
    series,
  );
  return html`${stackedBars({ id, title, desc, series, bars, ...(scale === undefined ? {} : { scale }) })}${legend(series)}`;
}

/** One grade table, its chart and, for Tables 3.., its common themes and --by rows: never cut across pages. */
export function gradeBlock(t: GradeTable, model: ReportModel, scale?: number): Html {
  const title = `Table ${t.table}: ${t.caption}`;
  if (isEmpty(t)) return html`<div class="block"><p class="title">${title}</p><p>${NO_CASES}</p></div>`;
  const group = t.group;
  // Tables 1 and 2 name their rows on the bars; a case-type table's caption already says what its one bar is.
  const chart = gradeChart(
    model.scale,
    `chart-table-${t.table}`,
    `Chart of table ${t.table}: ${t.caption}`,
    t.rows,
    !group,
    scale,
    group ? casesText(group.graded) : undefined,
  );
  let extra: Html | string = '';
  if (group) {
    const themes =
      group.themes.length === 0
        ? html`<p class="lead">${noThemes(group)}</p>`
        : html`<p class="lead">${THEMES_LEAD}</p><ul class="themes">${group.themes.map((th) => html`<li>${themeLine(th, percent(th.share))}</li>`)}</ul>`;
    const values = byValueRows(model, t.table);
    const by =
      model.breakdown && values.length
        ? html`<p class="lead">${byTableLead(model.breakdown.by)}</p>${countsTable(model.scale, `Table ${t.table} by ${model.breakdown.by}`, model.breakdown.by, values)}`
        : '';
    extra = html`${themes}${by}`;
  }
  return html`<div class="block">${countsTable(model.scale, title, t.head, t.rows)}${chart}${extra}</div>`;
}

/** `--by`: every graded case by the column's values, as a table and bars. */
function breakdownBlock(model: ReportModel): Html | string {
  const b = model.breakdown;
  if (!b) return '';
  const title = byAllHeading(b.by);
  const rows = b.all.map((v) => ({ label: v.value, counts: v.counts }));
  if (rows.length === 0) return html`<div class="block"><p class="title">${title}</p><p>${NO_CASES}</p></div>`;
  return html`<div class="block">${countsTable(model.scale, title, b.by, rows)}${gradeChart(model.scale, 'chart-by', title, rows, true)}</div>`;
}

/** Programme areas only: the evidence per area, as the table format gives it. */
function areasBlock(model: ReportModel): Html | string {
  if (!model.areas) return '';
  const partly = model.areasPartly ?? false;
  const head = areaHead(partly);
  const table = dataTable({ caption: AREAS_HEADING, head, rows: areaRows(model.areas, partly), align: areaAlign(1, head.length) });
  return html`<div class="block">${table}<p class="note">${areasLead(REPORT_AREA_CASES, partly)}</p></div>`;
}

function annexA(model: ReportModel): Html {
  const rows = model.selfAssessedByType.map((t) => [t.title, count(t.n)]);
  return html`<div class="block">${dataTable({ caption: annexAHeading(model), head: [...ANNEX_A_HEAD], rows })}</div>`;
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
  const rows = shown.map((o) => [o.caseId, model.scale.tableLabel(o.derived), model.scale.tableLabel(o.recorded)] as const);
  const table = dataTable({
    caption: `${OVERRIDES_LEAD} (${model.overrides.length})`,
    head: ['Case', 'Derived grade', 'Recorded grade'],
    rows,
    align: ['left', 'left', 'left'],
  });
  return html`<div class="block">${table}${more ? html`<p>And ${more} more.</p>` : ''}</div>`;
}

/** Long form: cases that also carry other roles' assessments, as the table format says. */
function otherRolesParagraph(model: ReportModel): Html | '' {
  const line = otherRolesLine(model);
  return line ? html`<p>${line}</p>` : '';
}

export function reportHtml(model: ReportModel, options?: RenderOptions): string {
  const [table1, table2, ...byTable] = gradeTables(model) as [GradeTable, GradeTable, ...GradeTable[]];
  // One scale for every case-type chart, so a longer bar is a table with more cases.
  const scale = longestBar(
    byTable.flatMap((t) => t.rows.map((r) => ({ label: '', values: r.counts }))),
    gradeSeries(model.scale),
  );
  const block = (t: GradeTable, shared?: number) => gradeBlock(t, model, shared);
  const summary = html`<section class="page">
<h1>${heading(model)}</h1>
<p>${model.sentences.summary.join(' ')}</p>
${block(table1)}
${block(table2)}
${otherRolesParagraph(model)}
<h2>Cases referred back</h2>
<p>${model.sentences.referredBack}</p>
${idList(REFERRED_LEAD, model.referredBack)}${idList(SUGGESTED_LEAD, model.referralSuggested)}
</section>`;
  const breakdown = html`<section class="page">
<h2>${BREAKDOWN_HEADING}</h2>
${breakdownBlock(model)}
${byTable.map((t) => block(t, scale))}
${areasBlock(model)}${annexA(model)}
</section>`;
  const accounting = html`<section class="page">
<h2>Accounting</h2>
${overrides(model)}
<p>${accountingLine(model.totals)}</p>
${shortList(`Ungraded, not counted in any table (${model.ungraded.length}):`, model.ungraded, (u) => `${u.caseId}: ${ungradedWhy(u.missing)}`)}
${shortList(`Rejected rows, not counted (${model.rejected.length}):`, model.rejected, (r) => `${r.file}:${r.line}: ${r.message}`)}
</section>`;
  return page(
    heading(model),
    html`${summary}
${breakdown}
${accounting}`,
    options?.sharing,
  );
}
