// SeenIds is a hand-made hash table: check it against a plain Map on many ids, growth included.
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/assemble/hash-slots.js';
import { SeenIds } from '../../src/assemble/seen-ids.js';
import { expectSeenAcrossPages, expectSeenLikeMap } from '../helpers/id-tables.js';

describe('SeenIds', () => {
  it.each([
    { name: 'a repeat returns the first position', ids: ['A1', 'A2', 'A1'], expected: [undefined, undefined, { file: 'a.csv', line: 2 }] },
    {
      name: 'prefixes are different ids',
      ids: ['A1', 'A12', 'A1', 'A12'],
      expected: [undefined, undefined, { file: 'a.csv', line: 2 }, { file: 'a.csv', line: 3 }],
    },
    {
      name: 'case and accents matter',
      ids: ['café', 'CAFÉ', 'cafe', 'café'],
      expected: [undefined, undefined, undefined, { file: 'a.csv', line: 2 }],
    },
    { name: 'ids beyond Latin-1', ids: ['事件-1', '事件-2', '事件-1'], expected: [undefined, undefined, { file: 'a.csv', line: 2 }] },
    { name: 'the empty id', ids: ['', ''], expected: [undefined, { file: 'a.csv', line: 2 }] },
    {
      name: 'ids too long for the byte pages',
      ids: ['x'.repeat(300), 'x'.repeat(255), 'x'.repeat(300)],
      expected: [undefined, undefined, { file: 'a.csv', line: 2 }],
    },
  ])('$name', ({ ids, expected }) => {
    const seen = new SeenIds();
    expect(ids.map((id, i) => seen.add(id, { file: 'a.csv', line: i + 2 }))).toEqual(expected);
  });

  // At 200,000 ids and 29 pages: seen-ids.stress.test.ts.
  it('agrees with a Map over 20,000 ids in three files, through three resizes', () => expectSeenLikeMap(20_000));

  it('tells apart two ids whose 32-bit hashes are equal', () => {
    // Found by searching GL-0, GL-1, ... for a repeated FNV-1a hash.
    const [a, b] = ['GL-332789', 'GL-529192'];
    expect(fnv1a(a)).toBe(fnv1a(b));
    const seen = new SeenIds();
    const at = (line: number) => ({ file: 'a.csv', line });
    expect([seen.add(a, at(2)), seen.add(b, at(3)), seen.add(b, at(4)), seen.add(a, at(5))]).toEqual([undefined, undefined, at(3), at(2)]);
  });

  it('keeps line numbers past 2^24 and up to 2^32 - 1', () => {
    const seen = new SeenIds();
    const lines = [1, 255, 256, 65_536, 16_777_217, 2 ** 31 + 5, 2 ** 32 - 1];
    lines.forEach((line, i) => seen.add(`L${i}`, { file: 'big.csv', line }));
    expect(lines.map((_, i) => seen.add(`L${i}`, { file: 'big.csv', line: 0 })?.line)).toEqual(lines);
  });

  it('names the file and sheet each id was first seen in, across three pages', () => expectSeenAcrossPages(12_000));

  it("finds ids in an adopted table (a worker's part of an earlier file), with that part's lines", () => {
    const part = new SeenIds();
    ['P-1', 'P-2', '事件-9'].forEach((id, i) => part.add(id, { file: 'ignored', line: 500 + i }));
    const seen = new SeenIds();
    seen.add('M-1', { file: 'big.csv', line: 2 });
    seen.adopt(structuredClone(part.data()), 'big.csv');
    expect(seen.add('P-2', { file: 'next.csv', line: 2 })).toEqual({ file: 'big.csv', line: 501 });
    expect(seen.add('事件-9', { file: 'next.csv', line: 3 })).toEqual({ file: 'big.csv', line: 502 });
    expect(seen.add('M-1', { file: 'next.csv', line: 4 })).toEqual({ file: 'big.csv', line: 2 });
    expect(seen.add('N-1', { file: 'next.csv', line: 5 })).toBeUndefined();
    expect(seen.has('P-1')).toBe(true);
    // A third table sharing an id with the adopted part only.
    const third = new SeenIds();
    third.add('P-1', { file: 'later.csv', line: 9 });
    expect(seen.sharesAny(third.data())).toBe(true);
  });
});
