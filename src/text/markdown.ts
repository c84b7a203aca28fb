// Markdown from data (ids, names, criteria texts): GitHub-flavoured tables whose cells cannot
// break the table, and text in which nothing from a file can become markup, a raw HTML tag or a
// spreadsheet formula when the Markdown is pasted on.
import { escapeText } from './escape.js';

/** Inline syntax, HTML's angle brackets and the table's pipe, each backslash-escaped. */
const MARKUP = /[\\`*_[\]<>|#~!]/g;
/** A leading character a spreadsheet would run (=, +, -, @) or Markdown would read as a list. */
const LEADING = /^[=+\-@]/;

/** Running text from the data: control characters shown, markup escaped. */
export function mdText(value: string): string {
  return escapeText(value)
    .replace(MARKUP, (ch) => `\\${ch}`)
    .replace(LEADING, (ch) => `\\${ch}`);
}

/** A table cell: as running text (escapeText already shows a newline as \n, so a row never breaks). */
function mdCell(value: string | number): string {
  return typeof value === 'number' ? String(value) : mdText(value);
}

/** Cells and heads are raw text: every one is escaped here. */
export function mdTable(
  head: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  align?: ReadonlyArray<'left' | 'right'>,
): string {
  const sep = head.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  return [head.map(mdCell), sep, ...rows.map((r) => r.map((c) => mdCell(c ?? '')))].map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n';
}
