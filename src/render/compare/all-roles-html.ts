// `compare --all-roles --format html`: alpha and every two roles on one page.
import type { AllRolesModel } from '../../summarise/compare/all-roles.js';
import { accountingLine } from '../accounting-line.js';
import { dataTable } from '../html/html-table.js';
import { html } from '../html/html-template.js';
import { page } from '../html/page.js';
import {
  ALL_ROLES_HEADING,
  ALPHA_HEAD,
  alphaNotes,
  alphaRows,
  allRolesIntro,
  PAIRS_HEAD,
  pairNotes,
  pairRows,
} from './all-roles-layout.js';

export function allRolesHtml(m: AllRolesModel): string {
  const tables =
    m.n === 0
      ? ''
      : html`<div class="block">${dataTable({ caption: "Krippendorff's alpha over every role", head: ALPHA_HEAD, rows: alphaRows(m) })}
${alphaNotes(m).map((n) => html`<p class="note">${n}</p>`)}</div>
<div class="block">${dataTable({ caption: 'Every two roles', head: PAIRS_HEAD, rows: pairRows(m), align: ['left', 'left'] })}
${pairNotes(m).map((n) => html`<p class="note">${n}</p>`)}</div>`;
  const body = html`<section class="page">
<h1>${ALL_ROLES_HEADING}</h1>
<p>${allRolesIntro(m)}</p>
${tables}
<p>${accountingLine(m.totals)}</p>
</section>`;
  return page(ALL_ROLES_HEADING, body);
}
