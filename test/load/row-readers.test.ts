// The CSV row readers as pure functions: each rejection's place, rule and whole message, and each
// cell a read record takes (trimmed, defaulted), for the wide form and the long form alike.
import { FINDINGS_2017, LANGUAGE_2017, SCALE_2017 } from '../helpers/criteria.js';
import { describe, expect, it } from 'vitest';
import { buildCriteriaSet, type CriteriaSet } from '../../src/domain/criteria-set.js';
import type { CaseType } from '../../src/domain/types.js';
import { cleanHeaderName, planHeader, type HeaderPlan } from '../../src/load/rows/header-plan.js';
import { readLongRow, readRow } from '../../src/load/rows/row-readers.js';
import type { LoadOptions } from '../../src/load/inputs/sink.js';

const type = (id: string, table: number, criteria: string[]): CaseType => ({
  id,
  title: `${id} cases`,
  aliases: [],
  report: { table, label: id, caption: id },
  criteria: criteria.map((c) => ({ id: c, text: c, severity: 'expected', refer: false })),
  widespread: 3,
  file: `criteria/${id}.yaml`,
});

function criteriaSet(): CriteriaSet {
  return buildCriteriaSet('criteria', [type('alpha', 3, ['A1', 'A2']), type('beta', 4, ['B1'])], {
    name: 'Small programme',
    inspectorate: 'HMIC',
    table1Caption: 'Table 1',
    table2Caption: 'Table 2',
    selfLabel: 'Force',
    independentLabel: 'HMIC',
    ...LANGUAGE_2017,
    roles: [{ role: 'moderator', label: 'Moderator' }],
  });
}

const WIDE = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,round,team,A1,A2,B1';
const LONG = 'case_id,case_type,assessor,auditor,grade,round,A1,A2,B1';

function plan(header: string, criteria: CriteriaSet): HeaderPlan {
  const { plan, diagnostics } = planHeader('f.csv', 1, header.split(','), criteria);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return plan!;
}

function wide(row: string, options: LoadOptions = {}) {
  const criteria = criteriaSet();
  return readRow(row.split(','), { file: 'f.csv', line: 7 }, plan(WIDE, criteria), criteria, options);
}

/** A wide row's independent assessment (its last record), or the rejection. */
function independent(row: string, options: LoadOptions = {}) {
  const read = wide(row, options);
  return Array.isArray(read) ? read.at(-1) : read;
}

function long(row: string, options: LoadOptions = {}, header = LONG) {
  const criteria = criteriaSet();
  return readLongRow(row.split(','), { file: 'f.csv', line: 7 }, plan(header, criteria), criteria, options);
}

// The spelling tables themselves are pinned by test/domain/spellings.test.ts.
const GRADES_SAID = SCALE_2017.spellings.join(', ');
const FINDINGS_SAID = FINDINGS_2017.spellings.join(', ');

const rejected = (col: number | undefined, rule: string, message: string) => ({
  file: 'f.csv',
  line: 7,
  ...(col === undefined ? {} : { col }),
  severity: 'error',
  rule,
  message,
});

