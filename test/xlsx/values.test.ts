// Cell values read as stored (issue 23, items 5 and 8): text whole across inflated chunks, rich
// text whole, phonetic guides left out, entities decoded once, saved formula results used even when
// falsy, errors named, dates from styles and from `t="d"`, cells without `r` placed as Excel does.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { bookBytes, sharedStringsXml, sheetXml, type GenBook } from '../helpers/xlsx-layouts.js';
import { forEachSheetRow, type SheetRow } from '../../src/load/xlsx/read-sheet.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function read(name: string, book: GenBook): Promise<SheetRow[]> {
  writeFileSync(at(name), bookBytes(book));
  const out: SheetRow[] = [];
  await forEachSheetRow(at(name), {}, (r) => void out.push(r));
  return out;
}

/** A sheet "S" of raw `<sheetData>` XML. */
const raw = (sheetData: string, extra: GenBook['parts'] = {}): GenBook => ({
  sheets: [{ name: 'S', xml: `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>` }],
  parts: extra,
});
const sst = (items: string) => `<sst xmlns="${MAIN}">${items}</sst>`;
const cellsOf = (rows: SheetRow[]) => rows.map((r) => r.cells);
const problemsOf = (rows: SheetRow[]) => rows.flatMap((r) => r.problems.map((p) => [r.row, p.col, p.message]));

