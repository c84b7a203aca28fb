// Opening inputs: refuse what cannot be read as a file (missing, a directory, a FIFO, a device)
// before reading a byte, so a bad path is one clean line and never a hang.
import { closeSync, constants, fstatSync, openSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError } from '../../domain/errors.js';
import { checkWorkbookFile, isXlsxFile, otherSpreadsheet } from '../xlsx/container.js';
import { XLSX_LIMITS, XlsxError } from '../xlsx/limits.js';
import { FileChunks } from './file-chunks.js';
import { STDIN } from './file-args.js';
import { osReason } from './os-reasons.js';

/** An input's bytes, chunk by chunk; `destroy` stops reading. */
export type ByteSource = AsyncIterable<Buffer> & { destroy(): void };

export interface OpenedInput {
  name: string;
  /** Stdin as it comes; a file in chunks of one buffer, each valid until the next is asked for. */
  stream: ByteSource;
  /** Bytes, when known (regular files): for progress. */
  size?: number;
}

/** Opens a regular file for reading, or says why not (an InputError, in words). */
function openFile(name: string): { fd: number; size: number } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not block; we refuse it just below.
    fd = openSync(name, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(name, `cannot open: ${osReason(e)}`);
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    const what = stat.isDirectory() ? 'is a directory' : stat.isFIFO() ? 'is a pipe (FIFO)' : 'is a device or socket';
    throw new InputError(name, `cannot read: ${what}, expected a regular file`);
  }
  return { fd, size: stat.size };
}

export function openInput(name: string, stdin: Readable): OpenedInput {
  if (name === STDIN) return { name: '<stdin>', stream: stdin };
  const { fd, size } = openFile(name);
  return { name, stream: new FileChunks(fd), size };
}

/**
 * Checks every input opens before any is read, so a typo in the last path costs nothing. Each is
 * closed at once (not by a stream's later, asynchronous close): a thousand inputs never hold a
 * thousand descriptors.
 */
export function checkInputs(names: readonly string[]): InputError[] {
  const problems: InputError[] = [];
  for (const name of names) {
    if (name === STDIN) continue;
    try {
      closeSync(openFile(name).fd);
      // A workbook's size, kind and zip directory: refused here, before anything is unpacked.
      if (isXlsxFile(name)) checkWorkbookFile(name, XLSX_LIMITS);
      const other = otherSpreadsheet(name);
      if (other) problems.push(new InputError(name, other));
    } catch (e) {
      if (e instanceof InputError) problems.push(e);
      else if (e instanceof XlsxError) problems.push(new InputError(name, e.message));
      else throw e;
    }
  }
  return problems;
}

/** The inputs' bytes in all, when every one is a regular file (not stdin): for a progress line. */
export function inputSizes(files: readonly string[]): number | undefined {
  let total = 0;
  for (const file of files) {
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return undefined;
      total += stat.size;
    } catch {
      return undefined;
    }
  }
  return total;
}
