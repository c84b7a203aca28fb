// `compare --format markdown`: the comparison for a board paper.
import { accountingLine } from '../../summarise/accounting.js';
import type { CompareModel } from '../../summarise/compare.js';
import { mdTable, mdText } from '../../text/markdown.js';
import { BY_TYPE_HEAD, byTypeRows, byValueHead, byValueRows, heading, intro, KAPPA_NOTE, matrixHead, matrixRows, statistics } from './layout.js';

const RIGHT = ['left', 'right', 'right', 'right', 'right', 'right'] as const;

export function compareMarkdown(m: CompareModel): string {
  const out = [`## ${mdText(heading(m))}`, '', mdText(intro(m)), '', mdTable(matrixHead(m), matrixRows(m), RIGHT)];
  out.push(mdTable(['Measure', 'Value'], statistics(m)), KAPPA_NOTE, '');
  out.push('### By case type', '', mdTable(BY_TYPE_HEAD, byTypeRows(m), RIGHT));
  if (m.byValue) out.push(`### By ${mdText(m.byValue.by)}`, '', mdTable(byValueHead(m.byValue.by), byValueRows(m), RIGHT));
  out.push(accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}
