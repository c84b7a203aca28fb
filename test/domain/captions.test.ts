// Captions and row labels as criteria files write them ({force_short} is the word that names the force's kind), and the tables they head.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reportTables, type CriteriaSet } from '../../src/domain/criteria-set.js';
import type { CaseType } from '../../src/domain/types.js';

describe('fillCaption', () => {
  // A fresh module in each test: the kinds of force are a table built when it loads, and Stryker
  // credits that code only to a test that loads it (docs/mutation.md, "hybrid" mutants).
  beforeEach(() => {
    vi.resetModules();
  });

  it.each([
    ['Gloucestershire Constabulary', 'Constabulary assessment'],
    ['Police Scotland', 'Police assessment'],
    ['Kent', 'Force assessment'],
  ])('{force_short} of %j', async (force, expected) => {
    const { fillCaption } = await import('../../src/domain/criteria-set.js');
    expect(fillCaption('{force_short} assessment', force, 'HMIC')).toBe(expected);
  });
});

describe('reportTables', () => {
  it('lists the tables in table order whatever order the types come in, each with its types', () => {
    const type = (id: string, table: number): CaseType => ({
      id,
      title: id,
      aliases: [],
      report: { table, label: `T${table}`, caption: `Table ${table}` },
      criteria: [],
      widespread: 3,
      file: `${id}.yaml`,
    });
    const types = [type('b', 4), type('a', 3), type('c', 4)];
    const set = { types } as unknown as CriteriaSet;
    expect(reportTables(set).map((t) => [t.table, t.label, t.types.map((x) => x.id)])).toEqual([
      [3, 'T3', ['a']],
      [4, 'T4', ['b', 'c']],
    ]);
  });
});
