// The assemble stage: assessment records in, cases out, keyed by (round, case id). A row (one wide
// row, one long-form row, one YAML assessment) is accepted whole or rejected with its place, and
// nothing else is lost. Three ways to run:
// - `stream`: every input is wide form, so a row is a whole case: scored and handed on at once,
//   with only the ids kept (SeenIds) to refuse duplicates. Today's flat-memory path.
// - `join`: long-form input joins rows across files; the AssessmentStore holds them until the end.
// - `check`: as join, but each accepted assessment is handed on as it arrives and the store keeps
//   only what the clash checks need (`score --format csv|json` on long form).
import type { AssembledCase, AssessmentRecord, Role, ScoredAssessment } from '../domain/assessment.js';
import type { CriteriaSet } from '../domain/criteria-set.js';
import { errorAt, placeText, type Diagnostic } from '../domain/diagnostic.js';
import type { Source } from '../domain/types.js';
import { IdHashes, type IdHashesData } from '../load/id-hashes.js';
import { SeenIds, type SeenIdsData } from '../load/seen-ids.js';
import { scoreAssessment } from '../score/score-assessment.js';
import { quote } from '../text/escape.js';
import { AssessmentStore } from './store.js';
import { unmatchedWarnings } from './unmatched.js';

export type AssembleMode = 'stream' | 'join' | 'check';

/** A part's case keys as sent between threads: an id table, or (ids deferred) sorted hashes. */
export type KeysData = SeenIdsData | IdHashesData;

export interface AssembleHandlers {
  /** A whole case (stream: as each row is read; join: when `finish` is called). */
  onCase(c: AssembledCase): void;
  /** Every accepted assessment as it arrives, before any join. */
  onAssessment?(scored: ScoredAssessment, record: AssessmentRecord): void;
  onReject(d: Diagnostic): void;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Case ids are compared in Unicode NFC (é typed two ways is one case) and printed as given. */
function idKey(id: string): string {
  return ASCII.test(id) ? id : id.normalize('NFC');
}

// Workbook rows name their sheet and row (book.xlsx:Cases!14:14).
const where = (s: Source) => placeText(s);

export class Assembler {
  /** Rounds in the order first met; null is "no round named". */
  readonly rounds: Array<string | null> = [];
  /** Assessment records accepted, plus rows rejected. */
  assessments = 0;
  private readonly seen = new SeenIds();
  /** Stream mode with `deferIds`: keys kept as hashes, checked at the end (load/id-hashes.ts). */
  private readonly hashes: IdHashes | undefined;
  private readonly store: AssessmentStore | undefined;
  private lastKey = '';
  private lastCase = -1;

  constructor(
    private readonly criteria: CriteriaSet,
    private readonly mode: AssembleMode,
    private readonly handlers: AssembleHandlers,
    deferIds = false,
  ) {
    if (mode !== 'stream') this.store = new AssessmentStore(criteria, this.rounds, mode === 'join');
    else if (deferIds) this.hashes = new IdHashes();
  }

