// Case ids seen so far, for uniqueness across all inputs: the only per-case state a streaming run
// keeps. A Map<string, number> costs ~100 bytes an id and slows every GC; this open-addressing
// table keeps ids as Latin-1 bytes in typed arrays, ~40 bytes an id, invisible to the GC.
// Ids with characters beyond Latin-1 (rare) go to a plain Map.
import type { Source } from '../domain/types.js';

const EMPTY = 0;

export class SeenIds {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Per entry: where its id starts in `bytes` (the next entry's start is where it ends). */
  private starts = new Uint32Array(1 << 12);
  /** Per entry: file index and line. */
  private fileOf = new Uint32Array(1 << 12);
  private lineOf = new Uint32Array(1 << 12);
  private count = 0;
  /** Pairs (hash, entry number + 1), EMPTY when free, side by side so a probe reads one cache line; at most half full. */
  private slots = new Uint32Array(2 << 13);
  private readonly wide = new Map<string, Source>();
  private readonly files: string[] = [];

  /** Records the id; returns where it was first seen if it is a duplicate. */
  add(id: string, source: Source): Source | undefined {
    if (!isLatin1(id)) {
      const previous = this.wide.get(id);
      if (previous) return previous;
      this.wide.set(id, { file: source.file, line: source.line });
      return undefined;
    }
    const hash = hashOf(id);
    const slot = this.find(id, hash);
    const entry = this.slots[slot + 1]!;
    if (entry !== EMPTY) return { file: this.files[this.fileOf[entry - 1]!]!, line: this.lineOf[entry - 1]! };
    this.insert(slot, id, hash, source);
    return undefined;
  }

  has(id: string): boolean {
    if (!isLatin1(id)) return this.wide.has(id);
    return this.slots[this.find(id, hashOf(id)) + 1] !== EMPTY;
  }

  /** The slot holding the id, or the free slot where it would go. */
  private find(id: string, hash: number): number {
    const mask = this.slots.length - 2;
    let slot = (hash << 1) & mask;
    for (;;) {
      const entry = this.slots[slot + 1]!;
      if (entry === EMPTY || (this.slots[slot] === hash && this.equals(entry - 1, id))) return slot;
      slot = (slot + 2) & mask;
    }
  }

  private insert(slot: number, id: string, hash: number, source: Source): void {
    let fileIndex = this.files.lastIndexOf(source.file);
    if (fileIndex === -1) fileIndex = this.files.push(source.file) - 1;
    if (this.count + 1 >= this.starts.length) this.growEntries();
    if (this.used + id.length > this.bytes.length) this.bytes = grow(this.bytes, this.used + id.length);
    const entry = this.count++;
    this.starts[entry] = this.used;
    for (let i = 0; i < id.length; i++) this.bytes[this.used++] = id.charCodeAt(i);
    this.starts[entry + 1] = this.used;
    this.fileOf[entry] = fileIndex;
    this.lineOf[entry] = source.line;
    this.slots[slot] = hash;
    this.slots[slot + 1] = entry + 1;
    if (this.count * 4 > this.slots.length) this.rehash();
  }

  private equals(entry: number, id: string): boolean {
    const start = this.starts[entry]!;
    if (this.starts[entry + 1]! - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.bytes[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private growEntries(): void {
    const size = this.starts.length * 2;
    this.starts = grow(this.starts, size);
    this.fileOf = grow(this.fileOf, size);
    this.lineOf = grow(this.lineOf, size);
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Uint32Array(old.length * 2);
    const mask = slots.length - 2;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === EMPTY) continue;
      let slot = (old[i]! << 1) & mask;
      while (slots[slot + 1] !== EMPTY) slot = (slot + 2) & mask;
      slots[slot] = old[i]!;
      slots[slot + 1] = old[i + 1]!;
    }
    this.slots = slots;
  }
}

function grow<T extends Uint8Array | Uint32Array>(array: T, atLeast: number): T {
  let size = array.length * 2;
  while (size < atLeast) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

function isLatin1(id: string): boolean {
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) > 0xff) return false;
  return true;
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
