// Case ids are printed in tables and matched across files: one holding a control character, a
// terminal escape, a bidi mark or an invisible space is rejected rather than shown (or matched) wrongly.
import { errorAt, type Diagnostic } from '../../domain/diagnostic.js';
import type { Source } from '../../domain/types.js';
import { quote } from '../../text/escape.js';
import { Pseudonyms } from '../../domain/pseudonym.js';
import type { LoadOptions } from '../inputs/sink.js';

const UNSAFE_IN_ID = /[\p{Cc}\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** The first unsafe character of the text as U+XXXX, or undefined when there is none. */
function unsafeChar(text: string): string | undefined {
  const found = UNSAFE_IN_ID.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

export function caseIdProblem(record: { caseId: string; source: Source }): Diagnostic | undefined {
  const code = unsafeChar(record.caseId);
  if (!code) return undefined;
  const message = `case id ${quote(record.caseId)} contains a control or invisible character (${code}); expected printable text, retype the id`;
  return errorAt(record.source, 'invalid-case-id', message);
}

/** Auditor codes are printed too (score rows, by-auditor tables): the same characters are refused. */
export function auditorProblem(record: { auditor: string | null; caseId: string; source: Source }): Diagnostic | undefined {
  const code = record.auditor === null ? undefined : unsafeChar(record.auditor);
  if (!code) return undefined;
  const message = `case ${quote(record.caseId)}: the auditor code contains a control or invisible character (${code}); expected printable text such as A12`;
  return errorAt(record.source, 'invalid-auditor', message);
}

const made = new WeakMap<Uint8Array, Pseudonyms>();

/** The pseudonyms of `--pseudonymise`, made once per key (a part worker makes its own). */
export function pseudonymsOf(options: Pick<LoadOptions, 'pseudonymKey'>): Pseudonyms | undefined {
  const key = options.pseudonymKey;
  if (!key) return undefined;
  let p = made.get(key);
  if (!p) made.set(key, (p = new Pseudonyms(key)));
  return p;
}

/**
 * A case id or auditor code as read: its pseudonym under --pseudonymise, made before any message can
 * quote it. An unsafe id is refused here, in words that do not hold it (its pseudonym would pass the later check).
 */
export function idAsRead(raw: string, kind: 'case' | 'auditor', ids: Pseudonyms | undefined): string | { unsafe: string } {
  if (!ids) return raw;
  const code = unsafeChar(raw);
  if (code) {
    return {
      unsafe:
        kind === 'case'
          ? `the case id contains a control or invisible character (${code}); expected printable text, retype the id`
          : `the auditor code contains a control or invisible character (${code}); expected printable text such as A12`,
    };
  }
  return kind === 'case' ? ids.caseId(raw) : ids.auditor(raw);
}

/** A row's id for `sample --exclude`, valid row or not: as the register's ids are read. */
export function rowId(raw: string, options: Pick<LoadOptions, 'pseudonymKey'>): string {
  return pseudonymsOf(options)?.caseId(raw) ?? raw;
}
