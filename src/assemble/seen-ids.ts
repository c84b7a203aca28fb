// Case ids seen so far, for uniqueness across all inputs: the only per-case state a streaming run
// keeps. A Map<string, number> costs ~100 bytes an id and slows every GC; this open-addressing
// table keeps each id as a record in byte pages (its length, its Latin-1 characters, its line),
// ~33 bytes an id at a million, invisible to the GC. Pages are added, never copied, so no dead
// copies wait for a full GC; only the slot arrays are rebuilt as they fill. Ids beyond Latin-1 or
// 255 characters (rare) go to a Map.
import type { Source } from '../domain/types.js';
import { isLatin1 } from '../text/latin1.js';
import { doubled, fnv1a } from './hash-slots.js';

const PAGE_BYTES = 1 << 20;
const MAX_ID = 255;
/** A record's line number, after its characters: 4 bytes, little-endian. */
const LINE_BYTES = 4;
/** Slots hold a record's offset + 1 in 32 bits: pages past this many go unused (ids then go to the Map). */
const MAX_PAGES = 4095;

export interface SeenIdsData {
  /**
   * Two numbers per slot: the offset of its record + 1 (0 when free) and its id's hash, side by
   * side, so a probe compares hashes without reading a record and a rehash reads no record.
   */
  slots: Uint32Array<ArrayBuffer>;
  bytePages: Array<Uint8Array<ArrayBuffer>>;
  /** Ids kept outside the pages, with their lines. */
  other: Array<[string, number]>;
}

export class SeenIds {
  private slots = new Uint32Array(2 << 13);
  private readonly bytePages: Array<Uint8Array<ArrayBuffer>> = [];
  /** Bytes used in the last page. */
  private byteUsed = PAGE_BYTES;
  private count = 0;
  /** Where each file's records begin (offsets only grow): files are read one after another. */
  private readonly fileRuns: Array<{ first: number; file: string; sheet?: string }> = [];
  private readonly other = new Map<string, Source>();
  /** Other threads' tables (parts of files already read), looked up but never added to. */
  private readonly adopted: SeenIds[] = [];

  /** Another thread's table (a part of `file`), to look ids up in. */
  static of(data: SeenIdsData, file: string): SeenIds {
    const table = new SeenIds();
    // A part that read no rows may send no slots.
    if (data.slots.length > 0) table.slots = data.slots;
    table.bytePages.push(...data.bytePages);
    table.fileRuns.push({ first: 0, file });
    for (const [id, line] of data.other) table.other.set(id, { file, line });
    return table;
  }

  /** Records the id; returns where it was first seen if it is a duplicate. */
  add(id: string, source: Source): Source | undefined {
    const hash = fnv1a(id);
    if (compact(id) && this.bytePages.length < MAX_PAGES) {
      const slot = this.find(id, hash);
      const found = this.slots[slot]!;
      if (found !== 0) return this.sourceOf(found - 1);
      const elsewhere = this.elsewhere(id, hash);
      if (!elsewhere) this.insert(slot, id, hash, source);
      return elsewhere;
    }
    const earlier = this.locate(id, hash);
    if (!earlier) this.other.set(id, sourceAt(source.file, source.line, source.sheet));
    return earlier;
  }

  has(id: string): boolean {
    return this.locate(id, fnv1a(id)) !== undefined;
  }

  /** Keeps another thread's table of an earlier part, so later rows (later files) are checked against it too. */
  adopt(data: SeenIdsData, file: string): void {
    this.adopted.push(SeenIds.of(data, file));
  }

  /** The table as typed arrays (a worker thread moves them to the main thread, not copies) and the rare other ids. */
  data(): SeenIdsData {
    return {
      slots: this.slots,
      bytePages: this.bytePages,
      other: [...this.other].map(([id, s]) => [id, s.line]),
    };
  }

  /** Whether any id of another table (a worker's part of the input) is also in this one. */
  sharesAny(other: SeenIdsData): boolean {
    if (other.other.some(([id]) => this.has(id))) return true;
    const { slots, bytePages } = other;
    for (let i = 0; i < slots.length; i += 2) {
      const found = slots[i]!;
      if (found !== 0 && this.hasRecord(bytePages, found - 1, slots[i + 1]!)) return true;
    }
    return false;
  }

