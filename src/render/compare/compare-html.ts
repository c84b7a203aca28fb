// `compare --format html`: the comparison as a board paper. The matrix, the statistics and the
// per-type table of the table format, with the two sides' grades and the per-type agreement drawn.
import type { RenderOptions } from '../options.js';
import { accountingLine } from '../accounting-line.js';
import { casesText } from '../../summarise/report/report-sentences.js';
import type { CompareModel } from '../../summarise/compare/compare-model.js';
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
  biasLine,
  figureStatistics,
  typeFiguresHead,
  typeFiguresRows,
  valueFiguresHead,
  valueFiguresRows,
} from './compare-layout.js';
import { FIGURES_NOTE, tooFewLine } from './figures-layout.js';
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

/** Issue 26's figures: the bias and every coefficient with its interval, overall, per type and per value. */
function figuresSection(m: CompareModel) {
  if (m.n === 0) return '';
  const tooFew = tooFewLine(m.n);
  if (tooFew) return html`<section class="page"><h2>Bias and chance-corrected agreement</h2><p>${tooFew}</p></section>`;
  const overall = dataTable({
    caption: 'Bias and chance-corrected agreement',
    head: ['Measure', 'Value'],
    rows: figureStatistics(m),
    align: ['left', 'left'],
  });
  const types = dataTable({ caption: 'Bias and agreement by case type', head: typeFiguresHead(), rows: typeFiguresRows(m) });
  const values = m.byValue
    ? html`<div class="block">${dataTable({ caption: `Bias and agreement by ${m.byValue.by}`, head: valueFiguresHead(m.byValue.by), rows: valueFiguresRows(m) })}</div>`
    : '';
  return html`<section class="page">
<h2>Bias and chance-corrected agreement</h2>
<div class="block">${overall}<p class="note">${FIGURES_NOTE}</p></div>
<div class="block">${types}</div>
${values}
</section>`;
}

export function compareHtml(m: CompareModel, options?: RenderOptions): string {
  const stats = dataTable({ caption: 'Agreement', head: ['Measure', 'Value'], rows: statistics(m), align: ['left', 'left'] });
  const bias = biasLine(m);
  const body = html`<section class="page">
<h1>${heading(m)}</h1>
<p>${intro(m)}</p>
${matrixBlock(m)}
${bias ? html`<p class="lead">${bias}</p>` : ''}
<div class="block">${stats}<p class="note">${kappaNote(m)}</p></div>
</section>
<section class="page">
<h2>By case type</h2>
${byTypeBlock(m)}
${m.byValue ? html`<div class="block">${dataTable({ caption: `By ${m.byValue.by}`, head: byValueHead(m.byValue.by), rows: byValueRows(m) })}</div>` : ''}
</section>
${figuresSection(m)}
${m.between && m.n > 0 ? betweenHtml(m.between) : ''}
<p>${accountingLine(m.totals)}</p>`;
  return page(heading(m), body, options?.sharing);
}
