// GitHub-flavoured Markdown tables: pipes and newlines in cells escaped so a table never breaks.
import { escapeText } from '../text/escape.js';

function mdCell(value: string | number): string {
  return String(value).replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

export function mdTable(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, align?: ReadonlyArray<'left' | 'right'>): string {
  const sep = head.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  return [head, sep, ...rows].map((r) => `| ${r.map((c) => (r === sep ? c : mdCell(c ?? ''))).join(' | ')} |`).join('\n') + '\n';
}

/** Running text from the data (ids, names): Markdown's inline syntax escaped, control characters shown. */
export function mdText(value: string): string {
  return escapeText(value).replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}