  /** One row's assessments (all of the same case, round and type). */
  addRow(records: readonly AssessmentRecord[]): void {
    const first = records[0]!;
    const roundNo = this.roundNo(first.round);
    const key = roundNo === 0 ? idKey(first.caseId) : `${roundNo}\u0001${idKey(first.caseId)}`;
    const type = this.criteria.typeByName.get(first.caseType)!;
    // Only messages need it: built when a row is rejected.
    const inRound = () => (first.round === null ? '' : ` in round ${quote(first.round)}`);
    let caseNo = -1;
    if (this.hashes) this.hashes.add(key);
    else if (this.mode === 'stream') {
      const previous = this.seen.add(key, first.source);
      if (previous) {
        const scope = first.round === null ? 'across all inputs' : 'within a round';
        return this.reject(
          errorAt(
            first.source,
            'duplicate-case-id',
            `case id ${quote(first.caseId)}${inRound()} is already used at ${where(previous)}; case ids must be unique ${scope}`,
          ),
        );
      }
    } else {
      // The rows of one case usually come together: the last case read is checked first.
      caseNo = key === this.lastKey ? this.lastCase : this.store!.find(key);
      for (const r of caseNo === -1 ? [] : records) {
        const clash = this.store!.clash(caseNo, r.caseType, r.role);
        if (clash?.kind === 'type') {
          return this.reject(
            errorAt(
              r.source,
              'case-type-clash',
              `case ${quote(r.caseId)}${inRound()} is ${r.caseType} here but ${clash.firstType} at ${where(clash.first)}; a case has one type (check the id and the case_type)`,
            ),
          );
        }
        if (clash) {
          return this.reject(
            errorAt(
              r.source,
              'duplicate-assessment',
              `case ${quote(r.caseId)}${inRound()} already has a ${r.role} assessment at ${where(clash.first)}; one assessment per case and assessor in a round (a later round needs a round column or --round)`,
            ),
          );
        }
      }
    }
    const scored = new Map<Role, ScoredAssessment>();
    for (const r of records) {
      const result = scoreAssessment(r, type);
      if (!result.ok) return this.reject(result.diagnostic);
      scored.set(r.role, result.scored);
    }
    this.assessments += records.length;
    if (this.mode === 'stream') {
      const c: AssembledCase = { round: first.round, caseId: first.caseId, caseType: type.id, assessments: scored };
      // A wide row carries its register columns on the independent assessment (the last).
      const extra = records[records.length - 1]!.extra ?? first.extra;
      if (extra) c.extra = extra;
      this.handlers.onCase(c);
      return;
    }
    const store = this.store!;
    if (caseNo === -1) caseNo = store.open(key, first.caseId, type.id, roundNo);
    this.lastKey = key;
    this.lastCase = caseNo;
    for (const r of records) {
      store.add(caseNo, scored.get(r.role)!, r.extra);
      this.handlers.onAssessment?.(scored.get(r.role)!, r);
    }
  }

  /** Stream mode: the case keys taken, as data (a file part read by a worker thread sends them back). */
  keyData(): KeysData {
    return this.hashes ? this.hashes.data() : this.seen.data();
  }

  /** Stream mode: another part's keys (read by a worker thread), taken as if read here. */
  adoptKeys(other: KeysData, file: string): void {
    if ('pages' in other) this.hashes!.adopt(other);
    else this.seen.adopt(other, file);
  }

  /** Stream mode: whether a key in another part's data is also taken here (deferred ids: known only at the end). */
  sharesKeys(other: KeysData): boolean {
    return 'pages' in other ? false : this.seen.sharesAny(other);
  }

  /** Keys are kept as hashes (a part worker must keep them so too). */
  get defersIds(): boolean {
    return this.hashes !== undefined;
  }

  /** Deferred ids: whether two keys may be equal, so the run must be read again with an id table. */
  idsToRecheck(): boolean {
    return this.hashes?.anyEqual() ?? false;
  }

  /** Rejects a row that never reached the assembler (a bad cell): counted as one assessment row. */
  reject(d: Diagnostic): void {
    this.assessments++;
    this.handlers.onReject(d);
  }

  /** Join mode: hands on every case, in the order first read. */
  finish(): void {
    if (this.mode !== 'join') return;
    for (const c of this.store!.cases()) this.handlers.onCase(c);
  }

  /** Join and check modes: second markers' cases that joined no first marking, counted and named per file. */
  unmatched(): { count: number; warnings: Diagnostic[] } {
    if (!this.store) return { count: 0, warnings: [] };
    const { unmatched, firstMarked } = this.store.secondOnly();
    return { count: unmatched.length, warnings: unmatchedWarnings(unmatched, firstMarked) };
  }

  /** Check mode: each case's accounting (graded: it has an independent grade), with no case built. */
  countCases(count: (graded: boolean) => void): void {
    this.store?.gradedFlags().forEach((g) => count(g === 1));
  }

  private roundNo(round: string | null): number {
    let i = this.rounds.indexOf(round);
    if (i === -1) i = this.rounds.push(round) - 1;
    return i;
  }
}
