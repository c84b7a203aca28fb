// The comparison's fold: only cases with both grades, the matrix, direction of disagreement, per type.
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../src/domain/grades.js';
import { BetweenFold } from '../../src/summarise/compare/between-fold.js';
import { scored, smallCriteria } from '../helpers/criteria.js';

const totals = { read: 6, graded: 5, ungraded: 1, rejected: 0 };

function build(pairs: Array<[string, Grade | null, Grade | null]>, weights?: 'linear' | 'quadratic') {
  // The comparison's fold between the force and the inspectorate, as `compare` makes it.
  const fold = new BetweenFold(smallCriteria(), { a: 'self', b: 'independent', byAuditor: false, weights: weights ?? 'linear' });
  pairs.forEach(([type, self, independent], i) => fold.add(scored(`c${i}`, type, independent, {}, { selfGrade: self })));
  return fold.finish(totals, { force: 'Testshire Police', inspectorate: 'HMIC' }, { a: 'Testshire Police', b: 'HMIC' });
}

describe('the self-assessment comparison (CompareBuilder through its fold)', () => {
  // Built inside each test, not in the describe body or beforeAll: a mutant that breaks the fold must
  // fail these tests, while a failing hook only skips them, which Stryker counts as survived.
  let built: ReturnType<typeof build> | undefined;
  const model = () =>
    (built ??= build([
      ['alpha', 'good', 'good'],
      ['alpha', 'good', 'inadequate'],
      ['alpha', 'good', 'requires_improvement'],
      ['beta', 'requires_improvement', 'requires_improvement'],
      ['beta', 'inadequate', 'requires_improvement'],
      ['gamma', null, 'good'], // independent only: not compared
      ['gamma', 'good', null], // ungraded: not compared
    ]));

  it('fills the matrix with rows = force, columns = inspectorate, and the totals', () => {
    expect(model().n).toBe(5);
    expect(model().matrix).toEqual({
      good: { good: 1, requires_improvement: 1, inadequate: 1 },
      requires_improvement: { good: 0, requires_improvement: 1, inadequate: 0 },
      inadequate: { good: 0, requires_improvement: 1, inadequate: 0 },
    });
    expect(model().selfTotals).toEqual({ good: 3, requires_improvement: 1, inadequate: 1 });
    expect(model().independentTotals).toEqual({ good: 1, requires_improvement: 3, inadequate: 1 });
  });

  it('counts agreement and the direction of each disagreement', () => {
    expect([model().agreed, model().exactAgreement, model().selfHigher, model().selfLower, model().twoApart]).toEqual([2, 0.4, 2, 1, 1]);
    // Rows r = [3,1,1], columns c = [1,3,1]: pe = (3 + 3 + 1)/25 = 7/25, po = 10/25: kappa = 3/18.
    expect(model().kappa).toBeCloseTo(3 / 18, 12);
    expect(model().kappaBand).toBe('slight');
    expect(model().weights).toBe('linear');
  });

  it('breaks down by case type, every type listed in criteria order', () => {
    expect(model().byType.map((t) => [t.type, t.n, t.agreed, t.exactAgreement, t.selfHigher, t.selfLower, t.twoApart])).toEqual([
      ['alpha', 3, 1, 1 / 3, 2, 0, 1],
      ['beta', 2, 1, 0.5, 0, 1, 0],
      ['gamma', 0, 0, null, 0, 0, 0],
      ['delta', 0, 0, null, 0, 0, 0],
    ]);
  });

  it('gives null kappas and no agreement when there is nothing to compare', () => {
    const empty = build([['gamma', null, 'good']]);
    expect([empty.n, empty.exactAgreement, empty.kappa, empty.weightedKappa, empty.kappaBand]).toEqual([0, null, null, null, null]);
  });

  it('uses quadratic weights when asked', () => {
    expect(build([['alpha', 'good', 'good']], 'quadratic').weights).toBe('quadratic');
  });
});
