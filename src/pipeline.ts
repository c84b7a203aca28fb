// The shell's read loop shared by every command that reads cases: open each input, stream its
// records through the assemble stage (src/assemble), and account for every case read.
import type { Readable } from 'node:stream';
import { Assembler } from './assemble/assembler.js';
import { independentGrade } from './assemble/case-view.js';
import type { AssembledCase, AssessmentRecord, ScoredAssessment } from './domain/assessment.js';
import type { CriteriaSet } from './domain/criteria-set.js';
import { errorAt, type Diagnostic } from './domain/diagnostic.js';
import { loadCsv } from './load/csv-cases.js';
import { auditorProblem, caseIdProblem } from './load/case-id.js';
import { anyLongForm } from './load/input-form.js';
import { noCases } from './load/no-cases.js';
import { openInput, STDIN } from './load/input.js';
import type { CaseSink, LoadOptions } from './load/sink.js';
import { wideAssessments } from './load/wide.js';
import { loadYaml } from './load/yaml-cases.js';
import { loadXlsx } from './load/xlsx-cases.js';
import { isXlsxFile } from './xlsx/container.js';
import { isYamlName } from './load/yaml-name.js';
import { emptyAccounting, type Accounting } from './summarise/accounting.js';
import type { ReadProgress } from './render/progress.js';

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
}

export async function readCases(files: readonly string[], criteria: CriteriaSet, options: PipelineOptions): Promise<PipelineResult> {
  const accounting = emptyAccounting();
  const rejected: Diagnostic[] = [];
  const forces: string[] = [];
  let fileErrors = 0;
  let rows = 0;
  const form = await anyLongForm(files, options.stdin, options.delimiter, options.sheet);
  const mode = !form.long ? 'stream' : options.onAssessment ? 'check' : 'join';
  options.onForm?.(form.long);
  const count = (graded: boolean) => {
    accounting.read++;
    if (graded) accounting.graded++;
    else accounting.ungraded++;
  };
  const assembler = new Assembler(criteria, mode, {
    onCase(c) {
      count(independentGrade(c) !== null);
      options.onCase?.(c);
    },
    onAssessment(scored, record) {
      if (mode === 'check') options.onAssessment?.(scored, record);
    },
    onReject(d) {
      accounting.read++;
      accounting.rejected++;
      rejected.push(d);
      options.onDiagnostic(d);
    },
  });
  const addRow = (records: readonly AssessmentRecord[]) => {
    rows++;
    const first = records[0]!;
    const problem = caseIdProblem(first) ?? (first.auditor === null ? undefined : auditorProblem(first));
    if (problem) assembler.reject(problem);
    else assembler.addRow(records);
  };
  for (const name of files) {
    const input = openInput(name, form.stdin);
    const file = input.name;
    const sink: CaseSink = {
      onCase: (record) => addRow(wideAssessments(record)),
      onAssessments(records) {
        if (form.long) return addRow(records);
        // Never expected: the inputs' form is found before reading. Refused rather than miscounted.
        rows++;
        const at = records[0]!.source;
        assembler.reject(
          errorAt(
            at,
            'long-form-unrecognised',
            'a long-form row in a run read as wide form only; check that the file has an assessor column in its first line',
          ),
        );
      },
      onReject(d) {
        rows++;
        assembler.reject(d);
      },
      onDiagnostic(d) {
        if (d.severity === 'error') fileErrors++;
        options.onDiagnostic(d);
      },
      onForce(force) {
        if (!forces.includes(force)) forces.push(force);
      },
      onBytes(bytes) {
        options.onProgress?.({ file, bytes, rows });
      },
      ready: options.ready,
    };
    const [rowsBefore, errorsBefore] = [rows, fileErrors];
    if (isYamlName(name)) await loadYaml(file, input.stream, criteria, sink, options);
    else if (name !== STDIN && isXlsxFile(name)) {
      // The workbook reader opens the file itself (it checks the zip before unpacking anything).
      input.stream.destroy();
      await loadXlsx(file, criteria, sink, options);
    } else await loadCsv(file, input.stream, criteria, sink, options);
    if (rows === rowsBefore && fileErrors === errorsBefore) options.onDiagnostic(noCases(file));
  }
  assembler.finish();
  if (mode === 'check') assembler.countCases(count);
  if (form.long) accounting.assessments = assembler.assessments;
  return { accounting, rejected, fileErrors, forces, rounds: assembler.rounds, longForm: form.long };
}
