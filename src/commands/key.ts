// `case-audit key new FILE`: a fresh pseudonym key, readable by its owner only; never overwrites one.
import type { Io } from '../domain/io.js';
import { writeNewKey } from '../load/key-file.js';

export async function keyNewCommand(args: unknown[], _options: unknown, io: Io): Promise<number> {
  const file = args[0] as string;
  const fingerprint = writeNewKey(file);
  io.stderr.write(
    `case-audit: wrote a new pseudonym key to ${file} (fingerprint ${fingerprint}); keep it in the force: whoever holds it can trace pseudonyms back to cases, and without it nobody can\n`,
  );
  return 0;
}
