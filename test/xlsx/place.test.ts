// Positions as printed: CSV and YAML keep file:line[:col]; workbook cells read as Excel writes them.
import { describe, expect, it } from 'vitest';
import { columnLetters, placeText } from '../../src/domain/diagnostic.js';

describe('placeText', () => {
  it.each([
    [{ file: 'a.csv', line: 4, col: 3 }, 'a.csv:4:3'],
    [{ file: 'a.csv', line: 4 }, 'a.csv:4'],
    [{ file: 'a.csv', line: 0, col: 2 }, 'a.csv'],
    [{ file: 'b.xlsx', line: 14, col: 3, sheet: 'Cases' }, 'b.xlsx:Cases!C14'],
    [{ file: 'b.xlsx', line: 14, sheet: 'Cases' }, 'b.xlsx:Cases!14:14'],
    [{ file: 'b.xlsx', line: 0, sheet: 'Cases' }, 'b.xlsx:Cases'],
    [{ file: 'b.xlsx', line: 2, col: 1, sheet: 'Case files' }, "b.xlsx:'Case files'!A2"],
    [{ file: 'b.xlsx', line: 2, col: 1, sheet: "O'Brien" }, "b.xlsx:'O''Brien'!A2"],
    [{ file: 'b.xlsx', line: 2, col: 1, sheet: '2017' }, "b.xlsx:'2017'!A2"],
  ])('%j -> %s', (at, expected) => {
    expect(placeText(at)).toBe(expected);
  });

  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });
});
