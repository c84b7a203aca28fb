// YAML findings and `assessments:` lists: each assessment of a case is read (and rejected) on its
// own, at its own line, so one bad assessment loses nothing else.
import type { Pseudonyms } from '../../domain/pseudonym.js';
import { idAsRead } from '../rows/case-id.js';
import type { AssessmentRecord } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { Diagnostic } from '../../domain/diagnostic.js';
import { didYouMean } from '../../text/did-you-mean.js';
import type { Finding } from '../../domain/findings.js';
import { knownRoles, parseRole } from '../../domain/roles.js';
import type { CaseType } from '../../domain/types.js';
import { yamlCaseSchemas } from '../../schema/cases.js';
import { quote, quoteName } from '../../text/escape.js';
import { checkCaseKeys } from './yaml-case-keys.js';

type Reject = (rule: string, message: string, sub?: PropertyKey[], key?: string) => Diagnostic;

/** A findings mapping to finding per criterion id, keys matched case-insensitively to the type's criteria. */
export function readFindings(
  raw: Record<string, Finding | null> | undefined,
  type: CaseType,
  criteria: CriteriaSet,
  label: string,
  reject: Reject,
  at: PropertyKey[] = ['findings'],
): Map<string, Finding> | Diagnostic {
  const findings = new Map<string, Finding>();
  const own = new Map(type.criteria.map((cr) => [cr.id.toLowerCase(), cr.id]));
  for (const [key, value] of Object.entries(raw ?? {})) {
    const id = own.get(key.toLowerCase());
    if (!id) {
      const other = criteria.criterionById.get(key.toLowerCase());
      const why = other ? `belongs to ${other.type.id}` : `is not a criterion${didYouMean(key, own.values())}`;
      return reject(
        'unknown-finding',
        `${label}: findings key ${quote(key)} ${why}; ${type.id} has ${[...own.values()].join(', ')}`,
        at,
        key,
      );
    }
    if (value !== null) findings.set(id, value);
  }
  return findings;
}

export interface YamlCaseHead {
  caseId: string;
  type: CaseType;
  round: string | null;
  label: string;
  file: string;
  lineOf(sub: PropertyKey[]): number;
}

export function readAssessments(
  list: readonly unknown[],
  head: YamlCaseHead,
  criteria: CriteriaSet,
  reject: Reject,
  ids?: Pseudonyms,
): Array<AssessmentRecord | Diagnostic> {
  const roles = knownRoles(criteria.programme);
  return list.map((raw, j): AssessmentRecord | Diagnostic => {
    const sub = ['assessments', j];
    const label = `${head.label}, assessment ${j + 1}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return reject('invalid-assessment', `${label}: expected a mapping with assessor, grade and findings`, sub);
    }
    const keyProblem = checkCaseKeys(raw as Record<string, unknown>, label);
    if (keyProblem) return reject(keyProblem.rule, keyProblem.message, [...sub, ...keyProblem.at], keyProblem.key);
    const yamlAssessmentSchema = yamlCaseSchemas(criteria.programme).assessment;
    const parsed = yamlAssessmentSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0]!;
        return reject(
          'unknown-key',
          `${label}: key ${quote(key)} is not an assessment field${didYouMean(key, Object.keys(yamlAssessmentSchema.shape))}`,
          sub,
          key,
        );
      }
      const field = issue.path.join('.');
      const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
      return reject(
        missing ? 'missing-field' : 'invalid-value',
        missing ? `${label}: ${field} is required` : `${label}: ${field} ${issue.message.replace(/^Invalid input: /, '')}`,
        [...sub, ...issue.path],
      );
    }
    const a = parsed.data;
    const role = parseRole(a.assessor, criteria.programme);
    if (role === undefined) {
      return reject(
        'unknown-role',
        `${label}: assessor ${quoteName(a.assessor)} is not a role of this programme${didYouMean(a.assessor, roles)}; expected one of ${roles.join(', ')} (declare others under roles: in programme.yaml)`,
        [...sub, 'assessor'],
      );
    }
    const findings = readFindings(a.findings, head.type, criteria, label, reject, [...sub, 'findings']);
    if (!(findings instanceof Map)) return findings;
    const rawAuditor = (a.auditor ?? '').trim();
    const auditor = rawAuditor === '' ? '' : idAsRead(rawAuditor, 'auditor', ids);
    if (typeof auditor !== 'string') return reject('invalid-auditor', `${label}: ${auditor.unsafe}`, [...sub, 'auditor']);
    return {
      round: head.round,
      caseId: head.caseId,
      caseType: head.type.id,
      role,
      auditor: auditor === '' ? null : auditor,
      grade: a.grade ?? null,
      findings,
      hasOverrideReason: (a.override_reason ?? '').trim() !== '',
      referredBack: a.referred_back ?? false,
      source: { file: head.file, line: head.lineOf(sub) },
      gradeColumn: 'grade',
    };
  });
}
