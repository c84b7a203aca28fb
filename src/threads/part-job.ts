// What the main thread sends a part worker, and what comes back: plain data only.
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { ChecksState } from '../load/record-checks.js';
import type { LoadOptions } from '../load/sink.js';
import type { KeysData } from '../assemble/assembler.js';
import type { IncompleteState } from '../summarise/recorded-incomplete.js';
import type { FoldSpec } from './fold-spec.js';

export interface PartJob {
  /** The path to open, and the name positions give (the same for a named file). */
  path: string;
  file: string;
  criteria: CriteriaSet;
  load: Omit<LoadOptions, 'onRowId'>;
  /** Case keys as hashes, checked by the main thread at the end (as its own are). */
  deferIds: boolean;
  fold: FoldSpec;
  /** The line the data starts on after the header, as the main thread read it. */
  dataLine: number;
  /** The part: from this byte (a line start) to `end` (a line start) or the end of the file. */
  start: number;
  end?: number;
}

/** A worker's message: its progress, or its result. */
export type PartMessage = { progress: { bytes: number; rows: number } } | PartResult;

export interface PartResult {
  /** False: the part cannot stand for the main thread's own reading (`why` says why); it reads it instead. */
  usable: boolean;
  why?: string;
  /** The line the part's first record starts on, counted from the file's start. */
  firstLine: number;
  rows: number;
  /** Cases assembled (rejected rows come back as `events`). */
  graded: number;
  ungraded: number;
  /** Assessments accepted. */
  assessments: number;
  /** Every diagnostic in order; `rejected`: a row counted as rejected. */
  events: Array<{ d: Diagnostic; rejected: boolean }>;
  /** Case keys taken (the part's duplicate-id table), for the check across parts. */
  keys: KeysData;
  rounds: Array<string | null>;
  checks?: ChecksState;
  fold: unknown;
  incomplete: IncompleteState;
}
