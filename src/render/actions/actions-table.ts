// `actions --format table`: the headline, the self-assessment gap, one row per recommendation,
// then each recommendation's rounds and how to read the intervals.
import { escapeText } from '../../text/escape.js';
import { accountingLine } from '../accounting-line.js';
import type { ActionsModel } from '../../summarise/actions/actions-model.js';
import type { RenderOptions } from '../options.js';
import { bullet, wrapText } from '../terminal/text-kit.js';
import { textTable } from '../terminal/text-table.js';
import { gapLines, lead, MAIN_HEAD, mainRows, NOTES_HEADING, notes, ROUND_HEAD, roundRows, title } from './actions-layout.js';

const esc = (rows: ReadonlyArray<ReadonlyArray<string | number>>) => rows.map((r) => r.map((c) => escapeText(String(c))));

export function actionsTable(m: ActionsModel, options: RenderOptions): string {
  const width = options.width ?? 80;
  const { paint } = options;
  const out = [paint.bold(escapeText(title(m))), ...lead(m).map((l) => wrapText(escapeText(l), width))];
  const gap = gapLines(m);
  if (gap.length) out.push('', ...gap.map((g) => bullet(escapeText(g), width)));
  if (m.recommendations.length) {
    out.push('', textTable({ head: MAIN_HEAD, rows: esc(mainRows(m)), wrap: [3, 4, 5, 6, 7], width }));
    out.push('', paint.bold('Evidence round by round'));
    out.push(
      textTable({
        head: ROUND_HEAD,
        rows: esc(roundRows(m)),
        align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
        width,
        compact: true,
      }),
    );
  }
  out.push('', paint.bold(NOTES_HEADING), ...notes(m).map((n) => bullet(escapeText(n), width)), '', accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}
