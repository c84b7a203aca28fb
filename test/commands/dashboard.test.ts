// `case-audit dashboard`: every figure it shows is the figure of the command that owns it, run on
// the same files. The dashboard's JSON parts are compared, key for key, with the JSON of `report`
// (on the latest round's file), `trend`, `compare --by auditor`, `actions` and `referrals`; the
// workbook read back with exceljs; no free text in any format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';
import { tempDir, tempFiles } from '../helpers/tmp.js';

const RECS = fixture('recommendations/recommendations.yaml');
const LOG = fixture('recommendations/referrals-2025.csv');
const ROUNDS = ['2023', '2024', '2025'].map((r) => fixture(`recommendations/${r}.csv`));
const AS_OF = ['--as-of', '2025-06-30'];
const FULL = ['--recommendations', RECS, '--log', LOG, ...AS_OF, ...ROUNDS];

type Json = Record<string, unknown>;

async function json(args: string[], code = 0): Promise<Json> {
  const r = await runCli([...args, '-f', 'json']);
  expect(r.code, r.stderr).toBe(code);
  return JSON.parse(r.stdout) as Json;
}

describe('dashboard on the constructed example (fixtures/recommendations)', () => {
  it("JSON: each part is its command's JSON on the same files, the latest round's report that of its file alone", async () => {
    const board = await json(['dashboard', ...FULL]);
    expect(board.latestRound).toBe('2025 dip sample');
    expect(board.report).toEqual(await json(['report', ROUNDS[2]!]));
    expect(board.trend).toEqual(await json(['trend', ...ROUNDS]));
    expect(board.actions).toEqual(await json(['actions', ...AS_OF, RECS, ...ROUNDS]));
    // `referrals` exits 1 on unaccounted cases; the dashboard shows them and exits 0.
    expect(board.referrals).toEqual(await json(['referrals', '--log', LOG, ...AS_OF, ...ROUNDS], 1));
    expect(board.totals).toEqual({ read: 200, graded: 200, ungraded: 0, rejected: 0 });
    // Hand figures from the fixture's README: Table 2 of 2025 is 51 / 9 / 10 of 70 cases.
    const table2 = (board.report as { independentOnly: Json }).independentOnly;
    expect(table2).toEqual({ good: 51, requires_improvement: 9, inadequate: 10 });
  });

  it('without --recommendations and --log: no actions or referrals, and no date needed', async () => {
    const board = await json(['dashboard', ...ROUNDS]);
    expect([board.actions, board.referrals]).toEqual([null, null]);
    expect((board.trend as { rounds: unknown[] }).rounds).toHaveLength(3);
  });

  it('--order names the latest round: the report is then that round’s', async () => {
    const board = await json(['dashboard', '--order', '2024 dip sample,2025 dip sample,2023 re-inspection', ...ROUNDS]);
    expect(board.latestRound).toBe('2023 re-inspection');
    expect(board.report).toEqual(await json(['report', ROUNDS[0]!]));
  });

  it('HTML: one page with the tables of each part; the CSP of the board papers', async () => {
    const r = await runCli(['dashboard', ...FULL]);
    expect(r.code, r.stderr).toBe(0);
    const html = r.stdout;
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;none&#39;; style-src &#39;sha256-',
    );
    expect(html).not.toMatch(/<script|<img|<link|https?:/i);
    for (const caption of [
      'Table 2: Additional cases assessed only by HMIC',
      'Grades given by HMIC, round by round (95% intervals)',
      'Each recommendation: recorded status and what the audits show',
      'Unaccounted: suggested or referred back, and not in the log',
      'Overdue: referred, no response after 28 days',
    ])
      expect(html).toContain(`<caption>${caption}</caption>`);
    expect(html).toContain('15 recommendations: 8 recorded as achieved; the audits show improvement on 5.');
  });

  it('XLSX: the front sheet, Tables 1 and 2, the rounds, the recommendations and the referrals, as numbers', async () => {
    const dir = tempDir('case-audit-dashboard-');
    const file = join(dir, 'board.xlsx');
    const r = await runCli(['dashboard', ...FULL, '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const book = await readBook(file);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Table 1',
      'Table 2',
      'Rounds',
      'Recommendations',
      'Recommendation rounds',
      'Unaccounted referrals',
      'Overdue referrals',
    ]);
    const [report, actions, referrals] = await Promise.all([
      json(['report', ROUNDS[2]!]),
      json(['actions', ...AS_OF, RECS, ...ROUNDS]),
      json(['referrals', '--log', LOG, ...AS_OF, ...ROUNDS], 1),
    ]);
    const values = (name: string) => sheetValues(book.getWorksheet(name)!);
    const only = (report as { independentOnly: Record<string, number> }).independentOnly;
    expect(
      values('Table 2')
        .find((row) => row[0] === 'HMIC assessment')!
        .slice(1, 4),
    ).toEqual([only.good, only.requires_improvement, only.inadequate]);
    expect(
      values('Rounds')
        .slice(1)
        .map((row) => [row[0], row[1]]),
    ).toEqual([
      ['2023 re-inspection', 90],
      ['2024 dip sample', 40],
      ['2025 dip sample', 70],
    ]);
    const recs = (actions as { recommendations: Array<{ id: string; change: { difference: number } | null }> }).recommendations;
    const rows = values('Recommendations').slice(1);
    expect(rows.map((row) => row[0])).toEqual(recs.map((rec) => rec.id));
    expect(rows.map((row) => row[10] ?? null)).toEqual(recs.map((rec) => rec.change?.difference ?? null));
    const { unaccounted, overdue } = referrals as {
      unaccounted: Array<{ caseId: string }>;
      overdue: Array<{ caseId: string; days: number }>;
    };
    expect(
      values('Unaccounted referrals')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(unaccounted.map((u) => u.caseId));
    expect(values('Overdue referrals').slice(1)).toEqual(overdue.map((o) => [o.caseId, '2025 dip sample', expect.any(String), o.days]));
  });

  it('-o picks the format from the extension; a format the dashboard has not is a usage error', async () => {
    const r = await runCli(['dashboard', ...ROUNDS, '-o', join(tempDir('case-audit-dashboard-'), 'board.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dashboard writes no csv; its formats are html, xlsx, json');
  });
});

describe('dashboard: the self-assessment gap and the auditors to review', () => {
  const QA = ['-c', fixture('qa-round/criteria'), fixture('qa-round/cases.csv')];

  it('several auditors: the gap and the auditors to review are compare --by auditor on the same files', async () => {
    const board = await json(['dashboard', ...QA]);
    const compare = await json(['compare', '--by', 'auditor', ...QA]);
    expect(board.compare).toEqual(compare);
    // A2 grades generously (fixtures/qa-round/README.md): named for review, on the page too.
    expect((compare.auditorsToReview as Array<{ auditor: string }>).map((a) => a.auditor)).toContain('A2');
    const html = (await runCli(['dashboard', ...QA])).stdout;
    expect(html).toContain('Auditors to review: ');
    expect(html).toContain('<caption>Bias and chance-corrected agreement</caption>');
  });

  it('several rounds: the gap is the latest round’s, as compare gives it on that round’s file', async () => {
    const rounds = ['2025-q1', '2025-q2', '2025-q3'].map((r) => fixture(`rounds/${r}.yaml`));
    const board = await json(['dashboard', ...rounds]);
    expect(board.compare).toEqual(await json(['compare', '--by', 'auditor', rounds[2]!]));
    expect(board.report).toEqual(await json(['report', rounds[2]!]));
    // No auditor code in these files: no table per auditor on the page.
    const html = (await runCli(['dashboard', ...rounds])).stdout;
    expect(html).not.toContain('Agreement by auditor');
    expect(html).toContain('<caption>Agreement</caption>');
  });
});

describe('dashboard: no free text in any format', () => {
  it("the log's notes and the case files' notes appear nowhere", async () => {
    // The log's notes carry NOTE-MARKER-n (fixtures/recommendations/referrals-2025.csv).
    expect(readFileSync(LOG, 'utf8')).toContain('NOTE-MARKER-1');
    const cases = readFileSync(fixture('qa-round/cases.csv'), 'utf8').split('\n');
    const header = cases[0]!.split(',');
    const notes = header.indexOf('notes');
    const withNotes = cases
      .map((line, i) => {
        if (i === 0 || line === '') return line;
        const cells = line.split(',');
        cells[notes] = `FREE-TEXT-${i}`;
        return cells.join(',');
      })
      .join('\n');
    const file = tempFiles('case-audit-dashboard-')('cases.csv', withNotes);
    const dir = tempDir('case-audit-dashboard-');
    for (const args of [FULL, ['-c', fixture('qa-round/criteria'), file]]) {
      for (const format of ['html', 'json']) {
        const r = await runCli(['dashboard', ...args, '-f', format]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout + r.stderr).not.toMatch(/NOTE-MARKER|FREE-TEXT/);
      }
      const book = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
      expect((await runCli(['dashboard', ...args, '-o', book])).code).toBe(0);
      const read = await readBook(book);
      const text = read.worksheets.flatMap((w) => sheetValues(w).flat()).join('\n');
      expect(text.length).toBeGreaterThan(100);
      expect(text).not.toMatch(/NOTE-MARKER|FREE-TEXT/);
    }
  });
});
