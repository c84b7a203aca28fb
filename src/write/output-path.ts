// Where --output goes, decided before any work: the real file behind a symlink, whether it is a
// device or FIFO (written straight into), its mode, and a temporary name beside it that fits.
import { accessSync, constants, lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../domain/errors.js';

/** Longest file name in bytes on the file systems we meet (ext4, APFS, NTFS). */
const NAME_MAX = 255;

export interface OutputTarget {
  /** The path as given, for messages. */
  path: string;
  /** The file actually written: a symlink's target, so the link itself is kept. */
  file: string;
  /** A device or FIFO: written in place, never renamed over. */
  special: boolean;
  /** An existing regular file's permission bits, kept by the replacement. */
  mode: number | undefined;
  /** Where the output is written before the rename (regular files). */
  temp: string;
}

const statOrNull = (path: string): Stats | null => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

/** Follows symlinks by hand, so a dangling link still names the file it would create. */
function followLinks(path: string): string {
  let file = path;
  for (let hops = 0; hops < 40; hops++) {
    let link: Stats;
    try {
      link = lstatSync(file);
    } catch {
      return file;
    }
    if (!link.isSymbolicLink()) return file;
    file = resolve(dirname(file), readlinkSync(file));
  }
  throw new InputError(path, 'cannot write: too many symbolic links');
}

/** `.name.<pid>.<ts>.tmp` beside the file, the name shortened so it fits NAME_MAX bytes. */
function tempPathFor(file: string): string {
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  let name = basename(file);
  while (Buffer.byteLength(`.${name}${suffix}`) > NAME_MAX) name = name.slice(0, -1);
  return join(dirname(file), `.${name}${suffix}`);
}

/** Checks --output can be written, and refuses one that is any of the inputs (same file, any path). */
export function checkOutputPath(path: string, inputs: readonly string[] = []): OutputTarget {
  if (Buffer.byteLength(basename(path)) > NAME_MAX) throw new InputError(path, `cannot write: file name longer than ${NAME_MAX} bytes`);
  const file = followLinks(path);
  const existing = statOrNull(file);
  if (existing?.isDirectory()) throw new InputError(path, 'cannot write: is a directory');
  for (const input of inputs) {
    const stat = input === '-' ? null : statOrNull(input);
    if (existing && stat && stat.isFile() && stat.dev === existing.dev && stat.ino === existing.ino) {
      throw new InputError(path, `cannot write: it is the input ${input}; choose another --output so the input is not overwritten`);
    }
  }
  const special = existing !== null && !existing.isFile();
  if (special) return { path, file, special, mode: undefined, temp: '' };
  const dir = dirname(file);
  const folder = statOrNull(dir);
  if (!folder) throw new InputError(path, `cannot write: folder ${dir} does not exist`);
  if (!folder.isDirectory()) throw new InputError(path, `cannot write: ${dir} is not a folder`);
  try {
    // Checked up front so a long run does not end in "permission denied" after all the work.
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(path, `cannot write: folder ${dir} is not writable (permission denied)`);
  }
  if (existing) {
    // No write bit for anyone means someone protected it: root's access() would say yes regardless.
    let writable = (existing.mode & 0o222) !== 0;
    try {
      accessSync(file, constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable) throw new InputError(path, 'cannot write: the file is read-only; make it writable or choose another --output');
  }
  return { path, file, special, mode: existing ? existing.mode & 0o7777 : undefined, temp: tempPathFor(file) };
}

const WRITE_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EISDIR: 'is a directory',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  ENAMETOOLONG: 'file name too long',
};

/** A write error's code in words. */
export function writeReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return WRITE_REASONS[code] ?? (code || (e as Error).message);
}

/** A failed write of --output, in plain words; the temporary file is already gone. */
export function cannotWrite(target: OutputTarget, e: unknown): InputError {
  // A device or FIFO was written in place: what reached it cannot be taken back.
  const left = target.special ? '' : target.mode !== undefined ? '; the existing file is unchanged' : '; no file was written';
  return new InputError(target.path, `cannot write: ${writeReason(e)}${left}`);
}
