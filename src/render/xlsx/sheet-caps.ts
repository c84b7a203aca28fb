// Excel's limits on what a sheet holds, kept by the writer: a sheet written past them is "repaired"
// by Excel, which drops rows or cuts text without saying which. Here nothing is dropped silently:
// a cut cell ends with a marker, and a sheet's last row says how many rows did not fit.
import type { XCell } from './write-book.js';

export interface SheetCaps {
  /** Rows a sheet holds, its header row included. */
  rows: number;
  /** Characters a cell holds. */
  cellChars: number;
}

/** Excel's own (Microsoft's "Excel specifications and limits"). */
export const EXCEL_CAPS: SheetCaps = { rows: 1_048_576, cellChars: 32_767 };

const count = (n: number) => n.toLocaleString('en-GB');

/** Text over the cap, cut to fit with a marker that says so and how long it was. */
export function cutText(value: string, cap: number): string {
  if (value.length <= cap) return value;
  const marker = `… [cut: ${count(value.length)} characters in all]`;
  let keep = Math.max(0, cap - marker.length);
  // Never half a surrogate pair: the cell would end in a character that is not there.
  const last = value.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return value.slice(0, keep) + marker;
}

export const cutCell = (value: XCell, cap: number): XCell => (typeof value === 'string' ? cutText(value, cap) : value);

/**
 * Data rows into a sheet, below its header row if it has one. The row for the last place waits:
 * if another comes, neither is written and that place says how many rows were left out instead.
 */
export class RowCap {
  private readonly room: number;
  private seen = 0;
  private held: readonly XCell[] | undefined;

  constructor(
    private readonly caps: SheetCaps,
    headerRows: number,
    private readonly put: (cells: readonly XCell[]) => void,
  ) {
    this.room = caps.rows - headerRows;
  }

  row(cells: readonly XCell[]): void {
    this.seen++;
    if (this.seen < this.room) this.put(cells);
    else this.held = this.seen === this.room ? cells : undefined;
  }

  /** After the last row: the held row, or the note of what was left out (the note row is bold). */
  end(putNote: (cells: readonly XCell[]) => void): void {
    if (this.held) this.put(this.held);
    if (this.seen <= this.room) return;
    const left = this.seen - this.room + 1;
    putNote([
      `${count(left)} more ${left === 1 ? 'row is' : 'rows are'} not in this sheet: an Excel sheet holds ${count(this.caps.rows)} rows. --format csv writes them all.`,
    ]);
  }
}
