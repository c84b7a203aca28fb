// A worker's part of a CSV file: the file's header, then the bytes from `start` to `end`, read
// through the same read path (load, assemble, score) and fold as the main thread (long form: joined
// into the part's own store, which the main thread adopts). Whether the part can be used
// is decided here where it can be (its header and last line); the rest by the main thread.
import { closeSync, openSync } from 'node:fs';
import { makeFold } from '../../domain/fold.js';
import { loadCsv } from '../../load/csv/csv-cases.js';
import { FileChunks } from '../../load/inputs/file-chunks.js';
import { Reading } from '../reading.js';
import type { TallyState } from '../read-tally.js';
import type { PartJob, PartResult } from './part-job.js';
import { countLines } from './split.js';

const LF = 10;

/** `onProgress`: the part's bytes and rows so far, after each chunk. */
export async function readPart(job: PartJob, onProgress?: (bytes: number, rows: number) => void): Promise<PartResult> {
  const fold = await makeFold(job.fold, job.criteria);
  // One descriptor: the lines before the part are counted on it, then FileChunks reads and closes it.
  const fd = openSync(job.path, 'r');
  const counted = (() => {
    try {
      return { first: countLines(fd, job.start, job.dataLine - 1) };
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  })();
  // The part's own line feeds, counted as its bytes are read: where its last record must end.
  const lines = { inPart: 0 };
  const headerEnd = Math.max(0, counted.first.lineStart);
  const ranges = [{ start: 0, end: headerEnd }, job.end === undefined ? { start: job.start } : { start: job.start, end: job.end }];
  const bytes = new FileChunks(fd, ranges, (chunk, range) => {
    if (range === 1) for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) lines.inPart++;
  });
  const result: PartResult = {
    usable: true,
    firstLine: counted.first.before + 1,
    tally: { rows: 0, graded: 0, ungraded: 0, assessments: 0, events: [], incomplete: { count: 0, first: '' } },
    ids: { slots: new Uint32Array(0), bytePages: [], other: [] },
    rounds: [],
    fold: undefined,
  };
  const unusable = (why: string) => {
    if (result.usable) [result.usable, result.why] = [false, why];
  };
  if (counted.first.lineStart === -1) unusable('the header lines were not found');
  const events: TallyState['events'] = [];
  const reading = new Reading(
    job.criteria,
    job.long ? 'hold' : 'none',
    { case: (c) => fold.add(c) },
    (d, rejected) => events.push({ d, rejected }),
    job.hashIds,
    job.rounds,
  );
  const sink = reading.sink(job.file, job.long, onProgress);
  await loadCsv(job.file, bytes, job.criteria, sink, job.load, {
    onHeader(line) {
      if (line !== job.dataLine) unusable(`the header ends before line ${line}, not ${job.dataLine}`);
      // The header's own warnings are the main thread's to give.
      events.length = 0;
      return undefined;
    },
    dataLine: result.firstLine,
    ...(job.end === undefined
      ? {}
      : {
          atStop({ idle, line }) {
            const endLine = result.firstLine + lines.inPart;
            if (!idle || line !== endLine)
              unusable(idle ? `the part ends before line ${line}, not ${endLine}` : 'a record is open at the end of the part');
            return false;
          },
        }),
    keepChecks(feed) {
      const checks = feed.checksState();
      if (checks) result.checks = checks;
    },
    onFailure: () => unusable('reading stopped with an error'),
  });
  result.tally = reading.tally.state(events);
  result.rounds = reading.assembler.rounds;
  const { ids } = reading.assembler;
  // Long form: the cases are held in the part's store and folded by the main thread once joined.
  if (ids) result.ids = ids.data();
  else result.store = reading.assembler.storeState();
  result.fold = fold.state();
  return result;
}
