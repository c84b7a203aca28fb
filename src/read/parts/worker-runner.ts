// Parts read on worker threads: the worker runs the built part-worker.js, which reads its part
// through the same read path as the main thread (./read-part.ts).
import { Worker } from 'node:worker_threads';
import type { PartJob, PartMessage, PartResult, PartRunner } from './part-job.js';

/** The worker's script, when running from the build; from the TypeScript sources none (tests run parts in-thread). */
export function workerScript(): URL | undefined {
  const url = new URL('./part-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') ? url : undefined;
}

/** `job` null: started early, the job comes as its first message. */
function startWorker(job: PartJob | null): Worker {
  // A small young generation: the worker's garbage is short-lived rows; 8 MB instead of V8's
  // default kept peak RSS ~15 MB lower at the same CPU time (1M rows, docs/performance.md).
  return new Worker(workerScript()!, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
}

/** A worker started before its job is known, and whether it has failed or ended since. */
let early: { worker: Worker; gone: boolean } | undefined;

/**
 * Starts a worker now, to boot (its thread, Node's internals, the read path's modules: 0.1-0.5 s)
 * while the main thread loads the command, the criteria and the header; the first part then takes
 * it. Until then it keeps nothing alive, and a failure is only noted (the part starts one of its own).
 */
export function startWorkerEarly(): void {
  if (early || !workerScript()) return;
  const held = { worker: startWorker(null), gone: false };
  held.worker.unref();
  const gone = () => {
    held.gone = true;
  };
  held.worker.once('error', gone);
  held.worker.once('exit', gone);
  early = held;
}

/** Whether a worker started early is there for the first part (not yet taken, not failed). */
export function startedEarly(): boolean {
  return early !== undefined && !early.gone;
}

/** The worker started early, given `job`, or a new one. */
function workerFor(job: PartJob): Worker {
  const held = early;
  early = undefined;
  if (!held || held.gone) return startWorker(job);
  held.worker.ref();
  held.worker.postMessage(job);
  return held.worker;
}

export const onWorkerThread: PartRunner = (job, onProgress) => {
  const worker = workerFor(job);
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
