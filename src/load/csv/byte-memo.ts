// A cell's meaning looked up from its bytes: the first time a spelling is met, its text is made and
// parsed by the same function the string path calls, and the answer is kept under those bytes. A
// later cell with the same bytes gets that answer without a string, so the two paths cannot differ.
// Only ASCII bytes reach it (byte-scan.ts), where a byte is a character in every encoding read.

/** Spellings kept per column kind; a file with more distinct ones (free text in a grade column) parses the rest as text. */
const MAX_ENTRIES = 1024;
/** A power of two above twice MAX_ENTRIES: open addressing stays short. */
const SLOTS = 4096;
const MAX_KEY_BYTES = 64;
/** Keys of up to two bytes: none, one (256) or two (65,536). */
const SHORT_KEYS = 1 + 256 + 65536;
const EMPTY = new Uint8Array(0);

export class ByteMemo<T> {
  /** Per slot: entry index + 1 (0: empty). */
  private readonly slots = new Int32Array(SLOTS);
  private readonly keys: Uint8Array[] = [];
  private readonly values: T[] = [];

  constructor(private readonly parse: (text: string) => T) {}

  /** The parse of `bytes[start, end)` read as Latin-1 (ASCII here). */
  /** Cells of up to two bytes (blank, y, n, na) by their bytes alone: entry index + 1 (0: not met yet). */
  private readonly short = new Int32Array(SHORT_KEYS);

  get(bytes: Buffer, start: number, end: number): T {
    const length = end - start;
    if (length <= 2) {
      const key = length === 0 ? 0 : length === 1 ? 1 + bytes[start]! : 257 + ((bytes[start]! << 8) | bytes[start + 1]!);
      const entry = this.short[key]!;
      if (entry !== 0) return this.values[entry - 1]!;
      const value = this.parse(latin1(bytes, start, end));
      this.values.push(value);
      this.keys.push(EMPTY);
      this.short[key] = this.values.length;
      return value;
    }
    if (length > MAX_KEY_BYTES) return this.parse(latin1(bytes, start, end));
    // FNV-1a over the bytes and the length.
    let h = 0x811c9dc5 ^ length;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    for (let slot = h & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        const value = this.parse(latin1(bytes, start, end));
        if (this.keys.length < MAX_ENTRIES) {
          // A copy: the bytes are a chunk that is read into again.
          this.keys.push(Uint8Array.prototype.slice.call(bytes, start, end));
          this.values.push(value);
          this.slots[slot] = this.keys.length;
        }
        return value;
      }
      const key = this.keys[entry - 1]!;
      if (key.length === length && sameBytes(key, bytes, start)) return this.values[entry - 1]!;
    }
  }
}

function sameBytes(key: Uint8Array, bytes: Uint8Array, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key[i] !== bytes[start + i]) return false;
  return true;
}

/** Bytes as a string of the same characters (one per byte). */
export function latin1(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('latin1', start, end);
}
