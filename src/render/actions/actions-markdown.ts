// `actions --format markdown`: the table format's content for a board paper, with each
// recommendation's words.
import { accountingLine } from '../accounting-line.js';
import type { ActionsModel } from '../../summarise/actions/actions-model.js';
import { mdTable, mdText } from '../../text/markdown.js';
import {
  gapLines,
  lead,
  MAIN_HEAD,
  mainRows,
  NOTES_HEADING,
  notes,
  ROUND_HEAD,
  roundRows,
  TEXT_HEAD,
  textRows,
  title,
} from './actions-layout.js';

export function actionsMarkdown(m: ActionsModel): string {
  const out = [`## ${mdText(title(m))}`, '', ...lead(m).map(mdText), ''];
  const gap = gapLines(m);
  if (gap.length) out.push(...gap.map((g) => `- ${mdText(g)}`), '');
  if (m.recommendations.length)
    out.push(
      mdTable(MAIN_HEAD, mainRows(m)),
      '### Evidence round by round',
      '',
      mdTable(ROUND_HEAD, roundRows(m), ['left', 'left', 'right', 'right', 'right', 'right', 'right']),
      '### The recommendations',
      '',
      mdTable(TEXT_HEAD, textRows(m)),
    );
  out.push(`### ${NOTES_HEADING}`, '', ...notes(m).map((n) => `- ${mdText(n)}`), '', mdText(accountingLine(m.totals)), '');
  return out.join('\n');
}
