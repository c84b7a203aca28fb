// The read path, top to bottom: which form the inputs are in decides once how rows are joined; then
// each input is loaded into assessment records (load/), and each row is assembled, scored and handed
// on as a case by a Reading (./reading.ts); every row read is accounted for. A part worker (./parts)
// runs its part of a large file through a Reading of its own.
import type { Readable } from 'node:stream';
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { ReadProgress } from '../domain/read-progress.js';
import type { JoinMode } from '../assemble/assembler.js';
import { loadCsv } from '../load/csv/csv-cases.js';
import { STDIN } from '../load/inputs/file-args.js';
import { anyLongForm } from '../load/inputs/input-form.js';
import { openInput } from '../load/inputs/input.js';
import { noCases } from '../load/inputs/no-cases.js';
import type { LoadOptions } from '../load/inputs/sink.js';
import { loadXlsx } from '../load/xlsx/xlsx-cases.js';
import { loadYaml } from '../load/yaml/yaml-cases.js';
import { isYamlName } from '../load/yaml/yaml-name.js';
import { isXlsxFile } from '../load/xlsx/container.js';
import { FileParts, type PartsPlan } from './parts/file-parts.js';
import { Reading, type CaseConsumer, type ReadResult } from './reading.js';

export interface ReadOptions {
  stdin: Readable;
  load: LoadOptions;
  consumer: CaseConsumer;
  /** Every message, in order, as it happens (the shell prints them). */
  onDiagnostic(d: Diagnostic): void;
  onProgress?(progress: ReadProgress): void;
  /**
   * Wide input: case ids kept as hashes and checked only at the end (`idsToRecheck`). Only for a
   * caller that can read the inputs again (not stdin).
   */
  hashIds?: boolean;
  /** Large CSV files (wide form) read in parts on worker threads, each part folded by `parts.recipe`. */
  parts?: PartsPlan;
}

export async function readCases(files: readonly string[], criteria: CriteriaSet, options: ReadOptions): Promise<ReadResult> {
  const { consumer } = options;
  // Which form the inputs are in decides, once, how rows are joined.
  const form = await anyLongForm(files, options.stdin, options.load.delimiter, options.load.sheet);
  const join: JoinMode = !form.long ? 'none' : consumer.assessment ? 'check' : 'hold';
  consumer.form?.(form.long);
  const reading = new Reading(criteria, join, consumer, options.onDiagnostic, join === 'none' && options.hashIds === true);
  for (const name of files) {
    const input = openInput(name, form.stdin);
    const file = input.name;
    const sink = reading.sink(file, form.long, (bytes, rows) => options.onProgress?.({ file, bytes, rows }));
    const [rowsBefore, errorsBefore] = [reading.tally.rows, reading.tally.fileErrors];
    if (isYamlName(name)) await loadYaml(file, input.stream, criteria, sink, options.load, () => openInput(name, form.stdin).stream);
    else if (name !== STDIN && isXlsxFile(name)) {
      // The workbook reader opens the file itself (it checks the zip before unpacking anything).
      input.stream.destroy();
      await loadXlsx(file, criteria, sink, options.load);
    } else {
      // Long form in parts only where its cases are held to the end (not checked and handed on as read).
      const parts =
        (join === 'none' || join === 'hold') && name !== STDIN && options.parts
          ? new FileParts(name, input.size ?? 0, criteria, reading, options, form.long)
          : undefined;
      try {
        await loadCsv(file, input.stream, criteria, sink, options.load, parts?.csvPart());
      } finally {
        await parts?.close();
      }
    }
    if (reading.tally.rows === rowsBefore && reading.tally.fileErrors === errorsBefore) options.onDiagnostic(noCases(file));
  }
  return reading.finish(form.long);
}
