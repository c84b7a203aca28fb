// The CSV scan over raw bytes (docs/performance.md): an ASCII chunk's records are cut at their
// delimiters and line ends here, with no string per line or cell, and each row read from its bytes
// (src/load/rows/byte-row.ts). Quoted cells in the plain form (a quote at the start, "" for one
// inside, the closing quote before a delimiter or the line end) are cut here too, counting the line
// breaks inside them as csv-records.ts does. Anything else goes to the string path as text: a row
// that needs it as a whole record, and from a record not in the plain form (a stray quote, text
// after a closing quote, a lone CR, an overlong record) the rest of the chunk; the next chunk comes
// back here once the string path holds nothing but a record's start.
import type { ByteCells } from '../rows/byte-row.js';
import { latin1 } from './byte-memo.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** No record end yet in the bytes. */
const MORE = -1;
/** A record not in the plain form: the string path reads on from it. */
const ODD = -2;
/** Longest record cut here (csv-records.ts hands records over 333,333 characters to csv-parse). */
const MAX_RECORD_BYTES = 256 * 1024;

/** Where a scanned row goes: true when it was read; false: the string path reads it. */
export type OnByteRow = (cells: ByteCells, lines: number) => boolean;
/** Text for the string path; true when the file stops there. */
export type OnText = (text: string) => boolean;

export class ByteScan {
  readonly cells: ByteCells;
  /** The start of a record whose end has not arrived: copied out of the chunk, which is reused. */
  private carry = Buffer.allocUnsafe(MAX_RECORD_BYTES);
  private carried = 0;
  private work = Buffer.allocUnsafe(MAX_RECORD_BYTES + 64 * 1024);
  /** Line breaks of the last record (1 + those inside its quoted cells). */
  private lines = 1;

  constructor(
    private readonly delimiter: number,
    width: number,
  ) {
    this.cells = {
      bytes: this.work,
      starts: new Int32Array(width),
      ends: new Int32Array(width),
      quoted: new Uint8Array(width),
      count: 0,
    };
  }

  /** Only for a single-byte ASCII delimiter that is not a quote or line break (as csv-records.ts's line split). */
  static for(delimiter: string, width: number): ByteScan | undefined {
    const code = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || code >= 0x80 || code === QUOTE || code === LF || code === CR) return undefined;
    return new ByteScan(code, width);
  }

  /** Nothing held back. */
  idle(): boolean {
    return this.carried === 0;
  }

  /** The string path's unfinished record, when it is ASCII: taken over (false: it stays there). */
  hold(text: string): boolean {
    if (text.length > this.carry.length - this.carried || !/^[^\u0080-\uffff]*$/.test(text)) return false;
    this.carried += this.carry.write(text, this.carried, 'latin1');
    return true;
  }

  /** What is held, as text, for the string path (a chunk it reads, or the end of the file). */
  release(): string {
    const text = latin1(this.carry, 0, this.carried);
    this.carried = 0;
    return text;
  }

  /** An ASCII chunk's records; true when the file stops. */
  scan(chunk: Buffer, onRow: OnByteRow, onText: OnText, textIdle: () => boolean): boolean {
    let bytes = chunk;
    let end = chunk.length;
    if (this.carried > 0) {
      end = this.carried + chunk.length;
      if (this.work.length < end) this.work = Buffer.allocUnsafe(end);
      this.carry.copy(this.work, 0, 0, this.carried);
      chunk.copy(this.work, this.carried);
      this.carried = 0;
      bytes = this.work;
    }
    this.cells.bytes = bytes;
    for (let at = 0; at < end;) {
      const next = this.record(bytes, at, end);
      if (next === MORE && end - at <= MAX_RECORD_BYTES) {
        this.carried = bytes.copy(this.carry, 0, at, end);
        return false;
      }
      if (next < 0 || next - at > MAX_RECORD_BYTES) return onText(latin1(bytes, at, end));
      if (!onRow(this.cells, this.lines)) {
        if (onText(latin1(bytes, at, next))) return true;
        // A row error may leave the string path inside a record: it reads the rest of the chunk.
        if (!textIdle()) return next < end && onText(latin1(bytes, next, end));
      }
      at = next;
    }
    return false;
  }

  /** The end of the record at `at` (after its line feed), with its cells in `cells`; MORE or ODD. */
  private record(bytes: Buffer, at: number, end: number): number {
    const { delimiter, cells } = this;
    const { starts, ends, quoted } = cells;
    const width = starts.length;
    let lines = 1;
    let k = 0;
    let i = at;
    for (; ; k++) {
      if (i >= end) return MORE;
      let b = bytes[i]!;
      let start = i;
      let isQuoted = 0;
      if (b === QUOTE) {
        isQuoted = 1;
        start = ++i;
        for (;;) {
          if (i + 1 >= end) return MORE;
          b = bytes[i]!;
          if (b === QUOTE) {
            if (bytes[i + 1] !== QUOTE) break;
            i += 2;
            continue;
          }
          if (b === LF || (b === CR && bytes[i + 1] !== LF)) lines++;
          i++;
        }
        if (k < width) {
          starts[k] = start;
          ends[k] = i;
          quoted[k] = 1;
        }
        b = bytes[++i]!;
      } else {
        while (i < end && (b = bytes[i]!) !== delimiter && b !== LF && b !== CR && b !== QUOTE) i++;
        if (i >= end) return MORE;
      }
      if (isQuoted === 0 && k < width) {
        starts[k] = start;
        ends[k] = i;
        quoted[k] = 0;
      }
      if (b === delimiter) {
        i++;
        continue;
      }
      cells.count = k + 1;
      this.lines = lines;
      if (b === LF) return i + 1;
      if (b !== CR) return ODD;
      if (i + 1 >= end) return MORE;
      return bytes[i + 1] === LF ? i + 2 : ODD;
    }
  }
}
