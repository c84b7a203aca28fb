// The one place that holds cases: every assessment read, keyed by (round, case id), until the input
// ends. Compact by design (README "Performance"): per assessment a few typed-array cells (case,
// role, auditor, grade state, place) and its finding codes in a byte arena; per case its id as
// given, type, round and a linked list of its assessments. Strings (auditors, files) are interned.
// Assessment objects are rebuilt one case at a time as the cases are handed on.
import { BUILT_IN_ROLES, FINDING_CODE, INDEPENDENT, type AssembledCase, type Role, type ScoredAssessment } from '../domain/assessment.js';
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { Grade } from '../domain/grades.js';
import { scaleOf } from '../domain/programme.js';
import type { CaseType, GradeSource, Source } from '../domain/types.js';
import { CodeArena, Interned, i32, u32, u8 } from './typed-columns.js';
import { KeyTable } from './key-table.js';

const SOURCES: readonly GradeSource[] = ['none', 'derived', 'recorded', 'override'];
const OVERRIDE = 1;
const REFERRED = 2;
const SUGGESTED = 4;

/** A case's markings (`marks`): by a first-marking role (self, independent), by any other (a moderator). */
const FIRST_MARKING = 1;
const SECOND_MARKING = 2;

/** A grade's place in the state word: 0 for none, else its place in the scale from 1; 6 bits (63 grades). */
const GRADE_BITS = 6;
const GRADE_MASK = (1 << GRADE_BITS) - 1;

type Extra = ReadonlyArray<readonly [string, string]>;

/** A store as plain data (it crosses from a worker thread): its columns cut to length, its interned strings. */
export interface StoreState {
  keys: string[];
  caseIds: string[];
  caseType: Uint8Array;
  caseRound: Uint32Array;
  firstOf: Int32Array;
  aNext: Int32Array;
  aRole: Uint8Array;
  aAuditor: Uint32Array;
  aState: Uint32Array;
  aFile: Uint32Array;
  aLine: Uint32Array;
  aCodes: Uint32Array;
  codes: Uint8Array[];
  roles: string[];
  auditors: string[];
  files: string[];
  extra: Array<[number, Extra]>;
}

export interface CaseClash {
  /** `type`: the case was first read with another type; `role`: this role already assessed it. */
  kind: 'type' | 'role';
  first: Source;
  firstType: string;
  role?: Role;
}

/** A case only a second marker assessed: its id, round number, that marker's role and where it was read. */
export interface SecondOnly {
  caseId: string;
  round: number;
  role: Role;
  source: Source;
}

export class AssessmentStore {
  private readonly keys = new KeyTable();
  private readonly caseIds: string[] = [];
  private readonly caseType = u8();
  private readonly caseRound = u32();
  private readonly firstOf = i32();
  private readonly lastOf = i32();
  /** 1 where the case has an independent assessment with a grade: the accounting's "graded". */
  private readonly graded = u8();
  /** FIRST_MARKING | SECOND_MARKING, by the roles that assessed the case. */
  private readonly marks = u8();
  private readonly extra = new Map<number, Extra>();

  private readonly aCase = u32();
  private readonly aNext = i32();
  private readonly aRole = u8();
  private readonly aAuditor = u32();
  /** grade | derived << 6 | source << 12 | flags << 14 (override, referred back, referral suggested). */
  private readonly aState = u32();
  private readonly aFile = u32();
  private readonly aLine = u32();
  private readonly aCodes = u32();
  private readonly codes = new CodeArena();

  private readonly roles = new Interned();
  private readonly auditors = new Interned();
  private readonly files = new Interned();
  /** Each interned file's place without its line, made once: every assessment rebuilt points at one. */
  private readonly places: Array<{ file: string; sheet?: string }> = [];
  private readonly typeIndex = new Map<string, number>();
  /** The scale's grades by id, and back: a grade is kept as its place in the scale. */
  private readonly gradeIndex = new Map<Grade, number>();
  private readonly grades: readonly Grade[];

  /** `payload` false keeps only what the clash checks need (score streaming its rows). */
  constructor(
    private readonly criteria: CriteriaSet,
    private readonly rounds: ReadonlyArray<string | null>,
    private readonly payload = true,
  ) {
    criteria.types.forEach((t, i) => this.typeIndex.set(t.id, i));
    this.grades = scaleOf(criteria.programme).ids;
    this.grades.forEach((g, i) => this.gradeIndex.set(g, i));
    this.auditors.id('');
  }

  private gradeOf(code: number): Grade | null {
    return code === 0 ? null : this.grades[code - 1]!;
  }

  get caseCount(): number {
    return this.caseIds.length;
  }

  /** The case number for a key, or -1. */
  find(key: string): number {
    return this.keys.get(key);
  }

