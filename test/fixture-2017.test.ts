// Golden test: the constructed 2017 fixture reproduces the published figures of the report
// (seeds/003, section 4 Tables 1-10 and Annex A). The expected numbers are typed in from the report.
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.js';

type Row = { caseId: string; caseType: string; selfGrade: string | null; grade: string | null; referredBack: boolean };
const count = (rows: Row[], key: 'selfGrade' | 'grade') =>
  ['good', 'requires_improvement', 'inadequate'].map((g) => rows.filter((r) => r[key] === g).length);

// Table 3..10 as printed: [good, requiring improvement, inadequate]; Table 6 counts CSE and online abuse together.
const PUBLISHED_TABLES: Array<[string[], number[]]> = [
  [['section-47'], [2, 7, 4]],
  [['domestic-abuse'], [2, 9, 1]],
  [['general-concern'], [3, 3, 4]],
  [
    ['child-sexual-exploitation', 'online-sexual-abuse'],
    [3, 11, 8],
  ],
  [['missing-children'], [1, 5, 4]],
  [['police-protection'], [0, 3, 3]],
  [['sex-offender-management'], [1, 3, 2]],
  [['child-in-custody'], [2, 5, 3]],
];

// Annex A: the self-assessed cases by type.
const ANNEX_A: Record<string, number> = {
  'child-sexual-exploitation': 4,
  'child-in-custody': 3,
  'section-47': 4,
  'domestic-abuse': 5,
  'general-concern': 5,
  'missing-children': 3,
  'police-protection': 3,
  'online-sexual-abuse': 3,
  'sex-offender-management': 3,
};

describe.each(['gloucestershire-2017.csv', 'gloucestershire-2017.yaml'])('%s reproduces the 2017 report', (name) => {
  it('scores 89 cases with the published grades', async () => {
    const { code, stdout, stderr } = await runCli(['score', '--format', 'json', fixture(name)]);
    expect(code).toBe(0);
    expect(stderr).toContain('89 read = 89 graded + 0 ungraded + 0 rejected');
    const rows = JSON.parse(stdout) as Row[];
    expect(rows).toHaveLength(89);
    const both = rows.filter((r) => r.selfGrade !== null);
    const only = rows.filter((r) => r.selfGrade === null);
    expect(both).toHaveLength(33);
    expect(count(both, 'selfGrade')).toEqual([28, 5, 0]); // Table 1, constabulary
    expect(count(both, 'grade')).toEqual([6, 16, 11]); // Table 1, HMIC
    expect(count(only, 'grade')).toEqual([8, 30, 18]); // Table 2
    for (const [types, expected] of PUBLISHED_TABLES) {
      expect(
        count(
          rows.filter((r) => types.includes(r.caseType)),
          'grade',
        ),
        types.join('+'),
      ).toEqual(expected);
    }
    for (const [type, n] of Object.entries(ANNEX_A)) expect(both.filter((r) => r.caseType === type).length, type).toBe(n);
    expect(rows.filter((r) => r.referredBack)).toHaveLength(14);
  });
});
