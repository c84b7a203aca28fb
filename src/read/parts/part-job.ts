// What the main thread sends a part worker, and what comes back: plain data only.
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { FoldRecipe } from '../../domain/fold.js';
import type { ChecksState } from '../../load/rows/record-checks.js';
import type { LoadOptions } from '../../load/inputs/sink.js';
import type { CaseIdsData } from '../../assemble/case-ids.js';
import type { StoreState } from '../../assemble/store.js';
import type { TallyState } from '../read-tally.js';

export interface PartJob {
  /** The path to open, and the name positions give (the same for a named file). */
  path: string;
  file: string;
  criteria: CriteriaSet;
  load: Omit<LoadOptions, 'onRowId'>;
  /** Case keys as hashes, checked by the main thread at the end (as its own are). */
  hashIds: boolean;
  /** The rounds the main thread has met so far: the part numbers them alike (a case key carries its round's number). */
  rounds: Array<string | null>;
  /** Long form: the part's rows are joined into a store of its own (no fold), adopted by the main thread. */
  long: boolean;
  fold: FoldRecipe;
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
  tally: TallyState;
  /** Case keys taken (the part's duplicate-id table), for the check across parts. */
  ids: CaseIdsData;
  rounds: Array<string | null>;
  checks?: ChecksState;
  /** Long form: the part's cases, joined within the part. */
  store?: StoreState;
  fold: unknown;
}

/** A part being read: its result to come, and a way to stop it. */
export interface PartRun {
  result: Promise<PartResult>;
  stop(): Promise<void>;
}

/** How a part is read: on a worker thread (./worker-runner.ts), or in this thread (tests). */
export type PartRunner = (job: PartJob, onProgress: (progress: { bytes: number; rows: number }) => void) => PartRun;