describe('readRow (wide form): rejections', () => {
  it.each([
    ['C1,alpha', undefined, 'field-count', 'row has 2 fields, the header has 11; check for an unquoted delimiter or a missing field'],
    [' ,alpha,,,,,,,y,y,', 1, 'missing-case-id', 'case_id is blank; every case needs an id'],
    ['C1, ,,,,,,,y,y,', 2, 'missing-case-type', 'case "C1": case_type is blank'],
    [
      'C1,gamma,,,,,,,,,',
      2,
      'unknown-case-type',
      `case "C1": unknown case_type "gamma"; expected one of alpha, beta (or an alias or title); a register's own codes can be mapped with --type-map CODE=type`,
    ],
    ['C1,alpha,great,,,,,,y,y,', 3, 'invalid-grade', `case "C1": self_grade is not a grade; expected one of ${GRADES_SAID}; got "great"`],
    [
      'C1,alpha,,great,,,,,y,y,',
      4,
      'invalid-grade',
      `case "C1": independent_grade is not a grade; expected one of ${GRADES_SAID}; got "great"`,
    ],
    [
      'C1,alpha,,good,,maybe,,,y,y,',
      6,
      'invalid-flag',
      'case "C1": referred_back must be yes or no (y, yes, true, 1 / n, no, false, 0, or blank)',
    ],
    ['C1,alpha,,,,,,,y,y,n', 11, 'foreign-criterion', 'case "C1": column B1 belongs to beta, but this case is alpha; leave it blank'],
    [
      'C1,alpha,,,,,,,y,perhaps,',
      10,
      'invalid-finding',
      `case "C1": A2 is not a finding; expected one of ${FINDINGS_SAID}, or blank; got "perhaps"`,
    ],
    // Blank columns of another type before the wrong cell are not the problem.
    [
      'C1,beta,,,,,,,,,perhaps',
      11,
      'invalid-finding',
      `case "C1": B1 is not a finding; expected one of ${FINDINGS_SAID}, or blank; got "perhaps"`,
    ],
  ])('%j is rejected at column %j (%s)', (row, col, rule, message) => {
    expect(wide(row)).toEqual(rejected(col, rule, message));
  });
});

describe('readRow (wide form): the assessments a row gives', () => {
  it('a self assessment with its grade only, and the independent one with grade, flag, override reason and findings; the round trimmed', () => {
    const source = { file: 'f.csv', line: 7 };
    expect(wide('C1,Alpha,good,inadequate,see notes,yes, 2025-q1 ,red,y,n,')).toEqual([
      {
        round: '2025-q1',
        caseId: 'C1',
        caseType: 'alpha',
        role: 'self',
        auditor: null,
        grade: 'good',
        findings: new Map(),
        hasOverrideReason: false,
        referredBack: false,
        source,
        gradeColumn: 'self_grade',
      },
      {
        round: '2025-q1',
        caseId: 'C1',
        caseType: 'alpha',
        role: 'independent',
        auditor: null,
        grade: 'inadequate',
        findings: new Map([
          ['A1', 'met'],
          ['A2', 'unmet'],
        ]),
        hasOverrideReason: true,
        referredBack: true,
        source,
        gradeColumn: 'independent_grade',
      },
    ]);
  });

  it('a grade cell holding only spaces is blank, not an invalid grade: no self assessment, an ungraded independent one', () => {
    const read = wide('C1,alpha,   ,  ,,,,,y,y,');
    expect(read).toHaveLength(1);
    expect(read).toMatchObject([{ caseId: 'C1', role: 'independent', grade: null }]);
  });

  it("another type's criterion column holding only spaces is blank, not a finding", () => {
    expect(independent('C1,alpha,,,,,,,y,y,  ')).toMatchObject({
      caseId: 'C1',
      findings: new Map([
        ['A1', 'met'],
        ['A2', 'met'],
      ]),
    });
  });

  it("a row's own round wins over --round; a blank one takes it; neither gives no round", () => {
    expect(independent('C1,alpha,,,,,2025-q1,,,,', { round: '2024' })).toMatchObject({ round: '2025-q1' });
    expect(independent('C1,alpha,,,,, ,,,,', { round: '2024' })).toMatchObject({ round: '2024' });
    expect(independent('C1,alpha,,,,, ,,,,')).toMatchObject({ round: null });
  });

  it('keeps carried columns only when asked, formula prefixes undone', () => {
    expect(independent('C1,alpha,,,,,,red,,,')).not.toHaveProperty('extra');
    expect(independent("C1,alpha,,,,,,'=red,,,", { keepExtra: true })).toMatchObject({ extra: [['team', '=red']] });
  });
});

