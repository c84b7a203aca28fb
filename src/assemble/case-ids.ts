// The case keys a run has taken (join mode none), to refuse a duplicate: an id table that names the
// first place of each (SeenIds), or, for a run that can read its inputs again, 8-byte hashes checked
// only at the end (IdHashes: if two may be equal, the read path reads everything again with the
// table, so what is printed is always the table's).
import type { Source } from '../domain/types.js';
import { IdHashes, type IdHashesData } from './id-hashes.js';
import { SeenIds, type SeenIdsData } from './seen-ids.js';

/** A part's keys as sent between threads: an id table, or sorted hashes. */
export type CaseIdsData = SeenIdsData | IdHashesData;

export class CaseIds {
  private readonly table = new SeenIds();
  private readonly hashes: IdHashes | undefined;

  constructor(hashed: boolean) {
    if (hashed) this.hashes = new IdHashes();
  }

  /** Keys are kept as hashes (a part worker must keep them so too). */
  get hashed(): boolean {
    return this.hashes !== undefined;
  }

  /** Takes the key; the place it was first taken, when it was (never known with hashes). */
  add(key: string, source: Source): Source | undefined {
    if (this.hashes) {
      this.hashes.add(key);
      return undefined;
    }
    return this.table.add(key, source);
  }

  /** The keys as data (a worker thread moves them to the main thread). */
  data(): CaseIdsData {
    return this.hashes ? this.hashes.data() : this.table.data();
  }

  /** Another part's keys, as if taken here: a later file's ids are checked against them too. */
  adopt(other: CaseIdsData, file: string): void {
    if ('pages' in other) this.hashes!.adopt(other);
    else this.table.adopt(other, file);
  }

  /** Whether a key of another part is also taken here (hashes: known only at the end, so no). */
  sharesAny(other: CaseIdsData): boolean {
    return 'pages' in other ? false : this.table.sharesAny(other);
  }

  /** Whether two parts' tables share a key (hashes: checked at the end with every other key). */
  static shared(a: CaseIdsData, b: CaseIdsData, file: string): boolean {
    return 'slots' in a && 'slots' in b && SeenIds.of(a, file).sharesAny(b);
  }

  /** Hashes: whether two keys may be equal, so the run must be read again with the table. */
  mayRepeat(): boolean {
    return this.hashes?.anyEqual() ?? false;
  }
}
