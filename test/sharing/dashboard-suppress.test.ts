// `dashboard --suppress 5` on the constructed rounds with recommendations and the referrals log
// (fixtures/recommendations) and on the QA round (fixtures/qa-round): in HTML, the workbook (read back
// with exceljs) and JSON, no count from 1 to 4 is printed, check-share passes the file at the same
// threshold, no case id of the fixtures appears anywhere, and the JSON has the contract's shape. The
// same runs without --suppress print small counts and case ids, so each check can fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { publishedCells, smallCounts } from '../helpers/published-cells.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('case-audit-dashboard-suppress-');
const ROUND_FILES = ['2023', '2024', '2025'].map((r) => fixture(`recommendations/${r}.csv`));
const LOG = fixture('recommendations/referrals-2025.csv');
const QA_CASES = fixture('qa-round/cases.csv');
const RUNS = {
  recommendations: [
    '--recommendations',
    fixture('recommendations/recommendations.yaml'),
    '--log',
    LOG,
    '--as-of',
    '2025-06-30',
    ...ROUND_FILES,
  ],
  qa: ['-c', fixture('qa-round/criteria'), QA_CASES],
};
const HIDDEN = { suppressed: true };

/** Every case id of the fixtures' case files and of the referrals log: the first column's values. */
const IDS = [...ROUND_FILES, LOG, QA_CASES].flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]!)
    .filter((id) => id !== ''),
);
const idsIn = (text: string) => [...new Set(IDS)].filter((id) => new RegExp(`(^|[^A-Za-z0-9-])${id}([^A-Za-z0-9-]|$)`).test(text));

async function textOf(format: string, file: string): Promise<string> {
  if (format !== 'xlsx') return readFileSync(file, 'utf8');
  const book = await readBook(file);
  return book.worksheets.flatMap((w) => sheetValues(w).flatMap((r) => (r ?? []).map((c) => String(c ?? '')))).join('\n');
}

/** The output in a format, with what a reader would find in it. */
async function outputOf(run: keyof typeof RUNS, format: string, suppress: boolean) {
  const file = join(dir, `${run}-${suppress ? 'suppressed' : 'plain'}.${format}`);
  const r = await runCli(['dashboard', ...(suppress ? ['--suppress', '5'] : []), '-f', format, '-o', file, ...RUNS[run]]);
  expect(r.code, r.stderr).toBe(0);
  const text = await textOf(format, file);
  const small = smallCounts(await publishedCells(format, format === 'xlsx' ? '' : text, file), 5);
  // Without --against: staff codes may be printed (docs/sharing.md); the case ids are looked for above.
  const check = await runCli(['check-share', '--suppress', '5', file]);
  return { text, small, ids: idsIn(text), checkCode: check.code, checkOut: check.stdout };
}

describe('dashboard --suppress', { timeout: 180_000 }, () => {
  for (const run of ['recommendations', 'qa'] as const)
    for (const format of ['html', 'xlsx', 'json'])
      it(`${run}, ${format}: no small count, no case id, check-share passes; without --suppress all three fail`, async () => {
        const out = await outputOf(run, format, true);
        expect(out.small).toEqual([]);
        expect(out.ids).toEqual([]);
        expect(out.checkCode, out.checkOut).toBe(0);
        expect(out.text).toContain('Counts from 1 to 4');
        const plain = await outputOf(run, format, false);
        expect(plain.small.length).toBeGreaterThan(0);
        expect(plain.checkCode).toBe(1);
        if (run === 'recommendations') expect(plain.ids.length).toBeGreaterThan(0);
      });

  it('JSON: the rule at the top, each part as its command publishes it, the referrals as counts', async () => {
    const r = await runCli(['dashboard', '--suppress', '5', '-f', 'json', ...RUNS.recommendations]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.suppression).toEqual({ below: 5 });
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining(['force', 'latestRound', 'report', 'compare', 'trend', 'actions', 'referrals', 'totals', 'suppressionRule']),
    );
    expect(j.latestRound).toBe('2025 dip sample');
    // Each part is the command's own published JSON on the same files (its top-level rule keys aside),
    // but for two counts the page hides as one (docs/sharing.md), each of which, printed, was the one
    // hidden count of a sum across parts: R12's 9 findings unmet in 2023 are MC2's and MC3's, and the
    // trend printed MC2's 5 beside MC3's hidden count (9 - 5 = 4); R1's 10 unmet in 2024 are DA1's and
    // DA2's, and the trend printed DA1's 6 beside DA2's hidden count (10 - 6 = 4).
    const own = async (args: string[]) => {
      const x = JSON.parse((await runCli([...args, '--suppress', '5', '-f', 'json'])).stdout);
      delete x.suppression;
      delete x.suppressionRule;
      return x;
    };
    expect(j.report).toEqual(await own(['report', ROUND_FILES[2]!]));
    const trend = await own(['trend', ...ROUND_FILES]);
    const mc2 = trend.criteria.find((c: { criterion: string }) => c.criterion === 'MC2').rounds[0];
    expect([mc2.round, mc2.unmet]).toEqual(['2023 re-inspection', 5]);
    Object.assign(mc2, { unmet: HIDDEN, share: null });
    expect(j.trend).toEqual(trend);
    const actions = await own(['actions', '--as-of', '2025-06-30', fixture('recommendations/recommendations.yaml'), ...ROUND_FILES]);
    const r1 = actions.recommendations.find((r: { id: string }) => r.id === 'R1').rounds[1];
    expect([r1.round, r1.unmet]).toEqual(['2024 dip sample', 10]);
    Object.assign(r1, { unmet: HIDDEN, share: null, interval: null });
    expect(j.actions).toEqual(actions);
    const mc3 = j.trend.criteria.find((c: { criterion: string }) => c.criterion === 'MC3').rounds[0];
    const da2 = j.trend.criteria.find((c: { criterion: string }) => c.criterion === 'DA2').rounds[1];
    expect([mc3.unmet, da2.unmet]).toEqual([HIDDEN, HIDDEN]);
    // The safety net: no list, only counts; a small one is { "suppressed": true }.
    const ref = j.referrals;
    expect(JSON.stringify(ref)).not.toMatch(/caseId|R25-/);
    const plain = JSON.parse((await runCli(['dashboard', '-f', 'json', ...RUNS.recommendations])).stdout).referrals;
    // The log holds 7 matched cases in four statuses, each from 1 to 4: all hidden, their total printed.
    expect(Object.values(plain.byStatus)).toEqual([3, 1, 1, 2]);
    expect(ref.byStatus).toEqual({ referred: HIDDEN, acknowledged: HIDDEN, actioned: HIDDEN, dismissed: HIDDEN });
    expect(ref.inLog).toBe(7);
    // 52 cases need a log entry and have none; one of the two reasons is small, so the other is hidden too.
    expect(plain.unaccounted).toHaveLength(52);
    expect(ref.unaccounted).toEqual({ referredBack: HIDDEN, suggested: HIDDEN, total: 52 });
    for (const [key, list] of [
      ['overdue', plain.overdue],
      ['dismissedUnexplained', plain.dismissedWithoutReason],
      ['unknownCases', plain.unknownCases],
    ] as const)
      if (list.length === 0 || list.length >= 5) expect(ref[key], key).toEqual(list.length);
      else expect(ref[key], key).toEqual(HIDDEN);
  });
});
