// `report --suppress 5` on a register worked by hand: 22 cases graded by the inspectorate alone.
//
//   Table 4 (domestic abuse):   good 6, requiring improvement 3, inadequate 0, total 9
//   Table 7 (missing children): good 7, requiring improvement 6, inadequate 0, total 13
//   Table 2 (every case):       good 13, requiring improvement 9, inadequate 0, total 22
//
// 3 is hidden (<5). Its row (6 + 3 + 0 = 9) would give it away: 6 is hidden too (a count before a
// zero, which would open the inadequate column, all zeros). The good column (6 + 7 = 13 in Table 2)
// would give 6 away: 7 is hidden. Table 7's row (7 + 6 + 0 = 13) then has one hidden cell, and the
// requiring-improvement column (3 + 6 = 9) has one: 6 mends both. Three cells hidden beside the
// small one, the rectangle; Table 2 and every total stay.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';

const dir = tempDir('case-audit-suppress-');
const rows = [
  ...Array.from({ length: 6 }, () => ['domestic-abuse', 'good']),
  ...Array.from({ length: 3 }, () => ['domestic-abuse', 'requires improvement']),
  ...Array.from({ length: 7 }, () => ['missing-children', 'good']),
  ...Array.from({ length: 6 }, () => ['missing-children', 'requires improvement']),
];
const cases = join(dir, 'cases.csv');
writeFileSync(
  cases,
  ['case_id,case_type,independent_grade,referred_back', ...rows.map(([t, g], i) => `SUP-${i + 1},${t},${g},${i < 2 ? 'yes' : 'no'}`)].join(
    '\n',
  ) + '\n',
);
const HIDDEN = { suppressed: true };

