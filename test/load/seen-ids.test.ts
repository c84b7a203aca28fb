// SeenIds is a hand-made hash table: check it against a plain Map on many ids, growth included.
import { describe, expect, it } from 'vitest';
import { SeenIds } from '../../src/load/seen-ids.js';

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
});
