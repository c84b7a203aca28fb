// Kappa against hand-computed and published values, never against the implementation itself.
import { SCALE_2017 } from '../helpers/criteria.js';

const IDS = SCALE_2017.ids;
import { describe, expect, it } from 'vitest';
import { cohenKappa, landisKoch, weightedKappa, type Matrix } from '../../src/statistics/kappa.js';

/** Rows = first rater, columns = second rater, in grade order good, requires improvement, inadequate. */
const m = (rows: number[][]): Matrix => {
  const [g, ri, i] = rows as [number[], number[], number[]];
  const row = (r: number[]) => ({ good: r[0]!, requires_improvement: r[1]!, inadequate: r[2]! });
  return { good: row(g), requires_improvement: row(ri), inadequate: row(i) };
};

describe("Cohen's kappa", () => {
  it('is 1 for perfect agreement, weighted or not', () => {
    const perfect = m([
      [5, 0, 0],
      [0, 3, 0],
      [0, 0, 2],
    ]);
    expect(cohenKappa(perfect, IDS)).toBe(1);
    expect(weightedKappa(perfect, IDS, 'linear')).toBe(1);
    expect(weightedKappa(perfect, IDS, 'quadratic')).toBe(1);
  });

  it('matches a published 3x3 worked example (Bonnardel, kappa.txt: Po 0.770, Pe 0.336, K 0.654)', () => {
    // Rater A in rows, rater B in columns, 100 subjects.
    expect(
      cohenKappa(
        m([
          [25, 3, 5],
          [6, 32, 8],
          [1, 0, 20],
        ]),
        IDS,
      ),
    ).toBeCloseTo(0.654, 3);
  });

  it("matches scikit-learn's test values (0.9315, linear 0.9412, quadratic 0.9541)", () => {
    // y1 = 46 x 0, 44 x 1, 10 x 2; y2 = 50 x 0, 40 x 1, 10 x 2, paired by position (test_cohen_kappa).
    const sk = m([
      [46, 0, 0],
      [4, 40, 0],
      [0, 0, 10],
    ]);
    expect(cohenKappa(sk, IDS)).toBeCloseTo(0.9315, 4);
    expect(weightedKappa(sk, IDS, 'linear')).toBeCloseTo(0.9412, 4);
    expect(weightedKappa(sk, IDS, 'quadratic')).toBeCloseTo(0.9541, 4);
  });

  it('matches a weighted example worked by hand', () => {
    // Four cases: (G,G) (G,RI) (G,I) (RI,RI). Rows r = [3,1,0], columns c = [1,2,1], n = 4.
    // Unweighted: po = 2/4, pe = (3*1 + 1*2 + 0*1)/16 = 5/16, kappa = (8/16 - 5/16)/(11/16) = 3/11.
    // Linear weights 1, 1/2, 0: po = (1 + 1/2 + 0 + 1)/4 = 10/16;
    //   pe = [3*1*1 + 1/2*3*2 + 0] + [1/2*1*1 + 1*1*2 + 1/2*1*1] = 6 + 3 = 9, over 16;
    //   kappa_w = (10/16 - 9/16)/(7/16) = 1/7.
    // Quadratic weights 1, 3/4, 0: po = (1 + 3/4 + 0 + 1)/4 = 11/16;
    //   pe = [3 + 3/4*6] + [3/4 + 2 + 3/4] = 7.5 + 3.5 = 11, over 16; kappa_w = 0.
    const hand = m([
      [1, 1, 1],
      [0, 1, 0],
      [0, 0, 0],
    ]);
    expect(cohenKappa(hand, IDS)).toBeCloseTo(3 / 11, 12);
    expect(weightedKappa(hand, IDS, 'linear')).toBeCloseTo(1 / 7, 12);
    expect(weightedKappa(hand, IDS, 'quadratic')).toBeCloseTo(0, 12);
  });

  it('is null where undefined: every case in one grade for both raters, or no cases', () => {
    const oneGrade = m([
      [10, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(cohenKappa(oneGrade, IDS)).toBeNull();
    expect(weightedKappa(oneGrade, IDS, 'linear')).toBeNull();
    expect(weightedKappa(oneGrade, IDS, 'quadratic')).toBeNull();
    expect(
      cohenKappa(
        m([
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ]),
        IDS,
      ),
    ).toBeNull();
  });

  it('is 0 when one rater always says the same and the other varies (agreement no better than chance)', () => {
    // po = 2/6; pe = (6*2)/36 = 1/3: kappa = 0.
    expect(
      cohenKappa(
        m([
          [2, 3, 1],
          [0, 0, 0],
          [0, 0, 0],
        ]),
        IDS,
      ),
    ).toBe(0);
  });
});

describe('Landis & Koch bands', () => {
  it.each([
    [-0.3, 'poor'],
    [-0.01, 'poor'],
    [0, 'slight'],
    [0.2, 'slight'],
    [0.21, 'fair'],
    [0.4, 'fair'],
    [0.41, 'moderate'],
    [0.6, 'moderate'],
    [0.61, 'substantial'],
    [0.8, 'substantial'],
    [0.804, 'substantial'],
    [0.81, 'almost perfect'],
    [1, 'almost perfect'],
    [null, null],
  ] as const)('%s is %s', (k, band) => {
    expect(landisKoch(k)).toBe(band);
  });
});
