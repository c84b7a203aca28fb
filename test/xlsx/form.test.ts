// XLSX forms: what an auditor sees (frozen header with the criterion's words, drop-downs, text
// columns, the Criteria and How-to sheets), and the round trip: write, fill in, score.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { readBook } from '../helpers/xlsx.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
// The bundled domestic-abuse criteria, read from the file itself.
const DA = (
  parseYaml(readFileSync(join(ROOT, 'criteria/domestic-abuse.yaml'), 'utf8')) as {
    criteria: Array<{ id: string; text: string; severity: string; refer?: boolean }>;
  }
).criteria;
const validation = (ws: ExcelJS.Worksheet, address: string) =>
  (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(address);
const headerCells = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String);

describe('template --format xlsx', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    // No --format: the .xlsx --output says it.
    const r = await runCli(['template', 'da', '--output', at('da.xlsx')]);
    expect(r.code).toBe(0);
    book = await readBook(at('da.xlsx'));
  });

  it('has the Cases, Criteria and How-to sheets, the header frozen', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['Cases', 'Criteria', 'How to fill this in']);
    expect(book.getWorksheet('Cases')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it("heads each criterion column with its id, then its words; the id column and text columns are text ('@')", () => {
    const ws = book.getWorksheet('Cases')!;
    const heads = headerCells(ws);
    expect(heads.slice(0, 7).map((h) => h.split('\n')[0])).toEqual([
      'case_id',
      'case_type',
      'self_grade',
      'independent_grade',
      'override_reason',
      'referred_back',
      'notes',
    ]);
    expect(heads.slice(7)).toEqual(DA.map((c) => `${c.id}\n${c.text}`));
    for (let col = 1; col <= heads.length; col++) expect(ws.getColumn(col).numFmt, `column ${col}`).toBe('@');
    expect(ws.getColumn(8).width).toBeGreaterThanOrEqual(25);
    expect(ws.getCell('H1').font?.bold).toBe(true);
  });

  it('offers drop-downs over one range per column: findings, grades, yes/no', () => {
    const ws = book.getWorksheet('Cases')!;
    expect(validation(ws, 'H2')?.formulae).toEqual(['"met,not met,n/a"']);
    expect(validation(ws, 'O1001')?.formulae).toEqual(['"met,not met,n/a"']);
    expect(validation(ws, 'H1002')).toBeUndefined();
    expect(validation(ws, 'H1')).toBeUndefined();
    expect(validation(ws, 'C2')?.formulae).toEqual(['"Good,Requiring improvement,Inadequate"']);
    expect(validation(ws, 'F500')?.formulae).toEqual(['"yes,no"']);
    expect(validation(ws, 'A2')).toBeUndefined();
  });

  it('lists the criteria with severity and the grading rule in words', () => {
    const rows = book
      .getWorksheet('Criteria')!
      .getSheetValues()
      .map((r) => (Array.isArray(r) ? r.slice(1).map((v) => (v == null ? '' : String(v))) : []));
    for (const c of DA)
      expect(rows).toContainEqual(['domestic-abuse', c.id, c.text, c.severity, ...(c.refer ? ['consider referring back'] : [])]);
    expect(rows.flat().join(' ')).toContain('Inadequate if any serious criterion is not met, or 3 or more criteria are not met');
    const howTo = book.getWorksheet('How to fill this in')!.getSheetValues().flat().join(' ');
    expect(howTo).toContain('met, not met, n/a');
  });

  it('round trip: filled in with typed values, scored with the grades worked by hand', async () => {
    const ws = book.getWorksheet('Cases')!;
    const serious = DA.findIndex((c) => c.severity === 'serious');
    const expected = DA.findIndex((c) => c.severity === 'expected');
    const fill = (row: number, id: string, findings: Array<string | null>) => {
      ws.getCell(row, 1).value = id;
      ws.getCell(row, 2).value = 'domestic-abuse';
      findings.forEach((f, i) => (ws.getCell(row, 8 + i).value = f));
    };
    const all = (value: string) => DA.map(() => value);
    fill(2, '007', all('met')); // every criterion met: good
    fill(
      3,
      '1e5',
      all('met').map((v, i) => (i === expected ? 'not met' : v)),
    ); // one expected unmet: requires improvement
    fill(
      4,
      '=1+1',
      all('met').map((v, i) => (i === serious ? 'not met' : v)),
    ); // a serious one unmet: inadequate
    fill(
      5,
      'N-1',
      all('n/a').map((v, i) => (i === 0 ? 'met' : v)),
    ); // n/a left out, the one that applies met: good
    fill(
      6,
      'U-1',
      all('met').map((v, i) => (i === 2 ? null : v)),
    ); // a blank finding: ungraded
    ws.getCell(2, 6).value = 'yes';
    await book.xlsx.writeFile(at('filled.xlsx'));

    const r = await runCli(['score', '--format', 'json', at('filled.xlsx')]);
    expect(r.stderr).toContain('5 read = 4 graded + 1 ungraded + 0 rejected');
    const rows = JSON.parse(r.stdout) as Array<{ caseId: string; grade: string | null; referredBack: boolean; missing: string[] }>;
    expect(rows.map((x) => [x.caseId, x.grade])).toEqual([
      ['007', 'good'],
      ['1e5', 'requires_improvement'],
      ['=1+1', 'inadequate'],
      ['N-1', 'good'],
      ['U-1', null],
    ]);
    expect(rows[0]!.referredBack).toBe(true);
    expect(rows[4]!.missing).toEqual([DA[2]!.id]);
  });
});

