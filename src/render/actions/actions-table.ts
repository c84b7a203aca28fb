// `actions --format table`: the headline, the self-assessment gap, one row per recommendation,
// then each recommendation's rounds and how to read the intervals.
import { escapeText } from '../../text/escape.js';
import { accountingLine } from '../accounting-line.js';
import type { ActionsModel } from '../../summarise/actions/actions-model.js';
import type { RenderOptions } from '../options.js';
import { bullet, wrapText } from '../terminal/text-kit.js';
import { textTable } from '../terminal/text-table.js';
import { widestLine } from '../../text/width.js';
import { gapLines, lead, MAIN_HEAD, mainRows, NOTES_HEADING, notes, ROUND_HEAD, roundRows, title } from './actions-layout.js';

const esc = (rows: ReadonlyArray<ReadonlyArray<string | number>>) => rows.map((r) => r.map((c) => escapeText(String(c))));

/** Where MAIN_HEAD puts the owner and the evidence. */
const OWNER = MAIN_HEAD.indexOf('Owner');
const EVIDENCE = MAIN_HEAD.indexOf('Evidence');

/**
 * One row per recommendation. Where that is wider than the terminal (an 80-column one), the owner
 * and the evidence (whose heading alone is wider than its criteria) go on a line of their own under
 * the row, across the table, and the status and due date may wrap: every word stays whole.
 */
function mainTable(m: ActionsModel, width: number): string {
  const rows = esc(mainRows(m));
  const full = textTable({ head: MAIN_HEAD, rows, wrap: [3, 4, 5, 6, 7], width });
  if (widestLine(full) <= width) return full;
  const without = <T>(row: readonly T[]) => row.filter((_, i) => i !== OWNER && i !== EVIDENCE);
  return textTable({
    head: without(MAIN_HEAD),
    rows: rows.map(without),
    wrap: [1, 2, 3, 4, 5],
    width,
    under: rows.map((r) => `Owner: ${r[OWNER]!}. Evidence: ${r[EVIDENCE]!}.`),
  });
}

export function actionsTable(m: ActionsModel, options: RenderOptions): string {
  const width = options.width ?? 80;
  const { paint } = options;
  const out = [paint.bold(escapeText(title(m))), ...lead(m).map((l) => wrapText(escapeText(l), width))];
  const gap = gapLines(m);
  if (gap.length) out.push('', ...gap.map((g) => bullet(escapeText(g), width)));
  if (m.recommendations.length) {
    out.push('', mainTable(m, width));
    out.push('', paint.bold('Evidence round by round'));
    out.push(
      textTable({
        head: ROUND_HEAD,
        rows: esc(roundRows(m)),
        align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
        // Only where the table is wider than the terminal: the round, the share's heading, the interval.
        wrap: [1, 5, 6],
        width,
        compact: true,
      }),
    );
  }
  out.push('', paint.bold(NOTES_HEADING), ...notes(m).map((n) => bullet(escapeText(n), width)), '', accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}
