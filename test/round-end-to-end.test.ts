// A QA round done end to end, as a QA team would (issue 29): three registers with auditors
// allocated -> `sample --round` as workbook forms -> each form filled in cell by cell (exceljs, as an
// auditor in Excel would) -> score -> a moderation form drawn from the first round, filled in ->
// compare --between self,moderator --by auditor -> trend across the three rounds.
//
// Figures worked by hand from the filling rules below (bundled criteria; domestic-abuse: DA1, DA3,
// DA7 serious, widespread 3; one expected criterion unmet is requires improvement):
// - Each register: six domestic-abuse cases, R<k>-1..3 allocated to A1, R<k>-4..6 to A2, and two
//   section-47 cases; --quota domestic-abuse=6 takes all six, so every figure is fixed.
// - The force's own grade (self_grade) is good on every case.
// - A1 marks every criterion met: good. A2 leaves DA2 (expected) unmet on BAD[k] of its three
//   cases: requires improvement there, good elsewhere. BAD = 3 in Q1, 2 in Q2, 0 in Q3.
// - score (Q1): 3 + 0 good from A1 and A2's none: good 3, requires improvement 3.
// - The moderator re-marks all six Q1 cases (--rate 100%) and agrees with the auditors' findings:
//   self against moderator per auditor of self: A1 3 of 3 agree; A2 0 of 3, the force higher 3.
//   Wilson 95% for 0 of 3: 0 to z^2 / (3 + z^2) = 3.8415 / 6.8415 = 0.5615.
// - trend (independent grades): Q1 good 3 RI 3; Q2 good 4 RI 2; Q3 good 6 RI 0; n 6 each, so the
//   good shares are 1/2, 2/3 and 1, and the three forms stay three rounds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';
import { readBook } from './helpers/xlsx.js';

const dir = tempDir('case-audit-round-');
const at = (name: string) => join(dir, name);
const DA = ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'];
const ROUNDS = [
  { round: '2025-Q1', bad: 3 },
  { round: '2025-Q2', bad: 2 },
  { round: '2025-Q3', bad: 0 },
];
const Z = 1.959964;

function register(k: number): string {
  const rows = ['case_id,case_type,auditor'];
  for (let i = 1; i <= 6; i++) rows.push(`R${k}-${i},domestic-abuse,${i <= 3 ? 'A1' : 'A2'}`);
  rows.push(`R${k}-7,section-47,A1`, `R${k}-8,section-47,A2`);
  writeFileSync(at(`register-${k}.csv`), `${rows.join('\n')}\n`);
  return at(`register-${k}.csv`);
}

/** The Cases sheet's column numbers by name (the first line of each header cell). */
function columns(ws: ExcelJS.Worksheet): (name: string) => number {
  const heads = (ws.getRow(1).values as unknown[]).slice(1).map((h) => String(h).split('\n')[0]!);
  return (name) => {
    const i = heads.indexOf(name);
    if (i === -1) throw new Error(`no column ${name}`);
    return i + 1;
  };
}

/** Fills a first-marking form as the auditor of each row would: the findings and the force's grade. */
async function fillForm(form: string, filled: string, bad: number): Promise<Array<{ id: string; auditor: string; round: string }>> {
  const book = await readBook(form);
  const ws = book.getWorksheet('Cases')!;
  const col = columns(ws);
  const rows: Array<{ id: string; auditor: string; round: string }> = [];
  let a2 = 0;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const auditor = String(row.getCell(col('auditor')).value);
    rows.push({ id: String(row.getCell(1).value), auditor, round: String(row.getCell(col('round')).value) });
    const unmet = auditor === 'A2' && a2++ < bad ? ['DA2'] : [];
    row.getCell(col('self_grade')).value = 'Good';
    for (const c of DA) row.getCell(col(c)).value = unmet.includes(c) ? 'not met' : 'met';
  }
  await book.xlsx.writeFile(filled);
  return rows;
}

