// Workbook case files go through the same header plan and row rules as CSV; positions are cells.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { DA_HEADER, STACK, tempDir } from '../helpers/tmp.js';
import { writeBook } from '../helpers/xlsx.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
const DA = DA_HEADER.split(',');
const met = ['y', 'y', 'y', 'y', 'y', 'y', 'y', 'y'];
const daRow = (id: unknown, findings: unknown[] = met) => [id, 'domestic-abuse', null, null, null, 'no', null, ...findings];

type Row = { caseId: string; selfGrade: string | null; grade: string | null; caseType: string };
const count = (rows: Row[], key: 'selfGrade' | 'grade') =>
  ['good', 'requires_improvement', 'inadequate'].map((g) => rows.filter((r) => r[key] === g).length);

describe('the 2017 fixture as a workbook', () => {
  beforeAll(async () => {
    const rows = parse(readFileSync(fixture('gloucestershire-2017.csv')), { bom: true }) as string[][];
    // Header on row 3, a hidden sheet first: the loader finds the first visible sheet and its first non-empty row.
    await writeBook(at('2017.xlsx'), [
      { name: 'Lists', state: 'hidden', rows: [['not', 'cases']] },
      { name: 'Case files', rows, startRow: 3 },
    ]);
  });

  it('gives the published figures (Table 1: 28/5/0 vs 6/16/11; Table 2: 8/30/18)', async () => {
    const r = await runCli(['score', '--format', 'json', at('2017.xlsx')]);
    expect(r.stderr).toContain('89 read = 89 graded + 0 ungraded + 0 rejected');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    const both = rows.filter((x) => x.selfGrade !== null);
    expect(count(both, 'selfGrade')).toEqual([28, 5, 0]);
    expect(count(both, 'grade')).toEqual([6, 16, 11]);
    expect(
      count(
        rows.filter((x) => x.selfGrade === null),
        'grade',
      ),
    ).toEqual([8, 30, 18]);
  });

  it('--sheet picks a sheet by name, case-insensitively, and a missing one lists the sheets (exit 2)', async () => {
    const hidden = await runCli(['score', '--sheet', 'lists', at('2017.xlsx')]);
    expect(hidden.code).toBe(1);
    expect(hidden.stderr).toContain(`${at('2017.xlsx')}:Lists!1:1: required columns "case_id" and "case_type" are missing`);
    const missing = await runCli(['score', '--sheet', 'Nope', at('2017.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`${at('2017.xlsx')}: the workbook has no sheet named "Nope"; its sheets: "Lists" (hidden), "Case files"\n`);
  });
});

describe('cells read as stored', () => {
  it('names the cell of a formula with no saved result, an error value and a value beyond the header', async () => {
    await writeBook(at('cells.xlsx'), [
      {
        name: 'Cases',
        rows: [
          DA,
          daRow('A1'),
          daRow('A2', [{ formula: 'B2' }, ...met.slice(1)]),
          daRow('A3', [...met.slice(0, 3), { error: '#N/A' }, ...met.slice(4)]),
          [...daRow('A4'), null, 'stray'],
          daRow('A5', [{ formula: 'IF(1,"y","n")', result: 'y' }, ...met.slice(1)]),
        ],
      },
    ]);
    const r = await runCli(['score', '--format', 'csv', at('cells.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    const f = at('cells.xlsx');
    expect(r.stderr).toContain(`${f}:Cases!H3: the cell holds a formula with no saved result (case-audit never calculates formulas)`);
    expect(r.stderr).toContain(`${f}:Cases!K4: the cell holds an error value #N/A; expected a value`);
    expect(r.stderr).toContain(`${f}:Cases!Q5: the cell has a value but its column has no header (the header ends at column O)`);
    // A formula's saved result is its value: A5 is scored like A1.
    expect(r.stdout).toMatch(/\r\nA1,domestic-abuse,,good,good,derived/);
    expect(r.stdout).toMatch(/\r\nA5,domestic-abuse,,good,good,derived/);
    expect(r.stderr).toContain('5 read = 2 graded + 0 ungraded + 3 rejected');
  });

  it('reads numbers and dates as text: id 7 is "7", a date is 2017-02-03; row rules name the cell', async () => {
    await writeBook(at('values.xlsx'), [
      {
        name: 'Register',
        rows: [
          ['case_id', 'case_type', 'opened', 'DA1'],
          [7, 'da', new Date(Date.UTC(2017, 1, 3)), null],
          ['007', 'da', new Date(Date.UTC(2017, 1, 3, 14, 30)), 'maybe'],
          [7, 'da', null, null],
        ],
      },
    ]);
    const r = await runCli(['sample', '--quota', 'da=1', '--seed', '1', at('values.xlsx')]);
    expect(r.stdout).toContain('\r\n7,domestic-abuse,2017-02-03,');
    const f = at('values.xlsx');
    expect(r.stderr).toContain(`${f}:Register!D3: case "007": DA1 is not a finding`);
    expect(r.stderr).toContain(`${f}:Register!4:4: case id "7" is already used at ${f}:Register!2:2`);
    expect(r.code).toBe(1);
  });

  it('keeps the sheet and cell of a rejected row in the report JSON', async () => {
    await writeBook(at('reject.xlsx'), [{ name: 'Cases', rows: [DA, daRow('R1', ['maybe', ...met.slice(1)])] }]);
    const r = await runCli(['report', '--format', 'json', at('reject.xlsx')]);
    const rejected = JSON.parse(r.stdout).rejected;
    expect(rejected).toEqual([
      { file: at('reject.xlsx'), line: 2, sheet: 'Cases', col: 8, message: expect.stringContaining('DA1 is not a finding') },
    ]);
  });

  it('never prints a note, whatever is wrong with its row', async () => {
    const note = 'Private NOTE4417 about the child';
    await writeBook(at('notes.xlsx'), [
      {
        name: 'Cases',
        rows: [
          DA,
          [...daRow('N1').slice(0, 6), note, ...met],
          ['N2', 'domestic-abuse', note, null, null, 'no', note, ...met],
          ['N3', note, null, null, null, 'no', note, ...met],
          ['N4', 'domestic-abuse', null, null, null, 'no', { formula: 'X1' }, ...met],
          ['N5', 'domestic-abuse', null, null, null, 'no', { error: note }, ...met],
        ],
      },
    ]);
    const r = await runCli(['report', '--format', 'json', at('notes.xlsx')]);
    expect(r.code).toBe(1);
    expect(`${r.stdout}${r.stderr}`).not.toContain('NOTE4417');
    expect(r.stderr).toContain('5 read = 1 graded + 0 ungraded + 4 rejected');
  });

  it('reads long form (an assessor column) with the same row rules, joined across rows; clashes name the cells', async () => {
    const criteria = DA.slice(7);
    await writeBook(at('long.xlsx'), [
      {
        name: 'Cases',
        rows: [
          ['case_id', 'case_type', 'assessor', 'auditor', 'grade', ...criteria],
          ['L1', 'da', 'self', 'A12', 'good'],
          ['L1', 'da', 'independent', 'I1', null, ...met],
          ['L2', 'da', 'independent', 'I1', null, 'n', ...met.slice(1)],
          ['L1', 'da', 'self', 'A12', 'good'],
          ['L3', 'da', 'reviewer', 'M1', 'good'],
        ],
      },
    ]);
    const r = await runCli(['report', '--format', 'json', at('long.xlsx')]);
    const f = at('long.xlsx');
    expect(r.stderr).toContain(`${f}:Cases!5:5: case "L1" already has a self assessment at ${f}:Cases!2:2`);
    expect(r.stderr).toMatch(new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:Cases!C6: case "L3": .*reviewer`));
    const report = JSON.parse(r.stdout);
    expect(report.bothAssessed.self.good).toBe(1);
    expect(report.bothAssessed.independent.good).toBe(1);
    expect(report.independentOnly.inadequate).toBe(1);
    expect(report.totals.read).toBe(4);
    expect(report.totals.rejected).toBe(2);
    expect(r.code).toBe(1);
  });
});
