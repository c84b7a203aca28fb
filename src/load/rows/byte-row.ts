// A wide row read from its bytes (src/load/csv/byte-scan.ts found its cells): the records
// readRow (row-readers.ts) makes from the same row, or undefined whenever anything would need a
// message or a cell quoted where it is read (kept columns are read here too, a quoted one there). The loader then hands the
// row to the string path, so every message, position and count comes from one place. Cells are
// ASCII here: a byte is a character, and JavaScript's trim is the six bytes below.
import { FINDING_CODE, type AssessmentRecord } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { parseYesNo, type Finding } from '../../domain/findings.js';
import type { Grade } from '../../domain/grades.js';
import { findingsOf as findingSchemeOf, scaleOf } from '../../domain/programme.js';
import type { Pseudonyms } from '../../domain/pseudonym.js';
import type { CaseType } from '../../domain/types.js';
import { ByteMemo, latin1 } from '../csv/byte-memo.js';
import { resolveCaseType } from '../register/case-type-name.js';
import type { LoadOptions } from '../inputs/sink.js';
import type { HeaderPlan } from './header-plan.js';
import { idAsRead, pseudonymsOf } from './case-id.js';
import { extraColumns, typeColumns } from './row-readers.js';
import { unescapeFormula } from '../../text/formula-prefix.js';
import { wideAssessments } from './wide.js';

/** A row's cells in the scan's buffer: [starts[k], ends[k]) (inside the quotes of a quoted cell). */
export interface ByteCells {
  bytes: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  quoted: Uint8Array;
  count: number;
}

const isSpace = (b: number) => b === 32 || (b >= 9 && b <= 13);
const APOSTROPHE = 39;

export class ByteRows {
  private readonly types: ByteMemo<CaseType | undefined>;
  private readonly grades: ByteMemo<Grade | null | undefined>;
  private readonly flags = new ByteMemo(parseYesNo);
  private readonly findings: ByteMemo<Finding | null | undefined>;
  private readonly texts = new ByteMemo((text: string) => text);
  /** Per type: the findings maps met so far, by their codes read as a number (rows share them). */
  private readonly shared = new Map<CaseType, Map<number, ReadonlyMap<string, Finding>>>();
  /** Kept columns' values (teams, officers repeat: one string each), as the string path reads them. */
  private readonly carried = new ByteMemo(unescapeFormula);
  /** `keepExtra`: the header's carried columns, kept with each row; else none. */
  private readonly extra: ReadonlyArray<{ i: number; name: string }>;
  /** Columns whose value is read: a quoted cell there goes to the string path. */
  private readonly read: Uint8Array;

  private constructor(
    private readonly file: string,
    private readonly plan: HeaderPlan,
    criteria: CriteriaSet,
    private readonly round: string | undefined,
    /** Under --pseudonymise: ids and codes become pseudonyms here, as the string path makes them. */
    private readonly ids: Pseudonyms | undefined,
    keepExtra: boolean,
  ) {
    const scale = scaleOf(criteria.programme);
    const scheme = findingSchemeOf(criteria.programme);
    this.types = new ByteMemo((text) => resolveCaseType(criteria, text, plan.typeMap));
    this.grades = new ByteMemo((raw) => (raw.trim() === '' ? null : scale.parse(raw)));
    this.findings = new ByteMemo((raw) => scheme.parse(raw));
    this.read = new Uint8Array(plan.width);
    for (const [i, role] of plan.roles.entries()) if (role.kind === 'criterion') this.read[i] = 1;
    const { index } = plan;
    for (const i of [
      index.case_id,
      index.case_type,
      index.self_grade,
      index.independent_grade,
      index.referred_back,
      index.round,
      index.auditor,
    ])
      if (i !== -1) this.read[i] = 1;
    this.extra = keepExtra ? extraColumns(plan) : [];
    for (const { i } of this.extra) this.read[i] = 1;
  }

  /** A reader for this header, or undefined where rows must take the string path (long form, ids watched). */
  static for(file: string, plan: HeaderPlan, criteria: CriteriaSet, options: LoadOptions): ByteRows | undefined {
    if (plan.long || options.onRowId) return undefined;
    return new ByteRows(file, plan, criteria, options.round, pseudonymsOf(options), options.keepExtra === true);
  }

  /** Columns a quoted cell may not be in. */
  get readColumns(): Uint8Array {
    return this.read;
  }

