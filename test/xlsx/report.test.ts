// `report`, `compare` and `score` as workbooks, read back with exceljs: the 2017 report's figures
// (typed in from the report: Table 1 28/5/0 vs 6/16/11, Table 2 8/30/18), numbers as numbers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempDir } from '../helpers/tmp.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
const CSV = fixture('gloucestershire-2017.csv');

describe('report --format xlsx on the 2017 fixture', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = await runCli(['report', CSV, '--format', 'xlsx', '--output', at('report.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    book = await readBook(at('report.xlsx'));
  });

  it('puts Tables 1 and 2 on their own sheets with the published counts, as numbers', () => {
    expect(sheetValues(book.getWorksheet('Table 1')!)).toEqual([
      ['Assessment', 'Good', 'Requiring improvement', 'Inadequate', 'Total'],
      ['Force assessment', 28, 5, 0, 33],
      ['HMIC assessment', 6, 16, 11, 33],
    ]);
    expect(sheetValues(book.getWorksheet('Table 2')!)).toEqual([
      ['Assessment', 'Good', 'Requiring improvement', 'Inadequate', 'Total'],
      ['HMIC assessment', 8, 30, 18, 56],
    ]);
    // Table 6 counts CSE and online abuse together: 3/11/8 in the report.
    expect(sheetValues(book.getWorksheet('Table 6')!)[1]!.slice(1)).toEqual([3, 11, 8, 22]);
  });

  it('has a front sheet with the accounting, and bold frozen headers with widths', () => {
    expect(book.worksheets[0]!.name).toBe('Summary');
    const front = sheetValues(book.worksheets[0]!);
    expect(front).toContainEqual(['Accounting', '89 read = 89 graded + 0 ungraded + 0 rejected']);
    expect(front).toContainEqual(['Cases read', 89]);
    const t1 = book.getWorksheet('Table 1')!;
    expect(t1.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(t1.getCell('B1').font?.bold).toBe(true);
    expect(t1.getColumn(1).width).toBeGreaterThanOrEqual(20);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      ...Array.from({ length: 10 }, (_, i) => `Table ${i + 1}`),
      'Annex A',
      'Themes',
      'Referrals',
      'Overrides',
      'Ungraded',
      'Rejected',
    ]);
    // 14 cases referred back in 2017.
    expect(sheetValues(book.getWorksheet('Referrals')!).filter((r) => r[1] === 'referred back')).toHaveLength(14);
  });

  it('names the criteria on the front sheet, as the JSON does', async () => {
    const json = JSON.parse((await runCli(['report', CSV, '--format', 'json'])).stdout);
    const front = new Map(sheetValues(book.worksheets[0]!).map((row) => [row[0], row[1]]));
    expect(front.get('Criteria fingerprint')).toBe(json.criteria.fingerprint);
    expect(front.get('Criteria fingerprint')).toMatch(/^[0-9a-f]{12}$/);
    expect(front.get('Criteria')).toBe(json.criteria.programme);
  });

  it("has Annex A: the 33 self-assessed cases by type, as the report's annex lists them", () => {
    const annex = new Map(
      sheetValues(book.getWorksheet('Annex A')!)
        .slice(1)
        .map(([title, n]) => [title, n]),
    );
    expect(annex.get('Domestic abuse')).toBe(5);
    expect(annex.get('At risk of sexual exploitation')).toBe(4);
    expect(annex.get('Sex offender enquiry')).toBe(3);
    expect([...annex.values()].reduce((a: number, n) => a + (n as number), 0)).toBe(33);
  });

  it.each([['report'], ['compare'], ['score']])('%s never holds notes or override reasons', async (command) => {
    const r = await runCli([
      command,
      fixture('privacy/cases.csv'),
      fixture('privacy/cases.yaml'),
      '--output',
      at(`privacy-${command}.xlsx`),
    ]);
    expect(r.code).toBeLessThan(2);
    const book = await readBook(at(`privacy-${command}.xlsx`));
    const all = book.worksheets.flatMap((w) => sheetValues(w).flat()).join('\n');
    expect(all).not.toContain('NOTE4417');
    expect(all).toContain('read =');
  });
});

