// Forms of the four-point programme (partly met findings): the drop-downs offer its grades and
// finding spellings, the How-to sheet gives each grade's meaning, and a form filled in with exceljs,
// and the same form after LibreOffice has opened and saved it, read back and scored with the grades
// worked out by hand from the programme's rule.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { kPointProgramme } from '../helpers/k-point.js';
import { readBook } from '../helpers/xlsx.js';

const four = kPointProgramme(4);
const at = (name: string) => join(four.dir, name);
const validation = (ws: ExcelJS.Worksheet, address: string) =>
  (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(address);

/** Rows typed into the form: id, self grade, V1..V3 as the drop-downs spell them, and the grade the rule gives. */
const FILLED: ReadonlyArray<[string, string, string, string, string, string]> = [
  ['T1', '', 'met', 'met', 'met', 'outstanding'],
  ['T2', 'Good', 'met', 'partly met', 'met', 'good'],
  ['T3', '', 'met', 'not met', 'partly met', 'requires_improvement'],
  ['T4', 'Requires improvement', 'not met', 'met', 'met', 'inadequate'],
  ['T5', 'Outstanding', 'partly met', 'n/a', 'met', 'good'],
];

const SOFFICE = '/usr/bin/soffice';

describe('the four-point programme as a workbook form', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = await runCli(['template', '--criteria', four.criteria, 'visit', '-o', at('form.xlsx')]);
    expect(r.code).toBe(0);
    book = await readBook(at('form.xlsx'));
  });

  it("offers the scale's labels and every finding spelling, partly met included, in drop-downs", () => {
    const ws = book.getWorksheet('Cases')!;
    // Columns: case_id, case_type, self_grade, independent_grade, override_reason, referred_back, notes, V1..V3.
    expect(validation(ws, 'C2')?.formulae).toEqual(['"Outstanding,Good,Requires improvement,Inadequate"']);
    expect(validation(ws, 'D2')?.formulae).toEqual(['"Outstanding,Good,Requires improvement,Inadequate"']);
    expect(validation(ws, 'H2')?.formulae).toEqual(['"met,partly met,not met,n/a"']);
    expect(validation(ws, 'J1001')?.formulae).toEqual(['"met,partly met,not met,n/a"']);
  });

  it("gives each grade's meaning on the How-to sheet, best first", () => {
    const lines = book
      .getWorksheet('How to fill this in')!
      .getSheetValues()
      .map((r) => (Array.isArray(r) ? String(r[1] ?? '') : ''));
    const from = lines.indexOf('The grades, best first:');
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from + 1, from + 5)).toEqual([
      "Outstanding: The child's experience and progress are exceptional.",
      'Good: Children are helped and protected well.',
      'Requires improvement: Help and protection are not yet good.',
      'Inadequate: Children are left at risk of harm.',
    ]);
    expect(lines.join(' ')).toContain('choose from the list: met, partly met, not met, n/a');
  });

  it('names partly met in the YAML form', async () => {
    const { stdout } = await runCli(['template', '--criteria', four.criteria, 'visit', '-f', 'yaml']);
    expect(stdout).toContain('    findings:            # met, partly met, not met or na; leave blank until assessed\n');
  });

  /** Fills the template's Cases sheet as an auditor would (values typed, as the drop-downs spell them). */
  async function fill(path: string): Promise<void> {
    const form = await readBook(at('form.xlsx'));
    const ws = form.getWorksheet('Cases')!;
    FILLED.forEach(([id, self, v1, v2, v3], i) => {
      const row = ws.getRow(i + 2);
      row.getCell(1).value = id;
      row.getCell(2).value = 'visit';
      if (self) row.getCell(3).value = self;
      row.getCell(6).value = 'no';
      [v1, v2, v3].forEach((v, k) => (row.getCell(8 + k).value = v));
      row.commit();
    });
    await form.xlsx.writeFile(path);
  }

  async function scored(path: string): Promise<Array<[string, string | null, string]>> {
    const r = await runCli(['score', '--criteria', four.criteria, path, '-f', 'json']);
    expect(r.stderr).toContain('5 read = 5 graded + 0 ungraded + 0 rejected');
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as Array<{ caseId: string; selfGrade: string | null; grade: string }>).map((c) => [
      c.caseId,
      c.selfGrade,
      c.grade,
    ]);
  }

  const expected = FILLED.map(([id, self, , , , grade]): [string, string | null, string] => [
    id,
    self === '' ? null : self.toLowerCase().replace(/ /g, '_'),
    grade,
  ]);

  it('filled in with exceljs, reads back and scores with the grades worked by hand', async () => {
    await fill(at('filled.xlsx'));
    expect(await scored(at('filled.xlsx'))).toEqual(expected);
  });

  it.skipIf(!existsSync(SOFFICE))(
    'opened and saved by LibreOffice, reads back and scores the same (skipped without LibreOffice)',
    async () => {
      await fill(at('to-save.xlsx'));
      const out = join(four.dir, 'libreoffice');
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${join(four.dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          out,
          at('to-save.xlsx'),
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const saved = join(out, 'to-save.xlsx');
      expect(existsSync(saved)).toBe(true);
      // LibreOffice wrote the workbook anew: it names itself in the document properties (exceljs says Microsoft Excel).
      expect(execFileSync('unzip', ['-p', saved, 'docProps/app.xml']).toString()).toMatch(/<Application>LibreOffice/);
      expect(await scored(saved)).toEqual(expected);
    },
    150_000,
  );
});
