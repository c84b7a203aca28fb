// The assemble stage: assessment records in, cases out, keyed by (round, case id). It checks a row
// against the rows before it (a duplicate case id, a case with two types, a role twice) and holds or
// hands on what is accepted; it never grades. How it joins is decided once, by the read path:
// - `none`: every input is wide form, so a row is a whole case, handed straight back; only the ids
//   are kept, to refuse duplicates (flat memory);
// - `hold`: long form joins rows across files: the AssessmentStore holds them until the end;
// - `check`: as hold, but the store keeps only what the clash checks need (each assessment is
//   handed on as it arrives: `score --format csv|json` on long form).
import type { AssembledCase, AssessmentRecord, Role, ScoredAssessment } from '../domain/assessment.js';
import type { CriteriaSet } from '../domain/criteria-set.js';
import { errorAt, placeText, type Diagnostic } from '../domain/diagnostic.js';
import type { CaseType, Source } from '../domain/types.js';
import { quote } from '../text/escape.js';
import { CaseIds, type CaseIdsData } from './case-ids.js';
import { AssessmentStore, type StoreState } from './store.js';
import { partCases, partsClash, roundsWithParts } from './part-stores.js';
import { unmatchedWarnings } from './unmatched.js';

export type JoinMode = 'none' | 'hold' | 'check';

/** A row the assembler will take once it is graded: its key, type and case. */
export interface Admitted {
  key: string;
  roundNo: number;
  type: CaseType;
  /** The case it joins (hold and check), -1 for a new one. */
  caseNo: number;
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
  /** Join mode none: the case keys taken (a table, or hashes checked at the end). */
  readonly ids: CaseIds | undefined;
  private readonly store: AssessmentStore | undefined;
  private lastKey = '';
  private lastCase = -1;

  constructor(
    private readonly criteria: CriteriaSet,
    private readonly join: JoinMode,
    /** Join mode none: case keys kept as 8-byte hashes and checked at the end (assemble/case-ids.ts). */
    hashIds = false,
    /** Rounds already met (a part worker starts with the main thread's, so both number them alike). */
    rounds: ReadonlyArray<string | null> = [],
  ) {
    this.rounds.push(...rounds);
    if (join === 'none') this.ids = new CaseIds(hashIds);
    else this.store = new AssessmentStore(criteria, this.rounds, join === 'hold');
  }

  /** One row's assessments (all of the same case, round and type): admitted, or why not. */
  admit(records: readonly AssessmentRecord[]): Admitted | Diagnostic {
    const first = records[0]!;
    const roundNo = this.roundNo(first.round);
    const key = roundNo === 0 ? idKey(first.caseId) : `${roundNo}\u0001${idKey(first.caseId)}`;
    const type = this.criteria.typeByName.get(first.caseType)!;
    // Only messages need it: built when a row is rejected.
    const inRound = () => (first.round === null ? '' : ` in round ${quote(first.round)}`);
    if (this.ids) {
      const previous = this.ids.add(key, first.source);
      if (!previous) return { key, roundNo, type, caseNo: -1 };
      const scope = first.round === null ? 'across all inputs' : 'within a round';
      return errorAt(
        first.source,
        'duplicate-case-id',
        `case id ${quote(first.caseId)}${inRound()} is already used at ${where(previous)}; case ids must be unique ${scope}`,
      );
    }
    // The rows of one case usually come together: the last case read is checked first.
    const caseNo = key === this.lastKey ? this.lastCase : this.store!.find(key);
    for (const r of caseNo === -1 ? [] : records) {
      const clash = this.store!.clash(caseNo, r.caseType, r.role);
      if (clash?.kind === 'type') {
        return errorAt(
          r.source,
          'case-type-clash',
          `case ${quote(r.caseId)}${inRound()} is ${r.caseType} here but ${clash.firstType} at ${where(clash.first)}; a case has one type (check the id and the case_type)`,
        );
      }
      if (clash) {
        return errorAt(
          r.source,
          'duplicate-assessment',
          `case ${quote(r.caseId)}${inRound()} already has a ${r.role} assessment at ${where(clash.first)}; one assessment per case and assessor in a round (a later round needs a round column or --round)`,
        );
      }
    }
    return { key, roundNo, type, caseNo };
  }

  /**
   * An admitted row, graded: join mode none hands its case back; hold and check keep it (and give
   * nothing back until `cases`).
   */
  accept(row: Admitted, records: readonly AssessmentRecord[], scored: ReadonlyMap<Role, ScoredAssessment>): AssembledCase | undefined {
    const first = records[0]!;
    if (this.ids) {
      const c: AssembledCase = { round: first.round, caseId: first.caseId, caseType: row.type.id, assessments: scored };
      // A wide row carries its register columns on the independent assessment (the last).
      const extra = records[records.length - 1]!.extra ?? first.extra;
      if (extra) c.extra = extra;
      return c;
    }
    const store = this.store!;
    const caseNo = row.caseNo === -1 ? store.open(row.key, first.caseId, row.type.id, row.roundNo) : row.caseNo;
    this.lastKey = row.key;
    this.lastCase = caseNo;
    for (const r of records) store.add(caseNo, scored.get(r.role)!, r.extra);
    return undefined;
  }

  /** Join mode hold: every case, in the order first read. */
  cases(): Iterable<AssembledCase> {
    return this.join === 'hold' ? this.store!.cases() : [];
  }

  /** Join mode check: whether each case is graded (an independent grade), with no case built. */
  gradedFlags(): number[] {
    return this.store?.gradedFlags() ?? [];
  }

  /** A file part read by a worker thread: its rounds and case keys, taken as if read here. */
  absorbPart(part: { rounds: ReadonlyArray<string | null>; ids: CaseIdsData }, file: string): void {
    for (const round of part.rounds) if (!this.rounds.includes(round)) this.rounds.push(round);
    this.ids!.adopt(part.ids, file);
  }

  /** Join mode hold: the cases held, as plain data (a worker's part of a long-form file). */
  storeState(): StoreState {
    return this.store!.state();
  }

  /** Join mode hold: why the parts' stores cannot join this one as read (./part-stores.ts), or undefined. */
  partsClash(parts: ReadonlyArray<{ store: StoreState; rounds: ReadonlyArray<string | null> }>): string | undefined {
    return partsClash(this.store!, this.rounds, parts);
  }

  /** Join mode hold: a later part's store and rounds, joined as if read here (after partsClash found none). */
  adoptPart(part: { store: StoreState; rounds: ReadonlyArray<string | null> }): void {
    const all = roundsWithParts(this.rounds, [part.rounds]);
    for (const round of all.slice(this.rounds.length)) this.rounds.push(round);
    const { keys, round } = partCases(part.store, part.rounds, this.rounds);
    this.store!.adopt(part.store, keys, round);
  }

  /** Join modes hold and check: second markers' cases that joined no first marking, counted and named per file. */
  unmatched(): { count: number; warnings: Diagnostic[] } {
    if (!this.store) return { count: 0, warnings: [] };
    const { unmatched, firstMarked } = this.store.secondOnly();
    return { count: unmatched.length, warnings: unmatchedWarnings(unmatched, firstMarked) };
  }

  private roundNo(round: string | null): number {
    let i = this.rounds.indexOf(round);
    if (i === -1) i = this.rounds.push(round) - 1;
    return i;
  }
}
