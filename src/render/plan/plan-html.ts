// `plan --format html`: the plan as a page for a QA lead's paper: the goal, the size in all and a
// table per case type.
import type { PlanModel } from '../../summarise/plan/plan-sizes.js';
import { accountingLine } from '../accounting-line.js';
import { dataTable } from '../html/html-table.js';
import { html } from '../html/html-template.js';
import { page } from '../html/page.js';
import { allSentence, goalSentence, notes, PLAN_HEADING, sizeHead, sizeRows } from './plan-layout.js';

export function planHtml(m: PlanModel): string {
  const table = dataTable({ caption: 'Cases to dip by case type', head: sizeHead(m), rows: sizeRows(m) });
  const body = html`<section class="page">
<h1>${PLAN_HEADING}</h1>
<p>${goalSentence(m)}</p>
<p class="note">Method: ${m.method}.</p>
<p><strong>${allSentence(m)}</strong></p>
${m.population === null ? '' : html`<div class="block">${table}</div>`}
${notes(m).map((n) => html`<p>${n}</p>`)}
${m.register ? html`<p>${accountingLine(m.register)}</p>` : ''}
</section>`;
  return page(PLAN_HEADING, body);
}
