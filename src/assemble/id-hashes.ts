// Case keys kept as 53-bit hashes only (8 bytes a key, against ~35 for SeenIds), for a run that can
// read its inputs again: `report` and `compare` on files. Nothing is refused while reading; at the
// end, two equal hashes mean two keys may be equal, and the command reads everything again with
// SeenIds, which names each duplicate and its first place. Equal keys always have equal hashes, so
// with no equal hashes no key repeats, and the run is exactly the one SeenIds would have given.
// Hash quality decides only how often a clean input is read twice (at a million keys, about once
// in 18,000 runs), never what is printed.
import { FNV_OFFSET, fnvStep } from './hash-slots.js';

/** Hashes per page: a page is sorted when it fills, so the end only merges sorted runs. */
const PAGE = 1 << 16;

export interface IdHashesData {
  /** Sorted pages of hashes (the last may be short). */
  pages: Array<Float64Array<ArrayBuffer>>;
}

export class IdHashes {
  private readonly pages: Array<Float64Array<ArrayBuffer>> = [];
  private page = new Float64Array(0);
  private used = 0;

  add(key: string): void {
    if (this.used === this.page.length) {
      this.seal();
      this.page = new Float64Array(PAGE);
    }
    this.page[this.used++] = hash53(key);
  }

  /** Another thread's hashes (a part of a file), checked with these at the end. */
  adopt(data: IdHashesData): void {
    for (const page of data.pages) this.pages.push(page);
  }

  /** The hashes as sorted pages: a worker thread moves them to the main thread, not copies. */
  data(): IdHashesData {
    this.seal();
    return { pages: this.pages };
  }

  /** Whether two keys added (here or adopted) share a hash: the run must be checked with SeenIds. */
  anyEqual(): boolean {
    return anyEqualAcross(this.data().pages);
  }

  /** The filled part of the current page, sorted, to the list (a page is made when a hash comes for it). */
  private seal(): void {
    if (this.used > 0) this.pages.push((this.used === PAGE ? this.page : this.page.slice(0, this.used)).sort());
    this.page = new Float64Array(0);
    this.used = 0;
  }
}

/**
 * Whether any value occurs twice in sorted pages: they are merged in order through a heap of page cursors.
 * @internal exported for its own tests
 */
export function anyEqualAcross(pages: ReadonlyArray<Float64Array>): boolean {
  const live = pages.filter((p) => p.length > 0);
  // The heap: each entry a page (its index in `live`), ordered by the value at its cursor.
  const page = new Int32Array(live.length).map((_, i) => i);
  const value = new Float64Array(live.map((p) => p[0]!));
  const at = new Int32Array(live.length);
  let size = live.length;
  const down = (i: number) => {
    const v = value[i]!;
    const p = page[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && value[child + 1]! < value[child]!) child++;
      if (value[child]! >= v) break;
      value[i] = value[child]!;
      page[i] = page[child]!;
      i = child;
    }
    value[i] = v;
    page[i] = p;
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) down(i);
  let last = -1;
  while (size > 0) {
    const v = value[0]!;
    if (v === last) return true;
    last = v;
    const p = page[0]!;
    const next = ++at[p]!;
    if (next < live[p]!.length) value[0] = live[p]![next]!;
    else {
      size--;
      value[0] = value[size]!;
      page[0] = page[size]!;
    }
    if (size > 0) down(0);
  }
  return false;
}

/**
 * Two 32-bit hashes of the UTF-16 code units (FNV-1a and a multiply-xorshift), 53 bits of them in one exact double.
 * @internal exported for its own tests
 */
export function hash53(key: string): number {
  let a = FNV_OFFSET;
  let b = 0x9e3779b9 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = fnvStep(a, c);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) + (b & 0x1fffff) * 0x100000000;
}
