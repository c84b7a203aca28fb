// One reading's stages and tallies, the main thread's or a part worker's: each row's records
// assembled (checked against the rows before), scored and handed on, or rejected at the first stage
// that refuses them; every row counted once.
import type { Accounting } from '../domain/accounting.js';
import { isGraded, type AssembledCase, type AssessmentRecord, type ScoredAssessment } from '../domain/assessment.js';
import type { CriteriaSet } from '../domain/criteria-set.js';
import { errorAt, type Diagnostic } from '../domain/diagnostic.js';
import { Assembler, type JoinMode } from '../assemble/assembler.js';
import { auditorProblem, caseIdProblem } from '../load/rows/case-id.js';
import type { CaseSink } from '../load/inputs/sink.js';
import { scoreRow } from '../score/score-row.js';
import { scoringOf, type Scoring } from '../score/scoring.js';
import { ReadTally } from './read-tally.js';

/** What takes the graded cases: cases, or (long form, not joined) assessments as they come. */
export interface CaseConsumer {
  /** Once, before any row is read: whether some input is long form. */
  form?(long: boolean): void;
  /** Each case with all its assessments (wide input: as read; long form: at the end). */
  case?(c: AssembledCase): void;
  /** Given this, long-form input is checked (duplicates, type clashes) but not held: each assessment as accepted. */
  assessment?(scored: ScoredAssessment, record: AssessmentRecord): void;
  /** Resolves when the consumer can take more (a slow stdout); awaited between chunks. */
  ready?(): Promise<void> | undefined;
}

export interface ReadResult {
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
  /** With hashed ids: two case ids may be equal, so this result stands for nothing; read again without. */
  idsToRecheck: boolean;
  /** Cases graded by a recorded grade whose findings are incomplete (--strict fails on them). */
  incomplete: { count: number; first: string };
  /** The inputs' carried columns and their free-text columns (never read), first spelling of each (for `--by`). */
  columns: { carried: string[]; freeText: string[] };
}

/** Names by lowercase (as --by matches them), the first spelling kept. */
function keepFirst(into: Map<string, string>, names: readonly string[]): void {
  for (const name of names) if (!into.has(name.toLowerCase())) into.set(name.toLowerCase(), name);
}

export class Reading {
  readonly tally: ReadTally;
  readonly assembler: Assembler;
  private readonly scoring: Scoring;
  /** The inputs' carried and free-text columns, as their headers name them. */
  private readonly columns = { carried: new Map<string, string>(), freeText: new Map<string, string>() };
  /** Bytes and rows of the current file read so far by part workers, for progress. */
  private readonly elsewhere = { bytes: 0, rows: 0 };

  constructor(
    criteria: CriteriaSet,
    private readonly join: JoinMode,
    private readonly consumer: CaseConsumer,
    onDiagnostic: (d: Diagnostic, rejected: boolean) => void,
    hashIds = false,
    rounds: ReadonlyArray<string | null> = [],
  ) {
    this.tally = new ReadTally(onDiagnostic);
    this.assembler = new Assembler(criteria, join, hashIds, rounds);
    this.scoring = scoringOf(criteria.programme);
  }

  /** Part workers' progress in the current file (all zero once the parts are merged or stopped). */
  partsProgress(bytes: number, rows: number): void {
    this.elsewhere.bytes = bytes;
    this.elsewhere.rows = rows;
  }

  /** One row's records: assembled, scored, handed on; or rejected at the first stage that refuses it. */
  private takeRow(records: readonly AssessmentRecord[]): void {
    const { tally, assembler, consumer } = this;
    tally.rows++;
    const first = records[0]!;
    const unsafe = caseIdProblem(first) ?? (first.auditor === null ? undefined : auditorProblem(first));
    if (unsafe) return tally.reject(unsafe);
    const admitted = assembler.admit(records);
    if ('file' in admitted) return tally.reject(admitted);
    const scored = scoreRow(records, admitted.type, this.scoring);
    if (!(scored instanceof Map)) return tally.reject(scored);
    tally.accepted(records.length);
    const whole = assembler.accept(admitted, records, scored);
    if (whole) return this.handOn(whole);
    if (!consumer.assessment) return;
    for (const r of records) {
      const a = scored.get(r.role)!;
      tally.noteIncomplete(a, r.caseId);
      consumer.assessment(a, r);
    }
  }

  private handOn(c: AssembledCase): void {
    this.tally.caseDone(isGraded(c));
    for (const a of c.assessments.values()) this.tally.noteIncomplete(a, c.caseId);
    this.consumer.case?.(c);
  }

  /** Where one file's loader sends what it reads; `long`: the run has long-form input. */
  sink(file: string, long: boolean, onProgress?: (bytes: number, rows: number) => void): CaseSink {
    const { tally, consumer, elsewhere } = this;
    return {
      onWideRow: (records) => this.takeRow(records),
      onLongRow: (records) => {
        if (long) return this.takeRow(records);
        // Never expected: the inputs' form is found before reading. Refused rather than miscounted.
        tally.rows++;
        tally.reject(
          errorAt(
            records[0]!.source,
            'long-form-unrecognised',
            'a long-form row in a run read as wide form only; check that the file has an assessor column in its first line',
          ),
        );
      },
      onReject: (d) => {
        tally.rows++;
        tally.reject(d);
      },
      onDiagnostic: (d) => tally.diagnostic(d),
      onForce: (force) => tally.force(force),
      onColumns: (found) => {
        keepFirst(this.columns.carried, found.carried);
        keepFirst(this.columns.freeText, found.freeText);
      },
      onBytes: (bytes) => onProgress?.(bytes + elsewhere.bytes, tally.rows + elsewhere.rows),
      ...(consumer.ready ? { ready: consumer.ready } : {}),
    };
  }

  /** After the last input: held cases handed on (hold) or counted (check), and the result. */
  finish(longForm: boolean): ReadResult {
    const { tally, assembler } = this;
    for (const c of assembler.cases()) this.handOn(c);
    if (this.join === 'check') for (const graded of assembler.gradedFlags()) tally.caseDone(graded === 1);
    if (longForm) tally.accounting.assessments = tally.assessments;
    // Second markers' cases that joined no first marking: said at the join, counted in the accounting.
    const unmatched = assembler.unmatched();
    for (const w of unmatched.warnings) tally.diagnostic(w);
    if (unmatched.count > 0) tally.accounting.noFirstMarking = unmatched.count;
    return {
      accounting: tally.accounting,
      rejected: tally.rejected,
      fileErrors: tally.fileErrors,
      forces: tally.forces,
      rounds: assembler.rounds,
      longForm,
      idsToRecheck: assembler.ids?.mayRepeat() ?? false,
      incomplete: { count: tally.incomplete.count, first: tally.incomplete.first },
      columns: { carried: [...this.columns.carried.values()], freeText: [...this.columns.freeText.values()] },
    };
  }
}
