// `plan --format table` and `--format markdown`: the goal, the size in all, a row per case type.
import type { PlanModel } from '../../summarise/plan/plan-sizes.js';
import { escapeText } from '../../text/escape.js';
import { mdTable, mdText } from '../../text/markdown.js';
import { accountingLine } from '../accounting-line.js';
import type { RenderOptions } from '../options.js';
import { wrapText } from '../terminal/text-kit.js';
import { textTable } from '../terminal/text-table.js';
import { allSentence, goalSentence, notes, PLAN_HEADING, sizeHead, sizeRows } from './plan-layout.js';

const align = (m: PlanModel) => sizeHead(m).map((_, i) => (i === 0 ? 'left' : 'right') as 'left' | 'right');

export function planTable(m: PlanModel, { paint, width = 80 }: RenderOptions): string {
  const out = [
    paint.bold(PLAN_HEADING),
    '',
    wrapText(goalSentence(m), width),
    paint.dim(wrapText(`Method: ${m.method}.`, width)),
    '',
    paint.bold(allSentence(m)),
    '',
    // Without a register every type needs the same number: the note says so, no table of repeats.
    ...(m.population === null
      ? []
      : [
          textTable({
            head: sizeHead(m),
            rows: sizeRows(m).map((r) => r.map((c) => escapeText(String(c)))),
            align: align(m),
            width,
            compact: true,
          }),
        ]),
    ...notes(m).map((n) => wrapText(n, width)),
  ];
  if (m.register) out.push('', accountingLine(m.register));
  return `${out.join('\n')}\n`;
}

export function planMarkdown(m: PlanModel): string {
  const out = [
    `## ${PLAN_HEADING}`,
    '',
    mdText(goalSentence(m)),
    '',
    mdText(`Method: ${m.method}.`),
    '',
    `**${mdText(allSentence(m))}**`,
    '',
    ...(m.population === null ? [] : [mdTable(sizeHead(m), sizeRows(m), align(m))]),
    ...notes(m).flatMap((n) => [mdText(n), '']),
  ];
  if (m.register) out.push(accountingLine(m.register), '');
  return `${out.join('\n')}`;
}
