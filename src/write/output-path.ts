// Where --output goes: checked before any work, a temporary file beside it, failures in plain words.
import { accessSync, constants, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../domain/errors.js';

export function checkOutputPath(path: string): void {
  const dir = dirname(path);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new InputError(path, `cannot write: folder ${dir} does not exist`);
  }
  if (!isDir) throw new InputError(path, `cannot write: ${dir} is not a folder`);
  try {
    // Checked up front so a long run does not end in "permission denied" after all the work.
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(path, `cannot write: folder ${dir} is not writable (permission denied)`);
  }
  try {
    if (statSync(path).isDirectory()) throw new InputError(path, 'cannot write: is a directory');
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
}

/** The temporary file an --output is written to before it is renamed into place. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

const WRITE_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EISDIR: 'is a directory',
};

/** A failed write of --output, in plain words; the temporary file is already gone. */
export function cannotWrite(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return new InputError(path, `cannot write: ${WRITE_REASONS[code] ?? (code || (e as Error).message)}; the existing file, if any, is unchanged`);
}