  /** Where the id was first seen: here or in an adopted table. */
  private locate(id: string, hash: number): Source | undefined {
    const found = compact(id) ? this.slots[this.find(id, hash)]! : 0;
    return found !== 0 ? this.sourceOf(found - 1) : this.elsewhere(id, hash);
  }

  /** Where the id was first seen outside the slots: the Map of other ids, or an adopted table. */
  private elsewhere(id: string, hash: number): Source | undefined {
    const other = this.other.size > 0 ? this.other.get(id) : undefined;
    if (other) return other;
    for (const table of this.adopted) {
      const there = table.locate(id, hash);
      if (there) return there;
    }
    return undefined;
  }

  /** Whether the record at `start` of another table's `pages` (with its hash) is an id here (or in an adopted table). */
  private hasRecord(pages: readonly Uint8Array[], start: number, hash: number): boolean {
    const bytes = pages[Math.floor(start / PAGE_BYTES)]!;
    const at = start % PAGE_BYTES;
    const { slots } = this;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = hash & mask; slots[2 * slot] !== 0; slot = (slot + 1) & mask) {
      if (slots[2 * slot + 1] !== hash) continue;
      const mine = slots[2 * slot]! - 1;
      const myBytes = this.bytePages[Math.floor(mine / PAGE_BYTES)]!;
      const myAt = mine % PAGE_BYTES;
      const length = bytes[at]!;
      let same = myBytes[myAt] === length;
      for (let i = 1; same && i <= length; i++) same = myBytes[myAt + i] === bytes[at + i];
      if (same) return true;
    }
    if (this.other.size > 0 && this.other.has(recordId(bytes, at))) return true;
    return this.adopted.some((table) => table.hasRecord(pages, start, hash));
  }

  /** Where in `slots` the id's slot is (its record + 1, then its hash), or the free one where it would go. */
  private find(id: string, hash: number): number {
    const { slots } = this;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = slots[2 * slot]!;
      if (found === 0 || (slots[2 * slot + 1] === hash && this.equals(found - 1, id))) return 2 * slot;
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
    if (this.byteUsed + 1 + id.length + LINE_BYTES > PAGE_BYTES) {
      this.bytePages.push(new Uint8Array(PAGE_BYTES));
      this.byteUsed = 0;
    }
    const bytes = this.bytePages[this.bytePages.length - 1]!;
    const start = (this.bytePages.length - 1) * PAGE_BYTES + this.byteUsed;
    const last = this.fileRuns[this.fileRuns.length - 1];
    if (last?.file !== source.file || last.sheet !== source.sheet)
      this.fileRuns.push({ first: start, file: source.file, sheet: source.sheet });
    let at = this.byteUsed;
    bytes[at++] = id.length;
    for (let i = 0; i < id.length; i++) bytes[at++] = id.charCodeAt(i);
    const line = source.line;
    bytes[at++] = line & 0xff;
    bytes[at++] = (line >>> 8) & 0xff;
    bytes[at++] = (line >>> 16) & 0xff;
    bytes[at++] = (line >>> 24) & 0xff;
    this.byteUsed = at;
    this.slots[slot] = start + 1;
    this.slots[slot + 1] = hash;
    // At most half the slots are used, so probes stay short.
    if (++this.count * 4 > this.slots.length) this.slots = doubled(this.slots);
  }

  private sourceOf(start: number): Source {
    const bytes = this.bytePages[Math.floor(start / PAGE_BYTES)]!;
    const at = (start % PAGE_BYTES) + 1 + bytes[start % PAGE_BYTES]!;
    const line = (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
    let run = this.fileRuns.length - 1;
    while (this.fileRuns[run]!.first > start) run--;
    const { file, sheet } = this.fileRuns[run]!;
    return sourceAt(file, line, sheet);
  }
}

/** A source, with a sheet only for workbook rows (so CSV sources keep their shape). */
function sourceAt(file: string, line: number, sheet: string | undefined): Source {
  return sheet === undefined ? { file, line } : { file, line, sheet };
}

/** Ids the byte pages can hold: Latin-1, with a length that fits the length byte. */
function compact(id: string): boolean {
  return id.length <= MAX_ID && isLatin1(id);
}

/** A record's id (Latin-1 bytes are the code units). */
function recordId(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at + 1, at + 1 + bytes[at]!));
}
