// `score --format xlsx` written as cases are scored (issue 23 item 2): the same rows as the CSV
// export, the front sheet first though it is written last, and cells within Excel's limit.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempDir } from '../helpers/tmp.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);

/** The CSV export's rows, as a spreadsheet shows them (blank cells empty). */
const csvRows = (path: string) => parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
const sheetRows = (values: unknown[][], width: number) =>
  values.map((row) => Array.from({ length: width }, (_, i) => (row[i] === undefined || row[i] === null ? '' : String(row[i]))));

async function bothWays(input: string, sheet: string) {
  for (const ext of ['xlsx', 'csv']) expect((await runCli(['score', input, '--output', at(`scored.${ext}`)])).code).toBe(0);
  const book = await readBook(at('scored.xlsx'));
  const csv = csvRows(at('scored.csv'));
  return { book, csv, sheet: sheetRows(sheetValues(book.getWorksheet(sheet)!), csv[0]!.length) };
}

describe('score --format xlsx, streamed', () => {
  it('the 2017 fixture: the front sheet first, then every case as the CSV export has it', async () => {
    const { book, csv, sheet } = await bothWays(fixture('gloucestershire-2017.csv'), 'Cases');
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Cases']);
    const front = new Map(sheetValues(book.worksheets[0]!).map((row) => [row[0], row[1]]));
    expect(front.get('Accounting')).toBe('89 read = 89 graded + 0 ungraded + 0 rejected');
    expect(front.get('Cases read')).toBe(89);
    expect(sheet).toHaveLength(90);
    expect(sheet).toEqual(csv);
  });

  it('long form: one row per assessment in the order read, as the CSV export', async () => {
    const header = 'case_id,case_type,assessor,grade,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
    const rows = [
      'L1,da,self,good,,,,,,,,',
      'L2,da,self,inadequate,,,,,,,,',
      'L1,da,independent,,y,y,y,y,y,y,y,y',
      'L2,da,independent,,n,y,y,y,y,y,y,y',
    ];
    writeFileSync(at('long.csv'), `${[header, ...rows].join('\n')}\n`);
    const { book, csv, sheet } = await bothWays(at('long.csv'), 'Assessments');
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Assessments']);
    expect(sheet).toEqual(csv);
    expect(sheet.slice(1).map((r) => `${r[0]} ${r[3]}`)).toEqual(['L1 self', 'L2 self', 'L1 independent', 'L2 independent']);
  });

  it('a 40,000-character case id is cut to 32,767 with a marker in the workbook, whole in the CSV', async () => {
    const id = `L${'x'.repeat(39_999)}`;
    writeFileSync(at('long-id.csv'), `${DA_HEADER}\n${daRow(id)}\n`);
    const { sheet, csv } = await bothWays(at('long-id.csv'), 'Cases');
    expect(csv[1]![0]).toBe(id);
    expect(sheet[1]![0]).toHaveLength(32_767);
    const marker = '… [cut: 40,000 characters in all]';
    expect(sheet[1]![0]).toBe(`${id.slice(0, 32_767 - marker.length)}${marker}`);
  });
});
