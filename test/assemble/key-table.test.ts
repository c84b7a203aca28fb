// The long-form join's key table: keys numbered in the order added, found again, absent keys -1,
// across growth and across keys whose 32-bit hashes collide.
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/assemble/hash-slots.js';
import { KeyTable } from '../../src/assemble/key-table.js';
import { expectKeysNumbered } from '../helpers/id-tables.js';

describe('KeyTable', () => {
  // At 200,000 keys: key-table.stress.test.ts.
  it('numbers 10,000 keys in order through three growths and finds each again; keys never added are absent', () =>
    expectKeysNumbered(10_000));

  it('tells apart two keys whose 32-bit hashes are equal', () => {
    // Found by searching GL-0, GL-1, ... for a repeated FNV-1a hash.
    const [a, b] = ['GL-332789', 'GL-529192'];
    expect(fnv1a(a)).toBe(fnv1a(b));
    const table = new KeyTable();
    expect([table.add(a), table.get(b), table.add(b), table.get(a), table.get(b)]).toEqual([0, -1, 1, 0, 1]);
  });

  it('tells apart keys that differ only in case, accents or their round prefix', () => {
    const table = new KeyTable();
    const keys = ['a', 'A', 'é', 'e\u0301', '1\u0001a', '2\u0001a', ''];
    keys.forEach((k) => table.add(k));
    expect(keys.map((k) => table.get(k))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
