// `compare --format markdown`: the comparison for a board paper.
import { accountingLine } from '../accounting-line.js';
import type { CompareModel } from '../../summarise/compare/compare-model.js';
import { mdTable, mdText } from '../../text/markdown.js';
import { betweenMarkdown } from './between-markdown.js';
import {
  byTypeHead,
  byTypeRows,
  byValueHead,
  byValueRows,
  heading,
  intro,
  kappaNote,
  matrixHead,
  matrixRows,
  statistics,
  biasLine,
  figureStatistics,
  hasFigures,
  typeFiguresHead,
  typeFiguresRows,
  valueFiguresHead,
  valueFiguresRows,
} from './compare-layout.js';
import { FIGURES_NOTE, tooFewLine } from './figures-layout.js';

export function compareMarkdown(m: CompareModel): string {
  // A left column of names, then figures: as many as the scale has grades and distances.
  const RIGHT = ['left', ...new Array<'right'>(m.scale.size + 4).fill('right')] as const;
  const out = [`## ${mdText(heading(m))}`, '', mdText(intro(m)), '', mdTable(matrixHead(m), matrixRows(m), RIGHT)];
  const bias = biasLine(m);
  if (bias) out.push(mdText(bias), '');
  out.push(mdTable(['Measure', 'Value'], statistics(m)), mdText(kappaNote(m)), '');
  const tooFew = tooFewLine(m.n);
  if (tooFew) out.push(tooFew, '');
  const figures = figureStatistics(m);
  if (figures.length > 0)
    out.push('### Bias and chance-corrected agreement', '', mdTable(['Measure', 'Value'], figures), mdText(FIGURES_NOTE), '');
  out.push('### By case type', '', mdTable(byTypeHead(m), byTypeRows(m), RIGHT));
  if (hasFigures(m)) out.push('### Bias and agreement by case type', '', mdTable(typeFiguresHead(), typeFiguresRows(m), RIGHT));
  if (m.byValue) out.push(`### By ${mdText(m.byValue.by)}`, '', mdTable(byValueHead(m.byValue.by), byValueRows(m), RIGHT));
  if (m.byValue && hasFigures(m))
    out.push(`### Bias and agreement by ${mdText(m.byValue.by)}`, '', mdTable(valueFiguresHead(m.byValue.by), valueFiguresRows(m), RIGHT));
  if (m.between && m.n > 0) out.push(...betweenMarkdown(m.between));
  out.push(accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}
