// YAML case files: read whole (they are documents, capped at MAX_YAML_BYTES), checked case by case
// so one bad case rejects only itself.
import type { ByteSource } from '../inputs/input.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { error, warning, type Diagnostic } from '../../domain/diagnostic.js';
import { didYouMean } from '../../text/did-you-mean.js';
import type { AssessmentRecord } from '../../domain/assessment.js';
import { YAML_CASE_KEYS } from '../../domain/case-columns.js';
import { WIDE_CASE_KEYS, yamlCaseFileSchema, yamlCaseSchemas } from '../../schema/cases.js';
import { readAssessments, readFindings } from './yaml-assessments.js';
import { DecodeError, StreamDecoder } from '../inputs/decode.js';
import type { InputEncoding } from '../inputs/encodings.js';
import { checkCaseKeys } from './yaml-case-keys.js';
import { quote } from '../../text/escape.js';
import { resolveCaseType, unknownTypeMessage } from '../register/case-type-name.js';
import { RecordChecks } from '../rows/record-checks.js';
import { freeTextColumn, freeTextWord } from '../rows/free-text.js';
import { carriedByRequest } from '../register/header-map.js';
import type { CaseSink, LoadOptions } from '../inputs/sink.js';
import { parseYaml, positionAt, type ParsedYaml } from './yaml-doc.js';
import { wideAssessments } from '../rows/wide.js';
import { idAsRead, pseudonymsOf, rowId } from '../rows/case-id.js';

/**
 * A YAML document is parsed whole, and the parser holds ~115 bytes of memory per byte of YAML
 * (6 MB took 770 MB and 13 s). 3 MB (~20,000 cases) keeps a run near 350 MB; larger sets belong in
 * CSV, which streams in constant memory. Checked as the bytes arrive, so a large file costs nothing.
 */
export const MAX_YAML_BYTES = 3 * 1024 * 1024;

async function readText(file: string, stream: ByteSource, sink: CaseSink, encoding?: InputEncoding): Promise<string | undefined> {
  const decoder = new StreamDecoder(encoding);
  const parts: string[] = [];
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      bytes += chunk.length;
      if (bytes > MAX_YAML_BYTES) {
        stream.destroy();
        sink.onDiagnostic(
          error(
            file,
            0,
            'file-too-large',
            `YAML case files are read whole and must be under ${MAX_YAML_BYTES / 1024 / 1024} MB (about 20,000 cases); use CSV for files this large`,
          ),
        );
        return undefined;
      }
      parts.push(decoder.write(chunk));
    }
    parts.push(decoder.end());
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    stream.destroy();
    sink.onDiagnostic(error(file, e.line, 'encoding', e.message, e.col));
    return undefined;
  }
  return parts.join('');
}

export async function loadYaml(
  file: string,
  stream: ByteSource,
  criteria: CriteriaSet,
  sink: CaseSink,
  options: LoadOptions = {},
): Promise<void> {
  const text = await readText(file, stream, sink, options.encoding);
  if (text === undefined) return;
  if (text.trim() === '') {
    sink.onDiagnostic(error(file, 1, 'empty-file', 'the file is empty; expected a mapping with a "cases:" list'));
    return;
  }
  const parsed = parseYaml(file, text, { schema: 'failsafe' });
  if (parsed.diagnostics.length > 0 && parsed.value === undefined) {
    for (const d of parsed.diagnostics) sink.onDiagnostic(d);
    return;
  }
  // Problems inside a case (an unknown tag, say) reject that case; others reject the file.
  const caseProblems = new Map<number, Diagnostic[]>();
  const fileProblems: Diagnostic[] = [];
  const caseRanges = caseLines(parsed);
  for (const d of parsed.diagnostics) {
    const index = caseRanges.findIndex(([from, to]) => d.line >= from && d.line <= to);
    if (index === -1) fileProblems.push(d);
    else caseProblems.set(index, [...(caseProblems.get(index) ?? []), d]);
  }
  for (const d of fileProblems) sink.onDiagnostic(d);
  if (fileProblems.length > 0) return;

  const top = yamlCaseFileSchema.safeParse(parsed.value);
  if (!top.success) {
    for (const issue of top.error.issues) {
      const { line, col } = positionAt(parsed, issue.path);
      const where = issue.path.length ? issue.path.join('.') : 'the document';
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown top-level key(s) ${issue.keys.map((k) => quote(k)).join(', ')}; expected force, inspection, round and cases`
          : issue.path[0] === 'cases' || issue.path.length === 0
            ? `${where}: expected a mapping with a "cases:" list of cases (${issue.message})`
            : `${where}: ${issue.message}`;
      sink.onDiagnostic(error(file, line, 'invalid-case-file', message, col));
    }
    return;
  }
  if (top.data.force) sink.onForce?.(top.data.force);
  // The file's own round wins over --round.
  const round = top.data.round?.trim() || options.round || null;
  const warned = new Set<string>();
  const checks = new RecordChecks(file);
  top.data.cases.forEach((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id.trim()) options.onRowId?.(rowId(id.trim(), options));
    const own = caseProblems.get(i);
    if (own) {
      sink.onReject({ ...own[0]!, message: `case ${i + 1}: ${own[0]!.message}` });
      return;
    }
    const result = readCase(file, parsed, i, raw, criteria, warned, sink, options, round);
    if ('long' in result) {
      for (const r of result.long) {
        if ('caseId' in r) sink.onLongRow([r]);
        else sink.onReject(r);
      }
    } else if ('wide' in result) {
      // A case that leaves self_grade out was not graded by the force; only `self_grade:` left blank is a slip.
      const note = checks.check(result.wide, typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'self_grade'));
      if (note) sink.onDiagnostic(note);
      sink.onWideRow(result.wide);
    } else sink.onReject(result);
  });
  const blankSelf = checks.finish();
  if (blankSelf) sink.onDiagnostic(blankSelf);
}

function caseLines(parsed: ParsedYaml): Array<[number, number]> {
  const cases = parsed.doc.get('cases', true) as { items?: Array<{ range?: [number, number, number] }> } | undefined;
  return (cases?.items ?? []).map((item) =>
    item.range ? [parsed.lineCounter.linePos(item.range[0]).line, parsed.lineCounter.linePos(item.range[1]).line] : [0, -1],
  );
}

function readCase(
  file: string,
  parsed: ParsedYaml,
  i: number,
  raw: unknown,
  criteria: CriteriaSet,
  warned: Set<string>,
  sink: CaseSink,
  options: LoadOptions,
  round: string | null,
): { wide: AssessmentRecord[] } | { long: Array<AssessmentRecord | Diagnostic> } | Diagnostic {
  const path = ['cases', i];
  const start = positionAt(parsed, path);
  const at = (sub: PropertyKey[], key?: string) => positionAt(parsed, [...path, ...sub], key);
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
