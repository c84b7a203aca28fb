// Every accepted spelling of grades, findings and yes/no in the 2017 programme (the default, and
// what the bundled programme.yaml states), as the contract lists them.
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Imported inside each test, not at the top: the default tables are built when the module loads,
// and Stryker credits that code only to a test that loads it (docs/mutation.md, "hybrid" mutants).
const findingsModule = () => import('../../src/domain/findings.js');
const findings = async () => {
  const m = await findingsModule();
  const scheme = new m.FindingScheme(m.DEFAULT_FINDINGS);
  return { parseFinding: (raw: string) => scheme.parse(raw), parseYesNo: m.parseYesNo, FINDING_SPELLINGS: scheme.spellings };
};
const grades = async () => {
  const m = await import('../../src/domain/scale.js');
  const scale = new m.Scale(m.DEFAULT_GRADES);
  return {
    parseGrade: (raw: string) => scale.parse(raw),
    GRADES: scale.ids,
    gradeRank: (g: string) => scale.rank(g),
    GRADE_LABELS: Object.fromEntries(scale.ids.map((g) => [g, scale.tableLabel(g)])),
    GRADE_SPELLINGS: scale.spellings,
  };
};
// A fresh module for each test, so every test is one that loads it.
beforeEach(() => {
  vi.resetModules();
});

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
  ])('%j is %s', async (raw, grade) => expect((await grades()).parseGrade(raw)).toBe(grade));

  it.each(['excellent', 'outstanding', 'req improvement', 'good!', ''])('%j is not a grade', async (raw) =>
    expect((await grades()).parseGrade(raw)).toBeUndefined(),
  );
});

describe('findings', () => {
  it.each([
    ...['y', 'yes', 'met', 'true', '1', 'Y', 'YES', 'Met', 'TRUE'].map((s) => [s, 'met'] as const),
    ...['n', 'no', 'not met', 'unmet', 'false', '0', 'N', 'Not Met', 'not  met', 'Unmet', 'FALSE'].map((s) => [s, 'unmet'] as const),
    ...['na', 'n/a', 'NA', 'N/A'].map((s) => [s, 'na'] as const),
  ])('%j is %s', async (raw, finding) => expect((await findings()).parseFinding(raw)).toBe(finding));

  it('blank is no finding', async () => {
    const { parseFinding } = await findings();
    expect(parseFinding('')).toBeNull();
    expect(parseFinding('   ')).toBeNull();
  });

  it.each(['maybe', 'partly', '2', 'x'])('%j is invalid', async (raw) => expect((await findings()).parseFinding(raw)).toBeUndefined());
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
  ])('%j is %s', async (raw, flag) => expect((await findings()).parseYesNo(raw)).toBe(flag));
  it('anything else is invalid', async () => expect((await findings()).parseYesNo('perhaps')).toBeUndefined());
});

describe('grade labels and the spellings messages list', () => {
  it("labels each grade as the report does, and lists every spelling in the table's order", async () => {
    const { GRADE_LABELS, GRADE_SPELLINGS } = await grades();
    expect(GRADE_LABELS).toEqual({ good: 'Good', requires_improvement: 'Requiring improvement', inadequate: 'Inadequate' });
    expect(GRADE_SPELLINGS).toEqual([
      'good',
      'g',
      'requires improvement',
      'requiring improvement',
      'requires_improvement',
      'ri',
      'inadequate',
      'i',
    ]);
  });

  it('lists every finding spelling in the messages, in order', async () => {
    const { FINDING_SPELLINGS } = await findings();
    expect(FINDING_SPELLINGS).toEqual(['y', 'yes', 'met', 'true', '1', 'n', 'no', 'not met', 'unmet', 'false', '0', 'na', 'n/a']);
  });
});

describe('grade spellings with runs of spaces, and ranks', () => {
  it('reads a grade whatever the spaces inside it', async () => {
    expect((await grades()).parseGrade(' Requires   Improvement ')).toBe('requires_improvement');
  });

  it('ranks the last grade 0 and the first GRADES.length - 1', async () => {
    const { GRADES, gradeRank } = await grades();
    expect(GRADES.map(gradeRank)).toEqual(GRADES.map((_: string, i: number) => GRADES.length - 1 - i));
    expect(gradeRank(GRADES.at(-1)!)).toBe(0);
  });
});
