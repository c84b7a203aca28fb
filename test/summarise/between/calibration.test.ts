// Criterion calibration and agreement per auditor, against counts, kappas and intervals worked by hand.
import { SCALE_2017 } from '../../helpers/criteria.js';
import { describe, expect, it } from 'vitest';
import { ByAuditorBuilder } from '../../../src/summarise/compare/by-auditor.js';
import { CalibrationBuilder } from '../../../src/summarise/compare/calibration.js';
import { BetweenFold } from '../../../src/summarise/compare/between-fold.js';
import { binaryKappa } from '../../../src/statistics/kappa.js';
import { Z95 } from '../../../src/statistics/wilson.js';
import { assembled, codes } from '../../helpers/assembled.js';
import { smallCriteria } from '../../helpers/criteria.js';

describe('binaryKappa', () => {
  it('matches a 2x2 worked by hand (20 met/met, 5, 10, 15 unmet/unmet: po 0.70, pe 0.50, kappa 0.40)', () => {
    // Rows A: yes 25, no 25; columns B: yes 30, no 20. pe = (25*30 + 25*20)/2500 = 0.5.
    expect(binaryKappa(20, 5, 10, 15)).toBeCloseTo(0.4, 12);
  });
  it('is null where undefined (both sides all met) and -1 for complete, balanced disagreement', () => {
    expect(binaryKappa(7, 0, 0, 0)).toBeNull();
    expect(binaryKappa(0, 0, 0, 0)).toBeNull();
    expect(binaryKappa(0, 3, 3, 0)).toBe(-1);
  });
});

describe('CalibrationBuilder', () => {
  const criteria = smallCriteria();
  const build = () => {
    const b = new CalibrationBuilder(criteria.types);
    // alpha: A1 A2 A3; beta: B1 B2. A first, B second.
    b.add('alpha', codes('mmm'), codes('mum'));
    b.add('alpha', codes('mmu'), codes('uuu'));
    b.add('alpha', codes('mun'), codes('mum')); // A3: na on A's side, left out
    b.add('alpha', codes('umm'), codes('mm.')); // A3: no finding from B, left out
    b.add('beta', codes('mm'), codes('mm'));
    return b.finish();
  };

  it('counts the 2x2 per criterion, with agreement and kappa worked by hand', () => {
    const rows = build().criteria.map((c) => [c.criterion, c.type, c.n, c.bothMet, c.aMetBUnmet, c.aUnmetBMet, c.bothUnmet, c.agreement]);
    expect(rows).toEqual([
      ['A1', 'alpha', 4, 2, 1, 1, 0, 0.5],
      ['A2', 'alpha', 4, 1, 2, 0, 1, 0.5],
      ['A3', 'alpha', 2, 1, 0, 0, 1, 1],
      ['B1', 'beta', 1, 1, 0, 0, 0, 1],
      ['B2', 'beta', 1, 1, 0, 0, 0, 1],
    ]);
    const kappa = Object.fromEntries(build().criteria.map((c) => [c.criterion, c.kappa]));
    // A1: A met 3/unmet 1, B met 3/unmet 1: pe = (9 + 1)/16, po = 8/16: (8 - 10)/(16 - 10) = -1/3.
    expect(kappa.A1).toBeCloseTo(-1 / 3, 12);
    // A2: A met 3/unmet 1, B met 1/unmet 3: pe = (3 + 3)/16, po = 8/16: (8 - 6)/(16 - 6) = 0.2.
    expect(kappa.A2).toBeCloseTo(0.2, 12);
    // A3: one met/met, one unmet/unmet: pe = 1/2, po = 1: kappa 1. B1: all met on both sides: undefined.
    expect(kappa.A3).toBe(1);
    expect(kappa.B1).toBeNull();
  });

  it('ranks where A marked met what B marked unmet, and the reverse', () => {
    const c = build();
    expect(c.aMoreGenerous.map((x) => [x.criterion, x.aMetBUnmet])).toEqual([
      ['A2', 2],
      ['A1', 1],
    ]);
    expect(c.bMoreGenerous.map((x) => [x.criterion, x.aUnmetBMet])).toEqual([['A1', 1]]);
  });

  it('breaks ties in the ranking by the larger share of pairs, then criteria order', () => {
    const b = new CalibrationBuilder(criteria.types);
    b.add('alpha', codes('mmm'), codes('uuu'));
    b.add('alpha', codes('mmm'), codes('umm')); // A1 2 of 2; A2 and A3 1 of 2
    b.add('beta', codes('m.'), codes('u.')); // B1 1 of 1: ranks before A2 and A3
    expect(b.finish().aMoreGenerous.map((x) => x.criterion)).toEqual(['A1', 'B1', 'A2', 'A3']);
  });

  it('says when a side recorded no findings at all, and has then no criteria', () => {
    const b = new CalibrationBuilder(criteria.types);
    b.add('alpha', codes('...'), codes('mum'));
    const c = b.finish();
    expect([c.aRecordedNoFindings, c.bRecordedNoFindings, c.criteria.length]).toEqual([true, false, 0]);
  });

  it('keeps the 2 x 2 without partly: no partly figures, and partly false', () => {
    const c = build();
    expect([c.partly, c.criteria.every((x) => x.partly === undefined)]).toEqual([false, true]);
  });

  it('counts a side whose only findings are met as a side that recorded findings', () => {
    const b = new CalibrationBuilder(criteria.types);
    b.add('alpha', codes('mmm'), codes('mmm'));
    const c = b.finish();
    expect([c.aRecordedNoFindings, c.bRecordedNoFindings]).toEqual([false, false]);
  });

  it('says so of the second side too', () => {
    const b = new CalibrationBuilder(criteria.types);
    b.add('alpha', codes('mum'), codes('...'));
    const c = b.finish();
    expect([c.aRecordedNoFindings, c.bRecordedNoFindings, c.criteria.length]).toEqual([false, true, 0]);
  });
});

