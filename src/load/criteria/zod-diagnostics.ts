// Zod issues on a criteria or programme file as diagnostics at the right line: unknown keys at the
// key with a "did you mean", missing keys at their mapping, bad values at the value.
import type { z } from 'zod';
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import { nearest, didYouMean } from '../../text/did-you-mean.js';
import { quote } from '../../text/escape.js';
import { criteriaFileSchema, criterionSchema, programmeSchema } from '../../schema/criteria.js';
import { positionAt, type ParsedYaml } from '../yaml/yaml-doc.js';

const KNOWN_KEYS: Record<string, string[]> = {
  criteria: Object.keys(criteriaFileSchema.shape),
  report: Object.keys(criteriaFileSchema.shape.report.shape),
  criterion: Object.keys(criterionSchema.shape),
  grading: ['widespread'],
  programme: Object.keys(programmeSchema.shape),
};

function knownKeysAt(kind: 'criteria' | 'programme', path: readonly PropertyKey[]): string[] {
  if (kind === 'programme') return KNOWN_KEYS.programme!;
  if (path.length === 0) return KNOWN_KEYS.criteria!;
  if (path[0] === 'criteria' && path.length === 2) return KNOWN_KEYS.criterion!;
  return KNOWN_KEYS[String(path[0])] ?? [];
}

export function zodDiagnostics(file: string, parsed: ParsedYaml, err: z.ZodError, kind: 'criteria' | 'programme'): Diagnostic[] {
  return zodIssueDiagnostics(file, parsed, err, {
    keysAt: (path) => knownKeysAt(kind, path),
    expected: kind === 'criteria' ? 'id, title, report and criteria' : 'name, inspectorate, table1_caption, table2_caption',
  });
}

/** What a file's schema expects: its keys at a path (for "did you mean"), and the top-level keys in words. */
export interface FileKeys {
  keysAt(path: readonly PropertyKey[]): string[];
  expected: string;
}

/** Zod issues on any YAML file whose schema is known, each at its place. */
export function zodIssueDiagnostics(file: string, parsed: ParsedYaml, err: z.ZodError, keys: FileKeys): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A misspelt key is reported once, as unknown with its suggestion, not again as missing.
  const suggested = new Set<string>();
  for (const issue of err.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const { line, col } = positionAt(parsed, issue.path, key);
      const match = nearest(key, keys.keysAt(issue.path));
      if (match !== undefined) suggested.add(pathKey([...issue.path, match]));
      const inside = issue.path.length ? ` in ${issue.path.join('.')}` : '';
      out.push(error(file, line, 'unknown-key', `unknown key "${key}"${inside}${didYouMean(key, keys.keysAt(issue.path))}`, col));
    }
  }
  for (const issue of err.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    const missing = isMissing(parsed.value, issue.path);
    if (missing && suggested.has(pathKey(issue.path))) continue;
    const { line, col } = positionAt(parsed, issue.path);
    const notMapping = issue.path.length === 0 && issue.code === 'invalid_type';
    const message = notMapping
      ? `the file ${parsed.value == null ? 'is empty' : 'is not a mapping of keys'}: expected ${keys.expected}`
      : missing
        ? `${where}: required key is missing`
        : `${where}: ${issue.message}${found(issue, parsed.value)}`;
    out.push(error(file, line, missing ? 'missing-key' : 'invalid-value', message, col));
  }
  return out;
}

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('\0');

/** The parsed data at `path`, or undefined where the path leads nowhere. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** A choice the schema refused: the value found, quoted, and the nearest allowed spelling. */
function found(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== 'invalid_value') return '';
  const at = valueAt(value, issue.path);
  if (at === null || at === undefined || typeof at === 'object') return '';
  return `; found ${quote(String(at))}${didYouMean(String(at), issue.values.map(String))}`;
}

/** Whether the last key of `path` is absent from its (present) parent object in the parsed data. */
function isMissing(value: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(value, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, path[path.length - 1]!);
}
