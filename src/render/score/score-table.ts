// `score --format table`, streamed: the first rows (a bounded look-ahead) size the columns, then
// every row is printed as it is scored. On a terminal the table fits its width, the unmet list
// shortened with a count ("DA1 DA2 +3 more"); piped, it is printed in full.
import type { Scale } from '../../domain/scale.js';
import type { CaseRow } from '../../summarise/score/score-listing.js';
import { type Accounting } from '../../domain/accounting.js';
import { accountingLine } from '../accounting-line.js';
import { escapeText } from '../../text/escape.js';
import { displayWidth } from '../../text/width.js';
import type { Paint } from '../terminal/paint.js';
import { assessmentRows, type AssessmentRow } from '../../summarise/score/score-listing.js';
import { assessmentTable } from './score-assessments.js';
import { criteriaText, FOOTNOTE, gradeText, label, referralText } from './score-rows.js';
import type { ScoreWriterFactory } from './score-writer.js';
import { columnWidths, LOOK_AHEAD, StreamTable, type StreamCell, type StreamColumn } from '../terminal/stream-table.js';

interface ScoreTableOptions {
  paint: Paint;
  scale: Scale;
  /** Case type ids: the Type column is sized from them, not from the rows. */
  types: readonly string[];
  /** Carried columns to show (--columns), after Type. */
  columns?: readonly string[];
  /** A terminal's width; undefined when piped (full width). */
  width?: number;
  lookAhead?: number;
}

/** Every word a grade cell can hold, for the narrowest the column may get. */
const gradeWords = (scale: Scale) =>
  scale.ids.flatMap((g) => [scale.tableLabel(g), `${scale.tableLabel(g)} (override)`, `${scale.tableLabel(g)} (recorded)`]).join(' ');

/**
 * "DA1 DA2 +3 more": as many ids as fit `width`, then a count.
 * @internal exported for its own tests
 */
export function shortList(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const ids = text.split(' ');
  for (let keep = ids.length - 1; keep >= 1; keep--) {
    const short = `${ids.slice(0, keep).join(' ')} +${ids.length - keep} more`;
    if (displayWidth(short) <= width) return short;
  }
  return `+${ids.length} more`;
}

/** @internal exported for its own tests (the look-ahead, the widths) */
export class ScoreTableWriter {
  private readonly pending: Array<readonly StreamCell[]> = [];
  private table: StreamTable | undefined;
  private widths: number[] = [];
  private readonly heads: StreamColumn[];

  constructor(private readonly options: ScoreTableOptions) {
    const gradeMin = Math.max(...gradeWords(options.scale).split(' ').map(displayWidth));
    this.heads = [
      // Ids and types are cut last: a cut id does not read.
      { head: 'Case', max: 40, min: 12, shrinkOrder: 3 },
      { head: 'Type', known: options.types, min: 10, shrinkOrder: 3 },
      ...(options.columns ?? []).map((name) => ({ head: name, min: 6, max: 30, shrinkOrder: 2 })),
      // Grades wrap at a space and still read; then the unmet list says "+3 more".
      { head: 'Self', min: gradeMin, shrinkOrder: 0 },
      { head: 'Grade', min: gradeMin, shrinkOrder: 0 },
      { head: 'Unmet criteria', min: 12, shrinkOrder: 1, ...(options.width === undefined ? { max: 60 } : {}) },
      { head: 'Referral', min: 9, shrinkOrder: 0 },
    ];
  }

  /** Text to write now: nothing while the look-ahead fills, then the rows so far. */
  row(c: CaseRow, carried?: ReadonlyMap<string, string>): string {
    const cells = this.cells(c, carried);
    if (this.table) return this.table.row(this.fit(cells));
    this.pending.push(cells);
    return this.pending.length >= (this.options.lookAhead ?? LOOK_AHEAD) ? this.begin() : '';
  }

  end(accounting: Accounting): string {
    const rest = this.table ? '' : this.begin();
    return `${rest}${this.table!.end()}${this.options.paint.dim(FOOTNOTE)}\n${accountingLine(accounting)}\n`;
  }

  private begin(): string {
    this.widths = columnWidths(this.heads, this.pending, this.options.width);
    this.table = new StreamTable(this.heads, this.widths);
    let out = this.table.start();
    for (const cells of this.pending) out += this.table.row(this.fit(cells));
    this.pending.length = 0;
    return out;
  }

  /** On a terminal the unmet list stays on one line, shortened with a count. */
  private fit(cells: readonly StreamCell[]): readonly StreamCell[] {
    if (this.options.width === undefined) return cells;
    const at = cells.length - 2;
    const fitted = [...cells];
    fitted[at] = shortList(cells[at] as string, this.widths[at]!);
    return fitted;
  }

  private cells(c: CaseRow, carried?: ReadonlyMap<string, string>): StreamCell[] {
    const { paint, scale } = this.options;
    return [
      escapeText(c.caseId),
      c.caseType,
      ...(this.options.columns ?? []).map((name) => escapeText(carried?.get(name.toLowerCase()) ?? '')),
      label(scale, c.selfGrade),
      c.grade
        ? { text: gradeText(scale, c), style: (s) => paint.grade({ index: scale.index(c.grade!), of: scale.size }, s) }
        : { text: 'ungraded', style: paint.warn },
      criteriaText(c),
      referralText(c),
    ];
  }
}

/**
 * `score --format table`: wide input streamed a row at a time; long form held, so that a case's
 * assessments print together.
 */
export const scoreTableWriter: ScoreWriterFactory = (out, { paint, width, types, columns, scale }) => {
  let table: ScoreTableWriter | undefined;
  let held: AssessmentRow[] | undefined;
  return {
    start(long) {
      if (long) held = [];
      else table = new ScoreTableWriter({ paint, scale, types, columns, ...(width !== undefined ? { width } : {}) });
    },
    case(c, row) {
      if (held) held.push(...assessmentRows(c));
      else out.write(table!.row(row, new Map((c.extra ?? []).map(([name, value]) => [name.toLowerCase(), value]))));
    },
    end({ accounting }) {
      out.write(
        held
          ? assessmentTable(held, accounting, { paint, ...(width !== undefined ? { width } : {}) }, scale, columns)
          : table!.end(accounting),
      );
    },
  };
};
