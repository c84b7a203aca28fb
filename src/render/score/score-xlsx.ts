// `score --format xlsx`: a front sheet with the accounting, then one row per case (one per
// assessment on long-form input) with the same columns as the CSV listing (ids as text, booleans
// as yes/no), written as the cases are scored.
import type { Sharing } from '../../domain/sharing.js';
import type { Accounting } from '../../domain/accounting.js';
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';
import type { ByteSink } from '../../domain/output.js';
import type { AssessmentRow, CaseRow } from '../../summarise/score/score-listing.js';
import { BookWriter } from '../xlsx/book-writer.js';
import { startSheet, writeSheet, type SheetOut, type XSheetHead } from '../xlsx/write-book.js';
import { SCORE_CSV_HEADER, scoreCsvRow } from './score-rows.js';
import type { ScoreWriterFactory } from './score-writer.js';
import { ASSESSMENT_CSV_HEADER, assessmentCsvRow } from './score-assessments.js';
import { frontSheet, textColumn } from '../xlsx/xlsx-kit.js';

const WIDE = new Set(['unmet', 'missing']);
const columnsOf = (header: readonly string[]) => header.map((h) => textColumn(h, WIDE.has(h) ? 40 : Math.max(12, h.length + 2)));

const CASES: XSheetHead = { name: 'Cases', columns: columnsOf(SCORE_CSV_HEADER) };
const ASSESSMENTS: XSheetHead = { name: 'Assessments', columns: columnsOf(ASSESSMENT_CSV_HEADER) };

const front = (accounting: Accounting, criteria?: CriteriaIdentity, sharing?: Sharing) =>
  frontSheet('Scored cases', [], accounting, criteria, sharing);

/**
 * The workbook written while the cases are read: their rows first, and the front sheet, which
 * needs the accounting, once all are read (shown first all the same).
 */
class ScoreBook {
  private readonly book: BookWriter;
  private sheet: SheetOut | undefined;

  constructor(
    out: ByteSink,
    private readonly sharing?: Sharing,
  ) {
    this.book = new BookWriter(out);
  }

  /** Once the input's form is known: a row per case, or per assessment (long form). */
  start(long: boolean): void {
    this.sheet = startSheet(this.book, long ? ASSESSMENTS : CASES);
  }

  case(c: CaseRow): void {
    this.sheet!.row(scoreCsvRow(c));
  }

  assessment(r: AssessmentRow): void {
    this.sheet!.row(assessmentCsvRow(r));
  }

  /** Wait on it between chunks read: the zip is behind. */
  ready = (): Promise<void> | undefined => this.book.ready();

  async end(accounting: Accounting, criteria: CriteriaIdentity): Promise<void> {
    (this.sheet ?? startSheet(this.book, CASES)).end();
    const summary = front(accounting, criteria, this.sharing);
    await writeSheet(this.book, summary);
    await this.book.end(summary.name);
  }
}

/** `score --format xlsx`: every row written as it comes, long form's assessments as they are accepted. */
export const scoreXlsxWriter: ScoreWriterFactory = (out, { sharing }) => {
  const book = new ScoreBook(out, sharing);
  return {
    start: (long) => book.start(long),
    case: (_c, row) => book.case(row),
    assessment: (r) => book.assessment(r),
    ready: book.ready,
    end: ({ accounting, criteria }) => book.end(accounting, criteria),
  };
};
