// Case-file rules a mutant once broke without any test noticing, pinned through the CLI (in-process, so
// Stryker sees them): each asserts the whole outcome (rows, exact stderr), not a line somewhere in it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('case-audit-row-rules-');
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
const ALL_MET = 'y,y,y,y,y,y,y,y';

async function scoreJson(path: string) {
  const r = await runCli(['score', '--format', 'json', path]);
  return { ...r, rows: JSON.parse(r.stdout) as Array<Record<string, unknown>> };
}

describe('a header without a required column', () => {
  it('stops the file: no case is read, and stderr is the one error and the accounting line', async () => {
    const path = file('no-type.csv', `case_id,DA1\nA1,y\nA2,n\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.rows).toEqual([]);
    expect(r.stderr).toBe(
      `${path}:1: required column "case_type" is missing; the header must include case_id and case_type (found: 2 columns); ` +
        'if your file names it differently, map it with --map case_type=<column> (or a columns: block in --map-file)\n' +
        '0 read = 0 graded + 0 ungraded + 0 rejected\n',
    );
  });

  it('names both missing required columns in one error, and reads no case', async () => {
    const path = file('neither.csv', `DA1,DA2\ny,y\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.rows).toEqual([]);
    expect(r.stderr).toBe(
      `${path}:1: required columns "case_id" and "case_type" are missing; the header must include case_id and case_type (found: 2 columns); ` +
        'if your file names them differently, map them with --map case_id=<column> (or a columns: block in --map-file)\n' +
        '0 read = 0 graded + 0 ungraded + 0 rejected\n',
    );
  });
});

