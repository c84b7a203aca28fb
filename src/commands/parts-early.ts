// A worker thread started before the command runs, for a CSV file large enough to be read in parts
// (src/read/parts): it boots while the main thread loads the command, the criteria and the header.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MIN_PART_BYTES } from '../read/parts/split.js';
import { startWorkerEarly } from '../read/parts/worker-runner.js';

/** Names read otherwise than as CSV (YAML, workbooks), which are never read in parts. */
const NOT_CSV = /\.(ya?ml|xlsx|xlsm)$/i;

/**
 * Starts the worker when one of `names` (the command line's words that are not options: files,
 * and option values, which are rarely large files) is a file of at least two parts and more than
 * one thread may read. A guess only: a worker not used is stopped with the process, so a wrong one
 * costs its start-up, never a result.
 */
export function startPartsEarly(names: readonly string[], threads: number | undefined): void {
  if (threads === 1 || (threads === undefined && availableParallelism() < 2)) return;
  const large = names.some((name) => {
    if (NOT_CSV.test(name)) return false;
    try {
      const stat = statSync(name, { throwIfNoEntry: false });
      return stat !== undefined && stat.isFile() && stat.size >= 2 * MIN_PART_BYTES;
    } catch {
      // Not a file this run can look at (a name too long, no access): the command says so itself.
      return false;
    }
  });
  if (large) startWorkerEarly();
}
