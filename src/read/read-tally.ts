// One run's reading tally, kept by the main thread and by each part worker (src/read/parts): every
// row read is counted here once, as a case assembled (graded or ungraded) or a rejected row, with
// the messages in order. A worker's tally comes back as plain data and is absorbed in file order.
import { emptyAccounting } from '../domain/accounting.js';
import type { ScoredAssessment } from '../domain/assessment.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import { RecordedIncomplete, type IncompleteState } from './recorded-incomplete.js';

/** A part's tally as plain data; `events` holds every message in order (`rejected`: a rejected row). */
export interface TallyState {
  rows: number;
  graded: number;
  ungraded: number;
  assessments: number;
  events: Array<{ d: Diagnostic; rejected: boolean }>;
  incomplete: IncompleteState;
}

export class ReadTally {
  readonly accounting = emptyAccounting();
  /** Rejected rows, for the report's `rejected` list. */
  readonly rejected: Diagnostic[] = [];
  /** Errors that are not rejected rows (a bad header, an encoding): exit 1. */
  fileErrors = 0;
  /** Rows (and YAML cases or assessments) read, accepted or not. */
  rows = 0;
  /** Assessment records accepted, plus rows rejected (the accounting's `assessments` on long form). */
  assessments = 0;
  /** Cases graded by a recorded grade whose findings are incomplete: --strict fails on them. */
  readonly incomplete = new RecordedIncomplete();
  /** Force names given by the files (YAML `force:`), first first. */
  readonly forces: string[] = [];

  constructor(private readonly onDiagnostic: (d: Diagnostic, rejected: boolean) => void) {}

  /** A case handed on: graded when its independent assessment has a grade. */
  caseDone(graded: boolean): void {
    this.accounting.read++;
    if (graded) this.accounting.graded++;
    else this.accounting.ungraded++;
  }

  force(name: string): void {
    if (!this.forces.includes(name)) this.forces.push(name);
  }

  accepted(records: number): void {
    this.assessments += records;
  }

  noteIncomplete(a: ScoredAssessment, caseId: string): void {
    this.incomplete.note(a, caseId);
  }

  reject(d: Diagnostic): void {
    this.assessments++;
    this.accounting.read++;
    this.accounting.rejected++;
    this.rejected.push(d);
    this.onDiagnostic(d, true);
  }

  /** A message that is not a rejected row: a file error or a warning. */
  diagnostic(d: Diagnostic): void {
    if (d.severity === 'error') this.fileErrors++;
    this.onDiagnostic(d, false);
  }

  /** A worker's part: its messages replayed in order, its counts added. */
  absorb(part: TallyState): void {
    for (const { d, rejected } of part.events) {
      if (rejected) this.reject(d);
      else this.diagnostic(d);
    }
    this.rows += part.rows;
    this.accounting.read += part.graded + part.ungraded;
    this.accounting.graded += part.graded;
    this.accounting.ungraded += part.ungraded;
    this.assessments += part.assessments;
    this.incomplete.absorb(part.incomplete);
  }

  /** This tally as a part's state (a worker's `events` are collected by its onDiagnostic). */
  state(events: TallyState['events']): TallyState {
    const rejected = events.filter((e) => e.rejected).length;
    return {
      rows: this.rows,
      graded: this.accounting.graded,
      ungraded: this.accounting.ungraded,
      assessments: this.assessments - rejected,
      events,
      incomplete: { count: this.incomplete.count, first: this.incomplete.first },
    };
  }
}
