// The warnings about a criteria directory, from types written inline; positions from a fake locator
// that says where each path would be.
import { describe, expect, it } from 'vitest';
import type { CaseType } from '../../src/domain/types.js';
import { criteriaWarnings, type Locator } from '../../src/load/criteria/criteria-warnings.js';

const type = (id: string, table: number, severities: Array<'serious' | 'expected'>, widespread = 3): CaseType => ({
  id,
  title: id,
  aliases: [],
  report: { table, label: 'L', caption: 'C' },
  criteria: severities.map((severity, i) => ({ id: `${id}${i}`, text: 't', severity, refer: false })),
  widespread,
  file: `${id}.yaml`,
});

// Line 1 stands for a path the file writes, so the test shows which key a warning points at.
const locator = (explicit: string[]): Locator => ({
  at: (_type, path) => ({
    line: path.join('.') === 'report.table' ? 4 : path.join('.') === 'criteria' ? 7 : explicit.includes(path.join('.')) ? 20 : 1,
    col: 3,
  }),
  has: (_type, path) => explicit.includes(path.join('.')),
});

const flat = (types: CaseType[], explicit: string[] = []) =>
  criteriaWarnings(types, locator(explicit)).map((d) => [d.file, d.line, d.rule, d.message]);

describe('criteria warnings', () => {
  it('none for a sound directory', () => {
    expect(
      flat([
        type('a', 3, ['serious', 'expected', 'expected']),
        type('b', 4, ['serious'], 1),
        type('c', 4, ['serious', 'expected', 'expected']),
      ]),
    ).toEqual([]);
  });

  it('widespread set above the number of criteria: at the key', () => {
    expect(flat([type('a', 1, ['serious', 'expected'], 3)], ['grading.widespread'])).toEqual([
      [
        'a.yaml',
        20,
        'widespread-unreachable',
        'grading.widespread is 3 but "a" has only 2 criteria: the widespread rule can never apply; set it to at most 2',
      ],
    ]);
  });

  it('the default widespread above the number of criteria: at the criteria list', () => {
    expect(flat([type('a', 1, ['serious'])])).toEqual([
      [
        'a.yaml',
        7,
        'widespread-unreachable',
        'the default grading.widespread is 3 but "a" has only 1 criterion: the widespread rule can never apply; set it to at most 1',
      ],
    ]);
  });

  it('no serious criterion', () => {
    expect(flat([type('a', 1, ['expected', 'expected', 'expected'])])).toEqual([
      ['a.yaml', 7, 'no-serious-criterion', '"a" has no serious criterion: only 3 or more unmet criteria can make a case inadequate'],
    ]);
  });

  it('skipped table numbers, once per gap, at the table after it', () => {
    const ok = (id: string, table: number) => type(id, table, ['serious', 'expected', 'expected']);
    expect(flat([ok('a', 3), ok('d', 9), ok('b', 4), ok('c', 6), ok('e', 6)])).toEqual([
      ['c.yaml', 4, 'skipped-table-number', 'table 5 is skipped: no case type between table 4 and table 6'],
      ['d.yaml', 4, 'skipped-table-number', 'tables 7-8 are skipped: no case type between table 6 and table 9'],
    ]);
  });
});
