// A worker's part of a CSV file: the file's header, then the bytes from `start` to `end`, read
// through the same loader, assembler and fold as the main thread. Whether the part can be used
// is decided here where it can be (its header and last line); the rest by the main thread.
import { closeSync, openSync } from 'node:fs';
import { CaseReader } from '../case-reader.js';
import { loadCsv } from '../load/csv-cases.js';
import { FileChunks } from '../load/file-chunks.js';
import { RecordedIncomplete } from '../summarise/recorded-incomplete.js';
import { makeFold } from './fold-spec.js';
import type { PartJob, PartResult } from './part-job.js';
import { countLines } from './split.js';

const LF = 10;

/** `onProgress`: the part's bytes and rows so far, after each chunk. */
export async function readPart(job: PartJob, onProgress?: (bytes: number, rows: number) => void): Promise<PartResult> {
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
    rows: 0,
    graded: 0,
    ungraded: 0,
    assessments: 0,
    events: [],
    keys: { slots: new Uint32Array(0), bytePages: [], other: [] },
    rounds: [],
    fold: undefined,
    incomplete: { count: 0, first: '' },
  };
  const unusable = (why: string) => {
    if (result.usable) [result.usable, result.why] = [false, why];
  };
  if (counted.first.lineStart === -1) unusable('the header lines were not found');
  const fold = makeFold(job.fold, job.criteria);
  const incomplete = new RecordedIncomplete();
  const reader = new CaseReader(
    job.criteria,
    'stream',
    {
      onCase(c) {
        for (const a of c.assessments.values()) incomplete.note(a, c.caseId);
        fold.add(c);
      },
      onDiagnostic: (d, rejected) => result.events.push({ d, rejected }),
      ...(onProgress ? { onBytes: (_file: string, bytes: number, rows: number) => onProgress(bytes, rows) } : {}),
    },
    job.deferIds,
  );
  await loadCsv(job.file, bytes, job.criteria, reader.sink(job.file, false), job.load, {
    onHeader(line) {
      if (line !== job.dataLine) unusable(`the header ends before line ${line}, not ${job.dataLine}`);
      // The header's own warnings are the main thread's to give.
      result.events.length = 0;
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
  const rejected = result.events.filter((e) => e.rejected).length;
  result.rows = reader.rows;
  result.graded = reader.accounting.graded;
  result.ungraded = reader.accounting.ungraded;
  result.assessments = reader.assembler.assessments - rejected;
  result.rounds = reader.assembler.rounds;
  result.keys = reader.assembler.keyData();
  result.fold = fold.state();
  result.incomplete = { count: incomplete.count, first: incomplete.first };
  return result;
}
