// Case ids seen so far, for uniqueness across all inputs: the only per-case state a streaming run
// keeps. A Map<string, number> costs ~100 bytes an id and slows every GC; this open-addressing
// table keeps ids as Latin-1 bytes in typed arrays, ~40 bytes an id, invisible to the GC.
// Storage grows by adding fixed pages, never by copying, so no dead copies wait for a full GC;
// only the slot array is rebuilt as it fills. Ids beyond Latin-1 or 255 characters (rare) go to a Map.
import type { Source } from '../domain/types.js';

const PAGE_ENTRIES = 1 << 16;
const PAGE_BYTES = 1 << 20;
/** Per entry: where its id starts (a length byte, then the characters), its line. */
const FIELDS = 2;
const MAX_ID = 255;

export interface SeenIdsData {
  slots: Uint32Array<ArrayBuffer>;
  entryPages: Array<Uint32Array<ArrayBuffer>>;
  bytePages: Array<Uint8Array<ArrayBuffer>>;
  /** Ids kept outside the pages (beyond Latin-1 or 255 characters). */
  other: string[];
}

export class SeenIds {
  private readonly entryPages: Array<Uint32Array<ArrayBuffer>> = [];
  private readonly bytePages: Array<Uint8Array<ArrayBuffer>> = [];
  /** Free bytes at the end of the last byte page. */
  private byteUsed = PAGE_BYTES;
  private count = 0;
  /**
   * Two numbers per slot: entry number + 1 (0 when free) and the id's hash, side by side so a probe
   * compares hashes without touching the entry pages; at most half the slots are used.
   */
  private slots = new Uint32Array(2 << 12);
  /** Where each file's entries begin: files are read one after another. */
  private readonly fileRuns: Array<{ first: number; file: string; sheet?: string }> = [];
  private readonly other = new Map<string, Source>();

  /** `data`: another thread's table, to look ids up in (never to add to). */
  constructor(data?: SeenIdsData) {
    if (!data) return;
    this.slots = data.slots;
    this.entryPages.push(...data.entryPages);
    this.bytePages.push(...data.bytePages);
    for (const id of data.other) this.other.set(id, { file: '', line: 0 });
  }

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

  /** The table as typed arrays (a worker thread moves them to the main thread, not copies) and the rare other ids. */
  data(): SeenIdsData {
    return { slots: this.slots, entryPages: this.entryPages, bytePages: this.bytePages, other: [...this.other.keys()] };
  }

  /** Whether any id of another table (a worker's part of the input) is also in this one. */
  sharesAny(other: SeenIdsData): boolean {
    if (other.other.some((id) => this.other.has(id))) return true;
    const theirs = other.slots;
    for (let i = 0; i < theirs.length; i += 2) {
      const found = theirs[i]!;
      if (found === 0) continue;
      const entry = found - 1;
      const start = other.entryPages[entry >>> 16]![(entry & (PAGE_ENTRIES - 1)) * FIELDS]!;
      if (this.hasBytes(theirs[i + 1]!, other.bytePages, start)) return true;
    }
    return false;
  }

  /** Whether the id stored at `start` of `pages` (with its hash) is here. */
  private hasBytes(hash: number, pages: readonly Uint8Array[], start: number): boolean {
    const slots = this.slots;
    const mask = this.size - 1;
    const bytes = pages[Math.floor(start / PAGE_BYTES)]!;
    const at = start % PAGE_BYTES;
    for (let slot = hash & mask; slots[2 * slot] !== 0; slot = (slot + 1) & mask) {
      if (slots[2 * slot + 1] !== hash) continue;
      const entry = slots[2 * slot]! - 1;
      const mine = this.entryPages[entry >>> 16]![(entry & (PAGE_ENTRIES - 1)) * FIELDS]!;
      const myBytes = this.bytePages[Math.floor(mine / PAGE_BYTES)]!;
      const myAt = mine % PAGE_BYTES;
      const length = bytes[at]!;
      let same = myBytes[myAt] === length;
      for (let i = 1; same && i <= length; i++) same = myBytes[myAt + i] === bytes[at + i];
      if (same) return true;
    }
    return false;
  }

  has(id: string): boolean {
    if (!compact(id)) return this.other.has(id);
    return this.slots[this.find(id, hashOf(id))] !== 0;
  }

  /** Slots in the table (each two numbers). */
  private get size(): number {
    return this.slots.length >>> 1;
  }

  /** Where in `slots` the id's slot is (its entry + 1, then its hash), or the free one where it would go. */
  private find(id: string, hash: number): number {
    const slots = this.slots;
    const mask = this.size - 1;
    let slot = hash & mask;
    for (;;) {
      const found = slots[2 * slot]!;
      if (found === 0) return 2 * slot;
      if (slots[2 * slot + 1] === hash) {
        const entry = found - 1;
        if (this.equals(this.entryPages[entry >>> 16]![(entry & (PAGE_ENTRIES - 1)) * FIELDS]!, id)) return 2 * slot;
      }
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
    if (last?.file !== source.file || last.sheet !== source.sheet)
      this.fileRuns.push({ first: entry, file: source.file, sheet: source.sheet });
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
    this.slots[slot] = entry + 1;
    this.slots[slot + 1] = hash;
    if (this.count * 2 > this.size) this.rehash();
  }

  private sourceOf(entry: number): Source {
    const line = this.entryPages[entry >>> 16]![(entry & (PAGE_ENTRIES - 1)) * FIELDS + 1]!;
    let run = this.fileRuns.length - 1;
    while (this.fileRuns[run]!.first > entry) run--;
    const { file, sheet } = this.fileRuns[run]!;
    return sourceAt(file, line, sheet);
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Uint32Array(old.length * 2);
    const mask = (slots.length >>> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      let slot = old[i + 1]! & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[i]!;
      slots[2 * slot + 1] = old[i + 1]!;
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
