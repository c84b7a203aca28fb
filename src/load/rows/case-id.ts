// Case ids are printed in tables and matched across files: one holding a control character, a
// terminal escape, a bidi mark or an invisible space is rejected rather than shown (or matched) wrongly.
import { errorAt, type Diagnostic } from '../../domain/diagnostic.js';
import type { Source } from '../../domain/types.js';
import { quote } from '../../text/escape.js';

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
