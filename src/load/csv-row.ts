// One CSV row to a case record, or the reason it is rejected. Cell rules come from the same
// spelling tables the YAML schema uses.
import type { CriteriaSet } from '../domain/criteria-set.js';
import { error, type Diagnostic } from '../domain/diagnostic.js';
import { FINDING_SPELLINGS, parseFinding, parseYesNo, type Finding } from '../domain/findings.js';
import { GRADE_SPELLINGS, parseGrade, type Grade } from '../domain/grades.js';
import type { CaseRecord } from '../domain/types.js';
import type { HeaderPlan } from './columns.js';
import { quote } from '../text/escape.js';
import { gotValue } from '../text/value-hint.js';
import { resolveCaseType, unknownTypeMessage } from './case-type-name.js';
import { unescapeFormula } from '../text/formula-prefix.js';

export function readRow(
  cells: readonly string[],
  file: string,
  line: number,
  plan: HeaderPlan,
  criteria: CriteriaSet,
  keepExtra: boolean,
): CaseRecord | Diagnostic {
  const reject = (rule: string, message: string, col?: number) => error(file, line, rule, message, col);
  if (cells.length !== plan.width) {
    return reject(
      'field-count',
      `row has ${cells.length} fields, the header has ${plan.width}; check for an unquoted delimiter or a missing field`,
    );
  }
  const { index } = plan;
  const caseId = unescapeFormula(cells[index.case_id]!.trim());
  if (caseId === '') return reject('missing-case-id', 'case_id is blank; every case needs an id', index.case_id + 1);
  const typeName = cells[index.case_type]!.trim();
  if (typeName === '') return reject('missing-case-type', `case ${quote(caseId)}: case_type is blank`, index.case_type + 1);
  const type = resolveCaseType(criteria, typeName, plan.typeMap);
  if (!type) return reject('unknown-case-type', `case ${quote(caseId)}: ${unknownTypeMessage(criteria, typeName, 'case_type')}`, index.case_type + 1);
  const grade = (field: 'self_grade' | 'independent_grade'): Grade | null | Diagnostic => {
    const i = index[field];
    const raw = i === -1 ? '' : cells[i]!;
    if (raw.trim() === '') return null;
    const parsed = parseGrade(raw);
    if (parsed) return parsed;
    // gotValue quotes the value only where it is plainly a grade mistyped: a misplaced note must not reach the terminal.
    return reject('invalid-grade', `case ${quote(caseId)}: ${field} is not a grade; expected one of ${GRADE_SPELLINGS.join(', ')}${gotValue(raw, GRADE_SPELLINGS)}`, i + 1);
  };
  const selfGrade = grade('self_grade');
  if (selfGrade !== null && typeof selfGrade === 'object') return selfGrade;
  const independentGrade = grade('independent_grade');
  if (independentGrade !== null && typeof independentGrade === 'object') return independentGrade;
  let referredBack = false;
  if (index.referred_back !== -1) {
    const flag = parseYesNo(cells[index.referred_back]!);
    if (flag === undefined) {
      return reject('invalid-flag', `case ${quote(caseId)}: referred_back must be yes or no (y, yes, true, 1 / n, no, false, 0, or blank)`, index.referred_back + 1);
    }
    referredBack = flag;
  }
  const findings = new Map<string, Finding>();
  let extra: Array<[string, string]> | undefined;
  for (let i = 0; i < plan.roles.length; i++) {
    const role = plan.roles[i]!;
    if (role.kind === 'field') continue;
    const raw = cells[i]!;
    if (role.kind === 'extra') {
      if (keepExtra) (extra ??= []).push([role.name, unescapeFormula(raw)]);
      continue;
    }
    const finding = parseFinding(raw);
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
        `case ${quote(caseId)}: ${role.criterion.id} is not a finding; expected one of ${FINDING_SPELLINGS.join(', ')}, or blank${gotValue(raw, FINDING_SPELLINGS)}`,
        i + 1,
      );
    }
    findings.set(role.criterion.id, finding);
  }
  const reasonAt = index.override_reason;
  const record: CaseRecord = {
    caseId,
    caseType: type.id,
    selfGrade,
    independentGrade,
    hasOverrideReason: reasonAt !== -1 && cells[reasonAt]!.trim() !== '',
    referredBack,
    findings,
    source: { file, line },
  };
  if (extra) record.extra = extra;
  return record;
}