describe('which format a form is written in', () => {
  it('--format xlsx writes a workbook under a name of no known format; --format csv with an .xlsx name is refused', async () => {
    expect((await runCli(['template', 'da', '--format', 'xlsx', '--output', at('form.bin')])).code).toBe(0);
    expect(readFileSync(at('form.bin')).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    // Issue 23 item 3: a name and a --format that disagree are a usage error (it used to write CSV into the .xlsx).
    const r = await runCli(['template', 'da', '--format', 'csv', '--output', at('really-csv.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format csv but --output');
    expect(existsSync(at('really-csv.xlsx'))).toBe(false);
  });
});

describe('sample --form-format xlsx', () => {
  const ids = ['=HYPERLINK("x")', '007', '1e5', 'G-4', 'G-5', 'G-6'];
  beforeAll(() => {
    const rows = ids.map((id, i) => `"${id.replaceAll('"', '""')}",${i % 2 ? 'da' : 's47'},2017-0${i + 1}-01`);
    writeFileSync(at('register.csv'), ['case_id,case_type,opened', ...rows].join('\n') + '\n');
  });

  it("writes ids as text strings (no quote prefix), the register column, highlights each row's own criteria only", async () => {
    const r = await runCli([
      'sample',
      at('register.csv'),
      '--quota',
      'da=3',
      '--quota',
      's47=3',
      '--seed',
      '9',
      '--form-format',
      'xlsx',
      '--output',
      at('sample.xlsx'),
    ]);
    expect(r.code).toBe(0);
    const ws = (await readBook(at('sample.xlsx'))).getWorksheet('Cases')!;
    const written = new Map<string, ExcelJS.Row>();
    ws.eachRow((row, n) => n > 1 && written.set(String(row.getCell(1).value), row));
    expect([...written.keys()].sort()).toEqual([...ids].sort());
    const formulaLike = written.get('=HYPERLINK("x")')!;
    expect(formulaLike.getCell(1).type).toBe(3); // ValueType.String: stored as text, never a formula
    expect(headerCells(ws)[2]).toBe('opened');
    expect(written.get('007')!.getCell(3).value).toBe('2017-02-01');
    const heads = headerCells(ws).map((h) => h.split('\n')[0]);
    const da1 = heads.indexOf('DA1') + 1;
    const cpe1 = heads.indexOf('CPE1') + 1;
    const fillOf = (row: ExcelJS.Row, col: number) => (row.getCell(col).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    const daRow = written.get('007')!; // row 2 of the register: a da case
    expect(fillOf(daRow, da1)).toBe('FFFFF2CC');
    expect(fillOf(daRow, cpe1)).toBeUndefined();
  });

  it('--exclude form.xlsx leaves out every case of the form', async () => {
    const r = await runCli([
      'sample',
      at('register.csv'),
      '--quota',
      'da=1',
      '--quota',
      's47=1',
      '--seed',
      '2',
      '--form-format',
      'xlsx',
      '--output',
      at('first.xlsx'),
    ]);
    expect(r.code).toBe(0);
    const first = await runCli(['score', '--format', 'json', at('first.xlsx')]);
    const firstIds = (JSON.parse(first.stdout) as Array<{ caseId: string }>).map((c) => c.caseId);
    expect(firstIds).toHaveLength(2);
    const rest = await runCli([
      'sample',
      at('register.csv'),
      '--quota',
      'da=2',
      '--quota',
      's47=2',
      '--seed',
      '2',
      '--exclude',
      at('first.xlsx'),
    ]);
    expect(rest.code).toBe(0);
    // The CSV form neutralises formula-like ids with a leading ' (the xlsx form never does).
    const restIds = (parseCsv(rest.stdout, { bom: true }) as string[][]).slice(1).map((row) => row[0]!.replace(/^'=/, '='));
    expect(restIds).toHaveLength(4);
    expect([...firstIds, ...restIds].sort()).toEqual([...ids].sort());
  });

  it('refuses xlsx without --output (usage error, exit 2)', async () => {
    const r = await runCli(['sample', at('register.csv'), '--quota', 'da=1', '--form-format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format xlsx writes a workbook');
    expect(r.stdout).toBe('');
  });
});
