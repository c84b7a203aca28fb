// `actions --suppress 5` on the constructed rounds in fixtures/recommendations/ (their README works
// the counts by hand: DA1 unmet 16, 6, 2 and DA2 unmet 12, 4, 2 in 2023, 2024, 2025, of 40, 20 and
// 40 domestic-abuse cases), with three recommendations where one's criteria are exactly the other
// two's: RA (DA1, DA2), RB (DA1), RC (DA2). RA's unmet findings are RB's and RC's added up.
//
// 2024, recoverable: RC's 4 is small; with RA's 10 printed, RB's 6 would give it away (10 - 6).
// RB's 6 is hidden too (the smaller of the two it could be, neither opening another sum).
// 2025, not recoverable: 4, 2 and 2 are all small; nothing more is hidden.
// Shares follow their counts; the changes (2023 to 2025) are not printed, their verdicts stay.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { tempDir, tempFiles } from '../helpers/tmp.js';
import { publishedCells, smallCounts } from '../helpers/published-cells.js';

const dir = tempDir('case-audit-actions-suppress-');
const ROUNDS = ['2023', '2024', '2025'].map((r) => fixture(`recommendations/${r}.csv`));
const rec = (id: string, criteria: string) =>
  `  - id: ${id}\n    text: Test\n    baseline: 2023 re-inspection\n    due: 2024-03-31\n    owner: Lead\n    criteria: [${criteria}]\n    status: open\n`;
const RECS = tempFiles('case-audit-actions-recs-')(
  'recs.yaml',
  `source: Covers (test)\nrecommendations:\n${rec('RA', 'DA1, DA2')}${rec('RB', 'DA1')}${rec('RC', 'DA2')}`,
);
const HIDDEN = { suppressed: true };
const AS_OF = ['--as-of', '2025-06-30'];

interface Round {
  round: string;
  n: unknown;
  applied: unknown;
  unmet: unknown;
  share: number | null;
}

describe('actions --suppress', { timeout: 120_000 }, () => {
  it('JSON: the small counts, the one that would give a small one away, the shares and changes on them', async () => {
    const r = await runCli(['actions', '--suppress', '5', '-f', 'json', ...AS_OF, RECS, ...ROUNDS]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.suppression).toEqual({ below: 5 });
    const unmet = (id: string) => j.recommendations.find((x: { id: string }) => x.id === id).rounds.map((x: Round) => x.unmet);
    expect(unmet('RA')).toEqual([28, 10, HIDDEN]);
    expect(unmet('RB')).toEqual([16, HIDDEN, HIDDEN]);
    expect(unmet('RC')).toEqual([12, HIDDEN, HIDDEN]);
    const ra = j.recommendations[0];
    expect(ra.rounds.map((x: Round) => [x.n, x.applied, x.share])).toEqual([
      [40, 80, 28 / 80],
      [20, 40, 10 / 40],
      [40, 80, null],
    ]);
    expect(ra.change).toEqual({
      from: '2023 re-inspection',
      to: '2025 dip sample',
      difference: null,
      differenceInterval: null,
      significant: true,
      suppressed: true,
    });
    // The verdict says whether the audits show a clear change; it gives no count away.
    expect(j.recommendations.map((x: { verdict: string }) => x.verdict)).toEqual(['improved', 'improved', 'improved']);
    // The headline counts recommendations, not children: as it is.
    expect(j.summary.total).toBe(3);
  });

  it('every format: no count from 1 to 4 printed; check-share passes JSON, CSV, HTML and the workbook', async () => {
    const bundled = fixture('recommendations/recommendations.yaml');
    for (const format of ['table', 'markdown', 'csv', 'json', 'html', 'xlsx']) {
      for (const [tag, recs] of [
        ['covers', RECS],
        ['bundled', bundled],
      ] as const) {
        const out = join(dir, `actions-${tag}.${format}`);
        const r = await runCli(['actions', '--suppress', '5', '-f', format, '-o', out, ...AS_OF, recs, ...ROUNDS]);
        expect(r.code).toBe(0);
        const text = format === 'xlsx' ? '' : readFileSync(out, 'utf8');
        expect(smallCounts(await publishedCells(format, text, out), 5), `${format} ${tag}`).toEqual([]);
        expect(text).not.toMatch(/R2[345]-DA-/);
        if (['csv', 'json', 'html', 'xlsx'].includes(format)) {
          const check = await runCli(['check-share', '--suppress', '5', out]);
          expect(check.code, check.stdout).toBe(0);
        }
      }
    }
    const plain = await runCli(['actions', '-f', 'json', ...AS_OF, RECS, ...ROUNDS]);
    expect(smallCounts(await publishedCells('json', plain.stdout), 5).length).toBeGreaterThan(0);
  });
});
