// One updating progress line on stderr for long reads: rows, MB read, percent of bytes, rows/s.
// Only for a person at a terminal: never when stderr is not a TTY, with --quiet, or in CI.
import type { Writable } from 'node:stream';
import { escapeText } from '../text/escape.js';
import type { ReadProgress } from '../domain/read-progress.js';
import { displayPath } from './diagnostics.js';

/**
 * Inputs smaller than this finish before a progress line would help.
 * @internal exported for its own tests
 */
export const PROGRESS_MIN_BYTES = 5 * 2 ** 20;
const INTERVAL_MS = 100;

/** @internal exported for its own tests */
export interface ProgressState {
  file: string;
  rows: number;
  /** Bytes read so far, all files. */
  bytes: number;
  /** All inputs' bytes, when every size is known (not stdin). */
  total: number | undefined;
  elapsedMs: number;
  /** Why the inputs are being read a second time ('to check the case ids'). */
  again?: string;
  /** The working folder: a file under it is named relative to it. */
  cwd: string;
}

const number = new Intl.NumberFormat('en-GB');
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/** @internal exported for its own tests */
export function progressText({ file, rows, bytes, total, elapsedMs, again, cwd }: ProgressState): string {
  const rate = elapsedMs > 0 ? Math.round((rows * 1000) / elapsedMs) : 0;
  const read = total ? `${mb(bytes)} of ${mb(total)} MB (${Math.min(100, Math.floor((100 * bytes) / total))}%)` : `${mb(bytes)} MB`;
  const name = `${escapeText(displayPath(file, cwd))}${again ? ` again, ${again}` : ''}`;
  return `reading ${name}: ${number.format(rows)} rows, ${read}, ${number.format(rate)} rows/s`;
}

type ErrStream = Writable & { isTTY?: boolean; columns?: number };

export class Progress {
  private shown = false;
  private last = -Infinity;
  private done = 0;
  private file = '';
  private fileBytes = 0;
  private readonly started: number;

  private readonly total: number | undefined;
  private readonly now: () => number;

  constructor(
    private readonly stream: ErrStream,
    private readonly options: ProgressOptions,
  ) {
    this.total = options.total;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** Redraws at most every 100 ms, once the input is known to be large. */
  update = ({ file, bytes, rows }: ReadProgress): void => {
    if (file !== this.file) {
      this.done += this.fileBytes;
      this.file = file;
    }
    this.fileBytes = bytes;
    const read = this.done + bytes;
    if ((this.total ?? read) < PROGRESS_MIN_BYTES) return;
    const t = this.now();
    if (t - this.last < INTERVAL_MS) return;
    this.last = t;
    const text = progressText({
      file,
      rows,
      bytes: read,
      total: this.total,
      elapsedMs: t - this.started,
      cwd: this.options.cwd,
      ...(this.options.again ? { again: this.options.again } : {}),
    });
    // Never wrap: a wrapped line cannot be redrawn in place. A pty may say 0 columns: unknown, so 80.
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    this.stream.write(`\r${text.slice(0, width)}\x1b[K`);
    this.shown = true;
  };

  /** Takes the line away (before a diagnostic is printed, and at the end). */
  clear = (): void => {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  };
}

export interface ProgressOptions {
  /** The inputs' bytes in all; undefined when not known (stdin). */
  total: number | undefined;
  cwd: string;
  /** Why the inputs are read again, said on the line. */
  again?: string;
  /** The clock, in milliseconds (tests give their own). */
  now?: () => number;
}

/** A progress line, or undefined when nobody is watching (not a terminal, --quiet, CI). */
export function makeProgress(
  stderr: ErrStream,
  watch: { env: Record<string, string | undefined>; quiet: boolean | undefined },
  options: ProgressOptions,
): Progress | undefined {
  if (!stderr.isTTY || watch.quiet || watch.env.CI) return undefined;
  return new Progress(stderr, options);
}
