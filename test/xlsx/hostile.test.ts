// Workbooks that must be refused cleanly: one line naming the file and what it really is, exit 2,
// no stack trace, and nothing unpacked when the zip directory already gives the game away.
import { closeSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { STACK, tempDir } from '../helpers/tmp.js';
import { writeBook, zipBytes } from '../helpers/xlsx.js';
import { loadXlsx } from '../../src/load/xlsx/xlsx-cases.js';
import { XLSX_LIMITS } from '../../src/load/xlsx/limits.js';
import { loadCriteriaDir } from '../../src/load/criteria/criteria-dir.js';
import { BUNDLED_CRITERIA } from '../../src/commands/context.js';
import type { Diagnostic } from '../../src/domain/diagnostic.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);

async function refused(name: string): Promise<string> {
  const r = await runCli(['score', at(name)]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr.startsWith(`${at(name)}: `)).toBe(true);
  return r.stderr;
}

/** The least a workbook needs: one sheet "S" holding the given XML. */
const handMadeParts = (sheetXml: string) => [
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>') },
  {
    name: 'xl/_rels/workbook.xml.rels',
    data: Buffer.from('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
  },
  { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml), deflate: true },
];
const handMadeBook = (sheetXml: string) => zipBytes(handMadeParts(sheetXml));

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('hostile and mistaken .xlsx files', () => {
  it('refuses a file over the size cap without reading it', async () => {
    // Sparse: the size is real, the disk blocks are not.
    const fd = openSync(at('huge.xlsx'), 'w');
    ftruncateSync(fd, XLSX_LIMITS.maxFileBytes + 1);
    closeSync(fd);
    expect(await refused('huge.xlsx')).toMatch(/over the 64 MB limit/);
  });

  it('refuses a zip bomb by the sizes its directory declares, before unpacking', async () => {
    const sheet = Buffer.from('<worksheet/>');
    writeFileSync(
      at('bomb.xlsx'),
      zipBytes([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: sheet, declared: 0xfffffff0 },
      ]),
    );
    expect(await refused('bomb.xlsx')).toMatch(/would unpack to 4,096 MB, over the 512 MB limit \(a zip bomb/);
  });

  it('refuses a zip whose parts inflate to more than they declare, stopping as soon as one does', async () => {
    // 64 MB of "<row/>" deflates to ~64 KB; the directory says 1 KB. The sheet is one the workbook
    // lists: a part nobody reads is never inflated, so its size cannot matter.
    const rows = Buffer.alloc(64 * 1024 * 1024, '<row/>');
    writeFileSync(
      at('liar.xlsx'),
      zipBytes([
        ...handMadeParts('').filter((e) => e.name !== 'xl/worksheets/sheet1.xml'),
        { name: 'xl/worksheets/sheet1.xml', data: rows, declared: 1024, deflate: true },
      ]),
    );
    expect(await refused('liar.xlsx')).toMatch(/unpacks to more than its zip directory declares \(a zip bomb/);
  });

  it('says a password-protected workbook is encrypted', async () => {
    writeFileSync(at('locked.xlsx'), Buffer.concat([CFB, Buffer.alloc(500), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(500)]));
    expect(await refused('locked.xlsx')).toMatch(/password-protected \(encrypted\).*remove the password/);
  });

  it('says an old binary Excel file is not .xlsx', async () => {
    writeFileSync(at('old.xlsx'), Buffer.concat([CFB, Buffer.alloc(2000)]));
    expect(await refused('old.xlsx')).toMatch(/old binary Excel file \(\.xls\)/);
  });

  it.each([
    ['csv.xlsx', 'case_id,case_type\nA1,da\n', /a text file \(CSV\?\) named \.xlsx.*rename it to \.csv/],
    ['page.xlsx', '<!DOCTYPE html><html><body><table><tr><td>case_id</td></tr></table></body></html>', /an HTML page named \.xlsx/],
    ['table.xlsx', '\ufeff  <table><tr><td>1</td></tr></table>', /an HTML page named \.xlsx/],
    ['empty.xlsx', '', /the file is empty/],
  ])('says what %s really is', async (name, text, message) => {
    writeFileSync(at(name), text);
    expect(await refused(name)).toMatch(message);
  });

  it.each([['old.xls'], ['macros.XLSM'], ['calc.ods']])('refuses %s by its name: save it as .xlsx', async (name) => {
    writeFileSync(at(name), 'case_id,case_type\n');
    expect(await refused(name)).toMatch(
      /case-audit reads Excel workbooks saved as \.xlsx, not \.(xls|xlsm|ods): save it as "Excel Workbook \(\.xlsx\)"/,
    );
  });

  it('refuses a zip that is not a workbook, and one cut short', async () => {
    writeFileSync(at('doc.xlsx'), zipBytes([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]));
    expect(await refused('doc.xlsx')).toMatch(/a Word document named \.xlsx/);
    const whole = zipBytes([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    writeFileSync(at('cut.xlsx'), whole.subarray(0, whole.length - 30));
    expect(await refused('cut.xlsx')).toMatch(/damaged/);
  });

  it('refuses a workbook whose XML cannot be read, without quoting it', async () => {
    writeFileSync(
      at('garbage.xlsx'),
      handMadeBook('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>secret</t></is></c></row><<<'),
    );
    const r = await runCli(['score', at('garbage.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toContain('secret');
  });

  it('refuses a sheet with a row past the row cap (exit 2), without reading a million rows', async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const rows = `<row r="1">${cell('A1', 'case_id')}${cell('B1', 'case_type')}</row><row r="2">${cell('A2', 'X1')}${cell('B2', 'da')}</row><row r="1048577">${cell('A1048577', 'X2')}${cell('B1048577', 'da')}</row>`;
    writeFileSync(at('tall.xlsx'), handMadeBook(`<worksheet><sheetData>${rows}</sheetData></worksheet>`));
    expect(await refused('tall.xlsx')).toMatch(/sheet "S" has more than 1,048,576 rows, the most a case file may hold/);
  });

  it('stops at the row cap with an input error naming the sheet', async () => {
    await writeBook(at('rows.xlsx'), [
      { name: 'Cases', rows: [['case_id', 'case_type'], ...Array.from({ length: 8 }, (_, i) => [`C${i}`, 'da'])] },
    ]);
    const loaded = loadCriteriaDir(BUNDLED_CRITERIA);
    const seen: string[] = [];
    const diagnostics: Diagnostic[] = [];
    const sink = {
      onWideRow: (r: Array<{ caseId: string }>) => seen.push(r[0]!.caseId),
      onLongRow: (r: Array<{ caseId: string }>) => seen.push(r[0]!.caseId),
      onReject: (d: Diagnostic) => diagnostics.push(d),
      onDiagnostic: (d: Diagnostic) => diagnostics.push(d),
    };
    const read = loadXlsx(at('rows.xlsx'), loaded.set!, sink, { limits: { ...XLSX_LIMITS, maxRows: 5 } });
    await expect(read).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/sheet "Cases" has more than 5 rows/) });
    // Rows up to the cap were read one at a time; nothing past it.
    expect(seen).toEqual(['C0', 'C1', 'C2', 'C3']);
  });
});
