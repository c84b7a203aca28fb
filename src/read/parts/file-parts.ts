// A large CSV file read in parts: the main thread reads from the start to the first cut while
// workers read the other parts, each from a line start. When the main thread reaches the cut, the
// parts are used only if the result must be the one a single pass gives: the cut is between records
// there (not inside a quoted field), every part's line count agrees, and no case id is used in two
// parts. Otherwise the workers are stopped and the main thread reads on itself, so the output is
// the same, byte for byte, either way; only the time differs. Long form: each part is joined into a
// store of its own, which the main thread adopts where no case clashes across parts.
import { closeSync, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CaseIds } from '../../assemble/case-ids.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { FoldRecipe } from '../../domain/fold.js';
import type { CsvPart } from '../../load/csv/csv-cases.js';
import type { RowFeed } from '../../load/rows/row-feed.js';
import type { ReadOptions } from '../read-cases.js';
import type { Reading } from '../reading.js';
import type { PartJob, PartResult, PartRun, PartRunner } from './part-job.js';
import { cutPoints, MIN_PART_BYTES } from './split.js';
import { onWorkerThread, startedEarly, workerScript } from './worker-runner.js';

/**
 * The main thread's part against a worker's: a worker started only now boots first (its thread and
 * modules, 0.1-0.5 s) and counts the lines before its part, so the main thread takes a little more.
 * One started early (worker-runner.ts) has booted while the main thread loaded: equal parts.
 */
const MAIN_SHARE = { late: 1.1, early: 1 };

export interface PartsPlan {
  /** --threads: parts to read at once; absent: one per core, large files only. */
  threads?: number;
  /** What each part is folded into: the command's fold, made again in the worker. */
  recipe: FoldRecipe;
  /** Each usable part's fold state, in file order, after the main thread's own part. */
  merge(state: unknown): void;
  /** --debug: how the file was read (in parts, or why not). */
  debug?(message: string): void;
  /** How a part is read (default: on a worker thread, which runs the build; tests read parts in-thread). */
  runner?: PartRunner;
}

/**
 * How many parts a file of `bytes` (after the header) is read in.
 * @internal exported for its own tests
 */
export function partCount(bytes: number, threads: number | undefined, cores = availableParallelism()): number {
  if (threads !== undefined) return threads;
  return Math.max(1, Math.min(cores, Math.floor(bytes / MIN_PART_BYTES)));
}

export class FileParts {
  private runs: PartRun[] = [];
  private readonly workerProgress: Array<{ bytes: number; rows: number }> = [];
  private readonly options: PartsPlan;
  private readonly runner: PartRunner | undefined;

  constructor(
    private readonly path: string,
    private readonly size: number,
    private readonly criteria: CriteriaSet,
    private readonly reading: Reading,
    private readonly read: ReadOptions,
    /** Long form: each part joined into a store of its own, adopted here in file order (assemble/part-stores.ts). */
    private readonly long = false,
  ) {
    this.options = read.parts!;
    this.runner = this.options.runner ?? (workerScript() ? onWorkerThread : undefined);
  }

  csvPart(): CsvPart | undefined {
    if (!this.runner || this.read.load.onRowId) return undefined;
    return {
      onHeader: (dataLine, bytesRead, encoding) => {
        // Cuts are made after a 0x0A byte, which is a line feed only where every other character
        // is more than one byte or none is (UTF-8, Windows-1252); in UTF-16 it can be half of one.
        if (encoding.startsWith('utf-16')) return this.oneThread(`${encoding.toUpperCase()} cannot be cut at its bytes`);
        try {
          return this.start(dataLine, bytesRead);
        } catch (e) {
          // The parts only save time: a file that cannot be cut (or a thread that cannot start) is read
          // on one, and any worker already started is stopped, so nothing is merged at the end. Not
          // awaited: onHeader answers at once and the read goes on here while the workers end.
          void this.close();
          return this.oneThread((e as Error).message);
        }
      },
      // The end of the stream before the cut (the file shrank) merges nothing.
      atStop: ({ idle, line, feed, atCut }) => (atCut ? this.join(idle, line, feed) : this.close().then(() => true)),
    };
  }

  private oneThread(why: string): undefined {
    this.options.debug?.(`${this.path}: read on one thread: ${why}`);
    return undefined;
  }

