// One YAML case, checked on its own (keys, schema, type, findings, assessments) into wide or long
// records, or rejected at the line of what is wrong: one bad case rejects only itself.
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { error, warning, type Diagnostic } from '../../domain/diagnostic.js';
import { didYouMean } from '../../text/did-you-mean.js';
import type { AssessmentRecord } from '../../domain/assessment.js';
import { YAML_CASE_KEYS } from '../../domain/case-columns.js';
import { WIDE_CASE_KEYS, yamlCaseSchemas } from '../../schema/cases.js';
import { readAssessments, readFindings } from './yaml-assessments.js';
import { checkCaseKeys } from './yaml-case-keys.js';
import { quote } from '../../text/escape.js';
import { resolveCaseType, unknownTypeMessage } from '../register/case-type-name.js';
import { freeTextColumn, freeTextWord } from '../rows/free-text.js';
import { carriedByRequest } from '../register/header-map.js';
import type { CaseSink, LoadOptions } from '../inputs/sink.js';
import type { Position } from './yaml-doc.js';
import { wideAssessments } from '../rows/wide.js';
import { idAsRead, pseudonymsOf } from '../rows/case-id.js';

export function readCase(
  file: string,
  /** Where the node at a path below the case is in the file (a key's position with `key`). */
  locate: (sub: readonly PropertyKey[], key?: string) => Position,
  i: number,
  raw: unknown,
  criteria: CriteriaSet,
  warned: Set<string>,
  sink: CaseSink,
  options: LoadOptions,
  round: string | null,
): { wide: AssessmentRecord[] } | { long: Array<AssessmentRecord | Diagnostic> } | Diagnostic {
  const start = locate([]);
  const at = locate;
  const reject = (rule: string, message: string, sub: PropertyKey[] = [], key?: string) => {
    const { line, col } = at(sub, key);
    return error(file, line, rule, message, col);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return error(file, start.line, 'invalid-case', `case ${i + 1}: expected a mapping with id, type and findings`, start.col);
  }
  const given = Object.hasOwn(raw, 'id') ? (raw as Record<string, unknown>).id : undefined;
  const ids = pseudonymsOf(options);
  const rawId = typeof given === 'string' && given.trim() ? idAsRead(given.trim(), 'case', ids) : undefined;
  if (rawId !== undefined && typeof rawId !== 'string') return reject('invalid-case-id', `case ${i + 1}: ${rawId.unsafe}`, ['id']);
  const label = rawId ? `case ${quote(rawId)}` : `case ${i + 1}`;
  const keyProblem = checkCaseKeys(raw as Record<string, unknown>, label);
  if (keyProblem) return reject(keyProblem.rule, keyProblem.message, keyProblem.at, keyProblem.key);
  const result = yamlCaseSchemas(criteria.programme).yamlCase.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    const message = missing ? `${label}: ${field} is required` : `${label}: ${field} ${issue.message.replace(/^Invalid input: /, '')}`;
    return reject(missing ? 'missing-field' : 'invalid-value', message, issue.path);
  }
  const c = result.data;
  const type = resolveCaseType(criteria, c.type, options.typeMap);
  if (!type) return reject('unknown-case-type', `${label}: ${unknownTypeMessage(criteria, c.type, 'type')}`, ['type']);
  if (c.assessments !== undefined) {
    const wide = WIDE_CASE_KEYS.find((k) => Object.hasOwn(raw, k));
    if (wide) {
      return reject(
        'mixed-case-forms',
        `${label}: ${wide} belongs to a case without an assessments list; give each assessor's grade and findings under assessments`,
        [],
        wide,
      );
    }
  }
  const findings = readFindings(c.findings, type, criteria, label, reject);
  if (!(findings instanceof Map)) return findings;
  let extra: Array<[string, string]> | undefined;
  for (const key of Object.keys(raw)) {
    if ((YAML_CASE_KEYS as readonly string[]).includes(key)) continue;
    const asked = carriedByRequest(options.headerMap, key);
    // `note:` is a slip for notes and `case_notes:` free text: neither is ever carried.
    const word = asked ? undefined : freeTextWord(key);
    const value = (raw as Record<string, unknown>)[key];
    if (!word && options.keepExtra && typeof value === 'string') (extra ??= []).push([key, value]);
    if (!warned.has(key)) {
      warned.add(key);
      sink.onColumns?.(word ? { carried: [], freeText: [key] } : { carried: [key], freeText: [] });
      const { line, col } = at([], key);
      if (word) sink.onDiagnostic(freeTextColumn({ file, line, col }, 'key', key, word));
      else if (!asked)
        sink.onDiagnostic(
          warning(
            file,
            line,
            'unknown-key',
            `key ${quote(key)} is not a case field: carried along, not scored${didYouMean(key, YAML_CASE_KEYS)}`,
            col,
          ),
        );
    }
  }
  if (c.assessments !== undefined) {
    const head = { caseId: rawId ?? c.id.trim(), type, round, label, file, lineOf: (sub: PropertyKey[]) => at(sub).line };
    const records = readAssessments(c.assessments, head, criteria, reject, ids);
    if (extra) for (const r of records) if ('caseId' in r) r.extra = extra;
    return { long: records };
  }
  const rawAuditor = c.auditor?.trim() || null;
  const auditor = rawAuditor === null ? null : idAsRead(rawAuditor, 'auditor', ids);
  if (auditor !== null && typeof auditor !== 'string') return reject('invalid-auditor', `${label}: ${auditor.unsafe}`, ['auditor']);
  return {
    wide: wideAssessments({
      round,
      caseId: rawId ?? c.id.trim(),
      caseType: type.id,
      auditor,
      selfGrade: c.self_grade ?? null,
      independentGrade: c.independent_grade ?? null,
      hasOverrideReason: (c.override_reason ?? '').trim() !== '',
      referredBack: c.referred_back ?? false,
      findings,
      ...(extra ? { extra } : {}),
      source: { file, line: start.line },
    }),
  };
}
