// Parts read on worker threads: the worker runs the built part-worker.js, which reads its part
// through the same read path as the main thread (./read-part.ts).
import { Worker } from 'node:worker_threads';
import type { PartMessage, PartResult, PartRunner } from './part-job.js';

/** The worker's script, when running from the build; from the TypeScript sources none (tests run parts in-thread). */
export function workerScript(): URL | undefined {
  const url = new URL('./part-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') ? url : undefined;
}

export const onWorkerThread: PartRunner = (job, onProgress) => {
  // A small young generation: the worker's garbage is short-lived rows; 8 MB instead of V8's
  // default kept peak RSS ~15 MB lower at the same CPU time (1M rows, docs/performance.md).
  const worker = new Worker(workerScript()!, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  const result = new Promise<PartResult>((resolve) => {
    const failed = (why: string) => resolve({ usable: false, why } as PartResult);
    worker.on('message', (m: PartMessage) => {
      if ('progress' in m) onProgress(m.progress);
      else resolve(m);
    });
    worker.once('error', (e) => failed(`the worker failed: ${e.message}`));
    worker.once('exit', () => failed('the worker ended without a result'));
  });
  return { result, stop: () => worker.terminate().then(() => undefined) };
};
