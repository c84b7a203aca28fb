// cli-table3 set up for plain output: no ANSI from its default styles, widths that fit the terminal.
import type TableType from 'cli-table3';
import { requireCjs } from '../../text/require-cjs.js';
import { widestLine, widestWord } from '../../text/width.js';

const Table = requireCjs('cli-table3') as typeof TableType;

export interface TableSpec {
  head: string[];
  rows: string[][];
  /** Minimum / preferred widths are taken from content; columns listed here may wrap. */
  wrap?: number[];
  align?: Array<'left' | 'right' | 'center'>;
  width?: number;
  /** No rule between body rows: long listings stay short. */
  compact?: boolean;
  /** Per body row, a line under it across the whole table (a cell spanning every column), or none. */
  under?: ReadonlyArray<string | undefined>;
}

/** The widest of `measure` over a column's head and cells, plus padding; a loop, not a spread, at any row count. */
function widest(spec: TableSpec, i: number, measure: (cell: string) => number): number {
  let w = measure(spec.head[i]!);
  for (const row of spec.rows) w = Math.max(w, measure(row[i] ?? ''));
  return w + 2;
}

const NO_ROW_RULES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function textTable(spec: TableSpec): string {
  const width = spec.width ?? 80;
  const cols = spec.head.length;
  // Display width (string-width ignores colour codes; CJK and emoji take two columns).
  const natural = Array.from({ length: cols }, (_, i) => widest(spec, i, widestLine));
  // No column narrower than its longest word, so wrapping never truncates a word.
  const longestWord = Array.from({ length: cols }, (_, i) => widest(spec, i, widestWord));
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
    ...(spec.compact ? { chars: NO_ROW_RULES } : {}),
  });
  spec.rows.forEach((row, i) => {
    table.push(row);
    const under = spec.under?.[i];
    if (under !== undefined) table.push([{ content: under, colSpan: cols }]);
  });
  return table.toString();
}
