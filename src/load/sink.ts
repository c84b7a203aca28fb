// Where loaders send what they read, one record at a time, so no command needs every case in memory.
import type { Diagnostic } from '../domain/diagnostic.js';
import type { AssessmentRecord } from '../domain/assessment.js';
import type { CaseRecord } from '../domain/types.js';

export interface CaseSink {
  /** A wide-form case (row or YAML case) that passed the file's rules. */
  onCase(record: CaseRecord): void;
  /** Long form: one row's (or one YAML assessment's) assessment records. */
  onAssessments?(records: AssessmentRecord[]): void;
  /** A row or case that was read and rejected: counted in the accounting. */
  onReject(diagnostic: Diagnostic): void;
  /** A problem with the file itself (its header, its encoding) or a warning: not a case. */
  onDiagnostic(diagnostic: Diagnostic): void;
  /** The file names the force (YAML `force:`). */
  onForce?(force: string): void;
  /** Bytes consumed so far, for progress. */
  onBytes?(bytes: number): void;
  /** Resolves when the consumer can take more (a slow stdout); awaited between chunks. */
  ready?(): Promise<void> | undefined;
}

export interface LoadOptions {
  /** `,` `;` or tab; detected from the header line when absent. */
  delimiter?: string;
  /** Keep register columns that are not case file fields (for `sample`). */
  keepExtra?: boolean;
  /** `--round`: the round of files (and rows) that name none. */
  round?: string;
}
