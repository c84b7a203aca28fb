// Case ids seen so far, for uniqueness across all inputs: the only per-case state a streaming run
// keeps. A Map<string, number> costs ~100 bytes an id and slows every GC; this open-addressing
// table keeps ids as Latin-1 bytes in typed arrays, ~35 bytes an id, invisible to the GC.
// Storage grows by adding fixed pages, never by copying, so no dead copies wait for a full GC;
// only the slot array is rebuilt as it fills. Ids beyond Latin-1 or 255 characters (rare) go to a Map.
import type { Source } from '../domain/types.js';

const PAGE_ENTRIES = 1 << 16;
const PAGE_BYTES = 1 << 20;
/** Per entry: where its id starts (a length byte, then the characters), its line, its hash. */
const FIELDS = 3;
const MAX_ID = 255;

export class SeenIds {
  private readonly entryPages: Uint32Array[] = [];
  private readonly bytePages: Uint8Array[] = [];
  /** Free bytes at the end of the last byte page. */
  private byteUsed = PAGE_BYTES;
  private count = 0;
  /** Entry number + 1 per slot, 0 when free; at most half full. */
  private slots = new Uint32Array(1 << 12);
  /** Where each file's entries begin: files are read one after another. */
  private readonly fileRuns: Array<{ first: number; file: string; sheet?: string }> = [];
  private readonly other = new Map<string, Source>();

  /** Records the id; returns where it was first seen if it is a duplicate. */
  add(id: string, source: Source): Source | undefined {
    if (!compact(id)) {
      const previous = this.other.get(id);
      if (!previous) this.other.set(id, sourceAt(source.file, source.line, source.sheet));
      return previous;
    }
    const hash = hashOf(id);
    const slot = this.find(id, hash);
    const found = this.slots[slot]!;
    if (found !== 0) return this.sourceOf(found - 1);
    this.insert(slot, id, hash, source);
    return undefined;
  }

  has(id: string): boolean {
    if (!compact(id)) return this.other.has(id);
    return this.slots[this.find(id, hashOf(id))] !== 0;
  }

  /** The slot holding the id, or the free slot where it would go. */
  private find(id: string, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const found = this.slots[slot]!;
      if (found === 0) return slot;
      const entry = found - 1;
      const page = this.entryPages[entry >>> 16]!;
      const at = (entry & (PAGE_ENTRIES - 1)) * FIELDS;
      if (page[at + 2] === hash && this.equals(page[at]!, id)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private equals(start: number, id: string): boolean {
    const bytes = this.bytePages[Math.floor(start / PAGE_BYTES)]!;
    let at = start % PAGE_BYTES;
    if (bytes[at++] !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (bytes[at + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private insert(slot: number, id: string, hash: number, source: Source): void {
    const entry = this.count++;
    const last = this.fileRuns[this.fileRuns.length - 1];
    if (last?.file !== source.file || last.sheet !== source.sheet) this.fileRuns.push({ first: entry, file: source.file, sheet: source.sheet });
    if (this.byteUsed + 1 + id.length > PAGE_BYTES) {
      this.bytePages.push(new Uint8Array(PAGE_BYTES));
      this.byteUsed = 0;
    }
    const bytes = this.bytePages[this.bytePages.length - 1]!;
    const start = (this.bytePages.length - 1) * PAGE_BYTES + this.byteUsed;
    bytes[this.byteUsed++] = id.length;
    for (let i = 0; i < id.length; i++) bytes[this.byteUsed++] = id.charCodeAt(i);
    if ((entry & (PAGE_ENTRIES - 1)) === 0) this.entryPages.push(new Uint32Array(PAGE_ENTRIES * FIELDS));
    const page = this.entryPages[entry >>> 16]!;
    const at = (entry & (PAGE_ENTRIES - 1)) * FIELDS;
    page[at] = start;
    page[at + 1] = source.line;
    page[at + 2] = hash;
    this.slots[slot] = entry + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private sourceOf(entry: number): Source {
    const line = this.entryPages[entry >>> 16]![(entry & (PAGE_ENTRIES - 1)) * FIELDS + 1]!;
    let run = this.fileRuns.length - 1;
    while (this.fileRuns[run]!.first > entry) run--;
    const { file, sheet } = this.fileRuns[run]!;
    return sourceAt(file, line, sheet);
  }

  private rehash(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = this.entryPages[entry >>> 16]![(entry & (PAGE_ENTRIES - 1)) * FIELDS + 2]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

/** A source, with a sheet only for workbook rows (so CSV sources keep their shape). */
function sourceAt(file: string, line: number, sheet: string | undefined): Source {
  return sheet === undefined ? { file, line } : { file, line, sheet };
}

/** Ids the byte pages can hold: Latin-1, with a length that fits the length byte. */
function compact(id: string): boolean {
  if (id.length > MAX_ID) return false;
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) > 0xff) return false;
  return true;
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
