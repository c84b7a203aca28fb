// What a command may touch of the process: passed in, so tests run the CLI in-process.
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  /** Where the progress line goes when stderr is held back (src/write/held-stderr.ts); else stderr. */
  progress?: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: Record<string, string | undefined>;
  /** The working folder: file names under it are shown relative to it. */
  cwd: string;
  /** Today's date (yyyy-mm-dd), from the process's clock: what `--as-of` defaults to. */
  today?: string;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
