// Checks of the hand-made id tables at a size the caller picks: a few thousand keys in the unit run
// (every growth step the small table takes, a few pages), hundreds of thousands in the stress run.
import { expect } from 'vitest';
import { KeyTable } from '../../src/assemble/key-table.js';
import { SeenIds } from '../../src/assemble/seen-ids.js';

/** KeyTable numbers `n` keys in the order added and finds each again; keys never added are absent. */
export function expectKeysNumbered(n: number): void {
  const table = new KeyTable();
  const keys = Array.from({ length: n }, (_, i) => (i % 3 ? `GL-${i}` : `2\u0001GL-${i}`));
  expect(keys.map((k) => table.add(k))).toEqual(keys.map((_, i) => i));
  expect(keys.filter((k, i) => table.get(k) !== i)).toEqual([]);
  expect([`GL-${n}`, '', 'gl-1', '1\u0001GL-3', 'GL-1 '].map((k) => table.get(k))).toEqual([-1, -1, -1, -1, -1]);
}

/** SeenIds agrees with a Map over `n` ids (about one in six a repeat) in three files, one coming back. */
export function expectSeenLikeMap(n: number): void {
  const seen = new SeenIds();
  const model = new Map<string, { file: string; line: number }>();
  const distinct = Math.round(n * 0.85);
  let state = 7;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const id = `C-${state % distinct}`;
    // Files are read one after another, and a name may come back.
    const source = { file: ['a.csv', 'b.csv', 'c.yaml', 'a.csv'][Math.floor(i / (n * 0.3))]!, line: i + 2 };
    const first = model.get(id);
    expect(seen.add(id, source)).toEqual(first);
    if (!first) model.set(id, source);
  }
  for (const id of ['C-1', `C-${distinct - 1}`, `C-${distinct}`, 'nope']) expect(seen.has(id)).toBe(model.has(id));
}

/** SeenIds names the file and sheet of each of `n` ids of ~200 characters: n / 5,000 pages of 1 MB. */
export function expectSeenAcrossPages(n: number): void {
  const seen = new SeenIds();
  const id = (i: number) => `${'x'.repeat(190 + (i % 11))}-${i}`;
  const split = Math.round(n * 0.6);
  const sourceFor = (i: number) => (i < split ? { file: 'a.csv', line: i + 2 } : { file: 'b.xlsx', line: i - split + 2, sheet: 'Cases' });
  for (let i = 0; i < n; i++) expect(seen.add(id(i), sourceFor(i))).toBeUndefined();
  for (const i of [0, 5_237 % n, split - 1, split, n - 1]) expect(seen.add(id(i), { file: 'c.csv', line: 1 })).toEqual(sourceFor(i));
}
