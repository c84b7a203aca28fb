// `compare --between` for the terminal: the calibration table, the two ranked lists, agreement by auditor.
import type { BetweenModel } from '../../summarise/compare/between-model.js';
import { escapeText } from '../../text/escape.js';
import type { RenderOptions } from '../options.js';
import { bullet, wrapText } from '../terminal/text-kit.js';
import { textTable } from '../terminal/text-table.js';
import {
  BY_AUDITOR_HEAD,
  byAuditorHeading,
  byAuditorNote,
  byAuditorRows,
  calibrationHead,
  calibrationIntro,
  calibrationGap,
  calibrationHeading,
  calibrationRows,
  rankedLists,
  reviewLines,
  differLines,
} from './between-layout.js';

const NUMBERS = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] as const;

export function betweenTable(b: BetweenModel, { paint, width = 80 }: Pick<RenderOptions, 'paint' | 'width'>): string[] {
  const out = [paint.bold(wrapText(escapeText(calibrationHeading(b)), width))];
  const gap = calibrationGap(b);
  if (gap) out.push(wrapText(escapeText(gap), width), '');
  else {
    out.push(paint.dim(wrapText(calibrationIntro(b), width)));
    out.push(
      textTable({
        head: calibrationHead(b),
        rows: calibrationRows(b).map((r) => r.map(escapeText)),
        wrap: b.calibration.partly ? [2, 3, 4, 5, 6, 8] : [2, 3, 4, 5, 6],
        align: [...NUMBERS],
        width,
      }),
      '',
    );
    for (const list of rankedLists(b)) {
      out.push(wrapText(escapeText(list.title), width));
      if (list.items.length === 0) out.push('- none');
      out.push(...list.items.map((item) => bullet(escapeText(item), width)));
      if (list.more > 0) out.push(`- and ${list.more} more (--format csv or json lists them all)`);
      out.push('');
    }
  }
  if (b.byAuditor) {
    out.push(paint.bold(wrapText(escapeText(byAuditorHeading(b)), width)));
    out.push(
      textTable({
        // The criteria each auditor differs most on follow as lines: the terminal has no room for a column.
        head: BY_AUDITOR_HEAD.slice(0, -1),
        rows: byAuditorRows(b.byAuditor).map((r) => r.slice(0, -1).map(escapeText)),
        wrap: [0, 2, 5, 6],
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
        width,
      }),
    );
    out.push(...differLines(b).map((line) => wrapText(escapeText(line), width)));
    out.push(...reviewLines(b).map((line) => wrapText(escapeText(line), width)));
    out.push(paint.dim(wrapText(escapeText(byAuditorNote(b)), width)), '');
  }
  return out;
}
