// `dashboard --format html`: the performance dashboard as one board paper, self-contained (no
// script, no request: render/html/page.ts) and printable on A4. Every block is the block the owning
// command's own HTML draws (report's Tables 1 and 2, trend's chart of the rounds, compare's
// figures and table per auditor) or its layout's rows (actions, referrals), so the page says what
// those commands say.
import { accountingLine } from '../accounting-line.js';
import type { DashboardModel } from '../../summarise/dashboard/dashboard-model.js';
import type { ActionsModel } from '../../summarise/actions/actions-model.js';
import type { CompareModel } from '../../summarise/compare/compare-model.js';
import type { ReferralsModel } from '../../summarise/referrals/referrals-fold.js';
import { html, type Html } from '../html/html-template.js';
import { dataTable } from '../html/html-table.js';
import { page } from '../html/page.js';
import type { RenderOptions } from '../options.js';
import * as actions from '../actions/actions-layout.js';
import { auditorsBlock } from '../compare/between-html.js';
import { biasLine, figureStatistics, statistics } from '../compare/compare-layout.js';
import { FIGURES_NOTE, tooFewLine } from '../compare/figures-layout.js';
import * as referrals from '../referrals/referrals-layout.js';
import { gradeBlock } from '../report/report-html.js';
import { gradeTables, type GradeTable } from '../report/report-layout.js';
import { roundsBlock } from '../trend/trend-html.js';
import { changeHead, changeRows, FIRST_LAST_HEADING } from '../trend/trend-layout.js';
import { dashboardHeading, roundName } from './dashboard-layout.js';

/**
 * The board papers let a cell break anywhere, so one long id never widens a table past the page; the
 * dashboard's tables of short words (R10, Achieved) would then break inside words: here a word
 * breaks only where it is longer than its cell could ever be.
 */
const WHOLE_WORDS = 'th, td { overflow-wrap: break-word; }\n';

/** Columns of `actions`' MAIN_HEAD: ID, Status, Due, then the evidence's figures and the verdict; ID, Owner, Evidence. */
const SHOWN = [0, 1, 2, 5, 6, 7];
const OWNED = [0, 3, 4];

const left = (n: number, k: number) => Array.from({ length: n }, (_, i) => (i < k ? 'left' : 'right') as 'left' | 'right');

function latestSection(m: DashboardModel): Html {
  const [table1, table2] = gradeTables(m.report) as [GradeTable, GradeTable];
  return html`<section class="page">
<h1>${dashboardHeading(m)}</h1>
<h2>Latest round: ${roundName(m.latestRound)}</h2>
<p>${m.report.sentences.summary.join(' ')}</p>
${gradeBlock(table1, m.report)}
${gradeBlock(table2, m.report)}
<p>${m.report.sentences.referredBack}</p>
</section>`;
}

function trendSection(m: DashboardModel): Html {
  const t = m.trend;
  const firstLast = t.firstLast.length
    ? html`<div class="block">${dataTable({ caption: FIRST_LAST_HEADING, head: changeHead(t), rows: changeRows(t, t.firstLast), align: [...left(3, 3), 'right', 'right', 'right', 'left'] })}<p class="note">${t.intervalMeaning}</p></div>`
    : '';
  return html`<section class="page">
<h2>Across rounds</h2>
${t.rounds.length ? roundsBlock(t) : html`<p>No round has graded cases.</p>`}
${firstLast}
</section>`;
}

function gapSection(c: CompareModel, severalAuditors: boolean): Html {
  const heading = html`<h2>Self-assessment against independent grades: latest round</h2>`;
  if (c.n === 0) return html`<section class="page">${heading}<p>No case of the latest round was graded by both.</p></section>`;
  const bias = biasLine(c);
  const tooFew = tooFewLine(c.n);
  const figures = tooFew
    ? html`<p>${tooFew}</p>`
    : html`<div class="block">${dataTable({ caption: 'Bias and chance-corrected agreement', head: ['Measure', 'Value'], rows: figureStatistics(c), align: ['left', 'left'] })}<p class="note">${FIGURES_NOTE}</p></div>`;
  const auditors = severalAuditors && c.between?.byAuditor ? auditorsBlock(c.between, c.between.byAuditor) : '';
  return html`<section class="page">
${heading}
${bias ? html`<p class="lead">${bias}</p>` : ''}
<div class="block">${dataTable({ caption: 'Agreement', head: ['Measure', 'Value'], rows: statistics(c), align: ['left', 'left'] })}</div>
${figures}
${auditors}
</section>`;
}

/** `actions`' table in two, so that no word is broken on an A4 page: what the audits show, then who owns what. */
function recommendationTables(a: ActionsModel): Html {
  const pick = (row: readonly string[], columns: readonly number[]) => columns.map((i) => row[i]!);
  const rows = actions.mainRows(a);
  const [shown, owned] = [SHOWN, OWNED].map((columns) => ({
    head: pick(actions.MAIN_HEAD, columns),
    rows: rows.map((r) => pick(r, columns)),
  }));
  return html`${dataTable({ caption: 'Each recommendation: recorded status and what the audits show', ...shown!, align: left(SHOWN.length, SHOWN.length) })}
${dataTable({ caption: 'Each recommendation: its owner and the criteria it is measured by', ...owned!, align: left(OWNED.length, OWNED.length) })}`;
}

function actionsSection(a: ActionsModel): Html {
  const gap = actions.gapLines(a);
  return html`<section class="page">
<h2>${actions.title(a)}</h2>
${actions.lead(a).map((l) => html`<p>${l}</p>`)}
${gap.length ? html`<ul>${gap.map((g) => html`<li>${g}</li>`)}</ul>` : ''}
${a.recommendations.length ? recommendationTables(a) : ''}
<p class="note">${actions.notes(a).join(' ')}</p>
</section>`;
}

/** The safety net's lists that need someone to act: unaccounted and overdue (the other lists are `referrals`'). */
function referralsSection(r: ReferralsModel): Html {
  const [unaccounted, overdue] = referrals.sections(r);
  return html`<section class="page">
<h2>Referrals</h2>
${referrals.lead(r).map((l) => html`<p>${l}</p>`)}
${dataTable({ caption: 'Cases in the log by their latest status', head: referrals.STATUS_HEAD, rows: referrals.statusRows(r) })}
${[unaccounted!, overdue!].map((s) =>
  s.rows.length
    ? html`<div class="block">${dataTable({ caption: s.title, head: s.head, rows: s.rows, align: s.head.map(() => 'left') })}</div>`
    : html`<p class="title">${s.title}</p><p>${s.none}</p>`,
)}
</section>`;
}

export function dashboardHtml(m: DashboardModel, options?: RenderOptions): string {
  const body = html`${latestSection(m)}
${trendSection(m)}
${gapSection(m.compare, m.severalAuditors)}
${m.actions ? actionsSection(m.actions) : ''}
${m.referrals ? referralsSection(m.referrals) : ''}
<p>${accountingLine(m.totals)}</p>`;
  return page(dashboardHeading(m), body, options?.sharing, WHOLE_WORDS);
}
