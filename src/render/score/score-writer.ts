// The seam every `score` format fits: a writer told the inputs' form once, then handed each case
// (and, where it takes them, each long-form assessment as it is accepted) as the read path grades
// them, and ended with the accounting. A format that needs every row first (Markdown) holds them;
// the others write as they go, so a million cases stream in flat memory.
import type { Sharing } from '../../domain/sharing.js';
import type { AssembledCase } from '../../domain/assessment.js';
import type { Accounting } from '../../domain/accounting.js';
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';
import type { ByteSink } from '../../domain/output.js';
import type { AssessmentRow, CaseRow } from '../../summarise/score/score-listing.js';
import type { Paint } from '../terminal/paint.js';
import type { Scale } from '../../domain/scale.js';

interface ScoreWriter {
  /** Once, before any case: whether some input is long form (a row per assessment). */
  start(long: boolean): void;
  /** A case with its view as the wide listing shows it (long form: only when `assessment` is absent, held till the end). */
  case(c: AssembledCase, row: CaseRow): void;
  /** Given, long-form input is not held: each assessment as it is accepted. */
  assessment?(row: AssessmentRow): void;
  /** A promise while the output is behind (a slow stdout, a workbook's zip). */
  ready?(): Promise<void> | undefined;
  end(summary: { accounting: Accounting; criteria: CriteriaIdentity }): Promise<void> | void;
}

interface ScoreWriterOptions {
  /** The programme's grades, for their words. */
  scale: Scale;
  paint: Paint;
  /** A terminal's width; undefined when piped or written to a file (full width). */
  width?: number;
  /** Case type ids: the table's Type column is sized from them. */
  types: readonly string[];
  /** --columns: carried columns the table shows. */
  columns: readonly string[];
  /** --quiet: no warnings. */
  quiet: boolean;
  /** A line for stderr, newline included. */
  stderr(line: string): void;
  /** `--pseudonymise`: the key's fingerprint, said in the JSON and on the workbook's front sheet. */
  sharing?: Sharing;
}

export type ScoreWriterFactory = (out: ByteSink, options: ScoreWriterOptions) => ScoreWriter;
