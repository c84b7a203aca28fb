// Display width of text in a terminal: wide characters (CJK, emoji) take two columns, combining
// marks and escape codes none. Measured by string-width, never by .length.
import type stringWidthType from 'string-width';
import { requireCjs } from './require-cjs.js';

const stringWidth = requireCjs('string-width') as typeof stringWidthType;

/** Printable ASCII only: one column a character, no need to ask string-width (the common case, fast). */
const ASCII = /^[\x20-\x7e]*$/;

export const displayWidth = (text: string): number => (ASCII.test(text) ? text.length : stringWidth(text));

/** The longest line's display width. */
export function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

/** The longest word's display width (what a column must hold so wrapping never breaks a word). */
export function widestWord(text: string): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, displayWidth(word));
  return widest;
}

/** Word-wrapped to `width` columns; a word wider than a line is broken after a hyphen where it has one, else by characters. */
export function wrapCell(text: string, width: number): string[] {
  if (text.length <= width && ASCII.test(text)) return [text];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const push = () => {
    lines.push(line);
    line = '';
    lineWidth = 0;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = displayWidth(word);
    if (lineWidth > 0 && lineWidth + 1 + w > width) push();
    if (w > width) {
      // Too wide for any line: "child-in-custody" breaks as "child-in-" / "custody", else by characters.
      for (const piece of word.split(/(?<=-)/)) {
        const pw = displayWidth(piece);
        if (lineWidth > 0 && lineWidth + pw > width) push();
        if (pw <= width) {
          line += piece;
          lineWidth += pw;
          continue;
        }
        for (const ch of piece) {
          const cw = displayWidth(ch);
          if (lineWidth + cw > width && lineWidth > 0) push();
          line += ch;
          lineWidth += cw;
        }
      }
      w = 0;
      continue;
    }
    line = lineWidth > 0 ? `${line} ${word}` : word;
    lineWidth += (lineWidth > 0 ? 1 : 0) + w;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** `text` padded with spaces to `width` display columns. */
export function padTo(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}
