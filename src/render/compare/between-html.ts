// `compare --between` for the board paper: the criterion calibration with a chart of the criteria
// where the two roles disagree most (named by id and type: the lists below give the words), the
// two ranked lists, and agreement by auditor.
import type { CriterionCalibration } from '../../summarise/compare/calibration.js';
import type { BetweenModel } from '../../summarise/compare/between-model.js';
import { sentenceStart } from '../../text/sentence.js';
import { casesText } from '../../summarise/report/report-sentences.js';
import { describeBars, legend, stackedBars, type Bar, type Series } from '../html/bar-chart.js';
import { html, type Html } from '../html/html-template.js';
import { dataTable } from '../html/html-table.js';
import * as layout from './between-layout.js';

/** How many criteria of each ranked list the chart shows: the few a meeting can discuss. */
const CHARTED = 5;

function series(b: BetweenModel): Series[] {
  if (b.calibration.partly)
    return [
      { key: 'same', label: 'Same finding', colour: '#7d8a99' },
      { key: 'aHigher', label: `${sentenceStart(b.a.label)} gave the better finding`, colour: '#b22222' },
      { key: 'bHigher', label: `${sentenceStart(b.b.label)} gave the better finding`, colour: '#1f5fa8' },
    ];
  return [
    { key: 'bothMet', label: 'Both met', colour: '#7d8a99' },
    { key: 'aMetBUnmet', label: `${b.a.label} met, ${b.b.label} unmet`, colour: '#b22222' },
    { key: 'aUnmetBMet', label: `${b.a.label} unmet, ${b.b.label} met`, colour: '#1f5fa8' },
    { key: 'bothUnmet', label: 'Both unmet', colour: '#3d4651' },
  ];
}

/** The first few of each ranked list (A more generous, then B), each criterion once. */
function disagreeMost(b: BetweenModel): CriterionCalibration[] {
  const picked = [...b.calibration.aMoreGenerous.slice(0, CHARTED), ...b.calibration.bMoreGenerous.slice(0, CHARTED)];
  return picked.filter((c, i) => picked.findIndex((d) => d.criterion === c.criterion) === i);
}

function calibrationValues(c: CriterionCalibration): Record<string, number> {
  if (c.partly) return { same: c.n - c.partly.aHigher - c.partly.bHigher, aHigher: c.partly.aHigher, bHigher: c.partly.bHigher };
  return { bothMet: c.bothMet, aMetBUnmet: c.aMetBUnmet, aUnmetBMet: c.aUnmetBMet, bothUnmet: c.bothUnmet };
}

function calibrationChart(b: BetweenModel): Html | string {
  const criteria = disagreeMost(b);
  if (criteria.length === 0) return '';
  const s = series(b);
  const bars: Bar[] = criteria.map((c) => ({
    label: `${c.criterion} (${c.type})`,
    values: calibrationValues(c),
    note: casesText(c.n),
  }));
  const title = `The criteria where ${b.a.label} and ${b.b.label} disagree most`;
  return html`${stackedBars({ id: 'chart-calibration', title, desc: describeBars(bars, s), series: s, bars })}${legend(s)}`;
}

/** `--by auditor`: agreement per auditor and the auditors the evidence says to review. */
export function auditorsBlock(b: BetweenModel, rows: NonNullable<BetweenModel['byAuditor']>): Html {
  return html`<div class="block">${dataTable({ caption: layout.byAuditorHeading(b), head: layout.BY_AUDITOR_HEAD, rows: layout.byAuditorRows(rows) })}${layout.reviewLines(b).map((line) => html`<p>${line}</p>`)}<p class="note">${layout.byAuditorNote(b)}</p></div>`;
}

export function betweenHtml(b: BetweenModel): Html {
  const gap = layout.calibrationGap(b);
  let calibration: Html;
  if (gap) calibration = html`<p>${gap}</p>`;
  else {
    const table = dataTable({ caption: 'Criterion calibration', head: layout.calibrationHead(b), rows: layout.calibrationRows(b) });
    const lists = layout
      .rankedLists(b)
      .map(
        (list) =>
          html`<p class="lead">${list.title}</p><ul>${list.items.length ? list.items.map((item) => html`<li>${item}</li>`) : html`<li>none</li>`}${list.more ? html`<li>and ${list.more} more (--format csv or json lists them all)</li>` : ''}</ul>`,
      );
    calibration = html`<p class="note">${layout.calibrationIntro(b)}</p><div class="block">${calibrationChart(b)}</div>${lists}<div class="block">${table}</div>`;
  }
  const auditors = b.byAuditor ? auditorsBlock(b, b.byAuditor) : '';
  return html`<section class="page">
<h2>${layout.calibrationHeading(b)}</h2>
${calibration}
${auditors}
</section>`;
}
