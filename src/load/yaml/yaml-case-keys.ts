// Keys a YAML case may not use, checked on the raw mapping before the schema sees it. Zod copies
// a `__proto__` key into its output's prototype, so it would vanish unseen (or lend the case values
// that were never validated); `<<` merge keys are not resolved by the failsafe schema, so a merged
// case would silently lose its fields.
import { quote } from '../../text/escape.js';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface KeyProblem {
  /** Where the key is: [] for the case mapping, ['findings'] for its findings. */
  at: string[];
  key: string;
  rule: string;
  message: string;
}

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkCaseKeys(raw: Record<string, unknown>, label: string): KeyProblem | undefined {
  for (const key of Object.keys(raw)) {
    if (key === '<<') return { at: [], key, rule: 'merge-key', message: `${label}: merge keys (<<) are not supported; write each key out` };
    if (UNSAFE_KEYS.has(key))
      return { at: [], key, rule: 'unknown-key', message: `${label}: key ${quote(key)} is not allowed; expected id, type, findings...` };
  }
  const findings = Object.hasOwn(raw, 'findings') ? raw.findings : undefined;
  if (!isMapping(findings)) return undefined;
  for (const key of Object.keys(findings)) {
    if (key === '<<')
      return {
        at: ['findings'],
        key,
        rule: 'merge-key',
        message: `${label}: merge keys (<<) are not supported in findings; write each criterion out`,
      };
    if (UNSAFE_KEYS.has(key)) {
      return {
        at: ['findings'],
        key,
        rule: 'unknown-finding',
        message: `${label}: findings key ${quote(key)} is not a criterion id; expected criterion ids such as DA1`,
      };
    }
  }
  return undefined;
}
