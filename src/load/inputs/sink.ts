// Where loaders send what they read, one record at a time, so no command needs every case in memory.
import type { Diagnostic } from '../../domain/diagnostic.js';
import type { AssessmentRecord } from '../../domain/assessment.js';
import type { TypeMap } from '../register/case-type-name.js';
import type { InputEncoding } from './encodings.js';
import type { HeaderMap } from '../register/header-map.js';

export interface CaseSink {
  /** A wide-form case (row or YAML case) that passed the file's rules: [self, independent] or [independent]. */
  onWideRow(records: AssessmentRecord[]): void;
  /** Long form: one row's (or one YAML case's) assessment records. */
  onLongRow(records: AssessmentRecord[]): void;
  /** A row or case that was read and rejected: counted in the accounting. */
  onReject(diagnostic: Diagnostic): void;
  /** A problem with the file itself (its header, its encoding) or a warning: not a case. */
  onDiagnostic(diagnostic: Diagnostic): void;
  /** A file's register columns (carried along) and the free-text ones never read, by name, as each header or key is met. */
  onColumns?(columns: { carried: readonly string[]; freeText: readonly string[] }): void;
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
  /** Workbooks: the sheet to read (default: the first visible one). */
  sheet?: string;
  /** --type-map: a register's own type codes to case types. */
  typeMap?: TypeMap;
  /** Every row's case id as written, valid row or not (`sample --exclude`). */
  onRowId?(id: string): void;
  /** --map / --map-file: the register's own header names. */
  headerMap?: HeaderMap;
  /** --encoding: how to read files without a byte order mark (default UTF-8). */
  encoding?: InputEncoding;
  /** `--round`: the round of files (and rows) that name none. */
  round?: string;
  /** `--pseudonymise`: the key; case ids and auditor codes become pseudonyms as they are read (plain bytes: part workers get a copy). */
  pseudonymKey?: Uint8Array;
}
