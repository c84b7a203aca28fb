// The worker thread's entry: read one part of a file and send the result back (./file-parts.ts).
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import type { PartJob } from './part-job.js';
import { readPart } from './read-part.js';

// Progress at most ten times a second, as the main thread's progress line redraws.
let last = 0;
// Started early (worker-runner.ts), the worker has loaded its modules by now and waits for its job.
const job = (workerData as PartJob | null) ?? ((await once(parentPort!, 'message')) as [PartJob])[0];
const result = await readPart(job, (bytes, rows) => {
  const now = performance.now();
  if (now - last < 100) return;
  last = now;
  parentPort!.postMessage({ progress: { bytes, rows } });
});
// The id table's pages (or the hashes' pages) are moved to the main thread, not copied.
const { ids, store } = result;
const moved: Array<{ buffer: ArrayBufferLike }> = 'pages' in ids ? [...ids.pages] : [ids.slots, ...ids.bytePages];
// A long-form part's store: its columns are copies of their own, its code pages its own.
if (store) {
  const { caseType, caseRound, firstOf, aNext, aRole, aAuditor, aState, aFile, aLine, aCodes, codes } = store;
  moved.push(caseType, caseRound, firstOf, aNext, aRole, aAuditor, aState, aFile, aLine, aCodes, ...codes);
}
parentPort!.postMessage(
  result,
  moved.map((p) => p.buffer as ArrayBuffer),
);
