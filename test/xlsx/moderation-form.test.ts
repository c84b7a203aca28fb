// The moderation form as a workbook (sample --second-marker ... -o m.xlsx, or --form-format xlsx):
// ids kept as text, the first-marking form's drop-downs, and the round trip: the form filled in
// here with exceljs (grades and findings), read back with compare --between, the figures worked
// from the cells written. The criteria are the constructed QA round's, which declare `moderator`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { readBook } from '../helpers/xlsx.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
const CRITERIA = ['--criteria', fixture('qa-round/criteria')];
const DA = ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'];
const GRADES = ['good', 'requires_improvement', 'inadequate'];

// 30 cases with ids a spreadsheet would read as numbers (001...). The first marking (self): all met
// (good) when i % 3 == 0, DA2 (expected) unmet (requires improvement) when 1, DA1 (serious) unmet
// (inadequate) when 2.
const id = (i: number) => String(i).padStart(3, '0');
const firstFindings = (i: number) => DA.map((c) => ((i % 3 === 1 && c === 'DA2') || (i % 3 === 2 && c === 'DA1') ? 'n' : 'y'));
const firstGrade = (i: number) => GRADES[i % 3]!;
writeFileSync(
  at('first.csv'),
  [
    ['case_id', 'case_type', 'assessor', 'auditor', 'grade', ...DA].join(','),
    ...Array.from({ length: 30 }, (_, i) => [id(i), 'domestic-abuse', 'self', i < 15 ? 'A1' : 'A2', '', ...firstFindings(i)].join(',')),
  ].join('\n') + '\n',
);

// What the second marker writes in row k of the form, and the grade that gives by the rule
// (serious: DA1, DA3, DA7; widespread: 3 unmet).
const SECOND: Array<{ unmet: string[]; na?: string[]; grade?: string; reason?: string; referred?: string; expect: string }> = [
  { unmet: [], expect: 'good' },
  { unmet: ['DA4'], expect: 'requires_improvement' },
  { unmet: ['DA3'], expect: 'inadequate' },
  { unmet: [], grade: 'Requiring improvement', reason: 'the risk was not weighed', expect: 'requires_improvement' },
  { unmet: ['DA2', 'DA4', 'DA5'], expect: 'inadequate' },
  { unmet: [], na: ['DA6'], referred: 'yes', expect: 'good' },
];

