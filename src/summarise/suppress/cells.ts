// Counts as a command lays them out for publication, and the sums a reader can form among them
// (a row and its total, a column and its total, the parts of a table against another table), then
// the one suppression step over all of them at once (suppress-cells.ts). Every command that
// publishes counts (report, compare, trend, actions, and a new one) goes through a `Cells`.
import type { Accounting } from '../../domain/accounting.js';
import { suppressCells, type Sum } from './suppress-cells.js';

/** A count as published: the number, or hidden (`small`: it is from 1 to N-1; else hidden to protect one that is). */
export type Count = number | { suppressed: true; small: boolean };

/** A cell's place in a `Cells`. */
export type CellRef = number;

export class Cells {
  private readonly values: number[] = [];
  private readonly totals = new Set<number>();
  private readonly sums: Sum[] = [];

  /** A count; `total`: hidden only when nothing else will do. */
  add(value: number, total = false): CellRef {
    if (total) this.totals.add(this.values.length);
    return this.values.push(value) - 1;
  }

  /** A relation the reader can form: the parts, then their total last. */
  sum(cells: readonly CellRef[]): void {
    if (cells.length > 1) this.sums.push(cells);
  }

  /**
   * A relation a reader may form, put in only where the counts bear it out (the parts add up to the
   * whole): one that does not hold gives nothing away. One part makes the two cells the same number
   * printed twice, so both are hidden or neither.
   */
  relate(parts: readonly CellRef[], whole: CellRef): void {
    if (parts.reduce((a, c) => a + this.values[c]!, 0) === this.values[whole]) this.sum([...parts, whole]);
  }

  /** Cells laid out as a grid with row, column and grand totals, every relation among them summed. */
  grid(rows: ReadonlyArray<readonly number[]>): { cells: CellRef[][]; rowTotals: CellRef[]; colTotals: CellRef[]; total: CellRef } {
    const width = rows[0]?.length ?? 0;
    const cells = rows.map((r) => r.map((v) => this.add(v)));
    const rowTotals = rows.map((r) =>
      this.add(
        r.reduce((a, b) => a + b, 0),
        true,
      ),
    );
    const colTotals = Array.from({ length: width }, (_, j) =>
      this.add(
        rows.reduce((a, r) => a + r[j]!, 0),
        true,
      ),
    );
    const total = this.add(
      rows.reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0),
      true,
    );
    cells.forEach((r, i) => this.sum([...r, rowTotals[i]!]));
    for (let j = 0; j < width; j++) this.sum([...cells.map((r) => r[j]!), colTotals[j]!]);
    this.sum([...rowTotals, total]);
    this.sum([...colTotals, total]);
    return { cells, rowTotals, colTotals, total };
  }

  /** The cells to hide under the rule, worked out once every cell and sum is known. */
  hide(below: number): Show {
    const hidden = suppressCells(this.values, this.sums, below, this.totals);
    return (cell) =>
      hidden[cell] ? { suppressed: true, small: this.values[cell]! >= 1 && this.values[cell]! < below } : this.values[cell]!;
  }
}

/** How a laid-out cell prints once the cells are hidden. */
export type Show = (cell: CellRef) => Count;

/** A publisher's counts laid out in a `Cells` (`refs`: the cells a page links to other parts'), and its output once hidden. */
export interface Laid<Refs, Out> {
  refs: Refs;
  publish(show: Show): Out;
}

/** A command on its own: its counts in a `Cells` of their own, hidden, then printed. */
export function alone<Out>(below: number, lay: (cells: Cells) => Laid<unknown, Out>): Out {
  const cells = new Cells();
  const laid = lay(cells);
  return laid.publish(cells.hide(below));
}

/** Is the count printed (not hidden)? */
export const shown = (c: Count): c is number => typeof c === 'number';

/**
 * A share (or a figure built from one) on `n` cases with `k` of them counted: printed only where the
 * base is N or more and the count it is built on is printed (a share of a printed base gives a hidden
 * count back by multiplication).
 */
export function shareShown(k: Count, n: Count, below: number): boolean {
  return shown(k) && shown(n) && n >= below;
}

/** The accounting line's counts as cells: graded, ungraded and rejected add up to read, so they are a sum. */
export function accountingCells(cells: Cells, acc: Accounting) {
  const t = {
    read: cells.add(acc.read, true),
    graded: cells.add(acc.graded),
    ungraded: cells.add(acc.ungraded),
    rejected: cells.add(acc.rejected),
  };
  cells.sum([t.graded, t.ungraded, t.rejected, t.read]);
  return t;
}

export type AccountingCells = ReturnType<typeof accountingCells>;

/** The accounting counts as printed once the cells are hidden. */
export function accountingShown(t: AccountingCells, show: Show) {
  return { read: show(t.read), graded: show(t.graded), ungraded: show(t.ungraded), rejected: show(t.rejected) };
}