  /** Why an assessment of this case by `role` cannot join it, if it cannot. */
  clash(caseNo: number, caseType: string, role: Role): CaseClash | undefined {
    const first = this.firstOf.get(caseNo);
    const firstType = this.criteria.types[this.caseType.get(caseNo)]!.id;
    if (firstType !== caseType) return { kind: 'type', first: this.sourceOf(first), firstType };
    const roleNo = this.roles.id(role);
    for (let a = first; a !== -1; a = this.aNext.get(a)) {
      if (this.aRole.get(a) === roleNo) return { kind: 'role', first: this.sourceOf(a), firstType, role };
    }
    return undefined;
  }

  /** A new case; returns its number. */
  open(key: string, caseId: string, caseType: string, round: number): number {
    const caseNo = this.keys.add(key);
    this.caseIds.push(caseId);
    this.caseType.push(this.typeIndex.get(caseType)!);
    this.caseRound.push(round);
    this.firstOf.push(-1);
    this.lastOf.push(-1);
    this.graded.push(0);
    this.marks.push(0);
    return caseNo;
  }

  add(caseNo: number, s: ScoredAssessment, extra?: ReadonlyArray<readonly [string, string]>): void {
    // A workbook row's sheet is kept with its file: one interned string, split when a message needs it.
    const file = s.source.sheet === undefined ? s.source.file : `${s.source.file}\u0000${s.source.sheet}`;
    this.link(caseNo, s.role, file, s.source.line, s.grade !== null, extra);
    if (!this.payload) return;
    this.aAuditor.push(s.auditor === null ? 0 : this.auditors.id(s.auditor));
    const flags = (s.override ? OVERRIDE : 0) | (s.referredBack ? REFERRED : 0) | (s.referralSuggested ? SUGGESTED : 0);
    const code = (g: Grade | null) => (g === null ? 0 : this.gradeIndex.get(g)! + 1);
    this.aState.push(
      code(s.grade) |
        (code(s.derivedGrade) << GRADE_BITS) |
        (SOURCES.indexOf(s.gradeSource) << (2 * GRADE_BITS)) |
        (flags << (2 * GRADE_BITS + 2)),
    );
    this.aCodes.push(this.codes.add(s.codes));
  }

  /** An assessment's place in its case's list, and what the case's flags learn from it. */
  private link(caseNo: number, role: Role, file: string, line: number, hasGrade: boolean, extra?: Extra): void {
    const a = this.aCase.push(caseNo);
    this.aNext.push(-1);
    this.aRole.push(this.roles.id(role));
    this.aFile.push(this.files.id(file));
    this.aLine.push(line);
    if (this.lastOf.get(caseNo) === -1) this.firstOf.set(caseNo, a);
    else this.aNext.set(this.lastOf.get(caseNo), a);
    this.lastOf.set(caseNo, a);
    if (extra && !this.extra.has(caseNo)) this.extra.set(caseNo, extra);
    if (role === INDEPENDENT && hasGrade) this.graded.set(caseNo, 1);
    const first = (BUILT_IN_ROLES as readonly Role[]).includes(role);
    this.marks.set(caseNo, this.marks.get(caseNo) | (first ? FIRST_MARKING : SECOND_MARKING));
  }

  /** This store as plain data: a worker's part of a long-form file (src/read/parts), adopted by the main thread. */
  state(): StoreState {
    return {
      keys: [...this.keys.all],
      caseIds: this.caseIds,
      caseType: this.caseType.copy(),
      caseRound: this.caseRound.copy(),
      firstOf: this.firstOf.copy(),
      aNext: this.aNext.copy(),
      aRole: this.aRole.copy(),
      aAuditor: this.aAuditor.copy(),
      aState: this.aState.copy(),
      aFile: this.aFile.copy(),
      aLine: this.aLine.copy(),
      aCodes: this.aCodes.copy(),
      codes: [...this.codes.allPages],
      roles: this.roles.values,
      auditors: this.auditors.values,
      files: this.files.values,
      extra: [...this.extra],
    };
  }

  /** Whether assessments of this type by these roles may join case `caseNo` (a part's case, checked before it is adopted). */
  joins(caseNo: number, type: number, roles: readonly Role[]): boolean {
    if (this.caseType.get(caseNo) !== type) return false;
    for (let a = this.firstOf.get(caseNo); a !== -1; a = this.aNext.get(a))
      if (roles.includes(this.roles.values[this.aRole.get(a)]!)) return false;
    return true;
  }