describe('text', () => {
  it('reads 20,000 Welsh ids whole, characters split across inflated chunks included', async () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `GOGLEDD-${String(i).padStart(5, '0')}-Siân-Llŷn`);
    const strings: string[] = [];
    const xml = sheetXml([['case_id'], ...ids.map((id) => [id])], strings);
    // The point of the test: the shared strings part has multi-byte characters across 16 and 64 KiB boundaries (zlib's and ours).
    const bytes = Buffer.from(sharedStringsXml(strings));
    const cut = [16_384, 65_536].flatMap((size) => Array.from({ length: Math.floor(bytes.length / size) }, (_, k) => (k + 1) * size));
    expect(cut.some((b) => (bytes[b]! & 0xc0) === 0x80)).toBe(true);
    const rows = await read('welsh.xlsx', {
      layout: 'libreoffice',
      sheets: [{ name: 'S', xml }],
      parts: { 'xl/sharedStrings.xml': bytes },
    });
    expect(rows.slice(1).map((r) => r.cells[0])).toEqual(ids);
    expect(rows.some((r) => r.cells[0]!.includes('\ufffd'))).toBe(false);
  });

  it('reads inline Welsh ids whole too (the sheet part itself split across chunks)', async () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `GOGLEDD-${String(i).padStart(5, '0')}-Siân-Llŷn`);
    const rows = await read('welsh-inline.xlsx', { layout: 'openpyxl', sheets: [{ name: 'S', rows: ids.map((id) => [id]) }] });
    expect(rows.map((r) => r.cells[0])).toEqual(ids);
  });

  it('reads a long-form workbook of Welsh ids as the same cases as its CSV (no phantom case)', async () => {
    const criteria = ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'];
    const rows: string[][] = [['case_id', 'case_type', 'assessor', 'auditor', 'grade', ...criteria]];
    for (let i = 0; i < 3000; i++) {
      const id = `GOGLEDD-${String(i).padStart(5, '0')}-Siân-Llŷn`;
      rows.push([id, 'domestic-abuse', 'self', 'A1', 'good', ...criteria.map(() => '')]);
      rows.push([id, 'domestic-abuse', 'independent', 'I1', '', ...criteria.map(() => 'y')]);
    }
    writeFileSync(at('long.csv'), rows.map((r) => r.join(',')).join('\n'));
    writeFileSync(at('long.xlsx'), bookBytes({ layout: 'libreoffice', sheets: [{ name: 'Cases', rows }] }));
    const totals = async (file: string) => JSON.parse((await runCli(['report', '--format', 'json', at(file)])).stdout).totals;
    const csv = await totals('long.csv');
    expect(csv.read).toBe(3000);
    expect(await totals('long.xlsx')).toEqual(csv);
  });

  it('joins rich-text runs, leaves phonetic guides out, and decodes entities and _xHHHH_ escapes once', async () => {
    const rows = await read(
      'rich.xlsx',
      raw(
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>DA-</t></r><r><rPr><b/></rPr><t>03</t></r></is></c><c r="D1" t="inlineStr"><is><t>R&amp;amp;D-1</t></is></c><c r="E1" t="inlineStr"><is><t>R&amp;D-1</t></is></c><c r="F1" t="s"><v>2</v></c><c r="G1" t="str"><f>A1</f><v>x&lt;y</v></c></row>`,
        {
          'xl/sharedStrings.xml': sst(
            '<si><r><t>DA-</t></r><r><rPr><i/></rPr><t xml:space="preserve">0</t></r><r><t>1</t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si><si><t>line_x000D_two_x005F_x0041_</t></si>',
          ),
        },
      ),
    );
    expect(cellsOf(rows)).toEqual([['DA-01', '東京', 'DA-03', 'R&amp;D-1', 'R&D-1', 'line\rtwo_x0041_', 'x<y']]);
  });

  it('makes a shared-string index the workbook does not hold a cell problem, not a blank', async () => {
    const rows = await read(
      'index.xlsx',
      raw('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>5</v></c></row>', {
        'xl/sharedStrings.xml': sst('<si><t>a</t></si>'),
      }),
    );
    expect(cellsOf(rows)).toEqual([['a', '']]);
    expect(problemsOf(rows)).toEqual([
      [1, 2, 'refers to shared string 5, which the workbook does not hold (it has 1; the workbook is damaged)'],
    ]);
  });
});

describe('formulas, errors, booleans and numbers', () => {
  it('uses a saved result of 0, "" or FALSE as a value', async () => {
    const rows = await read(
      'falsy.xlsx',
      raw(
        '<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="str"><f>""</f><v></v></c><c r="C1" t="b"><f>1=2</f><v>0</v></c><c r="D1" t="b"><v>1</v></c><c r="E1"><f>1/3</f><v>0.33333333333333331</v></c></row>',
      ),
    );
    expect(cellsOf(rows)).toEqual([['0', '', 'false', 'true', '0.3333333333333333']]);
    expect(problemsOf(rows)).toEqual([]);
  });

  it('says a formula never calculated was saved by a program that does not calculate, and names an error result', async () => {
    const rows = await read(
      'formulas.xlsx',
      raw('<row r="1"><c r="A1"><f>B1*2</f></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" t="e"><v>#N/A</v></c></row>'),
    );
    expect(problemsOf(rows)).toEqual([
      [
        1,
        1,
        'holds a formula with no saved result (case-audit never calculates formulas): the program that wrote the workbook did not calculate it; type the value, or open the workbook in Excel or LibreOffice and save it again',
      ],
      [1, 2, 'holds a formula whose saved result is the error value #DIV/0!; expected a value'],
      [1, 3, 'holds an error value #N/A; expected a value'],
    ]);
  });
});

describe('dates', () => {
  it('reads dates from built-in and custom date formats, not from number formats', async () => {
    const c = (s: number, v: string) => `<c r="R" s="${s}"><v>${v}</v></c>`;
    const rows = await read('dates.xlsx', {
      sheets: [
        {
          name: 'S',
          rows: [[{ xml: c(1, '42769') }, { xml: c(2, '42769.604166666664') }, { xml: c(3, '42769') }, { xml: c(0, '42769') }]],
        },
      ],
    });
    expect(cellsOf(rows)).toEqual([['2017-02-03', '2017-02-03T14:30:00', '42769', '42769']]);
  });

  it('counts from 1904 when the workbook says so', async () => {
    const rows = await read('1904.xlsx', { date1904: true, sheets: [{ name: 'S', rows: [[{ xml: '<c r="R" s="1"><v>41307</v></c>' }]] }] });
    expect(cellsOf(rows)).toEqual([['2017-02-03']]);
  });

  it('reads t="d" ISO dates as the date text a CSV holds', async () => {
    const d = (v: string) => `<c r="R" t="d"><v>${v}</v></c>`;
    const rows = await read('iso.xlsx', {
      sheets: [
        {
          name: 'S',
          rows: [
            [{ xml: d('2017-02-03T00:00:00Z') }, { xml: d('2017-02-03T14:30:00') }, { xml: d('2017-02-03') }, { xml: d('2017-02-30') }],
          ],
        },
      ],
    });
    expect(cellsOf(rows)).toEqual([['2017-02-03', '2017-02-03T14:30:00', '2017-02-03', '']]);
    expect(problemsOf(rows)).toEqual([[1, 4, 'holds a date that cannot be read (the workbook is damaged)']]);
  });
});

describe('positions', () => {
  it('places rows and cells without an r attribute after the one before, as Excel does', async () => {
    const rows = await read(
      'no-r.xlsx',
      raw(
        '<row><c t="inlineStr"><is><t>case_id</t></is></c><c t="inlineStr"><is><t>case_type</t></is></c></row><row r="3"><c><v>1</v></c><c r="D3"><v>4</v></c><c><v>5</v></c></row><row><c><v>6</v></c></row>',
      ),
    );
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['case_id', 'case_type']],
      [3, ['1', '', '', '4', '5']],
      [4, ['6']],
    ]);
  });

  it('refuses rows or cells that go back on earlier ones, naming the sheet', async () => {
    const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const header = `<row r="1">${text('A1', 'case_id')}${text('B1', 'case_type')}</row>`;
    const book = (rows: string) => bookBytes(raw(header + rows));
    writeFileSync(at('back-row.xlsx'), book(`<row r="3">${text('A3', 'X1')}</row><row r="2">${text('A2', 'X2')}</row>`));
    writeFileSync(at('back-cell.xlsx'), book(`<row r="2">${text('B2', 'da')}${text('A2', 'X2')}</row>`));
    const row = await runCli(['score', at('back-row.xlsx')]);
    expect(row.code).toBe(2);
    expect(row.stderr).toContain(
      `${at('back-row.xlsx')}: the workbook is damaged: its sheet "S" has a row numbered 2 after row 3; open it in Excel and save it again\n`,
    );
    const cell = await runCli(['score', at('back-cell.xlsx')]);
    expect(cell.stderr).toContain(
      `${at('back-cell.xlsx')}: the workbook is damaged: its sheet "S" has two cells in one place, or out of order, in row 2; open it in Excel and save it again\n`,
    );
  });

  it('reads a cell longer than an inflated chunk whole (80 KB of two-byte characters)', async () => {
    const xml = sheetXml([['a', 'b'], ['ŷ'.repeat(40_000)]], undefined);
    const rows = await read('long-cell.xlsx', { layout: 'openpyxl', sheets: [{ name: 'S', xml }] });
    expect(rows[1]!.cells[0]).toBe('ŷ'.repeat(40_000));
  });
});
