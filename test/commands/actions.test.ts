// `case-audit actions` end to end on the constructed example in fixtures/recommendations/ (15
// recommendations over three rounds; counts worked by hand in its README from the plan in
// scripts/make-recommendations-fixture.mjs; change intervals from statsmodels'
// confint_proportions_2indep(method='newcomb', alpha=0.05/13), printed to 6 places), in every
// format, and the bad input the issue lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { fixture, runCli } from '../helpers/cli.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';
import { tempDir, tempFiles } from '../helpers/tmp.js';
import { PassThrough, Writable } from 'node:stream';

const RECS = fixture('recommendations/recommendations.yaml');
const ROUNDS = ['2023', '2024', '2025'].map((r) => fixture(`recommendations/${r}.csv`));
const AS_OF = ['--as-of', '2025-06-30'];

/** By hand from the plan: [to unmet, to applied, from unmet, from applied] and statsmodels' interval. */
const CHANGES: Record<string, { counts: [number, number, number, number]; interval: [number, number]; verdict: string }> = {
  R1: { counts: [2 + 2, 80, 16 + 12, 80], interval: [-0.465688, -0.119432], verdict: 'improved' },
  R2: { counts: [6, 40, 8, 40], interval: [-0.297052, 0.202376], verdict: 'no clear change' },
  R3: { counts: [14, 40, 2, 40], interval: [0.037033, 0.529674], verdict: 'worse' },
  R4: { counts: [3, 32, 16, 32], interval: [-0.645164, -0.074712], verdict: 'improved' },
  R5: { counts: [1, 40, 10, 40], interval: [-0.454411, 0.009512], verdict: 'no clear change' },
  R6: { counts: [4 + 3, 80, 4 + 4, 80], interval: [-0.161085, 0.135328], verdict: 'no clear change' },
  R7: { counts: [3, 30, 15, 30], interval: [-0.645985, -0.056506], verdict: 'improved' },
  R8: { counts: [5 + 5, 60, 6 + 6, 60], interval: [-0.238324, 0.174185], verdict: 'no clear change' },
  R9: { counts: [3, 30, 3, 30], interval: [-0.263779, 0.263779], verdict: 'no clear change' },
  R10: { counts: [2, 30, 12, 30], interval: [-0.59085, -0.012563], verdict: 'improved' },
  R13: { counts: [2, 40, 6, 20], interval: [-0.567313, 0.028492], verdict: 'no clear change' },
  R14: { counts: [4, 30, 4, 20], interval: [-0.403974, 0.229362], verdict: 'no clear change' },
  R15: { counts: [1 + 2, 70, 9 + 12, 70], interval: [-0.432829, -0.072776], verdict: 'improved' },
};

interface Rec {
  id: string;
  status: string;
  due: string;
  overdue: boolean;
  owner: string;
  rounds: Array<{ round: string; n: number; applied: number; unmet: number; share: number | null; interval: [number, number] | null }>;
  change: { from: string; to: string; difference: number; differenceInterval: [number, number]; significant: boolean } | null;
  verdict: string;
  mismatch: string | null;
}

