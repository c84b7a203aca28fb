// A second marker's case that joins no first marking (a moderation form opened in a spreadsheet:
// `015` back as `15`) is named in a warning where the join is, and counted in the accounting line,
// by compare, validate and score alike. The files are made here: a first marking of 40 cases, 10
// of them moderated, two of the moderation rows with the leading zeros a spreadsheet drops.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { writeBook } from '../helpers/xlsx.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
const CRITERIA = ['--criteria', fixture('qa-round/criteria')];
const DA = ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'];
const HEAD = ['case_id', 'case_type', 'assessor', 'auditor', 'grade', ...DA].join(',');
const met = DA.map(() => 'y');
// Ids 010-029 have a leading zero, 130-149 none (a spreadsheet changes only the first kind).
const id = (i: number) => (i < 20 ? `0${10 + i}` : `${110 + i}`);
// The first marking (independent) grades every case good; A1 marks 0-19, A2 20-39.
writeFileSync(
  at('first.csv'),
  [
    HEAD,
    ...Array.from({ length: 40 }, (_, i) => [id(i), 'domestic-abuse', 'independent', i < 20 ? 'A1' : 'A2', '', ...met].join(',')),
  ].join('\n') + '\n',
);
// The moderator marks cases 3, 5 and 20-27 good too; the spreadsheet turned 013 and 015 into 13 and 15.
const MODERATED = [3, 5, 20, 21, 22, 23, 24, 25, 26, 27];
const moderation = (ids: string[]) =>
  [HEAD, ...ids.map((x) => [x, 'domestic-abuse', 'moderator', 'M1', '', ...met].join(','))].join('\n') + '\n';
writeFileSync(at('moderated.csv'), moderation(MODERATED.map((i) => String(Number(id(i))))));
const WARNING =
  '2 cases assessed by moderator here match no first marking (self or independent) in the inputs, so no comparison counts them: "13", "15"; "013" in the first marking, "13" here (and 1 more like it): a spreadsheet dropped leading zeros; keep ids as text (format the case_id column as text, or fill in the workbook form: sample --form-format xlsx)';
const ACCOUNTING = '42 read = 40 graded + 2 ungraded + 0 rejected (50 assessments; 2 second-marker cases with no first marking)';

describe('second markings with no first marking', () => {
  it('the form did lose the zeros of two ids and no other', () => {
    expect(moderation(MODERATED.map(id))).not.toBe(moderation(MODERATED.map((i) => String(Number(id(i))))));
    expect(MODERATED.map((i) => String(Number(id(i)))).filter((x, k) => x !== id(MODERATED[k]!))).toEqual(['13', '15']);
  });

  it('compare --between: 8 compared, a warning naming the 2 ids and the likely cause, the accounting says so', async () => {
    const r = await runCli(['compare', ...CRITERIA, '--between', 'independent,moderator', at('first.csv'), at('moderated.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('8 cases graded by both.');
    expect(r.stderr).toContain(`${at('moderated.csv')}:2: warning: ${WARNING}\n`);
    expect(r.stdout).toContain(`${ACCOUNTING}\n`);
    const json = JSON.parse(
      (await runCli(['compare', ...CRITERIA, '--between', 'independent,moderator', '-f', 'json', at('first.csv'), at('moderated.csv')]))
        .stdout,
    );
    expect(json.n).toBe(8);
    // read = graded + ungraded + rejected still adds up; the two are among the ungraded.
    expect(json.totals).toEqual({ read: 42, graded: 40, ungraded: 2, rejected: 0, assessments: 50, noFirstMarking: 2 });
  });

  it('validate with both files gives the same warning; score (each assessment streamed) too', async () => {
    const v = await runCli(['validate', ...CRITERIA, at('first.csv'), at('moderated.csv')]);
    expect(v.code).toBe(0);
    expect(v.stderr).toBe(`${at('moderated.csv')}:2: warning: ${WARNING}\n`);
    expect(v.stdout).toContain(`${ACCOUNTING}: valid\n`);
    const s = await runCli(['score', ...CRITERIA, '-f', 'csv', at('first.csv'), at('moderated.csv')]);
    expect(s.stderr).toBe(`${at('moderated.csv')}:2: warning: ${WARNING}\n${ACCOUNTING}\n`);
  });

  it('a second marking read alone, or one that joins every case, says nothing', async () => {
    const alone = await runCli(['validate', ...CRITERIA, at('moderated.csv')]);
    expect([alone.code, alone.stderr]).toEqual([0, '']);
    expect(alone.stdout).toContain('10 read = 0 graded + 10 ungraded + 0 rejected (10 assessments): valid');
    writeFileSync(at('kept.csv'), moderation(MODERATED.map(id)));
    const kept = await runCli(['validate', ...CRITERIA, at('first.csv'), at('kept.csv')]);
    expect([kept.code, kept.stderr, kept.stdout]).toEqual([
      0,
      '',
      '40 read = 40 graded + 0 ungraded + 0 rejected (50 assessments): valid\n',
    ]);
  });

  it('another id with no first marking is named without a cause; a workbook names its sheet and row; over 10 are counted', async () => {
    writeFileSync(at('typo.csv'), moderation(['QA-999']));
    const typo = await runCli(['validate', ...CRITERIA, at('first.csv'), at('typo.csv')]);
    expect(typo.stderr).toBe(
      `${at('typo.csv')}:2: warning: 1 case assessed by moderator here matches no first marking (self or independent) in the inputs, so no comparison counts it: "QA-999"\n`,
    );
    const rows = Array.from({ length: 12 }, (_, k) => [`M-${k}`, 'domestic-abuse', 'moderator', 'M1', null, ...met]);
    await writeBook(at('many.xlsx'), [{ name: 'Marks', rows: [HEAD.split(','), ...rows] }]);
    const many = await runCli(['validate', ...CRITERIA, at('first.csv'), at('many.xlsx')]);
    expect(many.stderr).toContain(
      `${at('many.xlsx')}:Marks!2:2: warning: 12 cases assessed by moderator here match no first marking (self or independent) in the inputs, so no comparison counts them: "M-0", "M-1", "M-2", "M-3", "M-4", "M-5", "M-6", "M-7", "M-8", "M-9" and 2 more\n`,
    );
    expect(many.stdout).toContain(
      '52 read = 40 graded + 12 ungraded + 0 rejected (52 assessments; 12 second-marker cases with no first marking)',
    );
  });
});
