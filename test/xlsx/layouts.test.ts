// Workbooks as openpyxl, pandas, LibreOffice and Excel lay them out (issue 23, items 4 and 8): absolute
// relationship targets, inline or shared strings, and the parts in the order each program stores
// them, all read the same; the sheet is the first visible worksheet in tab order, every run.
// Files written by pandas and openpyxl themselves are in python-written.process.test.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, tempDir } from '../helpers/tmp.js';
import { bookBytes, type GenBook, type GenCell, type Layout } from '../helpers/xlsx-layouts.js';
import { sheetRows } from '../helpers/sheet-rows.js';
import { resolveTarget } from '../../src/load/xlsx/rels-part.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
const DA = DA_HEADER.split(',');
const met = ['y', 'y', 'y', 'y', 'y', 'y', 'y', 'y'];
const daRow = (id: string): GenCell[] => [id, 'domestic-abuse', null, null, null, 'no', null, ...met];
const cases = (...ids: string[]): GenCell[][] => [DA, ...ids.map(daRow)];

function write(name: string, book: GenBook): string {
  writeFileSync(at(name), bookBytes(book));
  return at(name);
}

/** The case ids `score --format csv` read, and its accounting line. */
async function scored(file: string, ...args: string[]): Promise<{ ids: string[]; code: number; stderr: string }> {
  const r = await runCli(['score', '--format', 'csv', ...args, file]);
  const ids = r.stdout
    .split('\r\n')
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => l.split(',')[0]!);
  return { ids, code: r.code, stderr: r.stderr };
}

