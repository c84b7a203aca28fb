// Evidence by area per round in `trend`'s fold, over the constructed programme of
// test/helpers/areas.ts read through the real read path. Round one's figures are worked by hand in
// test/summarise/areas.test.ts; round two's in the helper. The changes' Newcombe intervals are
// statsmodels' (confint_proportions_2indep(x2, n2, x1, n1, method='newcomb', compare='diff')).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../src/domain/criteria-set.js';
import { readCases } from '../../src/read/read-cases.js';
import { TrendBuilder } from '../../src/summarise/trend/trend-builder.js';
import { loadAreasCriteria, ROUND_ONE_ROWS, ROUND_TWO_ROWS, roundCsv } from '../helpers/areas.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir();
const criteria = loadAreasCriteria(dir);
const files = [join(dir, 'q1.csv'), join(dir, 'q2.csv')];
writeFileSync(files[0]!, roundCsv(ROUND_ONE_ROWS, '2026-Q1'));
writeFileSync(files[1]!, roundCsv(ROUND_TWO_ROWS, '2026-Q2'));

async function trend(paths: readonly string[], set: CriteriaSet, role = 'independent', perComparison = false) {
  const builder = new TrendBuilder(set, { role, between: null, perComparison });
  const stdin = new PassThrough();
  stdin.end();
  const result = await readCases(paths, set, { stdin, load: {}, consumer: { case: (c) => builder.add(c) }, onDiagnostic: () => {} });
  return builder.finish({ order: result.rounds, totals: result.accounting, force: 'Testshire Police', label: (r) => r });
}

const figures = (applied: number, unmet: number, partly: number, seriousCases: number) => ({
  applied,
  unmet,
  partly,
  share: applied === 0 ? null : unmet / applied,
  seriousCases,
});

describe('evidence by area in trend', () => {
  it('gives each area round by round, the ungraded case left out', async () => {
    const m = await trend(files, criteria);
    expect(m.totals).toEqual({ read: 20, graded: 19, ungraded: 1, rejected: 0 });
    const rounds = (i: number) => m.areas![i]!.rounds.map((r) => ({ ...r, interval: undefined }));
    expect(m.areas!.map((a) => [a.area, a.title, a.criteria])).toEqual([
      ['responding', 'Responding to children at risk', ['N1', 'N3', 'E2']],
      ['assessing', 'Assessing risk', ['N2', 'E1']],
      ['partners', 'Working with partners', ['E3']],
    ]);
    expect(rounds(0)).toEqual([
      { round: '2026-Q1', label: '2026-Q1', ...figures(9, 4, 1, 2) },
      { round: '2026-Q2', label: '2026-Q2', ...figures(25, 0, 0, 0) },
    ]);
    expect(rounds(1)).toEqual([
      { round: '2026-Q1', label: '2026-Q1', ...figures(5, 2, 2, 1) },
      { round: '2026-Q2', label: '2026-Q2', ...figures(13, 3, 0, 0) },
    ]);
    expect(rounds(2)).toEqual([
      { round: '2026-Q1', label: '2026-Q1', ...figures(0, 0, 0, 0) },
      { round: '2026-Q2', label: '2026-Q2', ...figures(1, 0, 0, 0) },
    ]);
    // statsmodels proportion_confint(3, 13, method='wilson'); 0 of 25: [0, z²/(n + z²)].
    const [lo, hi] = m.areas![1]!.rounds[1]!.interval!;
    expect([lo, hi]).toEqual([expect.closeTo(0.08179528718498563, 12), expect.closeTo(0.502563759467275, 12)]);
    expect(m.areas![0]!.rounds[1]!.interval).toEqual([0, expect.closeTo(0.13319225093904855, 12)]);
    expect(m.areas![2]!.rounds[0]!.interval).toBeNull();
  });

  it("--per-comparison: calls a change only where the difference's 95% Newcombe interval excludes 0", async () => {
    const m = await trend(files, criteria, 'independent', true);
    expect(
      m.areaChanges!.map((c) => [c.area, c.title, c.from, c.to, c.countFrom, c.nFrom, c.countTo, c.nTo, c.verdict, c.significant]),
    ).toEqual([
      ['responding', 'Responding to children at risk', '2026-Q1', '2026-Q2', 4, 9, 0, 25, 'change', true],
      ['assessing', 'Assessing risk', '2026-Q1', '2026-Q2', 2, 5, 3, 13, 'no clear change', false],
      // Nothing applied in round one: no share to compare.
      ['partners', 'Working with partners', '2026-Q1', '2026-Q2', 0, 0, 0, 1, 'not comparable', false],
    ]);
    const [responding, assessing, partners] = m.areaChanges!;
    expect(responding!.difference).toBeCloseTo(-4 / 9, 12);
    expect(responding!.differenceInterval).toEqual([expect.closeTo(-0.733348706504507, 12), expect.closeTo(-0.1561646496773259, 12)]);
    expect(assessing!.difference).toBeCloseTo(3 / 13 - 0.4, 12);
    expect(assessing!.differenceInterval).toEqual([expect.closeTo(-0.5674239287729179, 12), expect.closeTo(0.22270072092428483, 12)]);
    expect([partners!.shareFrom, partners!.shareTo, partners!.difference, partners!.differenceInterval]).toEqual([null, 0, null, null]);
    // Fewer than 10 findings in a round: shown as counts.
    expect([responding!.few, assessing!.few]).toEqual([true, true]);
  });

  it("the areas' changes are verdicts too: 3 grades and 2 comparable areas make 5, each at 99%", async () => {
    const m = await trend(files, criteria);
    expect(m.adjustment).toMatchObject({ method: 'bonferroni', comparisons: 5, level: 0.99 });
    const [responding, assessing] = m.areaChanges!;
    // statsmodels confint_proportions_2indep(..., method='newcomb', alpha=0.01).
    expect(responding!.differenceInterval).toEqual([expect.closeTo(-0.792577185591896, 12), expect.closeTo(-0.07759602604309385, 12)]);
    expect(assessing!.differenceInterval).toEqual([expect.closeTo(-0.6329730301916681, 12), expect.closeTo(0.30484857942751364, 12)]);
    expect(m.areaChanges!.map((c) => c.verdict)).toEqual(['change', 'no clear change', 'not comparable']);
  });

  it('counts the findings of the role shown (--role)', async () => {
    // Long form: c1's own auditor found N1 (serious) unmet; the independent assessor found it met.
    const long = join(dir, 'long.csv');
    writeFileSync(
      long,
      [
        'case_id,case_type,assessor,auditor,grade,override_reason,referred_back,notes,N1,N2,N3,N4,E1,E2,E3',
        'c1,neglect,self,A1,,,no,,n,y,y,y,,,',
        'c1,neglect,independent,I1,,,no,,y,y,y,y,,,',
        '',
      ].join('\n'),
    );
    const responding = async (role: string) => (await trend([long], criteria, role)).areas![0]!.rounds[0]!;
    expect(await responding('self')).toMatchObject(figures(2, 1, 0, 1));
    expect(await responding('independent')).toMatchObject(figures(2, 0, 0, 0));
  });

  it('a programme without areas has no area evidence or changes', async () => {
    const plain = { ...criteria, programme: { ...criteria.programme, areas: [] } };
    const m = await trend(files, plain);
    expect(m.rounds.map((r) => r.n)).toEqual([6, 13]);
    expect(m).not.toHaveProperty('areas');
    expect(m).not.toHaveProperty('areaChanges');
  });
});
