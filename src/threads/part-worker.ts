// The worker thread's entry: read one part of a file and send the result back (src/threads/file-parts.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { PartJob } from './part-job.js';
import { readPart } from './read-part.js';

const result = await readPart(workerData as PartJob);
// The id table's pages are moved to the main thread, not copied.
const { slots, entryPages, bytePages } = result.keys;
parentPort!.postMessage(result, [slots.buffer, ...entryPages.map((p) => p.buffer), ...bytePages.map((p) => p.buffer)]);
