// Case keys to case numbers for the long-form join: open addressing over typed arrays (load/hash-slots.ts),
// each slot's full hash beside it so a probe reads a key string only when the hashes agree. A Map
// of 500,000 fresh string keys cost ~10% of a long-form run (docs/performance.md).
import { doubled, fnv1a } from './hash-slots.js';

export class KeyTable {
  /** Case number + 1 per slot (0: free), then the key's hash. */
  private slots = new Uint32Array(2 << 12);
  private readonly keys: string[] = [];

  /** Every key, in the order numbered. */
  get all(): readonly string[] {
    return this.keys;
  }

  /** The case number of `key`, or -1. */
  get(key: string): number {
    const slot = this.find(key, fnv1a(key));
    return this.slots[slot]! - 1;
  }

  /** Numbers keys 0, 1, 2... in the order set; `key` must not be in the table. */
  add(key: string): number {
    const hash = fnv1a(key);
    const slot = this.find(key, hash);
    const n = this.keys.length;
    this.keys.push(key);
    this.slots[slot] = n + 1;
    this.slots[slot + 1] = hash;
    // At most half the slots are used, so probes stay short.
    // Stryker disable next-line EqualityOperator: equivalent, growing one key sooner changes only the memory used
    if (this.keys.length * 4 > this.slots.length) this.slots = doubled(this.slots);
    return n;
  }

  /** Where `key` is, or the free slot where it would go. */
  private find(key: string, hash: number): number {
    const { slots, keys } = this;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const n = slots[2 * slot]!;
      // Stryker disable next-line ConditionalExpression: equivalent, the hash only spares comparing the key strings
      if (n === 0 || (slots[2 * slot + 1] === hash && keys[n - 1] === key)) return 2 * slot;
    }
  }
}
