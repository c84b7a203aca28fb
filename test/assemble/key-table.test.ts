// The long-form join's key table: keys numbered in the order added, found again, absent keys -1,
// across growth and across keys whose 32-bit hashes collide (200,000 keys hold a few such pairs).
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../src/assemble/key-table.js';

describe('KeyTable', () => {
  it('numbers 200,000 keys in order and finds each again; keys never added are absent', () => {
    const table = new KeyTable();
    const keys = Array.from({ length: 200_000 }, (_, i) => (i % 3 ? `GL-${i}` : `2\u0001GL-${i}`));
    expect(keys.map((k) => table.add(k))).toEqual(keys.map((_, i) => i));
    expect(keys.filter((k, i) => table.get(k) !== i)).toEqual([]);
    expect(['GL-200000', '', 'gl-1', '1\u0001GL-3', 'GL-1 '].map((k) => table.get(k))).toEqual([-1, -1, -1, -1, -1]);
  });

  it('tells apart keys that differ only in case, accents or their round prefix', () => {
    const table = new KeyTable();
    const keys = ['a', 'A', 'é', 'e\u0301', '1\u0001a', '2\u0001a', ''];
    keys.forEach((k) => table.add(k));
    expect(keys.map((k) => table.get(k))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