  /**
   * A later part of the file, read by a worker into a store of its own: its cases joined to these
   * (or opened after them) and its assessments added after theirs, as a single reading would have.
   * `keys[c]` and `round(c)`: the part's case c's key and round number in this store's numbering.
   */
  adopt(part: StoreState, keys: readonly string[], round: (c: number) => number): void {
    const extra = new Map(part.extra);
    for (let c = 0; c < part.caseIds.length; c++) {
      const type = this.criteria.types[part.caseType[c]!]!;
      let caseNo = this.find(keys[c]!);
      if (caseNo === -1) caseNo = this.open(keys[c]!, part.caseIds[c]!, type.id, round(c));
      for (let a = part.firstOf[c]!; a !== -1; a = part.aNext[a]!) {
        const state = part.aState[a]!;
        this.link(
          caseNo,
          part.roles[part.aRole[a]!]!,
          part.files[part.aFile[a]!]!,
          part.aLine[a]!,
          (state & GRADE_MASK) !== 0,
          extra.get(c),
        );
        const auditor = part.aAuditor[a]!;
        this.aAuditor.push(auditor === 0 ? 0 : this.auditors.id(part.auditors[auditor]!));
        this.aState.push(state);
        this.aCodes.push(this.codes.add(CodeArena.viewIn(part.codes, part.aCodes[a]!, type.criteria.length)));
      }
    }
  }

  gradedFlags(): number[] {
    return Array.from({ length: this.caseIds.length }, (_, c) => this.graded.get(c));
  }

  /**
   * Cases that only other roles than self and independent assessed (a moderator's case that joined
   * no first marking), where each was first read; none when no case has a first marking at all.
   * Then every case id with a first marking, with its round.
   */
  secondOnly(): { unmatched: SecondOnly[]; firstMarked: Array<{ caseId: string; round: number }> } {
    const unmatched: SecondOnly[] = [];
    const firstMarked: Array<{ caseId: string; round: number }> = [];
    for (let c = 0; c < this.caseIds.length; c++) {
      const marks = this.marks.get(c);
      const at = { caseId: this.caseIds[c]!, round: this.caseRound.get(c) };
      if (marks & FIRST_MARKING) firstMarked.push(at);
      else
        unmatched.push({
          ...at,
          role: this.roles.values[this.aRole.get(this.firstOf.get(c))]!,
          source: this.sourceOf(this.firstOf.get(c)),
        });
    }
    return firstMarked.length === 0 ? { unmatched: [], firstMarked } : { unmatched, firstMarked };
  }

  /** Every case in the order first read, its assessments rebuilt in the order read. */
  *cases(): Generator<AssembledCase> {
    for (let c = 0; c < this.caseIds.length; c++) {
      const type = this.criteria.types[this.caseType.get(c)]!;
      const assessments = new Map<Role, ScoredAssessment>();
      for (let a = this.firstOf.get(c); a !== -1; a = this.aNext.get(a)) {
        const role = this.roles.values[this.aRole.get(a)]!;
        assessments.set(role, this.assessment(a, role, type));
      }
      const assembled: AssembledCase = {
        round: this.rounds[this.caseRound.get(c)] ?? null,
        caseId: this.caseIds[c]!,
        caseType: type.id,
        assessments,
      };
      const extra = this.extra.get(c);
      if (extra) assembled.extra = extra;
      yield assembled;
    }
  }

  private assessment(a: number, role: Role, type: CaseType): ScoredAssessment {
    const state = this.aState.get(a);
    const flags = state >>> (2 * GRADE_BITS + 2);
    const codes = this.codes.view(this.aCodes.get(a), type.criteria.length);
    const unmet: string[] = [];
    const partly: string[] = [];
    const missing: string[] = [];
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] === FINDING_CODE.unmet) unmet.push(type.criteria[i]!.id);
      else if (codes[i] === FINDING_CODE.none) missing.push(type.criteria[i]!.id);
      else if (codes[i] === FINDING_CODE.partly) partly.push(type.criteria[i]!.id);
    }
    const auditor = this.aAuditor.get(a);
    return {
      role,
      auditor: auditor === 0 ? null : this.auditors.values[auditor]!,
      grade: this.gradeOf(state & GRADE_MASK),
      derivedGrade: this.gradeOf((state >>> GRADE_BITS) & GRADE_MASK),
      gradeSource: SOURCES[(state >>> (2 * GRADE_BITS)) & 3]!,
      override: (flags & OVERRIDE) !== 0,
      unmet,
      partly,
      missing,
      referredBack: (flags & REFERRED) !== 0,
      referralSuggested: (flags & SUGGESTED) !== 0,
      codes,
      source: this.sourceOf(a),
    };
  }

  private sourceOf(a: number): Source {
    const f = this.aFile.get(a);
    let place = this.places[f];
    if (!place) {
      const [file, sheet] = this.files.values[f]!.split('\u0000') as [string, string | undefined];
      this.places[f] = place = sheet === undefined ? { file } : { file, sheet };
    }
    const line = this.aLine.get(a);
    return place.sheet === undefined ? { file: place.file, line } : { file: place.file, line, sheet: place.sheet };
  }
}
