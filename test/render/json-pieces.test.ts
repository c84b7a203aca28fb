import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/render/json-pieces.js';
import { propertyRuns } from '../helpers/quick.js';

/** The text without the line feed that ends it (checked once below). */
const text = (value: unknown) => [...jsonPieces(value)].join('').slice(0, -1);

describe('jsonPieces', () => {
  it('is JSON.stringify(value, null, 2) on random JSON-like values', () => {
    // fc.anything has undefined, NaN, -0, sparse arrays, null-prototype objects, keys like "__proto__", Dates and boxed values.
    const values = fc.anything({ withBoxedValues: true, withDate: true, withNullPrototype: true, withSparseArray: true, maxDepth: 4 });
    fc.assert(
      fc.property(values, (value) => {
        expect(text(value)).toBe(JSON.stringify(value, null, 2) ?? 'null');
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  it('lays out the cases JSON.stringify treats specially', () => {
    const value = {
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 1, Symbol('s'), NaN, -0, Infinity],
      empty: { a: [], b: {} },
      lines: 'a\nb "quoted"',
      dated: new Date(Date.UTC(2017, 2, 1)),
      map: new Map([[1, 2]]),
      custom: { toJSON: (key: string) => ({ key, nested: [1, { deep: true }] }) },
    };
    const expected = JSON.stringify(value, null, 2);
    expect(text(value)).toBe(expected);
    // Not vacuous: the special cases are in it.
    expect(expected).toContain('"list": [\n    null,\n    null,\n    null,\n    null,\n    0,\n    null\n  ]');
    expect(expected).toContain('"key": "custom"');
    expect(expected).not.toContain('"gone"');
  });

  it('gives a long id list in pieces of bounded size that join to the whole', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `GL17-${String(i).padStart(7, '0')}`);
    const value = { referredBack: ids, totals: { read: 50_000 } };
    const pieces = [...jsonPieces(value)];
    expect(pieces.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(pieces.length).toBeGreaterThan(40);
    // A piece is flushed once it reaches 16 Ki characters, so none is much longer than that plus one item.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(16 * 1024 + 64);
  });

  it('writes every UTF-16 code unit in a string as JSON.stringify does (quotes, controls, lone surrogates escaped)', () => {
    const units = Array.from({ length: 0x10000 }, (_, u) => `a${String.fromCharCode(u)}b`);
    const value = { units, pairs: ['\ud83d\ude00', 'x\ud800\udc00y', '\udc00\ud800'] };
    expect(text(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('writes top-level leaves whole', () => {
    expect(text('x')).toBe('"x"');
    expect(text([])).toBe('[]');
    expect(text(undefined)).toBe('null');
    expect([...jsonPieces({ a: 1 })].join('')).toBe('{\n  "a": 1\n}\n');
  });
});
