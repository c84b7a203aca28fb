// Parts read in this thread by the same readPart a worker runs (its job and result passed through
// structuredClone, as postMessage does): the parts plan of a test of the read path in parts.
import type { FoldRecipe } from '../../src/domain/fold.js';
import type { PartRunner } from '../../src/read/parts/part-job.js';
import type { PartsPlan } from '../../src/read/parts/file-parts.js';
import { readPart } from '../../src/read/parts/read-part.js';

const inThisThread: PartRunner = (job) => ({
  result: readPart(structuredClone(job)).then((r) => structuredClone(r)),
  stop: async () => {},
});

/** `threads` parts (none: undefined, one thread), each folded by `recipe`, merged by `merge`; --debug lines into `debug`. */
export function inThreadParts(threads: number | undefined, recipe: FoldRecipe, merge: (state: unknown) => void, debug: string[]) {
  if (threads === undefined) return {};
  const parts: PartsPlan = { recipe, threads, merge, runner: inThisThread, debug: (m) => debug.push(m) };
  return { parts };
}
