// The formats of `criteria validate`, from diagnostics written inline; GitHub's escaping rules.
import { describe, expect, it } from 'vitest';
import { error, warning } from '../../src/domain/diagnostic.js';
import {
  githubData,
  githubProperty,
  problemsGithub,
  problemsJson,
  problemsSummary,
  problemsText,
} from '../../src/render/criteria/criteria-problems.js';

describe('GitHub annotation escaping', () => {
  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['C:\\x,y', 'C:\\x,y', 'C%3A\\x%2Cy'],
    ['%0A', '%250A', '%250A'],
  ])('%j', (raw, data, property) => {
    expect(githubData(raw)).toBe(data);
    expect(githubProperty(raw)).toBe(property);
  });

  it('escapes the file and title as properties and the message as data', () => {
    const d = error('crit/a,b:c.yaml', 3, 'unknown-key', 'bad: 50% of\nit, really', 7);
    expect(problemsGithub([d], { cwd: process.cwd() })).toBe(
      '::error file=crit/a%2Cb%3Ac.yaml,line=3,col=7,title=case-audit unknown-key::bad: 50%25 of%0Ait, really\n',
    );
  });

  it('leaves out line and col for a problem about a whole directory, and writes warnings as warnings', () => {
    expect(
      problemsGithub([error('crit', 0, 'no-criteria', 'none'), warning('crit/a.yaml', 8, 'no-serious-criterion', 'w', 3)], {
        cwd: process.cwd(),
      }),
    ).toBe(
      '::error file=crit,title=case-audit no-criteria::none\n::warning file=crit/a.yaml,line=8,col=3,title=case-audit no-serious-criterion::w\n',
    );
  });

  it('removes other control characters', () => {
    expect(problemsGithub([error('a.yaml', 1, 'r', 'x\u001b[31my')], { cwd: process.cwd() })).toBe(
      '::error file=a.yaml,line=1,title=case-audit r::x\\x1b[31my\n',
    );
  });
});

describe('text, JSON and the summary', () => {
  const diagnostics = [
    error('crit/a.yaml', 2, 'missing-key', 'title: required key is missing', 1),
    warning('crit/b.yaml', 4, 'skipped-table-number', 'table 2 is skipped', 10),
  ];

  it('text is file:line:col: message, warnings marked', () => {
    expect(problemsText(diagnostics, { cwd: process.cwd() })).toBe(
      'crit/a.yaml:2:1: title: required key is missing\ncrit/b.yaml:4:10: warning: table 2 is skipped\n',
    );
  });

  it('JSON has file, line, col, severity, message, rule', () => {
    expect(JSON.parse(problemsJson([...diagnostics, error('crit', 0, 'no-criteria', 'none')], { cwd: process.cwd() }))).toEqual([
      { file: 'crit/a.yaml', line: 2, col: 1, severity: 'error', message: 'title: required key is missing', rule: 'missing-key' },
      { file: 'crit/b.yaml', line: 4, col: 10, severity: 'warning', message: 'table 2 is skipped', rule: 'skipped-table-number' },
      { file: 'crit', line: 0, col: null, severity: 'error', message: 'none', rule: 'no-criteria' },
    ]);
  });

  it.each([
    [0, 9, '0 problems in 9 files'],
    [1, 1, '1 problem in 1 file (1 error, 0 warnings)'],
    [2, 3, '2 problems in 3 files (1 error, 1 warning)'],
  ])('summary of %i problems in %i files', (n, files, line) => {
    expect(problemsSummary(diagnostics.slice(0, n), files)).toBe(line);
  });
});