/** Wilson's bounds are the two p with n (phat - p)^2 = z^2 p (1 - p): a check that does not use the formula. */
const onWilsonCurve = (p: number, k: number, n: number) => n * (k / n - p) ** 2 - Z95 ** 2 * p * (1 - p);

describe('ByAuditorBuilder', () => {
  const rows = () => {
    const b = new ByAuditorBuilder(SCALE_2017);
    for (const [a, x] of [
      ['good', 'good'],
      ['good', 'requires_improvement'],
      ['good', 'inadequate'],
      ['requires_improvement', 'requires_improvement'],
      ['good', 'good'],
    ] as const)
      b.add('X', a, x);
    b.add('Y', 'requires_improvement', 'requires_improvement');
    b.add('Y', 'inadequate', 'inadequate');
    b.add(null, 'good', 'inadequate');
    return b.finish();
  };

  it('gives cases, agreement, higher, lower and kappa per auditor (by hand)', () => {
    const x = rows().find((r) => r.auditor === 'X')!;
    expect([x.n, x.agreed, x.exactAgreement, x.higher, x.lower, x.twoApart]).toEqual([5, 3, 0.6, 2, 0, 1]);
    // Rows (A) G 4, RI 1; columns (B) G 2, RI 2, I 1: pe = (8 + 2)/25, po = 15/25: kappa = 5/15.
    expect(x.kappa).toBeCloseTo(1 / 3, 12);
    const y = rows().find((r) => r.auditor === 'Y')!;
    expect([y.n, y.agreed, y.higher, y.lower, y.kappa]).toEqual([2, 2, 0, 0, 1]);
  });

  it("gives each auditor's 95% Wilson interval (3 of 5: 0.2307 to 0.8824; 2 of 2: 2/(2+z^2) to 1; 0 of 1: 0 to z^2/(1+z^2))", () => {
    const byCode = new Map(rows().map((r) => [r.auditor, r.agreementInterval]));
    const [lo, hi] = byCode.get('X')!;
    expect(lo).toBeCloseTo(0.2307, 4);
    expect(hi).toBeCloseTo(0.8824, 4);
    expect(onWilsonCurve(lo, 3, 5)).toBeCloseTo(0, 10);
    expect(onWilsonCurve(hi, 3, 5)).toBeCloseTo(0, 10);
    const z2 = Z95 ** 2;
    expect(byCode.get('Y')![0]).toBeCloseTo(2 / (2 + z2), 12);
    expect(byCode.get('Y')![1]).toBe(1);
    expect(byCode.get(null)).toEqual([0, expect.closeTo(z2 / (1 + z2), 12)]);
  });

  it('puts the auditor whose agreement interval reaches least high first', () => {
    // Upper ends: no code 0.79, X 0.88, Y 1.
    expect(rows().map((r) => r.auditor)).toEqual([null, 'X', 'Y']);
  });

  it('ranks by the upper end, not the agreement: 0 of 2 (upper end 0.66) after 5 of 20 (0.47)', () => {
    const b = new ByAuditorBuilder(SCALE_2017);
    b.add('X', 'good', 'inadequate');
    b.add('X', 'good', 'inadequate');
    for (let i = 0; i < 20; i++) b.add('Y', 'good', i < 5 ? 'good' : 'inadequate');
    expect(b.finish().map((r) => [r.auditor, r.agreed, r.n])).toEqual([
      ['Y', 5, 20],
      ['X', 0, 2],
    ]);
  });

  it('breaks a tie by the code, the assessments that name none last', () => {
    const b = new ByAuditorBuilder(SCALE_2017);
    for (const auditor of ['B', null, 'A']) {
      b.add(auditor, 'good', 'good');
      b.add(auditor, 'good', 'inadequate');
    }
    expect(b.finish().map((r) => r.auditor)).toEqual(['A', 'B', null]);
  });
});