const validation = (ws: ExcelJS.Worksheet, address: string) =>
  (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(address);

describe('sample --second-marker -o form.xlsx', () => {
  let book: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let heads: string[];
  let drawn: string[];
  beforeAll(async () => {
    const args = [...CRITERIA, at('first.csv'), '--second-marker', 'moderator', '--rate', '20%', '--seed', '5'];
    const r = await runCli(['sample', ...args, '-o', at('form.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    book = await readBook(at('form.xlsx'));
    ws = book.getWorksheet('Cases')!;
    heads = (ws.getRow(1).values as unknown[]).slice(1).map((h) => String(h).split('\n')[0]!);
    drawn = Array.from({ length: ws.rowCount - 1 }, (_, k) => ws.getCell(k + 2, 1).value as string);
    // The same draw as the CSV form, case for case.
    const csv = parse((await runCli(['sample', ...args])).stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(drawn).toEqual(csv.map((row) => row.case_id));
    expect(heads).toEqual(Object.keys(csv[0]!));
  });

  it('has the columns of the CSV form, ids as text strings, assessor filled in and nothing of the first marking', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['Cases', 'Criteria', 'How to fill this in']);
    expect(heads).toEqual(['case_id', 'case_type', 'assessor', 'auditor', 'grade', 'override_reason', 'referred_back', 'notes', ...DA]);
    expect(drawn).toHaveLength(SECOND.length);
    for (const [k, caseId] of drawn.entries()) {
      expect(caseId).toMatch(/^0\d\d$/);
      expect(ws.getCell(k + 2, 1).type).toBe(3); // ValueType.String: 007 stays 007
      expect((ws.getRow(k + 2).values as unknown[]).slice(1).filter((v) => v != null)).toEqual([caseId, 'domestic-abuse', 'moderator']);
    }
    for (let col = 1; col <= heads.length; col++) expect(ws.getColumn(col).numFmt, `column ${col}`).toBe('@');
  });

  it('offers the drop-downs of the first-marking form: findings, grades, yes/no', () => {
    const letter = (name: string) => ws.getColumn(heads.indexOf(name) + 1).letter;
    expect(validation(ws, `${letter('DA1')}2`)?.formulae).toEqual(['"met,not met,n/a"']);
    expect(validation(ws, `${letter('DA8')}1001`)?.formulae).toEqual(['"met,not met,n/a"']);
    expect(validation(ws, `${letter('grade')}3`)?.formulae).toEqual(['"Good,Requiring improvement,Inadequate"']);
    expect(validation(ws, `${letter('referred_back')}4`)?.formulae).toEqual(['"yes,no"']);
    expect(validation(ws, `${letter('case_id')}2`)).toBeUndefined();
    const howTo = book.getWorksheet('How to fill this in')!.getSheetValues().flat().join(' ');
    expect(howTo).toContain('case-audit compare --between moderator,self <first marking> <this file>.xlsx');
  });

  it('round trip: filled in with exceljs, read back with compare --between; the figures worked from the cells', async () => {
    const col = (name: string) => heads.indexOf(name) + 1;
    SECOND.forEach((s, k) => {
      const row = ws.getRow(k + 2);
      row.getCell(col('auditor')).value = 'M1';
      for (const c of DA) row.getCell(col(c)).value = s.unmet.includes(c) ? 'not met' : s.na?.includes(c) ? 'n/a' : 'met';
      if (s.grade) row.getCell(col('grade')).value = s.grade;
      if (s.reason) row.getCell(col('override_reason')).value = s.reason;
      if (s.referred) row.getCell(col('referred_back')).value = s.referred;
    });
    await book.xlsx.writeFile(at('filled.xlsx'));

    const between = ['--between', 'moderator,self', '--by', 'auditor', '-f', 'json'];
    const r = await runCli(['compare', ...CRITERIA, ...between, at('first.csv'), at('filled.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('the risk was not weighed');
    const json = JSON.parse(r.stdout);
    // By hand: each drawn case's first grade (from its number) against the grade the second marking gives.
    const rank = (g: string) => GRADES.indexOf(g);
    const pairs = drawn.map((caseId, k) => ({ a: SECOND[k]!.expect, b: firstGrade(Number(caseId)) }));
    // Seed 5 draws 000, 006, 012, 021 (good) and 022, 028 (requires improvement); the second marking
    // gives good, RI, inadequate, RI (override), inadequate, good: 1 agreed, 1 higher (028), 4 lower.
    expect(drawn).toEqual(['000', '006', '012', '021', '022', '028']);
    expect([json.n, json.agreed, json.higher, json.lower]).toEqual([6, 1, 1, 4]);
    expect([json.agreed, json.higher, json.lower]).toEqual([
      pairs.filter((p) => p.a === p.b).length,
      pairs.filter((p) => rank(p.a) < rank(p.b)).length,
      pairs.filter((p) => rank(p.a) > rank(p.b)).length,
    ]);
    expect(json.byAuditor.map((x: { auditor: string; n: number }) => [x.auditor, x.n])).toEqual([['M1', 6]]);
    expect(json.totals.assessments).toBe(36);
    for (const criterion of DA) {
      const cells = drawn.map((caseId, k) => ({
        a: SECOND[k]!.unmet.includes(criterion) ? 'n' : SECOND[k]!.na?.includes(criterion) ? 'na' : 'y',
        b: firstFindings(Number(caseId))[DA.indexOf(criterion)]!,
      }));
      const both = cells.filter((c) => c.a !== 'na');
      const count = (a: string, b: string) => both.filter((c) => c.a === a && c.b === b).length;
      const row = json.criteria.find((c: { criterion: string }) => c.criterion === criterion);
      expect([row.n, row.bothMet, row.aMetBUnmet, row.aUnmetBMet, row.bothUnmet], criterion).toEqual([
        both.length,
        count('y', 'y'),
        count('y', 'n'),
        count('n', 'y'),
        count('n', 'n'),
      ]);
    }
    // DA2: both met in the first four, both unmet in 022, met by the second marker only in 028; DA6: n/a once.
    const da = (c: string) => json.criteria.find((x: { criterion: string }) => x.criterion === c);
    expect([da('DA2').n, da('DA2').bothMet, da('DA2').aMetBUnmet, da('DA2').aUnmetBMet, da('DA2').bothUnmet]).toEqual([6, 4, 1, 0, 1]);
    expect(da('DA6').n).toBe(5);
    // The override and the referral reach the scores of the moderator's rows.
    const scored = JSON.parse((await runCli(['score', ...CRITERIA, '-f', 'json', at('filled.xlsx')])).stdout) as Array<{
      caseId: string;
      grade: string;
      override: boolean;
      referredBack: boolean;
    }>;
    expect(scored.map((s) => [s.caseId, s.grade, s.override, s.referredBack])).toEqual(
      SECOND.map((s, k) => [drawn[k], s.expect, s.grade !== undefined, s.referred === 'yes']),
    );
  });

  it('--form-format xlsx writes the same workbook whatever the output is named', async () => {
    const r = await runCli([
      'sample',
      ...CRITERIA,
      at('first.csv'),
      '--second-marker',
      'moderator',
      '--size',
      '2',
      '--seed',
      '5',
      '--form-format',
      'xlsx',
      '-o',
      at('form.bin'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('internal error');
    const cases = (await readBook(at('form.bin'))).getWorksheet('Cases')!;
    expect(cases.rowCount).toBe(3);
    expect(cases.getCell(2, 3).value).toBe('moderator');
  });
});
