// The figures trend's adjusted verdicts rest on (issue 26 item 5), against statsmodels and scipy:
// test/summarise/trend-oracle.json, written by scripts/trend-oracle.py (run it with Debian's
// python3; the test needs no Python). The trend tests quote these figures in their comments and
// assertions; here the functions trend calls (src/summarise/trend/trend-family.ts and
// trend-rounds.ts) are checked against the file, input by input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cochranArmitage } from '../../src/statistics/cochran-armitage.js';
import { chiSquareIndependence } from '../../src/statistics/independence.js';
import { newcombe } from '../../src/statistics/newcombe.js';
import { bonferroni } from '../../src/statistics/simultaneous.js';
import { ROOT } from '../helpers/cli.js';

interface Oracle {
  z: Record<string, number>;
  newcombe: Record<string, [number, number]>;
  cochranArmitage: Record<string, { statistic: number; p: number }>;
  caseMix: Record<string, { statistic: number; df: number; p: number }>;
}
const oracle = JSON.parse(readFileSync(join(ROOT, 'test/summarise/trend-oracle.json'), 'utf8')) as Oracle;

describe("trend's adjusted figures against statsmodels and scipy", () => {
  it('z at 1 - 0.05/m for 3 and 12 verdicts', () => {
    for (const m of [3, 12]) expect(bonferroni(m).z).toBeCloseTo(oracle.z[String(m)]!, 10);
  });

  it("Newcombe's interval of the difference at that level", () => {
    const cases: Array<[string, number, number, number, number, number]> = [
      ['15/25 - 6/20, m=3', 15, 25, 6, 20, 3],
      ['0/12 - 12/12, m=3', 0, 12, 12, 12, 3],
      ['0/25 - 10/30, m=12', 0, 25, 10, 30, 12],
      ['7/7 - 13/25, m=12', 7, 7, 13, 25, 12],
      ['7/7 - 10/30, m=12', 7, 7, 10, 30, 12],
    ];
    expect(cases.map(([key]) => key).sort()).toEqual(Object.keys(oracle.newcombe).sort());
    for (const [key, x2, n2, x1, n1, m] of cases) {
      const [lo, hi] = newcombe(x2, n2, x1, n1, bonferroni(m).z)!;
      expect([lo, hi], key).toEqual([expect.closeTo(oracle.newcombe[key]![0], 9), expect.closeTo(oracle.newcombe[key]![1], 9)]);
    }
  });

  it('Cochran-Armitage per grade across the rounds in order', () => {
    const cases: Array<[string, number[], number[]]> = [
      ['good 10/30, 13/25, 7/7', [10, 13, 7], [30, 25, 7]],
      ['inadequate 10/30, 0/25, 0/7', [10, 0, 0], [30, 25, 7]],
      ['good 5, 11, 18 of 32', [5, 11, 18], [32, 32, 32]],
      ['inadequate 15, 6, 2 of 32', [15, 6, 2], [32, 32, 32]],
    ];
    for (const [key, counts, totals] of cases) {
      const test = cochranArmitage(counts, totals);
      expect(test.value, key).toBeDefined();
      expect(test.value!.statistic, key).toBeCloseTo(oracle.cochranArmitage[key]!.statistic, 9);
      expect(test.value!.p, key).toBeCloseTo(oracle.cochranArmitage[key]!.p, 12);
    }
  });

  it('the case mix: chi-square on type x round', () => {
    const test = chiSquareIndependence([
      [30, 25, 0],
      [0, 0, 7],
    ]);
    const want = oracle.caseMix['[[30, 25, 0], [0, 0, 7]]']!;
    expect(test.value!.statistic).toBeCloseTo(want.statistic, 9);
    expect(test.value!.df).toBe(want.df);
    expect(test.value!.p).toBeCloseTo(want.p, 20);
  });
});