describe('report --suppress', { timeout: 120_000 }, () => {
  it('JSON: the small count and the three cells that would give it away are { suppressed: true }; the rule at the top level', async () => {
    const r = await runCli(['report', '--suppress', '5', '--format', 'json', cases]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.suppression).toEqual({ below: 5 });
    const table = (n: number) => json.byTable.find((t: { table: number }) => t.table === n);
    expect(table(4).counts).toEqual({ good: HIDDEN, requires_improvement: HIDDEN, inadequate: 0 });
    expect(table(4).graded).toBe(9);
    expect(table(7).counts).toEqual({ good: HIDDEN, requires_improvement: HIDDEN, inadequate: 0 });
    expect(table(7).graded).toBe(13);
    expect(json.independentOnly).toEqual({ good: 13, requires_improvement: 9, inadequate: 0 });
    expect(json.totals).toEqual({ read: 22, graded: 22, ungraded: 0, rejected: 0 });
    // Two cases referred back: a count, hidden; no list of case ids anywhere.
    expect(json.referredBack).toEqual(HIDDEN);
    expect(r.stdout).not.toMatch(/SUP-/);
  });

  it('Markdown and CSV: <5 for the small count, [x] for the cells hidden to protect it, the rule under every table', async () => {
    const md = await runCli(['report', '--suppress', '5', '--format', 'markdown', cases]);
    expect(md.stdout).toContain('| Cases relating to domestic abuse incidents | \\[x\\] | \\<5 | 0 | 9 |');
    const tables = md.stdout.match(/^\| --- /gm)!.length;
    expect(md.stdout.match(/^Counts from 1 to 4 are shown as \\<5/gm)!.length).toBe(tables + 1);
    const csv = await runCli(['report', '--suppress', '5', '--format', 'csv', cases]);
    expect(csv.stdout).toContain(
      'by_table,4,Cases assessed involving referrals relating to domestic abuse incidents or crimes,Cases relating to domestic abuse incidents,requires_improvement,<5\r\n',
    );
    expect(csv.stdout).toContain(',good,[x]\r\n');
    expect(csv.stdout).not.toMatch(/SUP-/);
  });

  it('table: the terminal tables, as without --suppress (not Markdown), with the rule under every table', async () => {
    const r = await runCli(['report', '--suppress', '5', cases]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('| --- |');
    expect(r.stdout).toMatch(/│ Cases relating to +│ +\[x\] │ +<5 │ +0 │ +9 │/);
    const tables = r.stdout.match(/^┌/gm)!.length;
    expect(r.stdout.match(/^Counts from 1 to 4 are shown as <5/gm)!.length).toBe(tables + 1);
  });

  it('HTML and the workbook: the rule on the front page and under every table; the same cells hidden', async () => {
    const html = await runCli(['report', '--suppress', '5', '--format', 'html', cases]);
    expect(html.code).toBe(0);
    const body = html.stdout.slice(html.stdout.indexOf('<body>'));
    expect(body).toMatch(/^<body>\n<p class="sharing">Counts from 1 to 4 are shown as &lt;5/);
    expect(body.match(/<table>/g)!.length).toBe(body.match(/<p class="note">Counts from 1 to 4/g)!.length);
    expect(body).toContain(
      '<th scope="row">Cases relating to domestic abuse incidents</th><td class="num">[x]</td><td class="num">&lt;5</td>',
    );
    expect(body).not.toMatch(/SUP-|<svg/);
    const out = join(dir, 'published.xlsx');
    expect((await runCli(['report', '--suppress', '5', '-o', out, cases])).code).toBe(0);
    const book = await readBook(out);
    const front = sheetValues(book.getWorksheet('Summary')!);
    expect(front[2]).toEqual(['Small numbers', expect.stringMatching(/^Counts from 1 to 4 are shown as <5/)]);
    const rows = sheetValues(book.getWorksheet('Tables')!);
    expect(rows).toContainEqual(['Cases relating to domestic abuse incidents', '[x]', '<5', 0, 9]);
  });

  it('--by: every relation a reader can form from the printed counts has none or two or more hidden cells', async () => {
    const by = join(dir, 'by.csv');
    // Teams that cut across the case types: North holds 2 of the 3 domestic-abuse cases requiring improvement.
    writeFileSync(
      by,
      ['case_id,case_type,independent_grade,team', ...rows.map(([t, g], i) => `BY-${i + 1},${t},${g},${i % 2 ? 'North' : 'South'}`)].join(
        '\n',
      ) + '\n',
    );
    const plain = JSON.parse((await runCli(['report', '--by', 'team', '--format', 'json', by])).stdout);
    const r = await runCli(['report', '--suppress', '5', '--by', 'team', '--format', 'json', by]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const hidden = (c: unknown) => typeof c === 'object' && c !== null;
    const grades = ['good', 'requires_improvement', 'inadequate'];
    type Row = { value?: string; counts: Record<string, unknown>; graded: unknown };
    const relations: unknown[][] = [];
    const rowOf = (x: Row) => relations.push([...grades.map((g) => x.counts[g]), x.graded]);
    j.byTable.forEach(rowOf);
    j.breakdown.all.forEach(rowOf);
    for (const t of j.breakdown.tables) t.values.forEach(rowOf);
    for (const g of grades) {
      relations.push([...j.byTable.map((t: Row) => t.counts[g]), j.bothAssessed.independent[g], j.independentOnly[g]]);
      relations.push([...j.breakdown.all.map((v: Row) => v.counts[g]), j.bothAssessed.independent[g], j.independentOnly[g]]);
      for (const t of j.breakdown.tables)
        if (t.values.length)
          relations.push([
            ...t.values.map((v: Row) => v.counts[g]),
            j.byTable.find((x: Row & { table: number }) => x.table === t.table).counts[g],
          ]);
      for (const v of j.breakdown.all)
        relations.push([
          ...j.breakdown.tables.flatMap((t: { values: Row[] }) => t.values.filter((x) => x.value === v.value).map((x) => x.counts[g])),
          v.counts[g],
        ]);
    }
    for (const v of j.breakdown.all)
      relations.push([
        ...j.breakdown.tables.flatMap((t: { values: Row[] }) => t.values.filter((x) => x.value === v.value).map((x) => x.graded)),
        v.graded,
      ]);
    for (const rel of relations) expect(rel.filter(hidden).length, JSON.stringify(rel)).not.toBe(1);
    // Every small count of the plain report's breakdown is hidden in the published one.
    const small = (n: unknown) => typeof n === 'number' && n >= 1 && n < 5;
    plain.breakdown.tables.forEach((t: { values: Row[] }, i: number) =>
      t.values.forEach((v, k) =>
        grades.forEach((g) => {
          if (small(v.counts[g])) expect(j.breakdown.tables[i].values[k].counts[g]).toEqual(HIDDEN);
        }),
      ),
    );
    expect(JSON.stringify(plain.breakdown)).not.toEqual(JSON.stringify(j.breakdown));
  });
});