describe('BetweenFold', () => {
  it('compares the two named roles on the cases both graded, whatever else the case carries', () => {
    const fold = new BetweenFold(smallCriteria(), { a: 'moderator', b: 'self', byAuditor: true, weights: 'linear' });
    fold.add(
      assembled('c1', 'alpha', {
        self: { grade: 'good', auditor: 'A1', findings: 'mmm' },
        moderator: { grade: 'requires_improvement', auditor: 'M', findings: 'mum' },
        independent: { grade: 'inadequate' },
      }),
    );
    fold.add(assembled('c2', 'alpha', { self: { grade: 'good', findings: 'mmm' } })); // not moderated
    fold.add(assembled('c3', 'beta', { self: { grade: 'good', findings: 'mm' }, moderator: { grade: null, findings: 'm.' } })); // moderator has no grade
    fold.add(
      assembled('c5', 'beta', { self: { grade: null, findings: 'mm' }, moderator: { grade: 'good', auditor: 'M', findings: 'mm' } }),
    ); // self has no grade
    fold.add(
      assembled('c4', 'beta', {
        self: { grade: 'requires_improvement', findings: 'mu' },
        moderator: { grade: 'requires_improvement', auditor: 'M', findings: 'mu' },
      }),
    );
    const m = fold.finish(
      { read: 4, graded: 4, ungraded: 0, rejected: 0 },
      { force: 'Testshire Police', inspectorate: 'HMIC' },
      { a: 'Moderator', b: 'Testshire Police' },
    );
    expect([m.n, m.agreed, m.selfHigher, m.selfLower]).toEqual([2, 1, 0, 1]);
    expect(m.matrix.requires_improvement!.good).toBe(1);
    expect(m.between!.a).toEqual({ role: 'moderator', label: 'Moderator' });
    expect(m.between!.calibration.criteria.map((c) => [c.criterion, c.n, c.aUnmetBMet])).toEqual([
      ['A1', 1, 0],
      ['A2', 1, 1],
      ['A3', 1, 0],
      ['B1', 1, 0],
      ['B2', 1, 0],
    ]);
    expect(m.between!.byAuditor!.map((r) => [r.auditor, r.n, r.agreed, r.lower])).toEqual([['M', 2, 1, 1]]);
  });

  it('leaves byAuditor null unless asked', () => {
    const fold = new BetweenFold(smallCriteria(), { a: 'self', b: 'independent', byAuditor: false, weights: 'linear' });
    expect(
      fold.finish({ read: 0, graded: 0, ungraded: 0, rejected: 0 }, { force: 'F', inspectorate: 'I' }, { a: 'F', b: 'I' }).between!
        .byAuditor,
    ).toBeNull();
  });
});

// With partly met findings (a programme that declares them): a 3 x 3 per criterion, rows A's
// finding and columns B's, met / partly / unmet; every figure below counted by hand.
describe('CalibrationBuilder with partly met findings', () => {
  const criteria = smallCriteria();
  const finish = () => {
    const b = new CalibrationBuilder(criteria.types, true);
    // A1 pairs (A, B): m/m, p/m, u/m, u/p, n/m (left out: A's n/a), ./u (left out: no finding).
    // A2 pairs: m/m, m/u, p/p, p/u, m/m, m/m.
    b.add('alpha', codes('mmm'), codes('mmm'));
    b.add('alpha', codes('pmm'), codes('mum'));
    b.add('alpha', codes('upm'), codes('mpm'));
    b.add('alpha', codes('upm'), codes('pum'));
    b.add('alpha', codes('nmm'), codes('mmm'));
    b.add('alpha', codes('.mm'), codes('umm'));
    return b.finish();
  };
  const a1 = () => finish().criteria.find((c) => c.criterion === 'A1')!;
  const a2 = () => finish().criteria.find((c) => c.criterion === 'A2')!;

  it('leaves out n/a and blank findings, and counts the 3 x 3', () => {
    expect(a1().n).toBe(4);
    expect(a1().partly!.matrix).toEqual([
      [1, 0, 0],
      [1, 0, 0],
      [1, 1, 0],
    ]);
    expect(a2().n).toBe(6);
    expect(a2().partly!.matrix).toEqual([
      [3, 0, 1],
      [0, 1, 1],
      [0, 0, 0],
    ]);
  });

  it('gives agreement on the diagonal, partly/partly included', () => {
    expect(a1().agreement).toBe(1 / 4);
    expect(a2().agreement).toBe(4 / 6);
  });

  it('counts who gave the better finding, in cases and in steps (met against unmet is two)', () => {
    // A1: B better in p/m (1 step), u/m (2), u/p (1): 3 cases, 4 steps; A never better.
    const p1 = a1().partly!;
    expect([p1.aHigher, p1.aSteps, p1.bHigher, p1.bSteps]).toEqual([0, 0, 3, 4]);
    // A2: A better in m/u (2 steps) and p/u (1): 2 cases, 3 steps.
    const p2 = a2().partly!;
    expect([p2.aHigher, p2.aSteps, p2.bHigher, p2.bSteps]).toEqual([2, 3, 0, 0]);
  });

  it('ranks the generous sides by steps', () => {
    const c = finish();
    expect([c.partly, c.aMoreGenerous.map((x) => x.criterion), c.bMoreGenerous.map((x) => x.criterion)]).toEqual([true, ['A2'], ['A1']]);
  });
});
