// `compare --all-roles --format table` and `--format markdown`.
import type { AllRolesModel } from '../../summarise/compare/all-roles.js';
import { escapeText } from '../../text/escape.js';
import { mdTable, mdText } from '../../text/markdown.js';
import { accountingLine } from '../accounting-line.js';
import type { RenderOptions } from '../options.js';
import { wrapText } from '../terminal/text-kit.js';
import { textTable } from '../terminal/text-table.js';
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

const ALPHA_ALIGN = ['left', 'right', 'right'] as const;
const PAIRS_ALIGN = ['left', 'left', 'right', 'right', 'right', 'right'] as const;

export function allRolesTable(m: AllRolesModel, { paint, width = 80 }: RenderOptions): string {
  const wrap = (s: string) => wrapText(escapeText(s), width);
  const out = [paint.bold(ALL_ROLES_HEADING), '', wrap(allRolesIntro(m)), ''];
  if (m.n > 0) {
    out.push(textTable({ head: ALPHA_HEAD, rows: alphaRows(m), align: [...ALPHA_ALIGN], width }));
    out.push(...alphaNotes(m).map((n) => paint.dim(wrap(n))), '');
    out.push(paint.bold('Every two roles'));
    out.push(
      textTable({ head: PAIRS_HEAD, rows: pairRows(m).map((r) => r.map(escapeText)), wrap: [0, 1], align: [...PAIRS_ALIGN], width }),
    );
    out.push(...pairNotes(m).map((n) => paint.dim(wrap(n))), '');
  }
  out.push(accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}

export function allRolesMarkdown(m: AllRolesModel): string {
  const out = [`## ${ALL_ROLES_HEADING}`, '', mdText(allRolesIntro(m)), ''];
  if (m.n > 0) {
    out.push(mdTable(ALPHA_HEAD, alphaRows(m), ALPHA_ALIGN), ...alphaNotes(m).flatMap((n) => [mdText(n), '']));
    out.push('### Every two roles', '', mdTable(PAIRS_HEAD, pairRows(m), PAIRS_ALIGN), ...pairNotes(m).flatMap((n) => [mdText(n), '']));
  }
  out.push(accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}
