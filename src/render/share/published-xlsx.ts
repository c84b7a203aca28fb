// A published document (summarise/suppress/published.ts) as a workbook: a front sheet saying the
// rule (and the key's fingerprint), then one sheet of every table, each with the rule under it. A
// shown count is a number; a hidden one is text (<N or [x]); figures are text as the tables print
// them, so a hidden count never sits in a cell a formula could add up.
import type { StreamedOutput } from '../../domain/output.js';
import { suppressionRule } from '../../domain/sharing.js';
import type { Published } from '../../summarise/suppress/published.js';
import type { RenderOptions } from '../options.js';
import { workbook, type XCell } from '../xlsx/write-book.js';
import { figureText } from './published-text.js';

export function publishedXlsx(doc: Published, options?: RenderOptions): StreamedOutput {
  const rule = suppressionRule(doc.below);
  const front: XCell[][] = [[doc.title], [], ['Small numbers', rule]];
  if (options?.sharing?.pseudonymKey !== undefined) front.push(['Pseudonym key fingerprint', options.sharing.pseudonymKey]);
  for (const l of doc.lines) front.push(['', l]);
  const rows: XCell[][] = [];
  const bold = new Set<number>();
  for (const s of doc.sections) {
    bold.add(rows.length);
    rows.push([s.heading]);
    for (const l of s.lines ?? []) rows.push([l]);
    for (const t of s.tables) {
      if (t.title) rows.push([t.title]);
      bold.add(rows.length);
      rows.push([...t.head]);
      for (const r of t.rows) rows.push(r.map((f) => (typeof f === 'number' ? f : figureText(f, doc.below))));
      rows.push([rule], []);
    }
  }
  return workbook([
    { name: 'Summary', widths: [30, 90], rows: front, boldRows: new Set([0]), wrap: true },
    { name: 'Tables', widths: [44, ...Array.from({ length: 12 }, () => 16)], rows, boldRows: bold },
  ]);
}