describe('the layouts programs write', () => {
  it.each<Layout>(['openpyxl', 'libreoffice', 'excel'])('%s: every case read from the visible sheet', async (layout) => {
    // openpyxl: workbook.xml stored after the sheets, absolute targets (/xl/worksheets/sheet1.xml),
    // inline strings; LibreOffice and Excel: shared strings stored after the sheet.
    const file = write(`${layout}.xlsx`, {
      layout,
      sheets: [
        { name: 'Lists', state: 'hidden', rows: [['not', 'cases']] },
        { name: 'Cases', rows: cases('DA-01', 'DA-02', 'DA-03') },
      ],
    });
    const r = await scored(file);
    expect(r.stderr).toContain('3 read = 3 graded + 0 ungraded + 0 rejected');
    expect(r.ids).toEqual(['DA-01', 'DA-02', 'DA-03']);
    expect(r.code).toBe(0);
  });

  it('--sheet finds a sheet by name (any case) through absolute targets', async () => {
    const file = write('named.xlsx', {
      layout: 'openpyxl',
      sheets: [
        { name: 'Summary', rows: [['nothing here']] },
        { name: 'Cases', rows: cases('DA-07') },
      ],
    });
    expect((await scored(file, '--sheet', 'cases')).ids).toEqual(['DA-07']);
  });

  it('reads the sheet the workbook names, not the part in that position', async () => {
    // "Sheet1" is the second tab and its part is sheet1.xml through rId2; the first tab's part is sheet2.xml.
    const file = write('swapped-names.xlsx', {
      layout: 'openpyxl',
      sheets: [
        { name: 'Sheet1', rows: cases('RIGHT-1') },
        { name: 'Other', rows: cases('WRONG-1') },
      ],
      parts: {
        'xl/workbook.xml': `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Other" sheetId="2" r:id="rId2"/><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
    });
    expect((await scored(file, '--sheet', 'Sheet1')).ids).toEqual(['RIGHT-1']);
    expect((await scored(file)).ids).toEqual(['WRONG-1']);
  });

  it('skips hidden sheets first, the same sheet every run', async () => {
    const file = write('hidden-first.xlsx', {
      layout: 'openpyxl',
      sheets: [
        { name: 'Old', state: 'veryHidden', rows: cases('OLD-1') },
        { name: 'Lists', state: 'hidden', rows: [['a']] },
        { name: 'Cases', rows: cases('NEW-1') },
      ],
    });
    for (let run = 0; run < 5; run++) expect((await scored(file)).ids).toEqual(['NEW-1']);
  });

  it('reads styles and shared strings stored as the last parts of the zip', async () => {
    const date = { xml: '<c r="R" s="1"><v>42769</v></c>' };
    const file = write('styles-last.xlsx', {
      sheets: [
        {
          name: 'Register',
          rows: [
            ['case_id', 'case_type', 'opened'],
            ['SS-1', 'da', date],
          ],
        },
      ],
      order: (names) => [...names.filter((n) => !/styles|sharedStrings/.test(n)), 'xl/styles.xml', 'xl/sharedStrings.xml'],
    });
    expect(await sheetRows(file)).toEqual([
      ['case_id', 'case_type', 'opened'],
      ['SS-1', 'da', '2017-02-03'],
    ]);
  });

  it('reads a workbook whose workbook.xml is stored after its sheets', async () => {
    const file = write('workbook-last.xlsx', {
      sheets: [{ name: 'Cases', rows: cases('WL-1') }],
      order: (names) => [...names.filter((n) => n !== 'xl/workbook.xml'), 'xl/workbook.xml'],
    });
    expect((await scored(file)).ids).toEqual(['WL-1']);
  });
});

describe('sheets that are not the one to read', () => {
  it('passes over a chart sheet first, and says what a chart sheet is when --sheet names one', async () => {
    const file = write('chart-first.xlsx', {
      sheets: [
        { name: 'Chart1', chart: true },
        { name: 'Cases', rows: cases('CH-1') },
      ],
    });
    expect((await scored(file)).ids).toEqual(['CH-1']);
    const r = await runCli(['score', '--sheet', 'chart1', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${file}: the sheet "Chart1" is a chart sheet, which holds no cells to read; name a worksheet with --sheet (worksheets: "Cases")\n`,
    );
  });

  it('names the sheet that has the required columns when the first has not', async () => {
    const file = write('notes-first.xlsx', {
      sheets: [
        { name: 'Read me', rows: [['How to fill this in'], ['Type a row per case']] },
        { name: 'Case files', rows: cases('CF-1') },
      ],
    });
    const r = await runCli(['score', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${file}:'Read me'!1:1: required columns "case_id" and "case_type" are missing; the header must include case_id and case_type (found: 1 columns); if your file names them differently, map them with --map case_id=<column> (or a columns: block in --map-file); the sheet "Case files" has them: use --sheet "Case files"`,
    );
    expect((await scored(file, '--sheet', 'Case files')).ids).toEqual(['CF-1']);
  });

  it('gives no such advice when no sheet has the columns', async () => {
    const file = write('no-columns.xlsx', {
      sheets: [
        { name: 'A', rows: [['x']] },
        { name: 'B', rows: [['y']] },
      ],
    });
    const r = await runCli(['score', file]);
    expect(r.stderr).toContain('required columns "case_id" and "case_type" are missing');
    expect(r.stderr).not.toContain('use --sheet');
  });
});

describe('a header read with the wrong encoding', () => {
  it('says that "ï»¿case_id" is a UTF-8 byte order mark read as Windows-1252', async () => {
    const file = write('bom.xlsx', {
      sheets: [
        {
          name: 'Cases',
          rows: [
            ['\u00ef\u00bb\u00bfcase_id', 'case_type'],
            ['SiÃ¢n-1', 'da'],
          ],
        },
      ],
    });
    const r = await runCli(['score', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${file}:Cases!A1: the header cell starts with "ï»¿": a UTF-8 byte order mark read as Windows-1252 text, so this sheet was made by opening a UTF-8 CSV as Windows-1252 and its other text may be garbled too`,
    );
  });
});

describe('relationship targets', () => {
  it.each([
    ['worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['./worksheets/../worksheets/sheet2.xml', 'xl/worksheets/sheet2.xml'],
    ['../xl/styles.xml', 'xl/styles.xml'],
    ['worksheets/sheet%201.xml', 'xl/worksheets/sheet 1.xml'],
    ['../../outside.xml', undefined],
  ])('%s from xl/ is %s', (target, part) => {
    expect(resolveTarget('xl/', target)).toBe(part);
  });
});