  /** Cuts the rest of the file and starts a worker per part after the first; the first cut, if any. */
  private start(dataLine: number, bytesRead: number): number | undefined {
    const parts = partCount(this.size - bytesRead, this.options.threads);
    if (parts < 2) return undefined;
    const early = this.runner === onWorkerThread && startedEarly();
    const fd = openSync(this.path, 'r');
    let cuts: number[];
    try {
      cuts = cutPoints(fd, bytesRead, this.size, parts, early ? MAIN_SHARE.early : MAIN_SHARE.late);
    } finally {
      closeSync(fd);
    }
    if (cuts.length === 0) return undefined;
    if (early) this.options.debug?.(`${this.path}: the first worker was started before the command loaded`);
    const { delimiter, keepExtra, sheet, typeMap, headerMap, encoding, round, pseudonymKey } = this.read.load;
    // Only data crosses to a worker (the read options also hold callbacks); the key too, so a
    // worker's ids are pseudonyms as the main thread's are.
    const load = { delimiter, keepExtra, sheet, typeMap, headerMap, encoding, round, pseudonymKey };
    this.runs = cuts.map((start, i) => {
      const job: PartJob = {
        path: this.path,
        file: this.path,
        criteria: this.criteria,
        load,
        hashIds: this.reading.assembler.ids?.hashed ?? false,
        rounds: [...this.reading.assembler.rounds],
        long: this.long,
        fold: this.options.recipe,
        dataLine,
        start,
        ...(i + 1 < cuts.length ? { end: cuts[i + 1]! } : {}),
      };
      return this.runner!(job, (progress) => this.progress(i, progress));
    });
    return cuts[0];
  }

  /** Bytes and rows each worker has read, shown in the main thread's progress line. */
  private progress(worker: number, now: { bytes: number; rows: number }): void {
    this.workerProgress[worker] = now;
    const bytes = this.workerProgress.reduce((sum, p) => sum + p.bytes, 0);
    this.reading.partsProgress(
      bytes,
      this.workerProgress.reduce((sum, p) => sum + p.rows, 0),
    );
  }

  /** At the first cut: true to read on here (a part cannot be used), false when the parts are merged. */
  private async join(idle: boolean, line: number, feed: RowFeed): Promise<boolean> {
    const reached = performance.now();
    const results = await Promise.all(this.runs.map((r) => r.result));
    const waited = performance.now() - reached;
    let why: string | undefined;
    try {
      why = this.whyNot(results, idle, line);
    } catch (e) {
      // The parts only save time: if checking them fails in any way, the main thread reads on.
      why = (e as Error).message;
    }
    this.options.debug?.(
      `${this.path}: ${why ? `read on one thread after the first cut: ${why}` : `read in ${results.length + 1} parts`} (main part done at ${Math.round(reached)} ms, waited ${Math.round(waited)} ms, checked at ${Math.round(performance.now())} ms)`,
    );
    if (why) {
      await this.close();
      return true;
    }
    const { tally, assembler } = this.reading;
    for (const r of results) {
      tally.absorb(r.tally);
      feed.absorbChecks(r.checks);
      if (r.store) {
        assembler.adoptPart({ store: r.store, rounds: r.rounds });
        continue;
      }
      // A later file's ids are checked against this part's too.
      assembler.absorbPart({ rounds: r.rounds, ids: r.ids }, this.path);
      this.options.merge(r.fold);
    }
    await this.close();
    return false;
  }

  /** Why the parts cannot stand for the main thread reading on, or undefined when they can. */
  private whyNot(results: readonly PartResult[], idle: boolean, line: number): string | undefined {
    if (!idle) return 'a record is open at the first cut';
    const unusable = results.find((r) => !r.usable);
    if (unusable) return unusable.why;
    if (results[0]!.firstLine !== line) return `the first cut is at line ${line}, not ${results[0]!.firstLine}`;
    if (this.long) return this.casesJoin(results);
    return this.keysAreNew(results) ? undefined : 'a case id or round is in more than one part';
  }

  /**
   * Long form: a part's cases join the rows before them as read (no clash across parts), and no part
   * refused a row for a type clash (its message names the case's first place, which may be earlier).
   */
  private casesJoin(results: readonly PartResult[]): string | undefined {
    if (results.some((r) => r.tally.events.some((e) => e.d.rule === 'case-type-clash'))) return 'a part refused a row for a type clash';
    return this.reading.assembler.partsClash(results.map((r) => ({ store: r.store!, rounds: r.rounds })));
  }

  /**
   * No case key taken in two parts (a duplicate's message names the first place, which a later part
   * cannot know), and the rounds numbered alike in every thread (a key carries its round's number):
   * each part started with the rounds the main thread had met, so every thread's list must be the
   * start of the longest (a round met first in two threads would have two numbers).
   */
  private keysAreNew(results: readonly PartResult[]): boolean {
    const { assembler } = this.reading;
    const lists = [assembler.rounds, ...results.map((r) => r.rounds)];
    const longest = lists.reduce((a, b) => (b.length > a.length ? b : a));
    if (!lists.every((l) => l.every((round, i) => round === longest[i]))) return false;
    const ids = assembler.ids!;
    return !results.some(
      (r, k) => ids.sharesAny(r.ids) || results.slice(0, k).some((earlier) => CaseIds.shared(earlier.ids, r.ids, this.path)),
    );
  }

  /** Stops any part still being read (the file ended early, or the parts were not used). */
  async close(): Promise<void> {
    // From here the main thread's own count is the file's (it read on, or the parts are merged).
    this.reading.partsProgress(0, 0);
    const runs = this.runs.splice(0);
    await Promise.all(runs.map((r) => r.stop()));
  }
}
