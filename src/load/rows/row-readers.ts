// One CSV row to a case record (wide form) or an assessment record (long form), or the reason it
// is rejected. Cell rules come from the same spelling tables the YAML schema uses.
import type { AssessmentRecord } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import { didYouMean } from '../../text/did-you-mean.js';
import { parseYesNo, type Finding, type FindingScheme } from '../../domain/findings.js';
import type { Grade } from '../../domain/grades.js';
import { findingsOf as findingSchemeOf, scaleOf } from '../../domain/programme.js';
import { knownRoles, parseRole } from '../../domain/roles.js';
import type { CaseType, Source } from '../../domain/types.js';
import type { HeaderPlan } from './header-plan.js';
import type { LoadOptions } from '../inputs/sink.js';
import { quote, quoteName } from '../../text/escape.js';
import { gotValue } from '../../text/value-hint.js';
import { resolveCaseType, unknownTypeMessage } from '../register/case-type-name.js';
import { unescapeFormula } from '../../text/formula-prefix.js';
import { wideAssessments } from './wide.js';
import { idAsRead, pseudonymsOf } from './case-id.js';

/** What both forms read the same way. */
interface RowCommon {
  caseId: string;
  type: CaseType;
  round: string | null;
  referredBack: boolean;
  hasOverrideReason: boolean;
  findings: Map<string, Finding>;
  extra?: Array<[string, string]>;
  /** The grades of `gradeFields`, in order. */
  grades: Array<Grade | null>;
  reject(rule: string, message: string, col?: number): Diagnostic;
}

type GradeField = 'self_grade' | 'independent_grade' | 'grade';

function readCommon(
  cells: readonly string[],
  file: string,
  line: number,
  plan: HeaderPlan,
  criteria: CriteriaSet,
  options: LoadOptions,
  gradeFields: readonly GradeField[],
): RowCommon | Diagnostic {
  const reject = (rule: string, message: string, col?: number) => error(file, line, rule, message, col);
  if (cells.length !== plan.width) {
    return reject(
      'field-count',
      `row has ${cells.length} fields, the header has ${plan.width}; check for an unquoted delimiter or a missing field`,
    );
  }
  const { index } = plan;
  const rawId = unescapeFormula(cells[index.case_id]!.trim());
  if (rawId === '') return reject('missing-case-id', 'case_id is blank; every case needs an id', index.case_id + 1);
  const caseId = idAsRead(rawId, 'case', pseudonymsOf(options));
  if (typeof caseId !== 'string') return reject('invalid-case-id', caseId.unsafe, index.case_id + 1);
  const typeName = cells[index.case_type]!.trim();
  if (typeName === '') return reject('missing-case-type', `case ${quote(caseId)}: case_type is blank`, index.case_type + 1);
  const type = resolveCaseType(criteria, typeName, plan.typeMap);
  if (!type)
    return reject(
      'unknown-case-type',
      `case ${quote(caseId)}: ${unknownTypeMessage(criteria, typeName, 'case_type')}`,
      index.case_type + 1,
    );
  const scale = scaleOf(criteria.programme);
  const grades: Array<Grade | null> = [];
  for (const field of gradeFields) {
    const i = index[field];
    const raw = i === -1 ? '' : cells[i]!;
    const parsed = raw.trim() === '' ? null : scale.parse(raw);
    // gotValue quotes the value only where it is plainly a grade mistyped: a misplaced note must not reach the terminal.
    if (parsed === undefined) {
      return reject(
        'invalid-grade',
        `case ${quote(caseId)}: ${field} is not a grade; expected one of ${scale.spellings.join(', ')}${gotValue(raw, scale.spellings)}`,
        i + 1,
      );
    }
    grades.push(parsed);
  }
  let referredBack = false;
  if (index.referred_back !== -1) {
    const flag = parseYesNo(cells[index.referred_back]!);
    if (flag === undefined) {
      return reject(
        'invalid-flag',
        `case ${quote(caseId)}: referred_back must be yes or no (y, yes, true, 1 / n, no, false, 0, or blank)`,
        index.referred_back + 1,
      );
    }
    referredBack = flag;
  }
  const scheme = findingSchemeOf(criteria.programme);
  const findings = findingsOf(cells, plan, type, scheme);
  if (findings === undefined) return findingProblem(cells, plan, type, scheme, caseId, reject);
  let extra: Array<[string, string]> | undefined;
  if (options.keepExtra) {
    for (const { i, name } of extraColumns(plan)) (extra ??= []).push([name, unescapeFormula(cells[i]!)]);
  }
  const reasonAt = index.override_reason;
  // A row's own round wins over --round.
  const round = (index.round === -1 ? '' : cells[index.round]!.trim()) || options.round || null;
  const common: RowCommon = {
    caseId,
    type,
    round,
    referredBack,
    hasOverrideReason: reasonAt !== -1 && cells[reasonAt]!.trim() !== '',
    findings,
    grades,
    reject,
  };
  // Stryker disable next-line ConditionalExpression: equivalent, an `extra: undefined` is not copied to the record (readRow, readLongRow)
  if (extra) common.extra = extra;
  return common;
}

