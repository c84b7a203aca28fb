// One run's reading state, shared by the main thread and the part workers (src/threads): the
// assemble stage, the accounting, and the sink each loader writes to. Every row read is counted
// here once: assembled into a case (graded or ungraded) or rejected.
import { Assembler, type AssembleMode } from './assemble/assembler.js';
import { independentGrade } from './assemble/case-view.js';
import type { AssembledCase, AssessmentRecord, ScoredAssessment } from './domain/assessment.js';
import type { CriteriaSet } from './domain/criteria-set.js';
import { errorAt, type Diagnostic } from './domain/diagnostic.js';
import { auditorProblem, caseIdProblem } from './load/case-id.js';
import type { CaseSink } from './load/sink.js';
import { wideAssessments } from './load/wide.js';
import { emptyAccounting } from './summarise/accounting.js';

export interface ReaderHandlers {
  onCase?(c: AssembledCase): void;
  onAssessment?(scored: ScoredAssessment, record: AssessmentRecord): void;
  /** Every diagnostic, in order; `rejected`: a row counted as rejected. */
  onDiagnostic(diagnostic: Diagnostic, rejected: boolean): void;
  onBytes?(file: string, bytes: number, rows: number): void;
  ready?(): Promise<void> | undefined;
}

/** Names by lowercase (as --by matches them), the first spelling kept. */
function keepFirst(into: Map<string, string>, names: readonly string[]): void {
  for (const name of names) if (!into.has(name.toLowerCase())) into.set(name.toLowerCase(), name);
}

export class CaseReader {
  readonly accounting = emptyAccounting();
  /** Rejected rows, for the report's `rejected` list. */
  readonly rejected: Diagnostic[] = [];
  readonly forces: string[] = [];
  fileErrors = 0;
  /** The inputs' carried columns and free-text columns never read (first spelling of each, by lowercase name): for `--by`. */
  readonly columns = { carried: new Map<string, string>(), freeText: new Map<string, string>() };
  /** Rows (and YAML cases or assessments) read, accepted or not. */
  rows = 0;
  /** Bytes and rows of the current file read so far by worker threads (src/threads), for progress. */
  readonly elsewhere = { bytes: 0, rows: 0 };
  readonly assembler: Assembler;

  constructor(
    criteria: CriteriaSet,
    readonly mode: AssembleMode,
    private readonly handlers: ReaderHandlers,
    /** Case keys kept as hashes and checked at the end (the command can read its inputs again). */
    deferIds = false,
  ) {
    this.assembler = new Assembler(
      criteria,
      mode,
      {
        onCase: (c) => {
          this.count(independentGrade(c) !== null);
          handlers.onCase?.(c);
        },
        onAssessment: (scored, record) => {
          if (mode === 'check') handlers.onAssessment?.(scored, record);
        },
        onReject: (d) => {
          this.accounting.read++;
          this.accounting.rejected++;
          this.rejected.push(d);
          handlers.onDiagnostic(d, true);
        },
      },
      deferIds,
    );
  }

  count(graded: boolean): void {
    this.accounting.read++;
    if (graded) this.accounting.graded++;
    else this.accounting.ungraded++;
  }

  /** A diagnostic that is not a rejected row: a file error or a warning. */
  diagnostic(d: Diagnostic): void {
    if (d.severity === 'error') this.fileErrors++;
    this.handlers.onDiagnostic(d, false);
  }

  private addRow(records: readonly AssessmentRecord[]): void {
    this.rows++;
    const first = records[0]!;
    const problem = caseIdProblem(first) ?? (first.auditor === null ? undefined : auditorProblem(first));
    if (problem) this.assembler.reject(problem);
    else this.assembler.addRow(records);
  }

  /** Where one file's loader sends what it reads; `long`: the run has long-form input. */
  sink(file: string, long: boolean): CaseSink {
    const { handlers, assembler } = this;
    return {
      onCase: (record) => this.addRow(wideAssessments(record)),
      onAssessments: (records) => {
        if (long) return this.addRow(records);
        // Never expected: the inputs' form is found before reading. Refused rather than miscounted.
        this.rows++;
        assembler.reject(
          errorAt(
            records[0]!.source,
            'long-form-unrecognised',
            'a long-form row in a run read as wide form only; check that the file has an assessor column in its first line',
          ),
        );
      },
      onReject: (d) => {
        this.rows++;
        assembler.reject(d);
      },
      onDiagnostic: (d) => this.diagnostic(d),
      onColumns: (found) => {
        keepFirst(this.columns.carried, found.carried);
        keepFirst(this.columns.freeText, found.freeText);
      },
      onForce: (force) => {
        if (!this.forces.includes(force)) this.forces.push(force);
      },
      onBytes: (bytes) => handlers.onBytes?.(file, bytes + this.elsewhere.bytes, this.rows + this.elsewhere.rows),
      ...(handlers.ready ? { ready: handlers.ready } : {}),
    };
  }
}
