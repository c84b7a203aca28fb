// Output written while cases are still being read (`score --format csv|json`): --output still
// appears atomically (a temporary file renamed at the end), stdout gets backpressure. A device or
// FIFO given as --output is written straight into: renaming over it would replace the device.
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { cannotWrite, checkOutputPath, type OutputTarget } from './output-path.js';
import { forgetTemp, rememberTemp } from './temp-files.js';

/** Output is gathered into writes of about this many bytes. */
const BATCH = 64 * 1024;
/** A batch's room: a piece that could overrun it (3 bytes a UTF-16 unit at most) starts a new one. */
const ROOM = 2 * BATCH;

export interface StreamOut {
  /**
   * Text is batched; bytes (a binary format) are written after any pending text. Never throws: a
   * failed write is kept for `end` and what follows it is dropped, for a write made while a loader
   * reads would be taken by the loader for an error in its input.
   */
  write(content: string | Uint8Array): void;
  /** A promise while stdout is full: the reader waits on it between chunks. */
  ready: () => Promise<void> | undefined;
  /** Everything written and, for --output, synced and renamed into place; or the first failure, thrown. */
  end(): Promise<void>;
  /** After a failure: no partial --output is left behind. */
  abort(): void;
}

export function openStreamOut(output: string | undefined, stdout: Writable): StreamOut {
  return output ? fileOut(checkOutputPath(output)) : stdoutOut(stdout);
}

/** Text pieces are joined up to about this many characters before they are encoded. */
const TEXT_RUN = 16 * 1024;

/**
 * Small writes gathered into one big one; `take` empties it. Text pieces (a row each) are joined
 * into runs of about 16K characters and each run encoded into the batch's bytes: encoding a piece at
 * a time was a fifth of `score --format csv`'s CPU time, three times what the runs cost. A run stays
 * short: encoding one long string made of many pieces is slow when it holds any character beyond
 * Latin-1 (the table's box lines): 1M table rows took 6 s with the whole batch as one string.
 */
function batches(flush: (bytes: Uint8Array) => void) {
  let bytes = Buffer.allocUnsafe(ROOM);
  let at = 0;
  let text = '';
  const take = (): Uint8Array => {
    if (text !== '') encode();
    const taken = bytes.subarray(0, at);
    [bytes, at] = [Buffer.allocUnsafe(ROOM), 0];
    return taken;
  };
  const put = (content: string | Uint8Array) => {
    const most = typeof content === 'string' ? content.length * 3 : content.length;
    if (at + most > ROOM) {
      if (at > 0) flush(take());
      // Larger than a batch: written on its own.
      if (most > ROOM) return flush(typeof content === 'string' ? Buffer.from(content) : content);
    }
    if (typeof content === 'string') at += bytes.write(content, at);
    else {
      bytes.set(content, at);
      at += content.length;
    }
    if (at >= BATCH) flush(take());
  };
  function encode() {
    const run = text;
    text = '';
    put(run);
  }
  return {
    write(content: string | Uint8Array) {
      if (typeof content === 'string') {
        text += content;
        if (text.length >= TEXT_RUN) encode();
        return;
      }
      if (text !== '') encode();
      put(content);
    },
    /** What is gathered; the batch's bytes are handed over (a stream may keep them), never used again. */
    take,
  };
}

function stdoutOut(stdout: Writable): StreamOut {
  let drained: Promise<void> | undefined;
  const batch = batches((content) => {
    if (!stdout.write(content) && !drained)
      drained = new Promise((resolve) => stdout.once('drain', () => ((drained = undefined), resolve())));
  });
  return {
    write: (content) => batch.write(content),
    ready: () => drained,
    async end() {
      const last = batch.take();
      // Resolves once handed over; a closed pipe (| head) is not an error here.
      await new Promise<void>((resolve) => (last.length === 0 ? resolve() : stdout.write(last, () => resolve())));
    },
    abort: () => void batch.take(),
  };
}

/**
 * writeSync may write fewer bytes than it was given (a full disk writes what fits and says how
 * much): the rest is written until none is left, so a short count is never taken for success.
 */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    // No progress and no error would loop for ever: the kernel only does that on a full device.
    if (n <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
    done += n;
  }
}

function fileOut(target: OutputTarget): StreamOut {
  const { special } = target;
  const into = special ? target.file : target.temp;
  let fd: number | undefined;
  // The first failure ends the output: later writes are dropped, never reopen a temporary file.
  let failure: Error | undefined;
  const cleanUp = () => {
    try {
      if (fd !== undefined) closeSync(fd);
    } catch {
      // the write already failed; closing cannot make it worse
    }
    fd = undefined;
    if (special) return;
    try {
      unlinkSync(into);
    } catch {
      // nothing was created
    }
    forgetTemp(into);
  };
  const fail = (e: unknown) => {
    cleanUp();
    failure = cannotWrite(target, e);
  };
  const open = (): number => {
    if (special) return openSync(into, 'w');
    rememberTemp(into);
    const opened = openSync(into, 'wx', 0o644);
    // The replacement keeps the mode the existing file had (0600 stays private).
    if (target.mode !== undefined) fchmodSync(opened, target.mode);
    return opened;
  };
  const flush = (content: Uint8Array) => {
    if (failure) return;
    try {
      fd ??= open();
      writeAll(fd, content);
    } catch (e) {
      fail(e);
    }
  };
  const batch = batches(flush);
  return {
    write: (content) => batch.write(content),
    ready: () => undefined,
    async end() {
      flush(batch.take());
      if (failure) throw failure;
      try {
        // On disk before the rename: a crash or a full disk after it never leaves a short file in place.
        if (!special) fsyncSync(fd!);
        closeSync(fd!);
        fd = undefined;
        if (!special) {
          renameSync(into, target.file);
          forgetTemp(into);
        }
      } catch (e) {
        fail(e);
        throw failure;
      }
    },
    abort: cleanUp,
  };
}