describe('trend --format xlsx', () => {
  it("puts each round's counts (hand-worked in fixtures/rounds: 5/12/15, 11/15/6, 18/12/2 of 32) and shares as numbers", async () => {
    const r = await runCli(['trend', fixture('rounds/all-rounds-long.csv'), '--between', 'self,independent', '--output', at('trend.xlsx')]);
    expect(r.code).toBe(0);
    const book = await readBook(at('trend.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Rounds',
      'Changes',
      'First round against last',
      'Trend tests',
      'By table',
      'Criteria',
      'Gap',
    ]);
    const rounds = sheetValues(book.getWorksheet('Rounds')!).slice(1);
    expect(rounds.map((row) => [row[0], row[1], row[3], row[7], row[11]])).toEqual([
      ['2025-Q1 dip sample', 32, 5, 12, 15],
      ['2025-Q2 dip sample', 32, 11, 15, 6],
      ['2025-Q3 dip sample', 32, 18, 12, 2],
    ]);
    expect(rounds[0]![4]).toBe(5 / 32);
    // 12 verdicts held to 95% together: no change between consecutive rounds; first against last, good and inadequate.
    const changes = sheetValues(book.getWorksheet('Changes')!).slice(1);
    expect(changes.filter((row) => row[8] === 'change')).toEqual([]);
    const firstLast = sheetValues(book.getWorksheet('First round against last')!).slice(1);
    expect(firstLast.filter((row) => row[8] === 'change').map((row) => [row[0], row[1], row[2], row[5]])).toEqual([
      ['2025-Q1 dip sample', '2025-Q3 dip sample', 'Good', expect.closeTo(((18 - 5) / 32) * 100, 10)],
      ['2025-Q1 dip sample', '2025-Q3 dip sample', 'Inadequate', expect.closeTo(((2 - 15) / 32) * 100, 10)],
    ]);
    const tests = sheetValues(book.getWorksheet('Trend tests')!);
    expect(tests.map((row) => [row[0], row[3]])).toEqual([
      ['Grade', 'Verdict'],
      ['Good', 'rising'],
      ['Requiring improvement', 'no clear trend'],
      ['Inadequate', 'falling'],
    ]);
    const front = new Map(sheetValues(book.worksheets[0]!).map((row) => [row[0], row[1]]));
    expect(front.get('Adjustment')).toBe('Bonferroni: each of 12 verdicts at 99.58%, all together at 95%');
  });

  it('--per-comparison: Q1 to Q2 inadequate 15/32 -> 6/32 a change, in points (not "Difference -28.1%"), labelled unadjusted', async () => {
    const r = await runCli(['trend', fixture('rounds/all-rounds-long.csv'), '--per-comparison', '--output', at('trend-pc.xlsx')]);
    expect(r.code).toBe(0);
    const sheet = (await readBook(at('trend-pc.xlsx'))).getWorksheet('Changes')!;
    const [head, ...changes] = sheetValues(sheet);
    expect(head!.slice(3)).toEqual([
      'Share from',
      'Share to',
      'Change (points)',
      'Unadjusted 95% interval: low (points)',
      'Unadjusted 95% interval: high (points)',
      'Verdict',
    ]);
    expect(changes.filter((row) => row[8] === 'change').map((row) => [row[0], row[2], row[5]])).toEqual([
      ['2025-Q1 dip sample', 'Inadequate', expect.closeTo((6 / 32 - 15 / 32) * 100, 10)],
    ]);
    // Points print as signed points, shares as percentages.
    expect(sheet.getCell('F2').numFmt).toBe('+0.0;-0.0;0.0');
    expect(sheet.getCell('G2').numFmt).toBe('+0.0;-0.0;0.0');
    expect(sheet.getCell('D2').numFmt).toBe('0.0%');
  });
});

