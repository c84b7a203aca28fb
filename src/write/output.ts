// Writing results: --output atomically (temp file in the same folder, then rename), else stdout.
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { InputError } from '../errors.js';

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
    if (statSync(path).isDirectory()) throw new InputError(path, 'cannot write: is a directory');
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
}

/** The temporary file an --output is written to before it is renamed into place. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

export function writeAtomic(path: string, content: string): void {
  checkOutputPath(path);
  const tmp = tempPathFor(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was created
    }
    throw new InputError(path, `cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Resolves once the text is handed to the stream; a closed pipe (| head) is not an error. */
export function writeStream(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text === '') return resolve();
    stream.write(text, () => resolve());
  });
}

export async function emit(text: string, output: string | undefined, stdout: Writable): Promise<void> {
  if (output) writeAtomic(output, text);
  else await writeStream(stdout, text);
}
