// `referrals --format html`: the safety net as one self-contained page (no script, no request).
import { accountingLine } from '../accounting-line.js';
import type { ReferralsModel } from '../../summarise/referrals/referrals-fold.js';
import { html } from '../html/html-template.js';
import { dataTable } from '../html/html-table.js';
import { page } from '../html/page.js';
import type { RenderOptions } from '../options.js';
import { lead, sections, STATUS_HEAD, statusRows } from './referrals-layout.js';

/** With --pseudonymise the key's fingerprint is said first on the page. */
export function referralsHtml(m: ReferralsModel, options?: RenderOptions): string {
  const body = html`<main>
<h1>Referrals</h1>
${lead(m).map((l) => html`<p>${l}</p>`)}
${dataTable({ caption: 'Cases in the log by their latest status', head: STATUS_HEAD, rows: statusRows(m) })}
${sections(m).map((s) =>
  s.rows.length
    ? dataTable({ caption: s.title, head: s.head, rows: s.rows, align: s.head.map(() => 'left') })
    : html`<h2>${s.title}</h2><p>${s.none}</p>`,
)}
<p>${accountingLine(m.totals)}</p>
</main>`;
  return page('Referrals', body, options?.sharing);
}
