// The streamed workbook writer (issue 23 item 2), read back with exceljs: every feature the
// workbooks use, Excel's row and cell limits kept with a visible note, and a writer that waits for
// the zip instead of queueing a sheet in memory.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BookWriter } from '../../src/render/xlsx/book-writer.js';
import { EXCEL_CAPS, type SheetCaps } from '../../src/render/xlsx/sheet-caps.js';
import { startSheet, workbook, type XSheet } from '../../src/render/xlsx/write-book.js';
import { tempDir } from '../helpers/tmp.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';

const dir = tempDir();
let books = 0;

/** Writes the sheets through the streamed writer into memory, then reads the file back with exceljs. */
async function roundTrip(sheets: XSheet[], caps?: SheetCaps): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  await workbook(sheets, caps).writeTo({ write: (b) => void chunks.push(Buffer.from(b)), ready: () => undefined });
  const path = join(dir, `book-${books++}.xlsx`);
  writeFileSync(path, Buffer.concat(chunks));
  return readBook(path);
}

const validation = (ws: ExcelJS.Worksheet, address: string) =>
  (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(address);

describe('what a sheet can say, kept by the streamed writer', () => {
  const sheets: XSheet[] = [
    {
      name: 'Cases: 1/2 [draft]?',
      columns: [
        { header: 'case_id\nCase id', width: 16, text: true, note: 'Kept as typed' },
        { header: 'share', width: 10, numFmt: '0%' },
        { header: 'finding', width: 20, text: true, list: ['met', 'not met'], fill: 'FFF2CC' },
      ],
      rows: [
        ['=1+1', 0.25, 'met'],
        ['007', 'n/a', null],
      ],
      headerHeight: 30,
      listRows: 5,
      fill: (r, c) => (r === 1 && c === 0 ? 'E2EFDA' : undefined),
    },
    {
      name: 'Notes',
      widths: [40],
      rows: [['Heading'], ['A long line that wraps'], [], ['After a blank row']],
      boldRows: new Set([0]),
      wrap: true,
    },
  ];
  let book: ExcelJS.Workbook;

  it('names, values and the frozen header', async () => {
    book = await roundTrip(sheets);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Cases  1 2  draft  ', 'Notes']);
    expect(book.creator).toBe('case-audit');
    const cases = book.worksheets[0]!;
    expect(sheetValues(cases)).toEqual([
      ['case_id\nCase id', 'share', 'finding'],
      ['=1+1', 0.25, 'met'],
      ['007', 'n/a'],
    ]);
    expect(cases.getCell('A2').type).toBe(3); // a string, never a formula
    expect(cases.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheetValues(book.worksheets[1]!)).toEqual([['Heading'], ['A long line that wraps'], [], ['After a blank row']]);
    expect(book.worksheets[1]!.views ?? []).not.toContainEqual(expect.objectContaining({ state: 'frozen' }));
  });

  it('widths, formats, fills, notes, bold, wrapping and the header height', () => {
    const cases = book.worksheets[0]!;
    expect([1, 2, 3].map((c) => cases.getColumn(c).width)).toEqual([16, 10, 20]);
    expect(cases.getColumn(1).numFmt).toBe('@');
    expect(cases.getCell('A2').numFmt).toBe('@');
    expect(cases.getCell('B2').numFmt).toBe('0%');
    expect(cases.getCell('B3').numFmt).toBeUndefined(); // a text in a number column
    expect(cases.getCell('A1').font?.bold).toBe(true);
    expect(cases.getCell('A1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(cases.getCell('A1').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(cases.getCell('A1').note).toBe('Kept as typed');
    expect(cases.getRow(1).height).toBe(30);
    expect(cases.getCell('C2').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } }); // the column's fill
    expect(cases.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFE2EFDA' } }); // the cell's own
    expect(cases.getCell('A2').fill).toMatchObject({ pattern: 'none' });
    const notes = book.worksheets[1]!;
    expect(notes.getColumn(1).width).toBe(40);
    expect(notes.getCell('A1').font?.bold).toBe(true);
    expect(notes.getCell('A2').font?.bold).toBeFalsy();
    expect(notes.getCell('A2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('drop-downs over one range per listed column, from row 2 to the last listed row', () => {
    const cases = book.worksheets[0]!;
    expect(validation(cases, 'C2')).toMatchObject({ type: 'list', formulae: ['"met,not met"'], error: 'Expected one of: met, not met' });
    expect(validation(cases, 'C6')?.formulae).toEqual(['"met,not met"']);
    expect(validation(cases, 'C7')).toBeUndefined();
    expect(validation(cases, 'C1')).toBeUndefined();
    expect(validation(cases, 'A2')).toBeUndefined();
  });
});

describe("Excel's limits", () => {
  it('are the published ones: 1,048,576 rows a sheet, 32,767 characters a cell', () => {
    expect(EXCEL_CAPS).toEqual({ rows: 1_048_576, cellChars: 32_767 });
  });

  const CAPS: SheetCaps = { rows: 10, cellChars: 100 };
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`R-${i + 1}`]);
  const head = { name: 'S', columns: [{ header: 'id', width: 10, text: true, list: ['a', 'b'] }], listRows: 1000 };

  it('a sheet that fits exactly (header and 9 rows in 10) is written whole, with no note', async () => {
    const values = sheetValues((await roundTrip([{ ...head, rows: rows(9) }], CAPS)).worksheets[0]!);
    expect(values).toEqual([['id'], ...rows(9)]);
  });

  it.each([
    [10, '2 more rows are not in this sheet'],
    [11, '3 more rows are not in this sheet'],
  ])('%i rows: the first 8, then a bold last row saying how many more and where to find them', async (n, more) => {
    const ws = (await roundTrip([{ ...head, rows: rows(n) }], CAPS)).worksheets[0]!;
    const values = sheetValues(ws);
    expect(values).toHaveLength(10);
    expect(values.slice(0, 9)).toEqual([['id'], ...rows(8)]);
    expect(values[9]).toEqual([`${more}: an Excel sheet holds 10 rows. --format csv writes them all.`]);
    expect(ws.getCell('A10').font?.bold).toBe(true);
    // The drop-downs stop at the sheet's last row too.
    expect(validation(ws, 'A10')?.formulae).toEqual(['"a,b"']);
    expect(validation(ws, 'A11')).toBeUndefined();
  });

  it('a sheet without a header row has all ten rows for itself', async () => {
    const values = sheetValues((await roundTrip([{ name: 'F', widths: [10], rows: rows(11) }], CAPS)).worksheets[0]!);
    expect(values.slice(0, 9)).toEqual(rows(9));
    expect(values[9]).toEqual(['2 more rows are not in this sheet: an Excel sheet holds 10 rows. --format csv writes them all.']);
  });

  it('a cell over the limit is cut with a marker saying how long it was; one at the limit is whole', async () => {
    const long = 'x'.repeat(150);
    const exact = 'y'.repeat(100);
    // A surrogate pair (an emoji) across the cut: never half of it.
    const marker = '… [cut: 150 characters in all]';
    const straddle = `${'z'.repeat(100 - marker.length - 1)}😀${'z'.repeat(150 - (100 - marker.length + 1))}`;
    const values = sheetValues((await roundTrip([{ name: 'C', widths: [10], rows: [[long], [exact], [straddle]] }], CAPS)).worksheets[0]!);
    expect(values[0]![0]).toBe(`${'x'.repeat(100 - marker.length)}${marker}`);
    expect(values[1]![0]).toBe(exact);
    expect(values[2]![0]).toBe(`${'z'.repeat(100 - marker.length - 1)}${marker}`);
    expect(straddle).toHaveLength(150);
  });

  it("at Excel's own limit: 40,000 characters become 32,767 ending with the marker", async () => {
    const values = sheetValues(
      (await roundTrip([{ name: 'C', columns: [{ header: 'text', width: 10 }], rows: [['a'.repeat(40_000)]] }])).worksheets[0]!,
    );
    const cell = values[1]![0] as string;
    expect(cell).toHaveLength(32_767);
    expect(cell.endsWith('… [cut: 40,000 characters in all]')).toBe(true);
  });
});

describe('bounded memory', () => {
  it('with the output stalled, the writer asks to wait before a megabyte or two of sheet XML is queued', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const chunks: Buffer[] = [];
    const book = new BookWriter({ write: (b) => void chunks.push(Buffer.from(b)), ready: () => gate });
    const sheet = startSheet(book, { name: 'S', columns: [{ header: 'id', width: 10, text: true }] });
    const row = (i: number) => [`C-${String(i).padStart(7, '0')} and some words to make the row longer than an id alone`];
    let written = 0;
    while (!book.ready() && written < 200_000) {
      sheet.row(row(written));
      written++;
    }
    // About 130 bytes of XML a row: 1 MB is about 8,000 rows; unbounded, all 200,000 would be queued.
    expect(written).toBeGreaterThan(1000);
    expect(written).toBeLessThan(20_000);
    release();
    for (let i = written; i < written + 5000; i++) {
      sheet.row(row(i));
      const behind = book.ready();
      if (behind) await behind;
    }
    sheet.end();
    await book.end();
    const path = join(dir, 'stalled.xlsx');
    writeFileSync(path, Buffer.concat(chunks));
    const values = sheetValues((await readBook(path)).worksheets[0]!);
    expect(values).toHaveLength(1 + written + 5000);
    expect(values[values.length - 1]).toEqual(row(written + 4999));
  });
});
