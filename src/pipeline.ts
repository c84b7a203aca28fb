// The shell's read-and-score loop shared by every command that reads cases: open each input,
// stream its records, reject duplicates, score, and account for every case read.
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { CriteriaSet } from './domain/criteria-set.js';
import { error, type Diagnostic } from './domain/diagnostic.js';
import type { CaseRecord, ScoredCase } from './domain/types.js';
import { loadCsv } from './load/csv-cases.js';
import { caseIdProblem } from './load/case-id.js';
import { noCases } from './load/no-cases.js';
import { openInput } from './load/input.js';
import type { CaseSink, LoadOptions } from './load/sink.js';
import { loadYaml } from './load/yaml-cases.js';
import { SeenIds } from './load/seen-ids.js';
import { quote } from './text/escape.js';
import { scoreCase } from './score/score-case.js';
import { emptyAccounting, type Accounting } from './summarise/accounting.js';
import type { ReadProgress } from './render/progress.js';

export interface PipelineOptions extends LoadOptions {
  stdin: Readable;
  onScored?(scored: ScoredCase, record: CaseRecord): void;
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
}

function isYamlFile(name: string): boolean {
  return /^\.ya?ml$/i.test(extname(name));
}

export async function readCases(files: readonly string[], criteria: CriteriaSet, options: PipelineOptions): Promise<PipelineResult> {
  const accounting = emptyAccounting();
  const rejected: Diagnostic[] = [];
  const forces: string[] = [];
  const seen = new SeenIds();
  let fileErrors = 0;
  const reject = (d: Diagnostic) => {
    accounting.read++;
    accounting.rejected++;
    rejected.push(d);
    options.onDiagnostic(d);
  };
  for (const name of files) {
    const input = openInput(name, options.stdin);
    const file = input.name;
    const sink: CaseSink = {
      onCase(record) {
        const idProblem = caseIdProblem(record);
        if (idProblem) return reject(idProblem);
        const first = seen.add(record.caseId, record.source);
        if (first) {
          reject(
            error(
              record.source.file,
              record.source.line,
              'duplicate-case-id',
              `case id ${quote(record.caseId)} is already used at ${first.file}:${first.line}; case ids must be unique across all inputs`,
            ),
          );
          return;
        }
        const type = criteria.typeByName.get(record.caseType)!;
        const result = scoreCase(record, type);
        if (!result.ok) {
          reject(result.diagnostic);
          return;
        }
        accounting.read++;
        if (result.scored.grade === null) accounting.ungraded++;
        else accounting.graded++;
        options.onScored?.(result.scored, record);
      },
      onReject: reject,
      onDiagnostic(d) {
        if (d.severity === 'error') fileErrors++;
        options.onDiagnostic(d);
      },
      onForce(force) {
        if (!forces.includes(force)) forces.push(force);
      },
      onBytes(bytes) {
        options.onProgress?.({ file, bytes, rows: accounting.read });
      },
      ready: options.ready,
    };
    const [readBefore, errorsBefore] = [accounting.read, fileErrors];
    if (isYamlFile(name)) await loadYaml(file, input.stream, criteria, sink, options);
    else await loadCsv(file, input.stream, criteria, sink, options);
    if (accounting.read === readBefore && fileErrors === errorsBefore) options.onDiagnostic(noCases(file));
  }
  return { accounting, rejected, fileErrors, forces };
}
