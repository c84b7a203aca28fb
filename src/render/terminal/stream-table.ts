// A boxed text table written a row at a time, in the look of cli-table3 (which needs every row
// before it prints one). Widths come from what is known up front (every value a column can take)
// and a bounded look-ahead of rows, so a million rows print in linear time and memory per row.
import { padTo, widestLine, widestWord, wrapCell } from '../../text/width.js';

export interface StreamColumn {
  head: string;
  /** Texts this column may hold, known before any row (case types, grade labels). */
  known?: readonly string[];
  /** Narrowest it may be made to fit a terminal (content columns, no padding). */
  min?: number;
  /** Widest it grows from the look-ahead (content columns); longer values wrap. */
  max?: number;
  /** Which columns give up width first to fit a terminal: lower first (default 0). */
  shrinkOrder?: number;
  align?: 'left' | 'right';
}

/** A cell: its text, and a style (colour) applied to each line after it is padded. */
export type StreamCell = string | { text: string; style: (s: string) => string };

/** Rows looked at to size the columns; later rows wrap within them. */
export const LOOK_AHEAD = 1000;

const cellText = (c: StreamCell) => (typeof c === 'string' ? c : c.text);

/**
 * Content widths (no padding) from the head, the known values and the look-ahead rows. While the
 * table is wider than `width` (when given), columns give up width in `shrinkOrder`, widest first
 * within an order, each down to its `min`: a list that can say "+3 more" goes before a grade that
 * would wrap, and that before an id that would be cut.
 */
export function columnWidths(columns: readonly StreamColumn[], sample: ReadonlyArray<readonly StreamCell[]>, width?: number): number[] {
  const natural = columns.map((col, i) => {
    let w = widestWord(col.head);
    for (const k of col.known ?? []) w = Math.max(w, widestLine(k));
    for (const row of sample) w = Math.max(w, widestLine(cellText(row[i] ?? '')));
    return Math.min(w, col.max ?? Infinity);
  });
  if (width === undefined) return natural;
  const floor = columns.map((col, i) => Math.min(natural[i]!, Math.max(col.min ?? natural[i]!, 1)));
  const widths = [...natural];
  // Each column has a space either side and a border: 3 per column, plus the last border.
  let excess = widths.reduce((a, b) => a + b + 3, 1) - width;
  const orders = [...new Set(columns.map((c) => c.shrinkOrder ?? 0))].sort((a, b) => a - b);
  for (const order of orders) {
    const group = (i: number) => (columns[i]!.shrinkOrder ?? 0) === order && widths[i]! > floor[i]!;
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) if (group(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) break;
      const step = Math.min(
        excess,
        widths[widest]! - floor[widest]!,
        Math.max(1, widths[widest]! - secondWidest(widths, widest, floor, group)),
      );
      widths[widest]! -= step;
      excess -= step;
    }
  }
  return widths;
}

function secondWidest(widths: readonly number[], skip: number, floor: readonly number[], inGroup: (i: number) => boolean): number {
  let w = 0;
  for (let i = 0; i < widths.length; i++) if (i !== skip && inGroup(i) && widths[i]! > floor[i]!) w = Math.max(w, widths[i]!);
  return w;
}

const rule = (widths: readonly number[], [left, mid, right]: readonly [string, string, string]) =>
  `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;

export class StreamTable {
  /** The rule between rows, drawn once. */
  private readonly between: string;

  constructor(
    private readonly columns: readonly StreamColumn[],
    private readonly widths: readonly number[],
  ) {
    this.between = `${rule(widths, ['├', '┼', '┤'])}\n`;
  }

  /** The top border and the head. */
  start(paintHead: (s: string) => string = (s) => s): string {
    return `${rule(this.widths, ['┌', '┬', '┐'])}\n${this.line(this.columns.map((c) => ({ text: c.head, style: paintHead })))}`;
  }

  /** One row, with the rule above it. */
  row(cells: readonly StreamCell[]): string {
    return this.between + this.line(cells);
  }

  end(): string {
    return `${rule(this.widths, ['└', '┴', '┘'])}\n`;
  }

  private line(cells: readonly StreamCell[]): string {
    const wrapped = this.widths.map((w, i) => wrapCell(cellText(cells[i] ?? ''), w));
    const height = Math.max(...wrapped.map((l) => l.length));
    let out = '';
    for (let l = 0; l < height; l++) {
      out += '│';
      for (let i = 0; i < this.widths.length; i++) {
        const cell = cells[i] ?? '';
        const text = wrapped[i]![l] ?? '';
        out += ` ${padTo(typeof cell === 'string' || !text ? text : cell.style(text), this.widths[i]!, this.columns[i]!.align)} │`;
      }
      out += '\n';
    }
    return out;
  }
}
