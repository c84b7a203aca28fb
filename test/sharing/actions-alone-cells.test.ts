// `actions --suppress 5` on its own: a one-criterion recommendation's cases are its findings
// applied (a case has one finding per criterion), the same number printed twice. Worked by hand on
// domestic-abuse cases built here:
//
//   2023: 20 cases, every finding met
//   2024: 20 cases, DA1 applied in every one (unmet in 10), DA2 in 3 of them (unmet; n/a in the others)
//
// Recommendations RA (DA1, DA2), RB (DA1), RC (DA2): RA's findings are RB's and RC's added up.
// In 2024 RC has 3 cases and 3 findings applied (small); RA's 23 applied less RB's 20 gives them
// back, so one of those two is hidden too. Before actions tied RB's cases to its findings, it hid
// RB's 20 findings (the smaller) and printed RB's 20 cases: the same number, so 23 - 20 gave RC's 3.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { recoverable } from '../helpers/recoverable.js';
import { DA_HEADER, daRow, tempFiles } from '../helpers/tmp.js';

const files = tempFiles('case-audit-actions-alone-');
const round = (name: string, rows: string[]) => files(`${name}.csv`, `${DA_HEADER},round\n${rows.map((r) => `${r},${name}`).join('\n')}\n`);
const ROUNDS = [
  round(
    '2023',
    Array.from({ length: 20 }, (_, i) => daRow(`A-${i}`)),
  ),
  round(
    '2024',
    Array.from({ length: 20 }, (_, i) => daRow(`B-${i}`, '', `${i >= 3 && i < 13 ? 'n' : 'y'},${i < 3 ? 'n' : 'na'},y,y,y,y,y,y`)),
  ),
];
const rec = (id: string, criteria: string) =>
  `  - id: ${id}\n    text: Test\n    baseline: '2023'\n    due: 2024-03-31\n    owner: Lead\n    criteria: [${criteria}]\n    status: open\n`;
const RECS = files(
  'recs.yaml',
  `source: One criterion (test)\nrecommendations:\n${rec('RA', 'DA1, DA2')}${rec('RB', 'DA1')}${rec('RC', 'DA2')}`,
);

// Two with the same evidence print the same counts: RD (DA1) is RB again. In 2024 RA's 13 unmet
// findings are RB's 10 and RC's 3 (small): RB's 10 is hidden with it (the smaller), and before
// actions tied RD to RB it printed RD's 10, so 13 - 10 gave RC's 3 back.
const TWINS = files(
  'twins.yaml',
  `source: Twins (test)\nrecommendations:\n${rec('RA', 'DA1, DA2')}${rec('RB', 'DA1')}${rec('RC', 'DA2')}${rec('RD', 'DA1')}`,
);

describe(
  "actions --suppress on its own: the counts printed twice (a one-criterion recommendation's cases and findings; two with the same evidence)",
  { timeout: 120_000 },
  () => {
    it('nothing printed gives a hidden count back', async () => {
      const r = await runCli(['actions', '--suppress', '5', '-f', 'json', '--as-of', '2025-06-30', RECS, ...ROUNDS]);
      expect(r.code, r.stderr).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(recoverable({ actions: j })).toEqual([]);
      const at2024 = (id: string) => j.recommendations.find((x: { id: string }) => x.id === id).rounds[1];
      expect(at2024('RC')).toMatchObject({ round: '2024', n: { suppressed: true }, applied: { suppressed: true } });
      // RB's cases and findings are hidden together or printed together; RA's or RB's findings are hidden.
      const rb = at2024('RB');
      expect(typeof rb.n === 'number').toBe(typeof rb.applied === 'number');
      expect([at2024('RA').applied, rb.applied].some((x) => typeof x !== 'number')).toBe(true);
    });

    it('two with the same evidence: hidden alike, nothing printed gives a hidden count back', async () => {
      const r = await runCli(['actions', '--suppress', '5', '-f', 'json', '--as-of', '2025-06-30', TWINS, ...ROUNDS]);
      expect(r.code, r.stderr).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(recoverable({ actions: j })).toEqual([]);
      const rounds = (id: string) => j.recommendations.find((x: { id: string }) => x.id === id).rounds;
      expect(rounds('RD')).toEqual(rounds('RB'));
    });
  },
);
