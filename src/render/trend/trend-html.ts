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
  AREA_CHANGE_HEAD,
  AREA_CHANGES_HEADING,
  areaChangeRows,
  areaRoundHead,
  areaRoundRows,
  trendAreasLead,
  CHANGE_HEAD,
  changeRows,
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
} from './trend-layout.js';

/** The first `left` columns (and the last, for a note or a verdict) in words, the rest figures. */
const align = (total: number, left: number, lastLeft = false) =>
  Array.from({ length: total }, (_, i) => (i < left || (lastLeft && i === total - 1) ? 'left' : 'right') as 'left' | 'right');

function roundsBlock(m: TrendModel): Html {
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
  const changes = m.changes.length
    ? html`<div class="block">${dataTable({ caption: 'Changes from the round before', head: CHANGE_HEAD, rows: changeRows(m), align: align(CHANGE_HEAD.length, 3, true) })}<p class="note">${m.intervalMeaning}</p></div>`
    : '';
  const byTable = m.rounds.length
    ? html`<div class="block">${dataTable({ caption: 'By report table', head: tableHead(m), rows: tableRows(m), align: align(tableHead(m).length, 1) })}<p class="note">${tableLead(m)}</p></div>`
    : '';
  const unmet = criteriaRows(m);
  const criteria = unmet.length
    ? html`<p>${CRITERIA_LEAD}</p>${dataTable({ caption: 'Criteria', head: criteriaHead(m), rows: unmet, align: align(criteriaHead(m).length, 2, true) })}`
    : '';
  const areas = m.areas
    ? html`<section class="page"><h2>${AREAS_HEADING}</h2><p>${trendAreasLead(m)}</p><div class="block">${dataTable({ caption: AREAS_HEADING, head: areaRoundHead(m), rows: areaRoundRows(m), align: areaAlign(2, areaRoundHead(m).length) })}</div>${
        m.areaChanges!.length
          ? html`<div class="block">${dataTable({ caption: AREA_CHANGES_HEADING, head: AREA_CHANGE_HEAD, rows: areaChangeRows(m.areaChanges!), align: align(AREA_CHANGE_HEAD.length, 3, true) })}<p class="note">${m.intervalMeaning}</p></div>`
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
${m.rounds.length ? roundsBlock(m) : ''}
${changes}
</section>
<section class="page">
<h2>By report table and criterion</h2>
${byTable}
${criteria}
</section>
${areas}${between}
<p>${accountingLine(m.totals)}</p>`;
  return page(heading(m), body, options?.sharing);
}
