// `actions --format html`: the recommendations and their evidence as one self-contained page
// (no script, no request: render/html/page.ts), tables with captions and scoped headers.
import { accountingLine } from '../accounting-line.js';
import type { ActionsModel } from '../../summarise/actions/actions-model.js';
import { html } from '../html/html-template.js';
import { dataTable } from '../html/html-table.js';
import { page } from '../html/page.js';
import {
  gapLines,
  lead,
  MAIN_HEAD,
  mainRows,
  NOTES_HEADING,
  notes,
  ROUND_HEAD,
  roundRows,
  SUMMARY_HEAD,
  summaryRow,
  TEXT_HEAD,
  textRows,
  title,
} from './actions-layout.js';

const left = (n: number, k: number) => Array.from({ length: n }, (_, i) => (i < k ? 'left' : 'right') as 'left' | 'right');

export function actionsHtml(m: ActionsModel): string {
  const gap = gapLines(m);
  const body = html`<main>
<h1>${title(m)}</h1>
${lead(m).map((l) => html`<p>${l}</p>`)}
${gap.length ? html`<ul>${gap.map((g) => html`<li>${g}</li>`)}</ul>` : ''}
${dataTable({ caption: 'Recommendations by their evidence', head: ['', ...SUMMARY_HEAD], rows: [['All', ...summaryRow(m)]] })}
${m.recommendations.length ? dataTable({ caption: 'Each recommendation: recorded status and what the audits show', head: MAIN_HEAD, rows: mainRows(m), align: left(MAIN_HEAD.length, MAIN_HEAD.length) }) : ''}
${m.recommendations.length ? dataTable({ caption: 'Evidence round by round', head: ROUND_HEAD, rows: roundRows(m), align: left(ROUND_HEAD.length, 2) }) : ''}
${m.recommendations.length ? dataTable({ caption: 'The recommendations', head: TEXT_HEAD, rows: textRows(m), align: ['left', 'left'] }) : ''}
<h2>${NOTES_HEADING}</h2>
<ul>${notes(m).map((n) => html`<li>${n}</li>`)}</ul>
<p>${accountingLine(m.totals)}</p>
</main>`;
  return page(title(m), body);
}
