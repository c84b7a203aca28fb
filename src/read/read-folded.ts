// Reading into a fold when the inputs can be read again (files, not stdin): case ids are kept as
// 8-byte hashes instead of an id table (~33 bytes an id), with the messages held back. If two ids
// may be equal (assemble/case-ids.ts), or more was printed than is held, the held messages are
// dropped and everything is read again with the id table, into a fresh fold, which names each
// duplicate where it is. Either way the output is the id table's: the hashes only decide whether
// the inputs are read twice.
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { Fold } from '../domain/fold.js';
import { STDIN } from '../load/inputs/file-args.js';
import { readCases, type ReadOptions } from './read-cases.js';
import type { ReadResult } from './reading.js';

/** Where messages go while a reading may still be dropped: the shell's printer holds its output. */
interface MessageHold {
  hold(): void;
  /** Prints what was held; from now on messages print as they come. */
  release(): void;
  /** Forgets what was held, as if it never came. */
  discard(): void;
  /** More was printed than is held: the reading must be done again to print it all. */
  readonly overflowed: boolean;
}

export interface FoldedOptions extends Omit<ReadOptions, 'consumer' | 'hashIds'> {
  messages: MessageHold;
  /** Called before the second reading, with why it is needed (`--debug` says so; the progress line too). */
  onReadAgain?(why: { debug: string; progress: string }): void;
}

export async function readFolded<F extends Fold>(
  files: readonly string[],
  criteria: CriteriaSet,
  makeFold: () => F,
  options: FoldedOptions,
): Promise<{ result: ReadResult; fold: F }> {
  const read = async (hashIds: boolean) => {
    const fold = makeFold();
    const result = await readCases(files, criteria, { ...options, hashIds, consumer: { case: (c) => fold.add(c) } });
    return { result, fold };
  };
  if (files.includes(STDIN)) return read(false);
  const { messages } = options;
  messages.hold();
  let first: { result: ReadResult; fold: F } | undefined;
  try {
    first = await read(true);
  } catch (e) {
    // A failure stands, with what it printed; only if that was not all held is it read again.
    if (!messages.overflowed) {
      messages.release();
      throw e;
    }
  }
  if (first && !first.result.idsToRecheck && !messages.overflowed) {
    messages.release();
    return first;
  }
  const overflowed = messages.overflowed;
  messages.discard();
  options.onReadAgain?.({
    debug: overflowed ? 'more messages than are held back' : 'two case ids may be equal',
    progress: overflowed ? 'to print every message' : 'to check the case ids',
  });
  return read(false);
}
