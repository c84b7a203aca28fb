// The report's id lists kept as bytes: every id comes back, in order, across page ends, appended
// parts (whose pages need not be full), empty, long and non-Latin-1 ids, and after crossing a thread as data.
import { describe, expect, it } from 'vitest';
import { PackedIds, type PackedIdsState } from '../../src/summarise/report/packed-ids.js';

const ids = (n: number, prefix = 'C') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function packed(list: readonly string[]): PackedIds {
  const p = new PackedIds();
  for (const id of list) p.push(id);
  return p;
}

describe('PackedIds', () => {
  it.each([0, 1, 4095, 4096, 4097, 10_000])('%i ids come back in order', (n) => {
    expect(packed(ids(n)).list()).toEqual(ids(n));
  });

  it('keeps ids as bytes in 64 KB pages, so a part crosses threads as a few typed arrays', () => {
    const state = packed(ids(10_000, 'CASE-00')).state();
    // A record never spans pages: the first is full to within one record (9 to 12 bytes here).
    expect(state.pages.map((p) => p.length)).toEqual([65_526, 53_364]);
    expect([...state.pages[0]!.subarray(0, 9)]).toEqual([8, ...Buffer.from('CASE-000')]);
    expect(state.others).toEqual([]);
  });

  it('a later part is appended after the ids so far, and more can follow', () => {
    const first = packed(ids(5000, 'A'));
    first.append(structuredClone(packed(ids(3, 'B')).state()) as PackedIdsState);
    first.push('Z');
    expect(first.list()).toEqual([...ids(5000, 'A'), ...ids(3, 'B'), 'Z']);
  });

  it('empty ids and ids with spaces, commas and quotes are kept as they are', () => {
    const odd = ['', 'a b', '', '"q",x', 'é', '', 'Łódź-7', 'x'.repeat(254), 'y'.repeat(255), '日本', '\u00ff'];
    expect(packed(odd).list()).toEqual(odd);
    const one = new PackedIds();
    one.append(packed(['']).state());
    expect(one.list()).toEqual(['']);
    expect(new PackedIds().list()).toEqual([]);
  });
});
