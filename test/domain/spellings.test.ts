// Every accepted spelling of grades, findings and yes/no, as the contract lists them.
import { describe, expect, it } from 'vitest';
import { parseFinding, parseYesNo } from '../../src/domain/findings.js';
import { GRADES, gradeRank, parseGrade } from '../../src/domain/grades.js';

describe('grades', () => {
  it.each([
    ['good', 'good'],
    ['G', 'good'],
    ['Good ', 'good'],
    ['requires improvement', 'requires_improvement'],
    ['Requiring Improvement', 'requires_improvement'],
    ['requires_improvement', 'requires_improvement'],
    ['RI', 'requires_improvement'],
    ['inadequate', 'inadequate'],
    ['I', 'inadequate'],
  ])('%j is %s', (raw, grade) => expect(parseGrade(raw)).toBe(grade));

  it.each(['excellent', 'outstanding', 'req improvement', 'good!', ''])('%j is not a grade', (raw) =>
    expect(parseGrade(raw)).toBeUndefined(),
  );
});

describe('findings', () => {
  it.each([
    ...['y', 'yes', 'met', 'true', '1', 'Y', 'YES', 'Met', 'TRUE'].map((s) => [s, 'met'] as const),
    ...['n', 'no', 'not met', 'unmet', 'false', '0', 'N', 'Not Met', 'not  met', 'Unmet', 'FALSE'].map((s) => [s, 'unmet'] as const),
    ...['na', 'n/a', 'NA', 'N/A'].map((s) => [s, 'na'] as const),
  ])('%j is %s', (raw, finding) => expect(parseFinding(raw)).toBe(finding));

  it('blank is no finding', () => {
    expect(parseFinding('')).toBeNull();
    expect(parseFinding('   ')).toBeNull();
  });

  it.each(['maybe', 'partly', '2', 'x'])('%j is invalid', (raw) => expect(parseFinding(raw)).toBeUndefined());
});

describe('referred_back', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['true', true],
    ['1', true],
    ['no', false],
    ['N', false],
    ['false', false],
    ['0', false],
    ['', false],
    [' Yes ', true],
    ['  ', false],
  ])('%j is %s', (raw, flag) => expect(parseYesNo(raw)).toBe(flag));
  it('anything else is invalid', () => expect(parseYesNo('perhaps')).toBeUndefined());
});

describe('grade spellings with runs of spaces, and ranks', () => {
  it('reads a grade whatever the spaces inside it', () => {
    expect(parseGrade(' Requires   Improvement ')).toBe('requires_improvement');
  });

  it('ranks the last grade 0 and the first GRADES.length - 1', () => {
    expect(GRADES.map(gradeRank)).toEqual(GRADES.map((_, i) => GRADES.length - 1 - i));
    expect(gradeRank(GRADES.at(-1)!)).toBe(0);
  });
});
