// A carried column's value per case, and the tallies per value in the order breakdowns print them.
import { describe, expect, it } from 'vitest';
import { ByValue, carriedValue } from '../../src/summarise/by-column.js';

describe('carriedValue', () => {
  const record = {
    extra: [
      ['Team', ' red '],
      ['office', '  '],
    ] as Array<[string, string]>,
  };

  it('finds the column whatever its case, the value trimmed; blank or absent is "(blank)"', () => {
    expect(carriedValue(record, 'team')).toBe('red');
    expect(carriedValue(record, 'OFFICE')).toBe('(blank)');
    expect(carriedValue(record, 'district')).toBe('(blank)');
  });

  it('a case that carries no columns is "(blank)" under any name, even a one-letter one', () => {
    expect(carriedValue({}, 'team')).toBe('(blank)');
    expect(carriedValue({}, 's')).toBe('(blank)');
  });
});

describe('ByValue', () => {
  it('makes one tally per value on first use, and lists them in value order, "(blank)" last', () => {
    const by = new ByValue(() => ({ n: 0 }));
    for (const v of ['red', '(blank)', 'blue', 'red', 'Amber']) by.get(v).n++;
    expect(by.entries()).toEqual([
      ['Amber', { n: 1 }],
      ['blue', { n: 1 }],
      ['red', { n: 2 }],
      ['(blank)', { n: 1 }],
    ]);
  });
});
