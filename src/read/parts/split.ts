// Where a file is cut into parts, and the line a part starts on. A cut is always just after a line
// feed; whether that is also outside quotes is not decided here but checked when the part before
// it has been read (src/read/parts/file-parts.ts), so a quoted line break can never split a record.
// A cut between two lines without quotes is preferred: a line break inside a quoted note (two or
// three lines, as notes usually are) always has a quote on the line before or after it.
import { readSync } from 'node:fs';

/** Below this many bytes a part is not worth a thread's start-up (about 100 ms). */
export const MIN_PART_BYTES = 8 * 1024 * 1024;

const WINDOW = 64 * 1024;
const LF = 10;
const QUOTE = 34;

/** How far past a cut's target a cut between two lines without quotes is looked for. */
const LOOK_AHEAD = 1024 * 1024;

/**
 * A line start at or after `from`: the first one between two lines without quotes within
 * LOOK_AHEAD bytes, else the first one; -1 when no line starts before `size`.
 */
function nextLineStart(fd: number, from: number, size: number): number {
  const end = Math.min(size, from + LOOK_AHEAD);
  const bytes = Buffer.allocUnsafe(end - from);
  const n = readSync(fd, bytes, 0, bytes.length, from);
  const first = bytes.subarray(0, n).indexOf(LF);
  if (first === -1) return end === size ? -1 : nextAnyLineStart(fd, end, size);
  const cut = (lf: number) => (from + lf + 1 < size ? from + lf + 1 : -1);
  // The line before `first` began before the window: only later line feeds can be judged.
  for (let before = first, lf = bytes.indexOf(LF, first + 1); lf !== -1 && lf < n;) {
    const next = bytes.indexOf(LF, lf + 1);
    if (next === -1 || next >= n) break;
    if (!hasQuote(bytes, before + 1, lf) && !hasQuote(bytes, lf + 1, next)) return cut(lf);
    [before, lf] = [lf, next];
  }
  return cut(first);
}

function hasQuote(bytes: Buffer, start: number, end: number): boolean {
  const q = bytes.indexOf(QUOTE, start);
  return q !== -1 && q < end;
}

/** The first byte after a line feed at or after `from` (lines longer than the look-ahead). */
function nextAnyLineStart(fd: number, from: number, size: number): number {
  const buffer = Buffer.allocUnsafe(WINDOW);
  for (let at = from; at < size; at += WINDOW) {
    const n = readSync(fd, buffer, 0, Math.min(WINDOW, size - at), at);
    if (n <= 0) return -1;
    const i = buffer.subarray(0, n).indexOf(LF);
    if (i !== -1) return at + i + 1 < size ? at + i + 1 : -1;
  }
  return -1;
}

/**
 * Up to `parts - 1` cuts of the bytes from `from` to `size`, each at a line start: the first part
 * `firstShare` times the size of each of the others; cuts that would leave a part empty are dropped.
 */
export function cutPoints(fd: number, from: number, size: number, parts: number, firstShare = 1): number[] {
  const cuts: number[] = [];
  const shares = firstShare + parts - 1;
  for (let k = 1; k < parts; k++) {
    const target = Math.max(from + Math.floor(((size - from) * (firstShare + k - 1)) / shares), (cuts.at(-1) ?? from) + 1);
    const cut = target >= size ? -1 : nextLineStart(fd, target - 1, size);
    if (cut === -1) break;
    if (cut > (cuts.at(-1) ?? from)) cuts.push(cut);
  }
  return cuts;
}

/**
 * Line feeds from `from` to `end`, and where the line after the `lines`-th starts (from the file's
 * start: the end of the header, which workers read again): one pass in 1 MB reads.
 */
export function countLines(fd: number, end: number, lines: number, from = 0): { before: number; lineStart: number } {
  const buffer = Buffer.allocUnsafe(1 << 20);
  let before = 0;
  let lineStart = lines === 0 ? 0 : -1;
  for (let at = from; at < end;) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
    if (n <= 0) break;
    const chunk = buffer.subarray(0, n);
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
      if (++before === lines) lineStart = at + i + 1;
    }
    at += n;
  }
  return { before, lineStart };
}
