// A start tag as the scanner found it: its attributes stay bytes until a handler asks for one, so
// the thirty million tags of a big sheet cost no strings for the attributes nobody reads.
import { xmlText } from './xml-text.js';

/** Most tags have a handful of attributes; LibreOffice writes eight on a row. */
const MAX_ATTRIBUTES = 256;

export class Tag {
  buf: Buffer = Buffer.alloc(0);
  count = 0;
  /** Per attribute: name start, name end, value start, value end. */
  private pos = new Int32Array(4 * 16);

  reset(buf: Buffer): void {
    this.buf = buf;
    this.count = 0;
  }

  /** False when the tag has more attributes than any spreadsheet program writes. */
  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): boolean {
    if (this.count === MAX_ATTRIBUTES) return false;
    if (4 * this.count === this.pos.length) {
      const wider = new Int32Array(this.pos.length * 2);
      wider.set(this.pos);
      this.pos = wider;
    }
    const p = this.pos;
    const k = 4 * this.count++;
    p[k] = nameStart;
    p[k + 1] = nameEnd;
    p[k + 2] = valueStart;
    p[k + 3] = valueEnd;
    return true;
  }

  /**
   * The attribute whose local name is `name` (any prefix but xmlns: `r:id` is found as "id";
   * prefixes differ between programs), or -1.
   */
  find(name: string): number {
    const { buf, pos } = this;
    const n = name.length;
    for (let i = 0; i < this.count; i++) {
      const end = pos[4 * i + 1]!;
      let start = pos[4 * i]!;
      if (end - start > n && buf[end - n - 1] === 0x3a) {
        // `xmlns:r` declares a prefix; it is not an attribute named r.
        if (end - n - 1 - start === 5 && buf.toString('latin1', start, start + 5) === 'xmlns') continue;
        start = end - n;
      }
      if (end - start !== n) continue;
      let k = 0;
      while (k < n && buf[start + k] === name.charCodeAt(k)) k++;
      if (k === n) return i;
    }
    return -1;
  }

  get(name: string): string | undefined {
    const i = this.find(name);
    return i === -1 ? undefined : this.value(i);
  }

  value(i: number): string {
    return xmlText(this.buf, this.pos[4 * i + 2]!, this.pos[4 * i + 3]!, 'attribute');
  }

  nameStart(i: number): number {
    return this.pos[4 * i]!;
  }

  nameEnd(i: number): number {
    return this.pos[4 * i + 1]!;
  }

  valueStart(i: number): number {
    return this.pos[4 * i + 2]!;
  }

  valueEnd(i: number): number {
    return this.pos[4 * i + 3]!;
  }
}

/**
 * Element names as strings without a string per tag: a small table keyed on a name's length and
 * bytes remembers the last string made for it, and its local name (after any prefix). A sheet
 * uses a dozen names thirty million times.
 */
export class NameTable {
  private readonly bytes: Array<Buffer | undefined> = new Array<Buffer | undefined>(512);
  readonly qualified: string[] = new Array<string>(512);
  readonly local: string[] = new Array<string>(512);

  /** The slot holding the name in bytes [start, end): read `qualified[slot]` and `local[slot]`. */
  slot(buf: Buffer, start: number, end: number): number {
    const len = end - start;
    const slot = (len * 31 + buf[start]! * 7 + buf[end - 1]! * 3 + buf[start + (len >> 1)]!) & 511;
    const known = this.bytes[slot];
    if (known && known.length === len) {
      let k = 0;
      while (k < len && known[k] === buf[start + k]) k++;
      if (k === len) return slot;
    }
    const name = xmlText(buf, start, end);
    this.bytes[slot] = Buffer.from(buf.subarray(start, end));
    this.qualified[slot] = name;
    this.local[slot] = name.slice(name.indexOf(':') + 1);
    return slot;
  }
}

export const isSpaceByte = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Per byte: 1 may start a name (letters, "_", ":", any byte of a UTF-8 character), 2 may only follow (digits, "-", "."). */
const NAME = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  if ((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x3a || b === 0x5f || b >= 0x80) NAME[b] = 1;
  else if ((b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2e) NAME[b] = 2;
}

/** Where a name starting at `start` ends (= start when there is none). */
export function nameAt(buf: Buffer, start: number): number {
  if (start >= buf.length || NAME[buf[start]!] !== 1) return start;
  let j = start + 1;
  while (j < buf.length && NAME[buf[j]!] !== 0) j++;
  return j;
}