describe('readLongRow (one assessment per row)', () => {
  it('reads the role in any case, the auditor and round trimmed, the grade from the grade column', () => {
    expect(long('C1,alpha, Moderator , M1 ,good, 2025-q1 ,y,y,')).toEqual({
      round: '2025-q1',
      caseId: 'C1',
      caseType: 'alpha',
      role: 'moderator',
      auditor: 'M1',
      grade: 'good',
      findings: new Map([
        ['A1', 'met'],
        ['A2', 'met'],
      ]),
      hasOverrideReason: false,
      referredBack: false,
      source: { file: 'f.csv', line: 7 },
      gradeColumn: 'grade',
    });
  });

  it('a blank auditor and a blank round are none; --round fills the round', () => {
    expect(long('C1,alpha,self, ,,,,,')).toMatchObject({ auditor: null, round: null, grade: null });
    expect(long('C1,alpha,self,,,,,,', { round: '2024' })).toMatchObject({ round: '2024' });
  });

  it('carries extra columns when asked', () => {
    const header = 'case_id,case_type,assessor,team,A1';
    expect(long('C1,alpha,self,red,y', { keepExtra: true }, header)).toMatchObject({ extra: [['team', 'red']] });
    expect(long('C1,alpha,self,red,y', {}, header)).not.toHaveProperty('extra');
  });

  it.each([
    ['C1,alpha, ,,,,,,', 3, 'missing-assessor', 'case "C1": assessor is blank; expected one of self, independent, moderator'],
    [
      'C1,alpha,moderater,,,,,,',
      3,
      'unknown-role',
      'case "C1": assessor "moderater" is not a role of this programme (did you mean "moderator"?); expected one of self, independent, moderator (declare others under roles: in programme.yaml)',
    ],
    ['C1,alpha,self,,great,,,,', 5, 'invalid-grade', `case "C1": grade is not a grade; expected one of ${GRADES_SAID}; got "great"`],
  ])('%j is rejected at column %j (%s)', (row, col, rule, message) => {
    expect(long(row)).toEqual(rejected(col, rule, message));
  });
});

describe('planHeader', () => {
  const header = (names: string) => planHeader('f.csv', 1, names.split(','), criteriaSet());

  it.each([
    [
      'case_id,A1',
      'missing-column',
      undefined,
      'required column "case_type" is missing; the header must include case_id and case_type (found: 2 columns); if your file names it differently, map it with --map case_type=<column> (or a columns: block in --map-file)',
    ],
    ['case_id,case_type,A1,a1', 'duplicate-column', 4, 'column "a1" appears twice (columns 3 and 4); each column name must be unique'],
    [
      'case_id,case_type,assessor,self_grade',
      'wide-column-in-long-form',
      4,
      'column "self_grade" belongs to the wide form (one row per case); this file has an assessor column, so each row is one assessment: put that assessor\'s grade in a "grade" column',
    ],
  ])('%j is refused: %s', (names, rule, col, message) => {
    expect(header(names)).toEqual({
      diagnostics: [{ file: 'f.csv', line: 1, ...(col === undefined ? {} : { col }), severity: 'error', rule, message }],
    });
  });

  it('in a long-form header a near-miss of a wide-form column is carried, not suggested', () => {
    const { plan, diagnostics } = header('case_id,case_type,assessor,self_grades');
    expect(plan?.roles.at(-1)).toEqual({ kind: 'extra', name: 'self_grades' });
    expect(diagnostics).toEqual([
      {
        file: 'f.csv',
        line: 1,
        col: 4,
        severity: 'warning',
        rule: 'unknown-column',
        message: 'column "self_grades" is not a criterion or a case file column: carried along, not scored',
      },
    ]);
  });

  it('in a wide-form header the same near-miss is an error naming the column', () => {
    expect(header('case_id,case_type,self_grades').diagnostics).toEqual([
      expect.objectContaining({ col: 3, severity: 'error', rule: 'near-miss-column' }),
    ]);
  });
});

describe('cleanHeaderName', () => {
  it('strips every invisible character at both edges, not only the first', () => {
    expect(cleanHeaderName('\ufeff\u200b case_id\u00a0\u00a0')).toBe('case_id');
    expect(cleanHeaderName('case\u00a0id')).toBe('case\u00a0id');
  });
});