/** A header's criterion and extra columns, grouped once per header and case type, in column order. */
interface RowColumns {
  criteria: Array<{ i: number; id: string; type: CaseType }>;
  extra: Array<{ i: number; name: string }>;
  /** Per type: its criteria's columns and ids, and every other criterion column (which must be blank). */
  byType: Map<CaseType, { own: number[]; ids: string[]; foreign: number[] }>;
}

const rowColumns = new WeakMap<HeaderPlan, RowColumns>();

function columnsOf(plan: HeaderPlan): RowColumns {
  let columns = rowColumns.get(plan);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache: grouping the header again gives the same columns
  if (!columns) {
    columns = { criteria: [], extra: [], byType: new Map() };
    for (const [i, role] of plan.roles.entries()) {
      if (role.kind === 'extra') columns.extra.push({ i, name: role.name });
      else if (role.kind === 'criterion') columns.criteria.push({ i, id: role.criterion.id, type: role.type });
    }
    rowColumns.set(plan, columns);
  }
  return columns;
}

/** The header's carried (extra) columns, in column order (also read by byte-row.ts). */
export function extraColumns(plan: HeaderPlan): ReadonlyArray<{ i: number; name: string }> {
  return columnsOf(plan).extra;
}

/** A type's own criterion columns and ids, and the other types' columns (also read by byte-row.ts). */
export function typeColumns(plan: HeaderPlan, type: CaseType): { own: number[]; ids: string[]; foreign: number[] } {
  const columns = columnsOf(plan);
  let mine = columns.byType.get(type);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache, as above
  if (!mine) {
    // Stryker disable next-line ConditionalExpression,MethodExpression: equivalent, findingsOf refuses any other type's filled cell first, so the rest are blank and add no finding
    const own = columns.criteria.filter((c) => c.type === type);
    mine = {
      own: own.map((c) => c.i),
      ids: own.map((c) => c.id),
      foreign: columns.criteria.filter((c) => c.type !== type).map((c) => c.i),
    };
    columns.byType.set(type, mine);
  }
  return mine;
}

/** The row's findings (in column order), or undefined when a cell is wrong (findingProblem says which). */
function findingsOf(cells: readonly string[], plan: HeaderPlan, type: CaseType, scheme: FindingScheme): Map<string, Finding> | undefined {
  const { own, ids, foreign } = typeColumns(plan, type);
  for (const i of foreign) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a fast path: parseFinding reads a blank cell as null too
    if (cells[i] === '') continue;
    if (scheme.parse(cells[i]!) !== null) return undefined;
  }
  const findings = new Map<string, Finding>();
  for (let k = 0; k < own.length; k++) {
    const finding = scheme.parse(cells[own[k]!]!);
    if (finding === undefined) return undefined;
    if (finding !== null) findings.set(ids[k]!, finding);
  }
  return findings;
}