async function actionsJson(extra: string[] = []) {
  const r = await runCli(['actions', '-f', 'json', ...AS_OF, ...extra, RECS, ...ROUNDS]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { asOf: string; source: string; summary: Record<string, number>; recommendations: Rec[] };
}

describe('actions on the constructed example', () => {
  it('JSON: the contract keys, the summary and every change against the oracle', async () => {
    const out = await actionsJson();
    expect(Object.keys(out).slice(0, 4)).toEqual(['asOf', 'source', 'summary', 'recommendations']);
    expect(out.asOf).toBe('2025-06-30');
    expect(out.source).toBe('Re-inspection, March 2023 (constructed)');
    expect(out.summary).toEqual({ total: 15, recordedAchieved: 8, improved: 5, noClearChange: 7, worse: 1, notReaudited: 2, overdue: 5 });
    expect(Object.keys(out.recommendations[0]!).slice(0, 12)).toEqual(
      ['id', 'status', 'due', 'overdue', 'owner', 'criteria', 'areas', 'rounds', 'change', 'verdict', 'mismatch', 'text'].slice(0, 12),
    );
    for (const rec of out.recommendations) {
      const expected = CHANGES[rec.id];
      if (!expected) {
        expect([rec.id, rec.change, rec.verdict]).toEqual([rec.id, null, 'not re-audited']);
        continue;
      }
      const [toUnmet, toApplied, fromUnmet, fromApplied] = expected.counts;
      expect(rec.verdict, rec.id).toBe(expected.verdict);
      expect(rec.change!.difference).toBeCloseTo(toUnmet / toApplied - fromUnmet / fromApplied, 12);
      expect(rec.change!.differenceInterval[0]).toBeCloseTo(expected.interval[0], 6);
      expect(rec.change!.differenceInterval[1]).toBeCloseTo(expected.interval[1], 6);
      expect(rec.change!.significant).toBe(expected.verdict !== 'no clear change');
    }
  });

  it('rounds: n counts graded cases where a criterion applied, applied counts findings (DA5 n/a for 8 cases a round)', async () => {
    const out = await actionsJson();
    const byId = new Map(out.recommendations.map((r) => [r.id, r]));
    const figures = (id: string) => byId.get(id)!.rounds.map(({ round, n, applied, unmet }) => [round, n, applied, unmet]);
    expect(figures('R1')).toEqual([
      ['2023 re-inspection', 40, 80, 28],
      ['2024 dip sample', 20, 40, 10],
      ['2025 dip sample', 40, 80, 4],
    ]);
    expect(figures('R4')).toEqual([
      ['2023 re-inspection', 32, 32, 16],
      ['2024 dip sample', 12, 12, 6],
      ['2025 dip sample', 32, 32, 3],
    ]);
    // Two case types: 40 DA + 30 section 47 cases, one criterion each.
    expect(figures('R15')[0]).toEqual(['2023 re-inspection', 70, 70, 21]);
    // Baseline 2024: the 2023 round is not shown.
    expect(figures('R13')).toEqual([
      ['2024 dip sample', 20, 20, 6],
      ['2025 dip sample', 40, 40, 2],
    ]);
    // Missing children were audited only in 2023.
    expect(figures('R12')).toEqual([
      ['2023 re-inspection', 20, 40, 9],
      ['2024 dip sample', 0, 0, 0],
      ['2025 dip sample', 0, 0, 0],
    ]);
    expect(byId.get('R12')!.rounds[1]!.share).toBeNull();
    // 95% Wilson (statsmodels proportion_confint(28, 80, method='wilson')).
    expect(byId.get('R1')!.rounds[0]!.interval![0]).toBeCloseTo(0.254546, 6);
    expect(byId.get('R1')!.rounds[0]!.interval![1]).toBeCloseTo(0.4592, 6);
  });

  it('due, overdue (an achieved one never is) and the mismatches, both ways', async () => {
    const out = await actionsJson();
    const pick = (f: (r: Rec) => boolean) => out.recommendations.filter(f).map((r) => r.id);
    expect(pick((r) => r.overdue)).toEqual(['R3', 'R4', 'R6', 'R9', 'R12']);
    // R11 was due 2023-12-31 and is recorded achieved: not overdue.
    expect(out.recommendations.find((r) => r.id === 'R11')!.overdue).toBe(false);
    // dd/mm/yyyy read the UK way.
    expect(out.recommendations.find((r) => r.id === 'R2')!.due).toBe('2023-09-30');
    expect(pick((r) => r.mismatch === 'recorded achieved, not shown')).toEqual(['R2', 'R5', 'R8', 'R11', 'R13']);
    expect(pick((r) => r.mismatch === 'shown, not recorded')).toEqual(['R4', 'R10']);
    // A day earlier, R3 (due 2024-03-31) is not yet overdue.
    const before = await actionsJson(['--as-of', '31/03/2024']);
    expect(before.recommendations.find((r) => r.id === 'R3')!.overdue).toBe(false);
    expect(before.asOf).toBe('2024-03-31');
  });

  it('table and markdown: the headline side by side, the gap both ways, the method of the intervals', async () => {
    for (const format of ['table', 'markdown']) {
      const r = await runCli(['actions', '-f', format, ...AS_OF, RECS, ...ROUNDS]);
      expect(r.code, r.stderr).toBe(0);
      const text = r.stdout.replace(/\s+/g, ' ');
      expect(text).toContain('15 recommendations: 8 recorded as achieved; the audits show improvement on 5.');
      expect(text).toContain('Recorded as achieved where the audits do not show improvement: R2, R5, R8, R11, R13.');
      expect(text).toContain('Improvement shown by the audits but not recorded as achieved: R4, R10.');
      expect(text).toContain('Bonferroni-adjusted for the 13 changes shown');
      // R1: 35.0% then 5.0%, change -30.0 points (-46.6 to -11.9); the table may wrap its cells.
      if (format === 'markdown') expect(text).toContain('2024-03-31 (overdue)');
      if (format === 'markdown')
        expect(text).toContain(
          '| R1 | Achieved | 2023-09-30 | Head of Public Protection | DA1, DA2 | 35.0%, 5.0% | \\-30.0 (-46.6 to -11.9) | improved |',
        );
    }
  });

  /** The table at a terminal of `columns` (none: piped, read as 80), its lines and its words. */
  async function tableAt(columns?: number) {
    const r = await runCli(['actions', ...AS_OF, RECS, ...ROUNDS], columns === undefined ? {} : { tty: { columns } });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const words = new Set(r.stdout.split(/[\s│┌┐└┘├┤┬┴┼─]+/));
    return { text: r.stdout, lines, words, widest: Math.max(...lines.map((l) => [...l].length)) };
  }

  it('table at 80 columns, and piped: the owner and evidence on a line under each row, every word whole, no line over 80', async () => {
    const out = await actionsJson();
    for (const t of [await tableAt(80), await tableAt()]) {
      expect(t.widest).toBeLessThanOrEqual(80);
      const head = t.lines.find((l) => l.startsWith('│ ID '))!;
      expect(head.split('│').map((c) => c.trim())).toEqual(['', 'ID', 'Status', 'Due', 'Unmet:', 'Change', 'Verdict', '']);
      expect(t.text).toContain('│ Owner: MASH manager. Evidence: DA4.');
      // R3's row: its status whole on one line, its due date wrapped under it, then its owner's line.
      const r3 = t.lines.findIndex((l) => l.startsWith('│ R3 '));
      expect(t.lines[r3]).toMatch(/│ In progress │ 2024-03-31 +│ 5\.0%, 35\.0% +│/);
      expect(t.lines[r3 + 1]).toMatch(/^│ +│ +│ \(overdue\) +│/);
      expect(t.lines[r3 + 3]).toMatch(/^│ Owner: MASH manager\. Evidence: DA4\. +│$/);
      // Every word of every owner, status and verdict is printed whole somewhere.
      for (const rec of out.recommendations)
        for (const word of [...rec.owner.split(' '), ...rec.verdict.split(' ')])
          expect(t.words.has(word) || t.words.has(`${word}.`) || t.words.has(`${word};`), `${rec.id}: ${word}`).toBe(true);
    }
  });

  it('table on narrower terminals: fits 72 columns; at 60 the narrowest layout that keeps words whole, 71', async () => {
    expect((await tableAt(72)).widest).toBe(72);
    // The table's width is set by its longest words ("(interval),", "re-audited;", "re-inspection"):
    // 71 columns on this example, the narrowest it can be without cutting a word.
    expect((await tableAt(60)).widest).toBe(71);
  });

  it('table on a wide terminal: the one row per recommendation, owner and evidence in their columns, as before', async () => {
    const t = await tableAt(120);
    expect(t.widest).toBeLessThanOrEqual(120);
    const head = t.lines.find((l) => l.startsWith('│ ID '))!;
    expect(head.split('│').map((c) => c.trim())).toEqual([
      '',
      'ID',
      'Status',
      'Due',
      'Owner',
      'Evidence',
      'Unmet:',
      'Change',
      'Verdict',
      '',
    ]);
    expect(t.text).not.toContain('Owner:');
    expect(t.lines.find((l) => l.startsWith('│ R3 '))).toMatch(/│ In progress +│ 2024-03-31 \(overdue\) +│ MASH manager +│ DA4 +│/);
  });

  it('CSV: one row per recommendation and round', async () => {
    const r = await runCli(['actions', '-f', 'csv', ...AS_OF, RECS, ...ROUNDS]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    // 13 recommendations with baseline 2023 (3 rows each) and 2 with baseline 2024 (2 rows each).
    expect(lines.length).toBe(1 + 13 * 3 + 2 * 2);
    const head = lines[0]!.split(',');
    const r1 = lines[3]!.split(',');
    const cell = (name: string) => r1[head.indexOf(name)];
    expect([cell('id'), cell('round'), cell('n'), cell('applied'), cell('unmet'), cell('share')]).toEqual([
      'R1',
      '2025 dip sample',
      '40',
      '80',
      '4',
      '0.05',
    ]);
    expect([cell('verdict'), cell('significant'), cell('change_from')]).toEqual(['improved', 'true', '2023 re-inspection']);
  });

  it('HTML: one self-contained page with the figures', async () => {
    const r = await runCli(['actions', '-f', 'html', ...AS_OF, RECS, ...ROUNDS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('script-src &#39;none&#39;');
    expect(r.stdout).not.toMatch(/<script|src=|href=/);
    expect(r.stdout).toContain('15 recommendations: 8 recorded as achieved; the audits show improvement on 5.');
    // The summary row: 15, 8, 5, 7, 1, 2, 5.
    expect(r.stdout.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toContain('|All|15|8|5|7|1|2|5|');
  });

  it('XLSX: the front sheet, the recommendations and their rounds as numbers', async () => {
    const out = join(tempDir(), 'actions.xlsx');
    const r = await runCli(['actions', ...AS_OF, '-o', out, RECS, ...ROUNDS]);
    expect(r.code, r.stderr).toBe(0);
    const book = await readBook(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Recommendations', 'Rounds']);
    const recs = sheetValues(book.getWorksheet('Recommendations')!);
    expect(recs.length).toBe(16);
    expect(recs[1]!.slice(0, 5)).toEqual(['R1', expect.stringContaining('Every child present'), 'Achieved', '2023-09-30', 'no']);
    expect(recs[1]![10]).toBeCloseTo(-0.3, 12);
    const rounds = sheetValues(book.getWorksheet('Rounds')!);
    expect(rounds[1]).toEqual(['R1', '2023 re-inspection', 40, 80, 28, 0.35, expect.any(Number), expect.any(Number)]);
    const summary = sheetValues(book.getWorksheet('Summary')!).map((row) => row.slice(0, 2));
    expect(summary).toContainEqual(['Recorded achieved', 8]);
    expect(summary).toContainEqual(['Improved', 5]);
  });

  it('--as-of defaults to the date the process passes in', async () => {
    const stdout = new (class extends Writable {
      text = '';
      override _write(c: Buffer, _e: BufferEncoding, done: () => void) {
        this.text += c.toString();
        done();
      }
    })();
    const stdin = new PassThrough();
    stdin.end();
    const code = await run(['actions', '-f', 'json', RECS, ...ROUNDS], {
      stdout,
      stderr: new PassThrough(),
      stdin,
      env: {},
      cwd: process.cwd(),
      today: '2024-01-01',
    });
    expect(code).toBe(0);
    const out = JSON.parse(stdout.text) as { asOf: string; summary: { overdue: number } };
    // On 2024-01-01 only R12? No: R12 is due 2024-06-30. Overdue are those due before then and not achieved: none.
    expect(out.asOf).toBe('2024-01-01');
    expect(out.summary.overdue).toBe(0);
  });
});

describe('actions: bad input, each at its place, the rest still shown', () => {
  const write = tempFiles();
  const good = readFileSync(RECS, 'utf8');

  it('an unknown criterion, area and round (did you mean), a date that is not one, a duplicate id: exit 1, the others shown', async () => {
    const bad = good
      .replace('criteria: [DA3]', 'criteria: [DA33]')
      .replace('criteria: [DA4]', 'areas: [voice]')
      .replace('due: 2024-03-31\n    owner: Force control', 'due: 31/04/2024\n    owner: Force control')
      .replace('baseline: 2024 dip sample\n    due: 2025-03-31', 'baseline: 2024 dip sampel\n    due: 2025-03-31')
      .replace('id: R15', 'id: R14')
      .replace('due: 2025-12-31', 'due: soon');
    const file = write('recs.yaml', bad);
    const r = await runCli(['actions', '-f', 'json', ...AS_OF, file, ...ROUNDS]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    const line = (needle: string) => lines.find((l) => l.includes(needle)) ?? `(no line with ${needle})`;
    const at = (text: string) => bad.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(line('DA33')).toMatch(new RegExp(`recs\\.yaml:${at('[DA33]')}:\\d+: .*R2: no criterion "DA33" in the criteria`));
    expect(line('"voice"')).toMatch(
      new RegExp(`recs\\.yaml:${at('[voice]')}:\\d+: .*R3: no area "voice".*programme\\.yaml declares no areas`),
    );
    expect(line('31/04/2024')).toMatch(
      new RegExp(`recs\\.yaml:${at('31/04/2024')}:\\d+: .*R4: due: "31/04/2024" read as dd/mm/yyyy \\(UK\\): April 2024 has days 1 to 30`),
    );
    expect(line('"soon"')).toContain('expected yyyy-mm-dd (2023-09-30) or dd/mm/yyyy (30/09/2023)');
    expect(line('dip sampel')).toMatch(
      new RegExp(
        `recs\\.yaml:${at('dip sampel')}:\\d+: .*R13: baseline: no round "2024 dip sampel" in the case files \\(did you mean "2024 dip sample"\\?\\)`,
      ),
    );
    expect(line('used twice')).toMatch(
      new RegExp(
        `recs\\.yaml:${bad.split('\n').lastIndexOf('  - id: R14') + 1}:\\d+: .*R14: the id is used twice \\(first at line ${at('id: R14')}\\)`,
      ),
    );
    const out = JSON.parse(r.stdout) as { recommendations: Rec[] };
    // R2, R3, R4, R10 (due: soon), R13 and the second R14 are left out; the other nine are shown.
    expect(out.recommendations.map((x) => x.id)).toEqual(['R1', 'R5', 'R6', 'R7', 'R8', 'R9', 'R11', 'R12', 'R14']);
  });

  it('did you mean for a criterion, and an unknown key at its place', async () => {
    const file = write(
      'typo.yaml',
      good.replace('criteria: [DA3]', 'criteria: [DA3X]').replace('    owner: MASH manager', '    ower: MASH manager'),
    );
    const r = await runCli(['actions', ...AS_OF, file, ...ROUNDS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/typo\.yaml:\d+:\d+: .*unknown key "ower" in recommendations\.2 \(did you mean "owner"\?\)/);
    expect(r.stderr).toMatch(/no criterion "DA3X" in the criteria \(did you mean "DA3"\?\)/);
  });

  it('--as-of that is not a date is a usage error', async () => {
    const r = await runCli(['actions', '--as-of', '2025-02-30', RECS, ...ROUNDS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of: "2025-02-30" read as ISO (yyyy-mm-dd): February 2025 has days 1 to 28');
  });

  it('criteria schema --of recommendations: the JSON Schema made from the zod schema', async () => {
    const r = await runCli(['criteria', 'schema', '--of', 'recommendations']);
    expect(r.code, r.stderr).toBe(0);
    const schema = JSON.parse(r.stdout) as {
      title: string;
      required: string[];
      properties: { recommendations: { items: { required: string[]; additionalProperties: boolean } } };
    };
    expect(schema.title).toBe('case-audit recommendations file');
    expect(schema.required).toEqual(['source', 'recommendations']);
    expect(schema.properties.recommendations.items.required).toEqual(['id', 'text', 'baseline', 'due', 'owner', 'status']);
    expect(schema.properties.recommendations.items.additionalProperties).toBe(false);
  });
});
