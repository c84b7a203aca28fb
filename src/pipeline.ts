// The shell's read loop shared by every command that reads cases: open each input, stream its
// records through the assemble stage (src/assemble), and account for every case read.
import type { Readable } from 'node:stream';
import { CaseReader } from './case-reader.js';
import type { AssembledCase, AssessmentRecord, ScoredAssessment } from './domain/assessment.js';
import type { CriteriaSet } from './domain/criteria-set.js';
import type { Diagnostic } from './domain/diagnostic.js';
import { loadCsv } from './load/csv-cases.js';
import { anyLongForm } from './load/input-form.js';
import { noCases } from './load/no-cases.js';
import { STDIN } from './load/file-args.js';
import { openInput } from './load/input.js';
import type { LoadOptions } from './load/sink.js';
import { loadYaml } from './load/yaml-cases.js';
import { loadXlsx } from './load/xlsx-cases.js';
import { isXlsxFile } from './xlsx/container.js';
import { isYamlName } from './load/yaml-name.js';
import type { Accounting } from './summarise/accounting.js';
import type { ReadProgress } from './render/progress.js';
import { FileParts, type PartsOptions } from './threads/file-parts.js';

export interface PipelineOptions extends LoadOptions {
  stdin: Readable;
  /** Each case with all its assessments, scored (wide-only input: as read; long form: at the end). */
  onCase?(c: AssembledCase): void;
  /**
   * Each assessment as it is accepted, before any join. Given this, long-form input is checked
   * (duplicates, type clashes) but not held, and onCase is not called for it.
   */
  onAssessment?(scored: ScoredAssessment, record: AssessmentRecord): void;
  /** Once, before any row is read: whether some input is long form. */
  onForm?(long: boolean): void;
  /** Every diagnostic, in order, as it happens (the shell prints them). */
  onDiagnostic(diagnostic: Diagnostic): void;
  /** After each chunk read (CSV): for a progress line. */
  onProgress?(progress: ReadProgress): void;
  /** Backpressure from whoever consumes the scored cases: awaited between chunks when it returns a promise. */
  ready?(): Promise<void> | undefined;
  /** Large CSV files read in parts on worker threads (wide-form runs whose command folds its cases). */
  parts?: PartsOptions;
  /**
   * Wide-form runs: case ids kept as hashes, not refused as they come; `idsToRecheck` says at the
   * end whether two may be equal. Only for a caller that can read the inputs again (not stdin).
   */
  deferIds?: boolean;
}

export interface PipelineResult {
  accounting: Accounting;
  /** Rejected rows, for the report's `rejected` list. */
  rejected: Diagnostic[];
  /** Any error that is not a rejected row (a bad header, an encoding): exit 1. */
  fileErrors: number;
  /** Force names given by the files, first first. */
  forces: string[];
  /** Rounds in the order first met (null: no round named). */
  rounds: Array<string | null>;
  /** Some input was long form (one assessment per row): cases were joined across rows. */
  longForm: boolean;
  /** With `deferIds`: two case ids may be equal, so this result stands for nothing; read again without it. */
  idsToRecheck: boolean;
  /** The inputs' carried columns and their free-text columns (never read), first spelling of each. */
  columns: { carried: string[]; freeText: string[] };
}

export async function readCases(files: readonly string[], criteria: CriteriaSet, options: PipelineOptions): Promise<PipelineResult> {
  const form = await anyLongForm(files, options.stdin, options.delimiter, options.sheet);
  const mode = !form.long ? 'stream' : options.onAssessment ? 'check' : 'join';
  options.onForm?.(form.long);
  const deferIds = mode === 'stream' && options.deferIds === true;
  const reader = new CaseReader(
    criteria,
    mode,
    {
      ...(options.onCase ? { onCase: options.onCase } : {}),
      ...(options.onAssessment ? { onAssessment: options.onAssessment } : {}),
      onDiagnostic: (d) => options.onDiagnostic(d),
      onBytes: (file, bytes, rows) => options.onProgress?.({ file, bytes, rows }),
      ...(options.ready ? { ready: options.ready } : {}),
    },
    deferIds,
  );
  for (const name of files) {
    const input = openInput(name, form.stdin);
    const file = input.name;
    const sink = reader.sink(file, form.long);
    const [rowsBefore, errorsBefore] = [reader.rows, reader.fileErrors];
    if (isYamlName(name)) await loadYaml(file, input.stream, criteria, sink, options);
    else if (name !== STDIN && isXlsxFile(name)) {
      // The workbook reader opens the file itself (it checks the zip before unpacking anything).
      input.stream.destroy();
      await loadXlsx(file, criteria, sink, options);
    } else {
      const parts =
        mode === 'stream' && name !== STDIN && options.parts
          ? new FileParts(name, input.size ?? 0, criteria, reader, options, options.parts)
          : undefined;
      try {
        await loadCsv(file, input.stream, criteria, sink, options, parts?.csvPart());
      } finally {
        await parts?.close();
      }
    }
    if (reader.rows === rowsBefore && reader.fileErrors === errorsBefore) options.onDiagnostic(noCases(file));
  }
  const { accounting, rejected, fileErrors, forces, assembler } = reader;
  assembler.finish();
  if (mode === 'check') assembler.countCases((graded) => reader.count(graded));
  if (form.long) accounting.assessments = assembler.assessments;
  const unmatched = assembler.unmatched();
  for (const w of unmatched.warnings) reader.diagnostic(w);
  if (unmatched.count > 0) accounting.noFirstMarking = unmatched.count;
  const idsToRecheck = assembler.idsToRecheck();
  const columns = { carried: [...reader.columns.carried.values()], freeText: [...reader.columns.freeText.values()] };
  return { accounting, rejected, fileErrors, forces, rounds: assembler.rounds, longForm: form.long, idsToRecheck, columns };
}