/** The first wrong finding cell, in column order. */
function findingProblem(
  cells: readonly string[],
  plan: HeaderPlan,
  type: CaseType,
  scheme: FindingScheme,
  caseId: string,
  reject: RowCommon['reject'],
): Diagnostic {
  // Stryker disable next-line EqualityOperator: equivalent, the loop returns at the wrong cell findingsOf found, before the end
  for (let i = 0; i < plan.roles.length; i++) {
    const role = plan.roles[i]!;
    if (role.kind !== 'criterion') continue;
    const finding = scheme.parse(cells[i]!);
    if (finding === null) continue;
    if (role.type !== type) {
      return reject(
        'foreign-criterion',
        `case ${quote(caseId)}: column ${role.criterion.id} belongs to ${role.type.id}, but this case is ${type.id}; leave it blank`,
        i + 1,
      );
    }
    if (finding === undefined) {
      return reject(
        'invalid-finding',
        `case ${quote(caseId)}: ${role.criterion.id} is not a finding; expected one of ${scheme.spellings.join(', ')}, or blank${gotValue(cells[i]!, scheme.spellings)}`,
        i + 1,
      );
    }
  }
  // Stryker disable next-line StringLiteral: equivalent, unreachable: findingsOf refuses a row only for a cell this loop finds
  throw new Error('findingProblem: no wrong cell in a row findingsOf refused');
}

/** The `auditor` cell, trimmed (a pseudonym under --pseudonymise); null where blank or the file has no such column. */
function auditorCell(cells: readonly string[], plan: HeaderPlan, options: LoadOptions): string | null | { unsafe: string } {
  const auditor = plan.index.auditor === -1 ? '' : cells[plan.index.auditor]!.trim();
  return auditor === '' ? null : idAsRead(auditor, 'auditor', pseudonymsOf(options));
}

const WIDE_GRADES: readonly GradeField[] = ['self_grade', 'independent_grade'];
const LONG_GRADES: readonly GradeField[] = ['grade'];

/** A wide row: its self assessment (when self_grade is filled in) and its independent one. */
export function readRow(
  cells: readonly string[],
  source: Source,
  plan: HeaderPlan,
  criteria: CriteriaSet,
  options: LoadOptions,
): AssessmentRecord[] | Diagnostic {
  const row = readCommon(cells, source.file, source.line, plan, criteria, options, WIDE_GRADES);
  if ('file' in row) return row;
  const auditor = auditorCell(cells, plan, options);
  if (typeof auditor === 'object' && auditor !== null)
    return row.reject('invalid-auditor', `case ${quote(row.caseId)}: ${auditor.unsafe}`, plan.index.auditor + 1);
  const [selfGrade, independentGrade] = row.grades as [Grade | null, Grade | null];
  return wideAssessments({
    round: row.round,
    caseId: row.caseId,
    caseType: row.type.id,
    auditor,
    selfGrade,
    independentGrade,
    hasOverrideReason: row.hasOverrideReason,
    referredBack: row.referredBack,
    findings: row.findings,
    ...(row.extra ? { extra: row.extra } : {}),
    source,
  });
}

/** A long-form row: one assessment, by the role in its `assessor` column. */
export function readLongRow(
  cells: readonly string[],
  source: Source,
  plan: HeaderPlan,
  criteria: CriteriaSet,
  options: LoadOptions,
): AssessmentRecord | Diagnostic {
  const row = readCommon(cells, source.file, source.line, plan, criteria, options, LONG_GRADES);
  if ('file' in row) return row;
  const at = plan.index.assessor;
  const rawRole = cells[at]!.trim();
  const role = parseRole(rawRole, criteria.programme);
  const roles = knownRoles(criteria.programme);
  if (rawRole === '')
    return row.reject('missing-assessor', `case ${quote(row.caseId)}: assessor is blank; expected one of ${roles.join(', ')}`, at + 1);
  if (role === undefined) {
    return row.reject(
      'unknown-role',
      `case ${quote(row.caseId)}: assessor ${quoteName(rawRole)} is not a role of this programme${didYouMean(rawRole, roles)}; expected one of ${roles.join(', ')} (declare others under roles: in programme.yaml)`,
      at + 1,
    );
  }
  const grade = row.grades[0]!;
  const auditor = auditorCell(cells, plan, options);
  if (typeof auditor === 'object' && auditor !== null)
    return row.reject('invalid-auditor', `case ${quote(row.caseId)}: ${auditor.unsafe}`, plan.index.auditor + 1);
  const record: AssessmentRecord = {
    round: row.round,
    caseId: row.caseId,
    caseType: row.type.id,
    role,
    auditor,
    grade,
    findings: row.findings,
    hasOverrideReason: row.hasOverrideReason,
    referredBack: row.referredBack,
    source,
    gradeColumn: 'grade',
  };
  if (row.extra) record.extra = row.extra;
  return record;
}
