// `trend --format html`: audit rounds side by side as a board paper. The tables of the table format,
// with the grade shares of each round drawn as dots and their 95% intervals as whiskers.
import type { RenderOptions } from '../options.js';
import { accountingLine } from '../accounting-line.js';
import type { TrendModel } from '../../summarise/trend/trend-model.js';
import { legend } from '../html/bar-chart.js';
import { html, type Html } from '../html/html-template.js';
import { intervalChart, type IntervalColumn } from '../html/interval-chart.js';
import { page } from '../html/page.js';
import { gradeSeries } from '../html/palette.js';
import { dataTable } from '../html/html-table.js';
import { areaAlign, AREAS_HEADING } from '../report/area-layout.js';
import {
  areaChangeHead,
  AREA_CHANGES_HEADING,
  areaChangeRows,
  areaRoundHead,
  areaRoundRows,
  trendAreasLead,
  changeHead,
  changeRows,
  CHANGES_HEADING,
  FIRST_LAST_HEADING,
  CRITERIA_LEAD,
  criteriaHead,
  criteriaRows,
  gapHead,
  gapLead,
  gapRows,
  heading,
  intro,
  roundHead,
  roundRows,
  shareCell,
  tableLead,
  tableHead,
  tableRows,
  TREND_TESTS_HEADING,
  trendTestHead,
  trendTestLead,
  trendTestRows,
} from './trend-layout.js';

/** The headings of the HTML, one per section of the CSV and sheet of the workbook. */
const ROUNDS_HEADING = 'Rounds';
const TABLES_HEADING = 'By report table';
const CRITERIA_HEADING = 'Criteria';

/** The first `left` columns (and the last, for a note or a verdict) in words, the rest figures. */
const align = (total: number, left: number, lastLeft = false) =>
  Array.from({ length: total }, (_, i) => (i < left || (lastLeft && i === total - 1) ? 'left' : 'right') as 'left' | 'right');

export function roundsBlock(m: TrendModel): Html {
  const table = dataTable({
    caption: `Grades given by ${m.role.label}, round by round (95% intervals)`,
    head: roundHead(m),
    rows: roundRows(m),
  });
  const columns: IntervalColumn[] = m.rounds.map((r) => ({
    label: r.label,
    note: `n = ${r.n}`,
    points: Object.fromEntries(
      m.scale.ids.map((g) => [
        g,
        r.share[g] === null || r.interval[g] === null ? null : { value: r.share[g]!, interval: r.interval[g]!, text: shareCell(r, g) },
      ]),
    ),
  }));
  const desc = m.rounds
    .map((r) => `${r.label} (n = ${r.n}): ${m.scale.ids.map((g) => `${m.scale.tableLabel(g)} ${shareCell(r, g)}`).join(', ')}.`)
    .join(' ');
  const chart = intervalChart({
    id: 'chart-rounds',
    title: `Share of each grade by round, with 95% intervals: ${m.role.label}`,
    desc,
    series: gradeSeries(m.scale),
    columns,
  });
  return html`<div class="block">${table}${chart}${legend(gradeSeries(m.scale))}<p class="note">Dots: the share of the cases graded in the round; whiskers: its 95% interval (Wilson).</p></div>`;
}

export function trendHtml(m: TrendModel, options?: RenderOptions): string {
  const notes = m.notes.length ? html`<ul>${m.notes.map((n) => html`<li>${n}</li>`)}</ul>` : '';
  const changeAlign = align(changeHead(m).length, 3, true);
  const changes = m.changes.length
    ? html`<h2>${CHANGES_HEADING}</h2><div class="block">${dataTable({ caption: CHANGES_HEADING, head: changeHead(m), rows: changeRows(m), align: changeAlign })}<p class="note">${m.intervalMeaning}</p></div>`
    : '';
  const firstLast = m.firstLast.length
    ? html`<h2>${FIRST_LAST_HEADING}</h2><div class="block">${dataTable({ caption: FIRST_LAST_HEADING, head: changeHead(m), rows: changeRows(m, m.firstLast), align: changeAlign })}</div>`
    : '';
  const trendTests = m.trendTests.length
    ? html`<h2>${TREND_TESTS_HEADING}</h2><p>${trendTestLead(m)}</p><div class="block">${dataTable({ caption: TREND_TESTS_HEADING, head: trendTestHead(), rows: trendTestRows(m), align: align(trendTestHead().length, 2, true) })}</div>`
    : '';
  const byTable = m.rounds.length
    ? html`<h2>${TABLES_HEADING}</h2><div class="block">${dataTable({ caption: TABLES_HEADING, head: tableHead(m), rows: tableRows(m), align: align(tableHead(m).length, 1) })}<p class="note">${tableLead(m)}</p></div>`
    : '';
  const unmet = criteriaRows(m);
  const criteria = m.criteria.length
    ? html`<h2>${CRITERIA_HEADING}</h2>${
        unmet.length
          ? html`<p>${CRITERIA_LEAD}</p>${dataTable({ caption: CRITERIA_HEADING, head: criteriaHead(m), rows: unmet, align: align(criteriaHead(m).length, 2, true) })}`
          : html`<p>No criterion was unmet in any round.</p>`
      }`
    : '';
  const areas = m.areas
    ? html`<section class="page"><h2>${AREAS_HEADING}</h2><p>${trendAreasLead(m)}</p><div class="block">${dataTable({ caption: AREAS_HEADING, head: areaRoundHead(m), rows: areaRoundRows(m), align: areaAlign(2, areaRoundHead(m).length) })}</div>${
        m.areaChanges!.length
          ? html`<h2>${AREA_CHANGES_HEADING}</h2><div class="block">${dataTable({ caption: AREA_CHANGES_HEADING, head: areaChangeHead(m), rows: areaChangeRows(m.areaChanges!), align: changeAlign })}<p class="note">${m.intervalMeaning}</p></div>`
          : ''
      }</section>`
    : '';
  const between = m.between
    ? html`<section class="page"><h2>Between</h2><p>${gapLead(m)}</p><div class="block">${dataTable({ caption: `${m.between[0].label} against ${m.between[1].label}`, head: gapHead(), rows: gapRows(m) })}</div></section>`
    : '';
  const body = html`<section class="page">
<h1>${heading(m)}</h1>
<p>${intro(m)}</p>
${notes}
${m.rounds.length ? html`<h2>${ROUNDS_HEADING}</h2>${roundsBlock(m)}` : ''}
${changes}
${firstLast}
${trendTests}
</section>
<section class="page">
${byTable}
${criteria}
</section>
${areas}${between}
<p>${accountingLine(m.totals)}</p>`;
  return page(heading(m), body, options?.sharing);
}
