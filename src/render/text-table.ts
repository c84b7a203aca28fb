// cli-table3 set up for plain output: no ANSI from its default styles, widths that fit the terminal.
import { stripVTControlCharacters } from 'node:util';
import Table from 'cli-table3';

export interface TableSpec {
  head: string[];
  rows: string[][];
  /** Minimum / preferred widths are taken from content; columns listed here may wrap. */
  wrap?: number[];
  align?: Array<'left' | 'right' | 'center'>;
  width?: number;
}

/** Width as shown: colour codes (from paint) take no columns. */
const visible = stripVTControlCharacters;

export function textTable(spec: TableSpec): string {
  const width = spec.width ?? 80;
  const cols = spec.head.length;
  const natural = Array.from({ length: cols }, (_, i) =>
    Math.max(...[spec.head[i]!, ...spec.rows.map((r) => r[i] ?? '')].flatMap((cell) => visible(cell).split('\n').map((l) => l.length))) + 2,
  );
  // No column narrower than its longest word, so wrapping never truncates a word.
  const longestWord = Array.from({ length: cols }, (_, i) =>
    Math.max(...[spec.head[i]!, ...spec.rows.map((r) => r[i] ?? '')].flatMap((cell) => visible(cell).split(/\s+/).map((w) => w.length))) + 2,
  );
  // Borders take cols + 1 characters; shrink the widest wrapping column until the table fits.
  const budget = width - (cols + 1);
  const widths = [...natural];
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > budget) {
    const shrinkable = (spec.wrap ?? []).filter((i) => widths[i]! > longestWord[i]!);
    if (shrinkable.length === 0) break;
    const widest = shrinkable.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
    widths[widest]!--;
    total--;
  }
  const table = new Table({
    head: spec.head,
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    colAligns: spec.align ?? [],
  });
  for (const row of spec.rows) table.push(row);
  return table.toString();
}
