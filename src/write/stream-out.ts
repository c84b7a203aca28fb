// Output written while cases are still being read (`score --format csv|json`): --output still
// appears atomically (a temporary file renamed at the end), stdout gets backpressure.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { cannotWrite, checkOutputPath, tempPathFor } from './output-path.js';

/** Text is gathered into writes of about this many characters. */
const BATCH = 64 * 1024;

export interface StreamOut {
  write(text: string): void;
  /** A promise while stdout is full: the reader waits on it between chunks. */
  ready: () => Promise<void> | undefined;
  /** Everything written and, for --output, renamed into place. */
  end(): Promise<void>;
  /** After a failure: no partial --output is left behind. */
  abort(): void;
}

export function openStreamOut(output: string | undefined, stdout: Writable): StreamOut {
  return output ? fileOut(output) : stdoutOut(stdout);
}

/** Small writes gathered into one big one; `take` empties it. */
function batches(flush: (text: string) => void) {
  let pending = '';
  return {
    write(text: string) {
      pending += text;
      if (pending.length >= BATCH) flush(this.take());
    },
    take() {
      const text = pending;
      pending = '';
      return text;
    },
  };
}

function stdoutOut(stdout: Writable): StreamOut {
  let drained: Promise<void> | undefined;
  const batch = batches((text) => {
    if (!stdout.write(text) && !drained) drained = new Promise((resolve) => stdout.once('drain', () => ((drained = undefined), resolve())));
  });
  return {
    write: (text) => batch.write(text),
    ready: () => drained,
    async end() {
      const last = batch.take();
      // Resolves once handed over; a closed pipe (| head) is not an error here.
      await new Promise<void>((resolve) => (last === '' ? resolve() : stdout.write(last, () => resolve())));
    },
    abort: () => void batch.take(),
  };
}

function fileOut(path: string): StreamOut {
  checkOutputPath(path);
  const tmp = tempPathFor(path);
  let fd: number | undefined;
  const fail = (e: unknown): never => {
    cleanUp();
    throw cannotWrite(path, e);
  };
  const cleanUp = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was created
    }
  };
  const flush = (text: string) => {
    try {
      fd ??= openSync(tmp, 'wx', 0o644);
      writeSync(fd, text);
    } catch (e) {
      fail(e);
    }
  };
  const batch = batches(flush);
  return {
    write: (text) => batch.write(text),
    ready: () => undefined,
    async end() {
      flush(batch.take());
      try {
        fsyncSync(fd!);
        closeSync(fd!);
        fd = undefined;
        renameSync(tmp, path);
      } catch (e) {
        fail(e);
      }
    },
    abort: cleanUp,
  };
}