describe('a QA round end to end', () => {
  const filled: string[] = [];
  const drawn: Array<Array<{ id: string; auditor: string; round: string }>> = [];
  beforeAll(async () => {
    for (const [k, { round, bad }] of ROUNDS.entries()) {
      const args = ['sample', register(k + 1), '--quota', 'domestic-abuse=6', '--seed', '1', '--round', round];
      const r = await runCli([...args, '-o', at(`form-${k + 1}.xlsx`)]);
      expect(r.code, r.stderr).toBe(0);
      filled.push(at(`filled-${k + 1}.xlsx`));
      drawn.push(await fillForm(at(`form-${k + 1}.xlsx`), filled[k]!, bad));
    }
  }, 60_000);

  it('sample writes each case with its auditor and the round', () => {
    expect(drawn[0]!.map((d) => [d.id, d.auditor, d.round]).sort()).toEqual([
      ['R1-1', 'A1', '2025-Q1'],
      ['R1-2', 'A1', '2025-Q1'],
      ['R1-3', 'A1', '2025-Q1'],
      ['R1-4', 'A2', '2025-Q1'],
      ['R1-5', 'A2', '2025-Q1'],
      ['R1-6', 'A2', '2025-Q1'],
    ]);
    expect(drawn[2]!.every((d) => d.round === '2025-Q3')).toBe(true);
  });

  it('score: the first round grades 3 good and 3 requiring improvement, in its round', async () => {
    const r = await runCli(['score', '--format', 'json', filled[0]!]);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ caseId: string; grade: string; selfGrade: string }>;
    const grades = Object.fromEntries(rows.map((x) => [x.caseId, x.grade]));
    expect(grades).toEqual({
      'R1-1': 'good',
      'R1-2': 'good',
      'R1-3': 'good',
      'R1-4': 'requires_improvement',
      'R1-5': 'requires_improvement',
      'R1-6': 'requires_improvement',
    });
    expect(rows.every((x) => x.selfGrade === 'good')).toBe(true);
  });

  it('a moderation form filled in, then compare --between self,moderator --by auditor', async () => {
    const m = await runCli([
      'sample',
      filled[0]!,
      '--second-marker',
      'moderator',
      '--rate',
      '100%',
      '--seed',
      '2',
      '-o',
      at('moderation.xlsx'),
    ]);
    expect(m.code, m.stderr).toBe(0);
    const book = await readBook(at('moderation.xlsx'));
    const ws = book.getWorksheet('Cases')!;
    const col = columns(ws);
    expect(ws.rowCount - 1).toBe(6);
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      expect(row.getCell(col('assessor')).value).toBe('moderator');
      expect(row.getCell(col('round')).value).toBe('2025-Q1');
      // The moderator agrees with the auditors' findings: DA2 unmet on A2's cases (all three in Q1).
      const a2 = Number(String(row.getCell(1).value).split('-')[1]) > 3;
      row.getCell(col('auditor')).value = 'M1';
      for (const c of DA) row.getCell(col(c)).value = a2 && c === 'DA2' ? 'not met' : 'met';
    }
    await book.xlsx.writeFile(at('moderation-filled.xlsx'));

    const r = await runCli([
      'compare',
      '--between',
      'self,moderator',
      '--by',
      'auditor',
      '--format',
      'json',
      filled[0]!,
      at('moderation-filled.xlsx'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as {
      n: number;
      byAuditor: Array<{ auditor: string; n: number; agreed: number; higher: number; lower: number; agreementInterval: [number, number] }>;
    };
    expect(json.n).toBe(6);
    const byAuditor = json.byAuditor.map(({ auditor, n, agreed, higher, lower }) => ({ auditor, n, agreed, higher, lower }));
    expect(byAuditor).toEqual([
      { auditor: 'A2', n: 3, agreed: 0, higher: 3, lower: 0 },
      { auditor: 'A1', n: 3, agreed: 3, higher: 0, lower: 0 },
    ]);
    const [lo, hi] = json.byAuditor[0]!.agreementInterval;
    expect(lo).toBeCloseTo(0, 9);
    expect(hi).toBeCloseTo((Z * Z) / (3 + Z * Z), 4);
  });

  it('trend across the three filled forms: three rounds, not one "(no round named)"', async () => {
    const r = await runCli(['trend', '--format', 'json', ...filled]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as {
      rounds: Array<{ round: string; n: number; counts: Record<string, number>; share: Record<string, number> }>;
    };
    expect(json.rounds.map((x) => [x.round, x.n, x.counts.good, x.counts.requires_improvement])).toEqual([
      ['2025-Q1', 6, 3, 3],
      ['2025-Q2', 6, 4, 2],
      ['2025-Q3', 6, 6, 0],
    ]);
    expect(json.rounds.map((x) => x.share.good)).toEqual([1 / 2, 4 / 6, 1]);
  });
});