describe('a header that names a column twice', () => {
  it('stops the file at the second column, naming both places', async () => {
    // Names match whatever their case: "da1" is DA1 again.
    const path = file('twice.csv', `case_id,case_type,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8,da1\nA1,da,${ALL_MET},y\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.rows).toEqual([]);
    expect(r.stderr).toBe(
      `${path}:1:11: column "da1" appears twice (columns 3 and 11); each column name must be unique\n` +
        '0 read = 0 graded + 0 ungraded + 0 rejected\n',
    );
  });
});

describe('row cells', () => {
  it('an override_reason of only spaces is not a reason: the override is rejected', async () => {
    // All criteria met gives Good; the recorded Inadequate differs, and "   " gives no reason for it.
    const path = file(
      'blank-reason.csv',
      `${HEADER}\nA1,da,good,inadequate,   ,no,,${ALL_MET}\nA2,da,good,inadequate,see file,no,,${ALL_MET}\n`,
    );
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.rows.map((row) => [row.caseId, row.grade, row.gradeSource])).toEqual([['A2', 'inadequate', 'override']]);
    expect(r.stderr).toBe(
      `${path}:2: case "A1": independent_grade "Inadequate" differs from the grade the criteria give ("Good"); an override needs an override_reason\n` +
        '2 read = 1 graded + 0 ungraded + 1 rejected\n',
    );
  });

  it('a file without a referred_back column marks no case referred back', async () => {
    const path = file('no-flag.csv', `case_id,case_type,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8\nA1,da,${ALL_MET}\nA2,da,n,y,y,y,y,y,y,y\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(0);
    // DA1 is serious and marked refer: unmet, it suggests a referral because the case was not referred back.
    expect(r.rows.map((row) => [row.caseId, row.referredBack, row.referralSuggested])).toEqual([
      ['A1', false, false],
      ['A2', false, true],
    ]);
  });

  it('reads referred_back when the column is there', async () => {
    const path = file('flag.csv', `${HEADER}\nA1,da,,,,yes,,n,y,y,y,y,y,y,y\nA2,da,,,,no,,n,y,y,y,y,y,y,y\n`);
    const r = await scoreJson(path);
    expect(r.rows.map((row) => [row.caseId, row.referredBack, row.referralSuggested])).toEqual([
      ['A1', true, false],
      ['A2', false, true],
    ]);
  });

  it.each([
    ['self_grade', 3, 'A1,da,excellent,,,no,,'],
    ['independent_grade', 4, 'A1,da,good,excellent,,no,,'],
  ])('rejects a %s that is not a grade, at its column', async (field, col, start) => {
    const path = file(`bad-${field}.csv`, `${HEADER}\n${start}${ALL_MET}\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.rows).toEqual([]);
    const [error, accounting, end] = r.stderr.split('\n');
    expect(error).toMatch(new RegExp(`^${path}:2:${col}: case "A1": ${field} is not a grade; expected one of good, .*inadequate`));
    expect([accounting, end]).toEqual(['1 read = 0 graded + 0 ungraded + 1 rejected', '']);
  });

  it.each(['unmet', 'UNMET', 'not met', 'n', 'no', 'false', '0'])('reads the finding %j as unmet', async (spelling) => {
    const path = file('unmet.csv', `${HEADER}\nA1,da,,,,no,,y,${spelling},y,y,y,y,y,y\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(0);
    expect(r.rows.map((row) => [row.unmet, row.grade])).toEqual([[['DA2'], 'requires_improvement']]);
  });
});

describe('blank key cells', () => {
  it('a blank case_type rejects the row at its column', async () => {
    const path = file('blank-type.csv', `${HEADER}\nA1, ,,,,no,,${ALL_MET}\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.rows).toEqual([]);
    expect(r.stderr).toBe(`${path}:2:2: case "A1": case_type is blank\n1 read = 0 graded + 0 ungraded + 1 rejected\n`);
  });
});

describe('long form (one row per assessment)', () => {
  const LONG = 'case_id,case_type,assessor,grade,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';

  it('a blank assessor rejects the row at its column, naming the roles', async () => {
    const path = file('blank-assessor.csv', `${LONG}\nL1,da, ,,${ALL_MET}\n`);
    const r = await runCli(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^${path}:2:3: case "L1": assessor is blank; expected one of \\S+, `));
  });

  it('a wide-form column in a long-form header is an error at its column', async () => {
    const path = file('wide-in-long.csv', `case_id,case_type,assessor,independent_grade,DA1\nL1,da,independent,good,y\n`);
    const r = await runCli(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `${path}:1:4: column "independent_grade" belongs to the wide form (one row per case); this file has an assessor column, so each row is one assessment: put that assessor's grade in a "grade" column`,
    );
  });

  it('without an auditor column an assessment has no auditor', async () => {
    const path = file('no-auditor.csv', `${LONG}\nL1,da,independent,,${ALL_MET}\n`);
    const r = await runCli(['score', '--format', 'json', path]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(rows.map((row) => [row.caseId, row.assessor, row.auditor, row.grade])).toEqual([['L1', 'independent', null, 'good']]);
  });
});

describe('columns that are not the contract', () => {
  it('carries an unknown column with one warning (no hint when nothing is close), and a nameless one by number, silently', async () => {
    const path = file('carried.csv', `case_id,case_type,team,,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8\nA1,da,red,x,${ALL_MET}\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(0);
    expect(r.rows.map((row) => row.carried)).toEqual([{ team: 'red', 'column 4': 'x' }]);
    expect(r.stderr).toBe(
      `${path}:1:3: warning: column "team" is not a criterion or a case file column: carried along, not scored\n` +
        '1 read = 1 graded + 0 ungraded + 0 rejected\n',
    );
  });

  it('a near-miss criterion column gets the hint', async () => {
    const path = file('near-miss.csv', `case_id,case_type,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA_8\nA1,da,${ALL_MET}\n`);
    const r = await scoreJson(path);
    expect(r.stderr.split('\n')[0]).toBe(
      `${path}:1:10: warning: column "DA_8" is not a criterion or a case file column: carried along, not scored (did you mean "DA8"? until it is renamed, that criterion has no finding here)`,
    );
  });
});
