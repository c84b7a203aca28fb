// `compare --format table`: the matrix, the agreement statistics and the per-type breakdown.
import { escapeText } from '../../text/escape.js';
import { accountingLine } from '../accounting-line.js';
import type { CompareModel } from '../../summarise/compare/compare-model.js';
import type { RenderOptions } from '../options.js';
import { count, wrapText } from '../terminal/text-kit.js';
import { textTable } from '../terminal/text-table.js';
import { betweenTable } from './between-table.js';
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
  figureStatistics,
  hasFigures,
  typeFiguresHead,
  typeFiguresRows,
  valueFiguresHead,
  valueFiguresRows,
  biasLine,
} from './compare-layout.js';
import { FIGURES_NOTE, tooFewLine } from './figures-layout.js';

export function compareTable(m: CompareModel, { paint, width = 80 }: RenderOptions): string {
  // A left column of names, then figures: as many as the scale has grades and distances.
  const right = ['left', ...new Array<'right'>(m.scale.size + 4).fill('right')] as const;
  const matrix = textTable({
    head: matrixHead(m).map(escapeText),
    rows: matrixRows(m).map((r) => r.map((cell) => (typeof cell === 'number' ? count(cell) : cell))),
    wrap: [0, 2],
    align: [...right],
    width,
  });
  const stats = statistics(m);
  const pad = Math.max(...stats.map(([label]) => label.length));
  const out = [paint.bold(wrapText(escapeText(heading(m)), width)), '', wrapText(escapeText(intro(m)), width), '', matrix, ''];
  const bias = biasLine(m);
  if (bias) out.push(wrapText(escapeText(bias), width), '');
  out.push(...stats.map(([label, value]) => `${label.padEnd(pad)}  ${value}`), paint.dim(wrapText(escapeText(kappaNote(m)), width)), '');
  const tooFew = tooFewLine(m.n);
  if (tooFew) out.push(wrapText(tooFew, width), '');
  const figures = figureStatistics(m);
  if (figures.length > 0) {
    const wide = Math.max(...figures.map(([label]) => label.length));
    out.push(paint.bold('Bias and chance-corrected agreement'));
    out.push(
      ...figures.map(([label, value]) => statLine(label, escapeText(value), wide, width)),
      paint.dim(wrapText(FIGURES_NOTE, width)),
      '',
    );
  }
  out.push(
    paint.bold('By case type'),
    textTable({ head: byTypeHead(m), rows: byTypeRows(m).map((r) => r.map(escapeText)), wrap: [0], align: [...right], width }),
    '',
  );
  if (hasFigures(m))
    out.push(paint.bold('Bias and agreement by case type'), figuresTable(typeFiguresHead(), typeFiguresRows(m), width), '');
  if (m.byValue) {
    out.push(
      paint.bold(escapeText(`By ${m.byValue.by}`)),
      textTable({
        head: byValueHead(m.byValue.by).map(escapeText),
        rows: byValueRows(m).map((r) => r.map(escapeText)),
        wrap: [0],
        align: [...right],
        width,
      }),
      '',
    );
    if (hasFigures(m))
      out.push(
        paint.bold(escapeText(`Bias and agreement by ${m.byValue.by}`)),
        figuresTable(
          valueFiguresHead(m.byValue.by).map(escapeText),
          valueFiguresRows(m).map((r) => r.map(escapeText)),
          width,
        ),
        '',
      );
  }
  // With no case graded by both, the intro has said so: no empty calibration or auditor tables.
  if (m.between && m.n > 0) out.push(...betweenTable(m.between, { paint, width }));
  out.push(accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}

const figuresTable = (head: string[], rows: string[][], width: number) =>
  textTable({ head, rows, wrap: [0, 2, 3, 4], align: ['left', 'right', 'right', 'right', 'right'], width });

/** "Label  value", the value wrapped under itself where it runs past the width. */
function statLine(label: string, value: string, pad: number, width: number): string {
  const indent = ' '.repeat(pad + 2);
  const lines = wrapText(value, Math.max(20, width - pad - 2)).split('\n');
  return lines.map((line, i) => (i === 0 ? `${label.padEnd(pad)}  ${line}` : `${indent}${line}`)).join('\n');
}
