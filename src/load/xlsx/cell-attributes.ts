// A `<c>`'s attributes straight from the tag's bytes: thirty million cells in a big sheet, so no
// string is made for a reference, a type or a style number.
import { MAX_COLUMNS } from './limits.js';
import type { Tag } from './xml-tag.js';

/** The attributes r, t and s of a cell (unprefixed: a prefixed r would be another namespace's), -1 where absent. */
export interface CellAttributes {
  r: number;
  t: number;
  s: number;
}

export function cellAttributes(tag: Tag, found: CellAttributes): void {
  found.r = found.t = found.s = -1;
  for (let k = 0; k < tag.count; k++) {
    if (tag.nameEnd(k) - tag.nameStart(k) !== 1) continue;
    const b = tag.buf[tag.nameStart(k)];
    if (b === 0x72) found.r = k;
    else if (b === 0x74) found.t = k;
    else if (b === 0x73) found.s = k;
  }
}

/**
 * The column of a reference such as "AB12" (1 = A); 0 when it names none, or names another row
 * than `row`; past MAX_COLUMNS when it is beyond XFD.
 */
export function referenceColumn(tag: Tag, i: number, row: number): number {
  const { buf } = tag;
  const end = tag.valueEnd(i);
  let j = tag.valueStart(i);
  let col = 0;
  for (; j < end && col <= MAX_COLUMNS; j++) {
    const b = buf[j]! | 0x20;
    if (b < 0x61 || b > 0x7a) break;
    col = col * 26 + (b - 0x60);
  }
  if (col > MAX_COLUMNS) return col;
  // The row part of the reference, where given, must be this row.
  return j < end && bytesNumber(buf, j, end) !== row ? 0 : col;
}

const ONE_LETTER: Record<number, string> = { 0x73: 's', 0x6e: 'n', 0x62: 'b', 0x65: 'e', 0x64: 'd' };

/** A cell's `t` (attribute i), without making a string for the usual one-letter types. */
export function cellType(tag: Tag, i: number): string {
  if (i === -1) return '';
  const start = tag.valueStart(i);
  return (tag.valueEnd(i) === start + 1 ? ONE_LETTER[tag.buf[start]!] : undefined) ?? tag.value(i);
}

/** Attribute i's value as a whole number; -1 when it is not one. */
export function attributeNumber(tag: Tag, i: number): number {
  return bytesNumber(tag.buf, tag.valueStart(i), tag.valueEnd(i));
}

/** The whole number written in bytes [start, end) (at most 9 digits); -1 when they are not one. */
export function bytesNumber(buf: Buffer, start: number, end: number): number {
  if (start === end || end - start > 9) return -1;
  let n = 0;
  for (let j = start; j < end; j++) {
    const d = buf[j]! - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
