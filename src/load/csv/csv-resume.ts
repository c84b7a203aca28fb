// Going on after a bad row. csv-parse stops at a quote inside an unquoted field (`x "q" y`) or text
// after a closing quote (`"a"b`); the row is rejected and reading resumes at the next line with a
// fresh parser. CsvRecords (csv-records.ts) finds where in the record csv-parse's error is (the line
// to go on after) and skips the rest of that line, which may arrive in later chunks.

/** Parse errors that spoil one row only: the row is rejected and the file read on. */
export const ROW_ERRORS = new Set(['INVALID_OPENING_QUOTE', 'CSV_INVALID_CLOSING_QUOTE']);

/**
 * The offset just after the `n`th line break (CRLF, LF or CR) from `from`, or -1 when the text has
 * fewer, or when the last one is a CR at the very end (it may be half of a CRLF still to come).
 */
export function afterBreaks(text: string, from: number, n: number): number {
  let at = from;
  // Each kind of break is searched for once per occurrence, so a long run of LF-only lines never
  // rescans the text for a CR it does not hold.
  let lf = -2;
  let cr = -2;
  for (let k = 0; k < n; k++) {
    if (lf !== -1 && lf < at) lf = text.indexOf('\n', at);
    if (cr !== -1 && cr < at) cr = text.indexOf('\r', at);
    if (lf === -1 && cr === -1) return -1;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      if (cr === text.length - 1) return -1;
      at = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    } else at = lf + 1;
  }
  return at;
}

/**
 * Skips the rest of a line whose start was in an earlier chunk: `text` with it dropped, and the state
 * for the next chunk ('line': still inside the line; 'lf': a CR ended it, so drop one leading LF).
 */
export function skipRestOfLine(text: string, state: 'line' | 'lf'): { text: string; state: 'line' | 'lf' | 'done' } {
  if (state === 'lf') return { text: text.startsWith('\n') ? text.slice(1) : text, state: 'done' };
  const at = afterBreaks(text, 0, 1);
  if (at !== -1) return { text: text.slice(at), state: 'done' };
  return { text: '', state: text.endsWith('\r') ? 'lf' : 'line' };
}

/**
 * Where csv-parse's row errors are in a record: a quote inside an unquoted field, or text after a
 * closing quote. `breaks`: line breaks before it (inside quoted fields).
 */
export function findRowError(text: string, from: number, delimiter: string): { at: number; breaks: number } | undefined {
  let fieldStart = true;
  let quoted = false;
  let breaks = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          i++;
          continue;
        }
        quoted = false;
        const next = text[i + 1];
        if (next === undefined) return undefined;
        if (next !== delimiter && next !== '\r' && next !== '\n') return { at: i + 1, breaks };
      } else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) breaks++;
      continue;
    }
    if (c === '"') {
      if (!fieldStart) return { at: i, breaks };
      quoted = true;
      fieldStart = false;
    } else if (c === delimiter) fieldStart = true;
    else if (c === '\r' || c === '\n') return undefined;
    else fieldStart = false;
  }
  return undefined;
}
