// Columns (and YAML keys) whose names say free text: `case notes`, `Notes (free text)`, `notes1`,
// `Comments`, `override reasons`. Free text describes children, so such a column is read as `notes`
// is: never carried, printed or quoted. Only a name the user lists under --map carry=... is carried.
import { warning, type Diagnostic } from '../../domain/diagnostic.js';
import { quote } from '../../text/escape.js';
import { nameKey } from './header-names.js';

/** Parts of a name that mark free text, matched anywhere in it (`notes1`, `commentary`, `reasoning`). */
const FREE_TEXT_WORDS = ['note', 'comment', 'reason', 'narrative', 'description', 'summary'] as const;

/** The free-text word in a column name (after the header cleaning every name gets), if it has one. */
export function freeTextWord(name: string): string | undefined {
  const key = nameKey(name);
  return FREE_TEXT_WORDS.find((word) => key.includes(word));
}

/** The one warning per file and column (or YAML key): it names the header, never a value. */
export function freeTextColumn(
  at: { file: string; line: number; col?: number },
  kind: 'column' | 'key',
  name: string,
  word: string,
): Diagnostic {
  return warning(
    at.file,
    at.line,
    'free-text-column',
    `${kind} ${quote(name)} looks like free text (its name has "${word}"), so it is never read or printed, like notes; if it holds nothing about a child, carry it along with --map carry=${JSON.stringify(name)}`,
    at.col,
  );
}
