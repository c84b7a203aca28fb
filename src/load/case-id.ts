// Case ids are printed in tables and matched across files: one holding a control character, a
// terminal escape, a bidi mark or an invisible space is rejected rather than shown (or matched) wrongly.
import { error, type Diagnostic } from '../domain/diagnostic.js';
import type { CaseRecord } from '../domain/types.js';
import { quote } from '../text/escape.js';

const UNSAFE_IN_ID = /[\p{Cc}\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

export function caseIdProblem(record: CaseRecord): Diagnostic | undefined {
  const found = UNSAFE_IN_ID.exec(record.caseId);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return error(
    record.source.file,
    record.source.line,
    'invalid-case-id',
    `case id ${quote(record.caseId)} contains a control or invisible character (U+${code}); expected printable text, retype the id`,
  );
}
