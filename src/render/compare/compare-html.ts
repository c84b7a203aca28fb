// `compare --format html`: the comparison as a board paper. The matrix, the statistics and the
// per-type table of the table format, with the two sides' grades and the per-type agreement drawn.
import { accountingLine } from '../accounting-line.js';
import { casesText } from '../../summarise/report/report-sentences.js';
import type { CompareModel } from '../../summarise/compare/compare.js';
import { describeBars, legend, stackedBars, type Bar, type Series } from '../html/bar-chart.js';
import { html } from '../html/html-template.js';
import { page } from '../html/page.js';
import { gradeSeries } from '../html/palette.js';
import { dataTable } from '../html/html-table.js';
import {
  byTypeHead,
  byTypeRows,
  byValueHead,
  byValueRows,
  heading,
  intro,
  kappaNote,
  matrixHead,
  matrixRows,
  statistics,
  words,
} from './compare-layout.js';
import { betweenHtml } from './between-html.js';

/** Where the two sides agree, and which way they differ where they do not ("Force graded higher"). */
const agreementSeries = (m: CompareModel): Series[] => [
  { key: 'agreed', label: 'Same grade', colour: '#5f6b7a' },
  { key: 'higher', label: `${words(m).rows} graded higher`, colour: '#b22222' },
  { key: 'lower', label: `${words(m).rows} graded lower`, colour: '#1f5fa8' },
];

/** The two sides' full names: the force and the inspectorate, or the roles of --between. */
const sides = (m: CompareModel): [string, string] => (m.between ? [m.between.a.label, m.between.b.label] : [m.force, m.inspectorate]);

function matrixBlock(m: CompareModel) {
  const [a, b] = sides(m);
  const table = dataTable({ caption: `Grades given by ${a} (rows) and by ${b} (columns)`, head: matrixHead(m), rows: matrixRows(m) });
  const bars: Bar[] = [
    { label: a, values: m.selfTotals },
    { label: b, values: m.independentTotals },
  ];
  const series = gradeSeries(m.scale);
  const chart = stackedBars({
    id: 'chart-grades',
    title: `Grades given by ${a} and by ${b} to the same cases`,
    desc: describeBars(bars, series),
    series,
    bars,
  });
  return html`<div class="block">${table}${chart}${legend(series)}</div>`;
}

function byTypeBlock(m: CompareModel) {
  const table = dataTable({ caption: 'Agreement by case type', head: byTypeHead(m), rows: byTypeRows(m) });
  // A type with no cases is a row of zeros in the table, but no bar: "0 cases" draws nothing.
  const bars: Bar[] = m.byType
    .filter((t) => t.n > 0)
    .map((t) => ({
      label: t.type,
      values: { agreed: t.agreed, higher: t.selfHigher, lower: t.selfLower },
      note: casesText(t.n),
    }));
  const series = agreementSeries(m);
  const chart = stackedBars({ id: 'chart-by-type', title: 'Agreement by case type', desc: describeBars(bars, series), series, bars });
  return html`<div class="block">${table}${chart}${legend(series)}</div>`;
}

export function compareHtml(m: CompareModel): string {
  const stats = dataTable({ caption: 'Agreement', head: ['Measure', 'Value'], rows: statistics(m), align: ['left', 'left'] });
  const body = html`<section class="page">
<h1>${heading(m)}</h1>
<p>${intro(m)}</p>
${matrixBlock(m)}
<div class="block">${stats}<p class="note">${kappaNote(m)}</p></div>
</section>
<section class="page">
<h2>By case type</h2>
${byTypeBlock(m)}
${m.byValue ? html`<div class="block">${dataTable({ caption: `By ${m.byValue.by}`, head: byValueHead(m.byValue.by), rows: byValueRows(m) })}</div>` : ''}
</section>
${m.between && m.n > 0 ? betweenHtml(m.between) : ''}
<p>${accountingLine(m.totals)}</p>`;
  return page(heading(m), body);
}
