// SeenIds is a hand-made hash table: check it against a plain Map on many ids, growth included.
import { describe, expect, it } from 'vitest';
import { SeenIds } from '../../src/assemble/seen-ids.js';

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

  it('agrees with a Map over 200,000 ids in three files, through every resize', () => {
    const seen = new SeenIds();
    const model = new Map<string, { file: string; line: number }>();
    let state = 7;
    for (let i = 0; i < 200_000; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      // About one id in six repeats an earlier one.
      const id = `C-${state % 170_000}`;
      // Files are read one after another, and a name may come back.
      const source = { file: ['a.csv', 'b.csv', 'c.yaml', 'a.csv'][Math.floor(i / 60_000)]!, line: i + 2 };
      const first = model.get(id);
      expect(seen.add(id, source)).toEqual(first);
      if (!first) model.set(id, source);
    }
    for (const id of ['C-1', 'C-169999', 'C-170000', 'nope']) expect(seen.has(id)).toBe(model.has(id));
  });

  it('keeps line numbers past 2^24 and up to 2^32 - 1', () => {
    const seen = new SeenIds();
    const lines = [1, 255, 256, 65_536, 16_777_217, 2 ** 31 + 5, 2 ** 32 - 1];
    lines.forEach((line, i) => seen.add(`L${i}`, { file: 'big.csv', line }));
    expect(lines.map((_, i) => seen.add(`L${i}`, { file: 'big.csv', line: 0 })?.line)).toEqual(lines);
  });

  it('names the file and sheet each id was first seen in, over many page fills', () => {
    const seen = new SeenIds();
    // 150,000 ids of ~200 characters fill ~29 one-megabyte pages, so records start near every page's end.
    const id = (i: number) => `${'x'.repeat(190 + (i % 11))}-${i}`;
    const sourceFor = (i: number) =>
      i < 90_000 ? { file: 'a.csv', line: i + 2 } : { file: 'b.xlsx', line: i - 90_000 + 2, sheet: 'Cases' };
    for (let i = 0; i < 150_000; i++) expect(seen.add(id(i), sourceFor(i))).toBeUndefined();
    for (const i of [0, 5_237, 89_999, 90_000, 149_999]) expect(seen.add(id(i), { file: 'c.csv', line: 1 })).toEqual(sourceFor(i));
  });

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
