// The pseudonym key file: 64 hex characters (256 bits) and a newline, readable by its owner only.
// `key new` never overwrites one: a lost or replaced key cannot be made again, and every pseudonym
// made under it would stop joining. A key readable by others is refused, as ssh refuses a private key.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { platform } from 'node:os';
import { InputError } from '../domain/errors.js';
import { Pseudonyms } from '../domain/pseudonym.js';

const KEY_TEXT = /^[0-9a-f]{64}\r?\n?$/i;
/** Windows reports no group or other bits that mean anything: its ACLs are the owner's to set. */
const CHECK_MODE = platform() !== 'win32';

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such key file; make one with case-audit key new FILE';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'a folder, not a key file';
  return `cannot be read (${code ?? 'unknown error'})`;
}

/** The key in `file`, checked; any problem is an InputError naming the file (exit 2). The key is never quoted. */
export function readKeyFile(file: string): Uint8Array {
  let text: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (CHECK_MODE && (stat.mode & 0o077) !== 0) {
      const mode = (stat.mode & 0o777).toString(8).padStart(4, '0');
      throw new InputError(
        file,
        `permissions ${mode} are too open: a pseudonym key must be readable by its owner only; run chmod 600 on it (and ask who else may have read it)`,
      );
    }
    text = readFileSync(file, 'latin1');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, reason(e));
  }
  if (!KEY_TEXT.test(text))
    throw new InputError(file, 'not a pseudonym key: expected 64 hex characters and a newline, as case-audit key new writes');
  return Buffer.from(text.trim(), 'hex');
}

/** The pseudonyms made with the key in `file`. */
export function pseudonymsFrom(file: string): Pseudonyms {
  return new Pseudonyms(readKeyFile(file));
}

/** Writes a fresh 256-bit key to `file` (mode 0600); refuses a file that exists. Returns its fingerprint. */
export function writeNewKey(file: string): string {
  const key = randomBytes(32);
  try {
    writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new InputError(
        file,
        'already exists; case-audit key new never overwrites a key (pseudonyms made with it would no longer join)',
      );
    throw new InputError(file, reason(e));
  }
  return new Pseudonyms(key).fingerprint;
}
