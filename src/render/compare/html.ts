// `compare --format html`: the comparison as a board paper. The matrix, the statistics and the
// per-type table of the table format, with the two sides' grades and the per-type agreement drawn.
import { accountingLine } from '../../summarise/accounting.js';
import { casesText } from '../../summarise/report-sentences.js';
import type { CompareModel } from '../../summarise/compare.js';
import { describeBars, legend, stackedBars, type Bar, type Series } from '../html/bar-chart.js';
import { html } from '../html/html.js';
import { page } from '../html/page.js';
import { GRADE_SERIES } from '../html/palette.js';
import { dataTable } from '../html/table.js';
import { BY_TYPE_HEAD, byTypeRows, byValueHead, byValueRows, heading, intro, KAPPA_NOTE, matrixHead, matrixRows, statistics } from './layout.js';

/** Where the two sides agree, and which way they differ where they do not. */
const AGREEMENT_SERIES: readonly Series[] = [
  { key: 'agreed', label: 'Same grade', colour: '#5f6b7a' },
  { key: 'higher', label: 'Force graded higher', colour: '#b22222' },
  { key: 'lower', label: 'Force graded lower', colour: '#1f5fa8' },
];

function matrixBlock(m: CompareModel) {
  const table = dataTable({ caption: `The force's grades (rows) against ${m.inspectorate}'s (columns)`, head: matrixHead(m), rows: matrixRows(m) });
  const bars: Bar[] = [
    { label: m.force, values: m.selfTotals },
    { label: m.inspectorate, values: m.independentTotals },
  ];
  const chart = stackedBars({ id: 'chart-grades', title: `Grades given by ${m.force} and by ${m.inspectorate} to the same cases`, desc: describeBars(bars, GRADE_SERIES), series: GRADE_SERIES, bars });
  return html`<div class="block">${table}${chart}${legend(GRADE_SERIES)}</div>`;
}

function byTypeBlock(m: CompareModel) {
  const table = dataTable({ caption: 'Agreement by case type', head: BY_TYPE_HEAD, rows: byTypeRows(m) });
  const bars: Bar[] = m.byType.map((t) => ({ label: t.type, values: { agreed: t.agreed, higher: t.selfHigher, lower: t.selfLower }, note: casesText(t.n) }));
  const chart = stackedBars({ id: 'chart-by-type', title: 'Agreement by case type', desc: describeBars(bars, AGREEMENT_SERIES), series: AGREEMENT_SERIES, bars });
  return html`<div class="block">${table}${chart}${legend(AGREEMENT_SERIES)}</div>`;
}

export function compareHtml(m: CompareModel): string {
  const stats = dataTable({ caption: 'Agreement', head: ['Measure', 'Value'], rows: statistics(m), align: ['left', 'left'] });
  const body = html`<section class="page">
<h1>${heading(m)}</h1>
<p>${intro(m)}</p>
${matrixBlock(m)}
<div class="block">${stats}<p class="note">${KAPPA_NOTE}</p></div>
</section>
<section class="page">
<h2>By case type</h2>
${byTypeBlock(m)}
${m.byValue ? html`<div class="block">${dataTable({ caption: `By ${m.byValue.by}`, head: byValueHead(m.byValue.by), rows: byValueRows(m) })}</div>` : ''}
<p>${accountingLine(m.totals)}</p>
</section>`;
  return page(heading(m), body);
}
