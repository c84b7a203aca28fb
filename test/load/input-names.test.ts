// Names and values as users type them (issue 15, items 3, 4, 6, 7, 23): near-miss headers, did-you-mean,
// case types by title, bad values quoted with a suggestion, formula-escaped ids read back.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempFiles } from '../helpers/tmp.js';

const file = tempFiles();
const ALL_MET = 'y,y,y,y,y,y,y,y';
const scoreJson = async (path: string) => {
  const r = await runCli(['score', '--format', 'json', path]);
  return { ...r, rows: r.stdout ? (JSON.parse(r.stdout) as Array<Record<string, unknown>>) : [] };
};

describe('header names', () => {
  it('matches known columns after normalising case, spaces, hyphens, underscores and surrounding space', async () => {
    const header = 'Case-ID, Case Type ,Self Grade,Independent_Grade ,override reason,Referred Back,NOTES,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
    const path = file('near.csv', `${header}\nN-1,da,good,good,,yes,,${ALL_MET}\n`);
    const r = await scoreJson(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('warning');
    expect(r.rows[0]).toMatchObject({ caseId: 'N-1', selfGrade: 'good', grade: 'good', referredBack: true });
  });

  it('a header that only resembles a case file column is an error naming both (exit 1), not a dropped column', async () => {
    const path = file('resembles.csv', `case_id,case_type,Self Grad,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8\nR-1,da,good,${ALL_MET}\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${path}:1:3: column "Self Grad" looks like the case file column "self_grade" but is not it; rename it to self_grade`,
    );
    expect(r.rows).toEqual([]);
  });

  it('a misspelt notes column is an error about the notes column, never a criterion, and never carried into a form', async () => {
    const path = file('note.csv', `case_id,case_type,note\nR-1,da,child seen at school\n`);
    const r = await runCli(['sample', '--size', '1', '--seed', '1', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('column "note" looks like the case file column "notes"');
    expect(r.stderr).not.toContain('criterion');
    expect(r.stdout).not.toContain('child seen');
  });

  it('suggests only criteria the header does not already have, and only criteria for criterion-like names', async () => {
    // DA2 is present, so DA02x is not "DA2"; DA9 is another number, not a typo of DA1; "case_ref" is no criterion.
    const path = file('dym.csv', `${DA_HEADER},DA9,case_ref,DA3x\n${daRow('D-1')},,,\n`);
    const r = await scoreJson(path);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines.find((l) => l.includes('"DA9"'))).not.toContain('did you mean');
    expect(lines.find((l) => l.includes('"case_ref"'))).not.toContain('did you mean');
    expect(lines.find((l) => l.includes('"DA3x"'))).not.toContain('did you mean');
    // Without DA3 in the header, the same near miss is suggested.
    const without = file('dym2.csv', `${DA_HEADER.replace(',DA3,', ',DA3x,')}\n${daRow('D-1')}\n`);
    expect((await scoreJson(without)).stderr).toContain(
      'column "DA3x" is not a criterion or a case file column: carried along, not scored (did you mean "DA3"?',
    );
  });

  it('names both missing required columns in one error with the mapping flag', async () => {
    const path = file('no-required.csv', `Ref,Category\nA,da\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.includes('missing-column') || l.includes('missing;'));
    expect(errors).toEqual([
      `${path}:1: required columns "case_id" and "case_type" are missing; the header must include case_id and case_type (found: 2 columns); if your file names them differently, map them with --map case_id=<column> (or a columns: block in --map-file)`,
    ]);
  });
});

describe('case types', () => {
  it.each(['Domestic abuse', 'domestic_abuse', 'DOMESTIC-ABUSE', ' domestic  abuse ', 'DA'])('reads %j as domestic-abuse', async (name) => {
    const path = file('types.csv', `${DA_HEADER}\nT-1,${name},,,,no,,${ALL_MET}\n`);
    const r = await scoreJson(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.rows[0]).toMatchObject({ caseId: 'T-1', caseType: 'domestic-abuse' });
  });

  it('quotes an unknown type close to a type and suggests it; a value that is no name stays hidden', async () => {
    const path = file(
      'bad-types.csv',
      `${DA_HEADER}\nT-1,Domestc abuse,,,,no,,${ALL_MET}\nT-2,was seen by her mother at home,,,,no,,${ALL_MET}\n`,
    );
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:2:2: case "T-1": unknown case_type "Domestc abuse"; expected one of`);
    expect(r.stderr).toContain('(did you mean "domestic-abuse"?)');
    expect(r.stderr).toContain(`${path}:3:2: case "T-2": unknown case_type (not shown: it does not look like a name)`);
    expect(r.stderr).not.toContain('mother');
  });

  it('reads YAML types by title too', async () => {
    const path = file('types.yaml', 'cases:\n  - id: Y-1\n    type: Domestic Abuse\n');
    const r = await scoreJson(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.rows[0]).toMatchObject({ caseType: 'domestic-abuse' });
  });
});

describe('bad grades and findings', () => {
  it.each([
    [
      'self_grade',
      `V-1,da,goood,,,no,,${ALL_MET}`,
      ':2:3:',
      'self_grade is not a grade; expected one of good, g, requires improvement',
      '; got "goood" (did you mean "good"?)',
    ],
    ['self_grade', `V-1,da,R.I.,,,no,,${ALL_MET}`, ':2:3:', 'self_grade is not a grade', '; got "R.I." (did you mean "ri"?)'],
    [
      'a finding',
      'V-1,da,,,,no,,metx,y,y,y,y,y,y,y',
      ':2:8:',
      'DA1 is not a finding; expected one of y, yes, met',
      ', or blank; got "metx" (did you mean "met"?)',
    ],
    ['a finding', 'V-1,da,,,,no,,maybe,y,y,y,y,y,y,y', ':2:8:', 'DA1 is not a finding', ', or blank; got "maybe"\n'],
  ])('%s: quotes the value with the nearest accepted spelling', async (_what, row, place, text, got) => {
    const path = file('values.csv', `${DA_HEADER}\n${row}\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}${place} case "V-1": ${text}`);
    expect(r.stderr).toContain(got);
  });

  it('never quotes a shifted note in a grade or finding cell', async () => {
    const path = file('shifted.csv', `${DA_HEADER}\nV-1,da,Child told teacher,,,no,,${ALL_MET}\nV-2,da,,,,no,,Mum away,y,y,y,y,y,y,y\n`);
    const r = await scoreJson(path);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/teacher|Mum/);
    expect(r.stderr.match(/not shown/g)).toHaveLength(2);
  });

  it('YAML grades and findings are quoted too', async () => {
    const path = file(
      'values.yaml',
      'cases:\n  - id: Y-1\n    type: da\n    self_grade: goood\n  - id: Y-2\n    type: da\n    findings: { DA1: metx }\n',
    );
    const r = await scoreJson(path);
    expect(r.stderr).toContain('got "goood" (did you mean "good"?)');
    expect(r.stderr).toContain('got "metx" (did you mean "met"?)');
  });
});

describe('formula-escaped ids', () => {
  it("strips exactly the ' our CSV exports add before = + - @, so a form read back has the register's ids", async () => {
    const path = file(
      'formula.csv',
      `${DA_HEADER}\n'=1+1,da,,,,no,,${ALL_MET}\n'-5,da,,,,no,,${ALL_MET}\n'@x,da,,,,no,,${ALL_MET}\n'plain,da,,,,no,,${ALL_MET}\n''=2,da,,,,no,,${ALL_MET}\n`,
    );
    const r = await scoreJson(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.rows.map((row) => row.caseId)).toEqual(['=1+1', '-5', '@x', "'plain", "'=2"]);
  });

  it("writes a value that already starts with ' and a formula character with one more ', so it reads back as it was", async () => {
    const register = file('apostrophe.yaml', `cases:\n  - id: "'=9"\n    type: da\n`);
    const form = await runCli(['sample', '--size', '1', '--seed', '1', register]);
    expect(form.stdout).toContain("\r\n''=9,domestic-abuse");
    const back = await scoreJson(file('apostrophe-form.csv', form.stdout));
    expect(back.rows.map((row) => row.caseId)).toEqual(["'=9"]);
  });

  it('round-trips through sample: an exported form excludes the same ids', async () => {
    const register = file('register.csv', `case_id,case_type\n=1+1,da\n+44,da\nplain,da\n`);
    const form = await runCli(['sample', '--size', '2', '--seed', '3', register]);
    expect(form.code, form.stderr).toBe(0);
    expect(form.stdout).toMatch(/'=1\+1|'\+44/);
    const formPath = file('form.csv', form.stdout);
    const again = await runCli(['sample', '--size', '1', '--seed', '3', '--format', 'json', register, '--exclude', formPath]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('excluded 2 register cases');
  });
});
