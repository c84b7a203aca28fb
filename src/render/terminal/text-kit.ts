// Small text helpers shared by the human-readable renderers: wrapping, percentages, short lists.
import { percentText } from '../../statistics/rounding.js';

/** Greedy word wrap to `width` columns; words longer than a line are left whole. */
export function wrapText(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

const numbers = new Intl.NumberFormat('en-GB');

/** A count for people: thousands separated ("12,345"). */
export const count = (n: number): string => numbers.format(n);

/** A fraction 0..1 as a percentage for people: "38%", or "24.2%" with digits = 1. */
export function percent(fraction: number, digits = 0): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** Below this many cases a percentage alone overstates what is known: the counts are shown with it. */
const SMALL_N = 10;

/** "75%", or "3 of 4 (75%)" where n < 10; "n/a" for no cases. Never "0%" or "100%" for a share between (issue 26). */
export function smallShare(k: number, n: number): string {
  if (n === 0) return 'n/a';
  return n < SMALL_N ? `${k} of ${n} (${percentText(k / n)})` : percentText(k / n);
}

/** The first `max` items, then how many more: long lists never flood a terminal. */
export function firstFew<T>(items: readonly T[], max: number): { shown: readonly T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

export const LIST_MAX = 10;
/** Case ids fit many to a line, so id lists show more before counting. */
const ID_LIST_MAX = 50;

/** "a, b, c and 4 more". */
export function listText(items: readonly string[], max = ID_LIST_MAX): string {
  const { shown, more } = firstFew(items, max);
  return `${shown.join(', ')}${more ? ` and ${more} more` : ''}`;
}

/** A "- " bullet wrapped with a hanging indent. */
export function bullet(text: string, width: number): string {
  return wrapText(text, width, '  ').replace(/^ {2}/, '- ');
}