  /** The row's records, or undefined: the string path reads it. */
  row(cells: ByteCells, line: number): AssessmentRecord[] | undefined {
    const { plan } = this;
    const { bytes, starts, ends, quoted } = cells;
    if (cells.count !== plan.width) return undefined;
    for (let i = 0; i < cells.count; i++) if (quoted[i] === 1 && this.read[i] === 1) return undefined;
    const { index } = plan;
    const id = trimmed(cells, index.case_id);
    // Blank ids (and blank lines) and a formula's escaping apostrophe have their own rules there.
    if (id.end === id.start || bytes[id.start] === APOSTROPHE) return undefined;
    const typeCell = trimmed(cells, index.case_type);
    const type = typeCell.end === typeCell.start ? undefined : this.types.get(bytes, typeCell.start, typeCell.end);
    if (!type) return undefined;
    const selfGrade = this.grade(cells, index.self_grade);
    const independentGrade = this.grade(cells, index.independent_grade);
    if (selfGrade === undefined || independentGrade === undefined) return undefined;
    let referredBack = false;
    if (index.referred_back !== -1) {
      const flag = this.flags.get(bytes, starts[index.referred_back]!, ends[index.referred_back]!);
      if (flag === undefined) return undefined;
      referredBack = flag;
    }
    const findings = this.findingsOf(cells, type);
    if (!findings) return undefined;
    const reason = index.override_reason === -1 ? undefined : trimmed(cells, index.override_reason);
    const round = index.round === -1 ? '' : this.text(cells, index.round);
    const auditor = index.auditor === -1 ? '' : this.text(cells, index.auditor);
    const caseId = idAsRead(latin1(bytes, id.start, id.end), 'case', this.ids);
    const code = auditor === '' ? null : idAsRead(auditor, 'auditor', this.ids);
    // An id or code the key refuses (a control character) is refused in the string path's words.
    if (typeof caseId !== 'string' || (code !== null && typeof code !== 'string')) return undefined;
    return wideAssessments({
      round: round || this.round || null,
      caseId,
      caseType: type.id,
      auditor: code,
      selfGrade,
      independentGrade,
      hasOverrideReason: reason !== undefined && reason.end > reason.start,
      referredBack,
      findings,
      ...(this.extra.length > 0 ? { extra: this.carriedOf(cells) } : {}),
      source: { file: this.file, line },
    });
  }

  /** The kept columns' cells untrimmed, a formula's escaping apostrophe taken off (as readCommon keeps them). */
  private carriedOf(cells: ByteCells): Array<[string, string]> {
    return this.extra.map(({ i, name }) => [name, this.carried.get(cells.bytes, cells.starts[i]!, cells.ends[i]!)]);
  }

  private grade(cells: ByteCells, i: number): Grade | null | undefined {
    return i === -1 ? null : this.grades.get(cells.bytes, cells.starts[i]!, cells.ends[i]!);
  }

  /** A short cell's trimmed text (rounds and auditor codes repeat: one string each). */
  private text(cells: ByteCells, i: number): string {
    const { start, end } = trimmed(cells, i);
    return start === end ? '' : this.texts.get(cells.bytes, start, end);
  }

  /**
   * As row-readers.ts's findingsOf: another type's cells blank, this type's all findings or blank.
   * A register repeats a few hundred combinations of findings: each is one map, shared by the rows
   * that have it (records never change their findings), so a row makes no map of its own.
   */
  private findingsOf(cells: ByteCells, type: CaseType): ReadonlyMap<string, Finding> | undefined {
    const { bytes, starts, ends } = cells;
    const { own, ids, foreign } = typeColumns(this.plan, type);
    for (const i of foreign) {
      if (starts[i] === ends[i]) continue;
      if (this.findings.get(bytes, starts[i]!, ends[i]!) !== null) return undefined;
    }
    let key = 0;
    for (let k = 0; k < own.length; k++) {
      const i = own[k]!;
      const finding = this.findings.get(bytes, starts[i]!, ends[i]!);
      if (finding === undefined) return undefined;
      key = key * BASE + (finding === null ? FINDING_CODE.none : FINDING_CODE[finding]);
    }
    let byKey = this.shared.get(type);
    if (!byKey) this.shared.set(type, (byKey = new Map()));
    const known = own.length <= MAX_KEYED ? byKey.get(key) : undefined;
    if (known) return known;
    const findings = new Map<string, Finding>();
    for (let k = 0; k < own.length; k++) {
      const i = own[k]!;
      const finding = this.findings.get(bytes, starts[i]!, ends[i]!);
      if (finding) findings.set(ids[k]!, finding);
    }
    if (own.length <= MAX_KEYED && byKey.size < MAX_SHARED) byKey.set(key, findings);
    return findings;
  }
}

/** A key digit per criterion (FINDING_CODE's five codes); past MAX_KEYED criteria a key would lose digits. */
const BASE = 5;
const MAX_KEYED = 22;
/** Combinations kept per type: bounds the memory a register of ever-new combinations takes. */
const MAX_SHARED = 4096;

function trimmed(cells: ByteCells, i: number): { start: number; end: number } {
  const { bytes } = cells;
  let start = cells.starts[i]!;
  let end = cells.ends[i]!;
  while (start < end && isSpace(bytes[start]!)) start++;
  while (end > start && isSpace(bytes[end - 1]!)) end--;
  return { start, end };
}