describe('report --by in xlsx', () => {
  it('adds a sheet of grade counts per value, over all tables and per table', async () => {
    const header = `${DA_HEADER},team`;
    const rows = [daRow('T1') + ',North', daRow('T2') + ',North', daRow('T3', '', 'n,y,y,y,y,y,y,y') + ',South'];
    writeFileSync(at('teams.csv'), [header, ...rows].join('\n') + '\n');
    const r = await runCli(['report', at('teams.csv'), '--by', 'team', '--output', at('teams.xlsx')]);
    expect(r.code).toBe(0);
    const sheet = sheetValues((await readBook(at('teams.xlsx'))).getWorksheet('By team')!);
    // T3 has DA1 (serious) unmet: inadequate.
    expect(sheet).toEqual([
      ['Table', 'team', 'Good', 'Requiring improvement', 'Inadequate', 'Total'],
      [undefined, 'North', 2, 0, 0, 2],
      [undefined, 'South', 0, 0, 1, 1],
      [4, 'North', 2, 0, 0, 2],
      [4, 'South', 0, 0, 1, 1],
    ]);
  });
});

describe('compare and score --format xlsx', () => {
  it('compare: the matrix of the 33 cases graded by both, with agreement as a number', async () => {
    const r = await runCli(['compare', CSV, '--output', at('compare.xlsx')]);
    expect(r.code).toBe(0);
    const book = await readBook(at('compare.xlsx'));
    const matrix = sheetValues(book.getWorksheet('Matrix')!);
    // Row totals are the force's grades (28/5/0), column totals HMIC's (6/16/11).
    expect(matrix.map((row) => row[4])).toEqual(['Total', 28, 5, 0, 33]);
    expect(matrix[4]).toEqual(['Total', 6, 16, 11, 33]);
    const front = new Map(sheetValues(book.worksheets[0]!).map((row) => [row[0], row[1]]));
    expect(front.get('Cases graded by both')).toBe(33);
    expect(typeof front.get('Exact agreement')).toBe('number');
  });

  it('score: one row per case with ids as text', async () => {
    const r = await runCli(['score', CSV, '--format', 'xlsx', '--output', at('score.xlsx')]);
    expect(r.code).toBe(0);
    const rows = sheetValues((await readBook(at('score.xlsx'))).getWorksheet('Cases')!);
    expect(rows).toHaveLength(90);
    expect(rows[0]!.slice(0, 4)).toEqual(['case_id', 'case_type', 'self_grade', 'grade']);
    const grades = rows.slice(1).map((row) => row[3]);
    expect(['good', 'requires_improvement', 'inadequate'].map((g) => grades.filter((x) => x === g).length)).toEqual([
      6 + 8,
      16 + 30,
      11 + 18,
    ]);
  });

  it('writes the workbook to a pipe with --output - (stdout is not a terminal)', async () => {
    const r = await runCli(['report', CSV, '-f', 'xlsx', '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('PK\x03\x04')).toBe(true);
  });

  it('score on long-form input: one row per assessment', async () => {
    const header = 'case_id,case_type,assessor,grade,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
    writeFileSync(
      at('long.csv'),
      [header, 'L1,da,self,good,,,,,,,,', 'L1,da,independent,,y,y,y,y,y,y,y,y', 'L2,da,independent,,n,y,y,y,y,y,y,y'].join('\n') + '\n',
    );
    const r = await runCli(['score', at('long.csv'), '--output', at('long.xlsx')]);
    expect(r.code).toBe(0);
    const rows = sheetValues((await readBook(at('long.xlsx'))).getWorksheet('Assessments')!);
    expect(rows.map((row) => [row[0], row[3], row[5]])).toEqual([
      ['case_id', 'assessor', 'grade'],
      ['L1', 'self', 'good'],
      ['L1', 'independent', 'good'],
      ['L2', 'independent', 'inadequate'],
    ]);
  });

  it.each([['report'], ['compare'], ['score']])('%s refuses xlsx without --output (exit 2)', async (command) => {
    const r = await runCli([command, CSV, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'case-audit: --format xlsx writes a workbook, not text for a terminal: give --output FILE.xlsx (see case-audit --help)\n',
    );
  });
});
