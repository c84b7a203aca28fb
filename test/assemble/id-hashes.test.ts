// Case keys as 53-bit hashes: equal keys always share a hash, and any value met twice (in a page, across
// pages, across an adopted part's pages) is found at the end; distinct keys are not flagged.
import { describe, expect, it } from 'vitest';
import { anyEqualAcross, hash53, IdHashes } from '../../src/assemble/id-hashes.js';

const key = (i: number) => `GL${17 + (i % 5)}-${String(i).padStart(7, '0')}`;

describe('hash53', () => {
  it('is a whole number below 2^53, the same for the same key, and spreads 200,000 register ids without a clash', () => {
    const hashes = Array.from({ length: 200_000 }, (_, i) => hash53(key(i)));
    expect(hashes.filter((h) => !Number.isSafeInteger(h) || h < 0)).toEqual([]);
    expect(new Set(hashes).size).toBe(200_000);
    expect(hash53('é')).toBe(hash53('\u00e9'));
    expect(new Set(['', 'a', 'b', 'ab', 'ba', 'a\u0000', '\u0000a'].map(hash53)).size).toBe(7);
  });

  it('uses the high bits too: keys differing in one character differ above bit 32', () => {
    const high = (s: string) => Math.floor(hash53(s) / 2 ** 32);
    const highs = new Set(Array.from({ length: 1000 }, (_, i) => high(key(i))));
    expect(highs.size).toBeGreaterThan(990);
  });
});

describe('IdHashes', () => {
  const table = (n: number, from = 0) => {
    const t = new IdHashes();
    for (let i = from; i < from + n; i++) t.add(key(i));
    return t;
  };

  it('150,000 distinct keys (three pages): no two equal', () => {
    expect(table(150_000).anyEqual()).toBe(false);
  });

  it('a key met again in the same page, in a later page, or only at the very end', () => {
    const same = table(100);
    same.add(key(50));
    expect(same.anyEqual()).toBe(true);
    const later = table(140_000);
    later.add(key(3));
    expect(later.anyEqual()).toBe(true);
    const last = table(65_536);
    last.add(key(65_535));
    expect(last.anyEqual()).toBe(true);
  });

  it("another part's hashes are checked with these: a key in both is found, none is not", () => {
    const mine = table(70_000);
    mine.adopt(table(70_000, 70_000).data());
    expect(mine.anyEqual()).toBe(false);
    const again = table(70_000);
    again.adopt(table(10, 69_995).data());
    expect(again.anyEqual()).toBe(true);
  });

  it('no keys at all: nothing equal', () => {
    expect(new IdHashes().anyEqual()).toBe(false);
  });
});

describe('anyEqualAcross', () => {
  const pages = (...lists: number[][]) => lists.map((l) => Float64Array.from(l));
  it.each([
    [pages([1, 3, 5], [2, 4, 6]), false],
    [pages([1, 3, 5], [2, 3, 6]), true],
    [pages([1, 1]), true],
    [pages([7], [], [7]), true],
    [pages([], [2], [1], [3]), false],
    [pages([0, 2 ** 53 - 1], [1, 2 ** 53 - 2]), false],
    [pages(), false],
  ])('%j: %s', (sorted, equal) => {
    expect(anyEqualAcross(sorted)).toBe(equal);
  });

  it('agrees with a Set on random sorted pages', () => {
    let seed = 17;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 400;
    for (let round = 0; round < 200; round++) {
      const lists = Array.from({ length: 1 + (round % 6) }, () => Array.from({ length: next() % 30 }, next).sort((a, b) => a - b));
      const all = lists.flat();
      expect(anyEqualAcross(pages(...lists))).toBe(new Set(all).size !== all.length);
    }
  });
});
