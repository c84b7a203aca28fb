// Case ids the report lists (referred back, referral suggested: ~190,000 at a million cases), kept
// as bytes as they come: each id is copied into 64 KB pages (a length byte, then its Latin-1
// characters) and its string is left to die young. Kept as strings, each was promoted to the old
// space at ~40 bytes with its array slot, in each thread (docs/performance.md).
// Ids beyond Latin-1 or 254 characters (rare) are kept as strings beside the pages.
import { isLatin1 } from '../../text/latin1.js';

const PAGE_BYTES = 1 << 16;
/** A length byte meaning "the next of the other ids". */
const OTHER = 255;

export interface PackedIdsState {
  /** Pages of records, each used up to its length (a later part's pages are appended as they are). */
  pages: Uint8Array[];
  /** The ids the pages mark OTHER, in order. */
  others: string[];
}

export class PackedIds {
  private readonly pages: Uint8Array[] = [];
  private page = new Uint8Array(0);
  private used = 0;
  private readonly others: string[] = [];

  push(id: string): void {
    const latin1 = id.length < OTHER && isLatin1(id);
    // Stryker disable next-line EqualityOperator: equivalent, a record that would fill the page exactly goes to the next: the ids read back the same
    if (this.used + 1 + (latin1 ? id.length : 0) > this.page.length) this.newPage();
    const { page } = this;
    if (!latin1) {
      page[this.used++] = OTHER;
      this.others.push(id);
      return;
    }
    page[this.used++] = id.length;
    for (let i = 0; i < id.length; i++) page[this.used++] = id.charCodeAt(i);
  }

  /** The ids as plain data, in order. */
  state(): PackedIdsState {
    this.close();
    return { pages: this.pages, others: this.others };
  }

  /** A later part's ids, after these. */
  append(later: PackedIdsState): void {
    this.close();
    for (const page of later.pages) this.pages.push(page);
    for (const id of later.others) this.others.push(id);
  }

  /** Every id, in order. */
  list(): string[] {
    const ids: string[] = [];
    let other = 0;
    for (const page of this.state().pages) {
      // One Latin-1 string per page, a character per byte, and each id cut from it: a buffer's
      // toString per id cost ~1 µs each, a tenth of a second at a million cases.
      const text = Buffer.from(page.buffer, page.byteOffset, page.length).toString('latin1');
      for (let at = 0; at < page.length;) {
        const length = page[at++]!;
        if (length === OTHER) ids.push(this.others[other++]!);
        else ids.push(text.slice(at, (at += length)));
      }
    }
    return ids;
  }

  /** The page in use, trimmed to what it holds, to the list. */
  private close(): void {
    if (this.used > 0) this.pages.push(this.page.subarray(0, this.used));
    this.page = new Uint8Array(0);
    this.used = 0;
  }

  private newPage(): void {
    this.close();
    this.page = new Uint8Array(PAGE_BYTES);
  }
}
