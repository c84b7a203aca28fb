// One updating progress line on stderr for long reads: rows, MB read, percent of bytes, rows/s.
// Only for a person at a terminal: never when stderr is not a TTY, with --quiet, or in CI.
import type { Writable } from 'node:stream';
import { escapeText } from '../text/escape.js';
import type { ReadProgress } from '../domain/read-progress.js';
import { displayPath } from './diagnostics.js';

/** Inputs smaller than this finish before a progress line would help. */
export const PROGRESS_MIN_BYTES = 5 * 2 ** 20;
const INTERVAL_MS = 100;


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
}

const number = new Intl.NumberFormat('en-GB');
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export function progressText({ file, rows, bytes, total, elapsedMs, again }: ProgressState): string {
  const rate = elapsedMs > 0 ? Math.round((rows * 1000) / elapsedMs) : 0;
  const read = total ? `${mb(bytes)} of ${mb(total)} MB (${Math.min(100, Math.floor((100 * bytes) / total))}%)` : `${mb(bytes)} MB`;
  const name = `${escapeText(displayPath(file))}${again ? ` again, ${again}` : ''}`;
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

  constructor(
    private readonly stream: ErrStream,
    private readonly total: number | undefined,
    private readonly now: () => number = () => performance.now(),
    private readonly again?: string,
  ) {
    this.started = now();
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
      ...(this.again ? { again: this.again } : {}),
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

/** A progress line for inputs of `total` bytes (undefined: not known), or undefined when nobody is watching. */
export function makeProgress(
  stderr: ErrStream,
  env: Record<string, string | undefined>,
  quiet: boolean | undefined,
  total: number | undefined,
  now?: () => number,
  again?: string,
): Progress | undefined {
  if (!stderr.isTTY || quiet || env.CI) return undefined;
  return new Progress(stderr, total, now, again);
}
