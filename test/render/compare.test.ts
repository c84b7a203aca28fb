// Exact strings per renderer from the inline model in ./models.ts (colour off, 80 columns).
import { describe, expect, it } from 'vitest';
import { compareCsv } from '../../src/render/compare/compare-csv.js';
import { compareJson } from '../../src/render/compare/compare-json.js';

const compareJsonText = (m: Parameters<typeof compareJson>[0]) => [...compareJson(m)].join('');
import { compareMarkdown } from '../../src/render/compare/compare-markdown.js';
import { compareTable } from '../../src/render/compare/compare-table.js';
import { paint } from '../../src/render/terminal/paint.js';
import { COMPARE } from './models.js';

const crlf = (s: string) => `\ufeff${s.replaceAll('\n', '\r\n')}`;

/** Issue 26's figures in the CSV, in order: every one empty where the model has none. */
const FIGURE_NAMES = [
  'net',
  'net_lo',
  'net_hi',
  'mean_difference',
  'mean_difference_lo',
  'mean_difference_hi',
  ...['marginal_homogeneity', 'symmetry'].flatMap((t) => [`${t}_statistic`, `${t}_df`, `${t}_p`]),
  'kappa_lo',
  'kappa_hi',
  'weighted_kappa_linear_lo',
  'weighted_kappa_linear_hi',
  ...['ac1', 'ac2_linear', 'brennan_prediger'].flatMap((c) => [c, `${c}_lo`, `${c}_hi`]),
];
const figureRows = (scope: string) => FIGURE_NAMES.map((name) => `statistic,${scope},${name},,\n`).join('');

describe('compare renderers', () => {
  it('table', () => {
    expect(compareTable(COMPARE, { paint: paint(false) })).toBe(`Self-assessment compared: Testshire Police and HMIC

4 cases graded by both. Rows: the force's grade; columns: HMIC's grade.

┌───────────────────────┬──────┬───────────────────────┬────────────┬───────┐
│ Force \\ HMIC          │ Good │ Requiring improvement │ Inadequate │ Total │
├───────────────────────┼──────┼───────────────────────┼────────────┼───────┤
│ Good                  │    1 │                     2 │          1 │     4 │
├───────────────────────┼──────┼───────────────────────┼────────────┼───────┤
│ Requiring improvement │    0 │                     0 │          0 │     0 │
├───────────────────────┼──────┼───────────────────────┼────────────┼───────┤
│ Inadequate            │    0 │                     0 │          0 │     0 │
├───────────────────────┼──────┼───────────────────────┼────────────┼───────┤
│ Total                 │    1 │                     2 │          1 │     4 │
└───────────────────────┴──────┴───────────────────────┴────────────┴───────┘

Exact agreement          1 of 4 (25.0%)
Cohen's kappa            n/a
Weighted kappa (linear)  n/a
Force graded higher      3
Force graded lower       0
Two grades apart         1
Higher / lower: the force graded the case higher / lower than HMIC; two grades
apart: Good against Inadequate. Kappa corrects agreement for chance (n/a where
undefined, e.g. every case in one grade); bands after Landis & Koch (1977).

Bias and chance-corrected agreement: 4 cases graded by both, too few cases to
tell.

By case type
┌───────────┬───────┬──────────────┬────────┬───────┬─────────┐
│ Case type │ Cases │       Agreed │ Higher │ Lower │ 2 apart │
├───────────┼───────┼──────────────┼────────┼───────┼─────────┤
│ alpha     │     4 │ 1 of 4 (25%) │      3 │     0 │       1 │
├───────────┼───────┼──────────────┼────────┼───────┼─────────┤
│ gamma     │     0 │          n/a │      0 │     0 │       0 │
└───────────┴───────┴──────────────┴────────┴───────┴─────────┘

4 read = 4 graded + 0 ungraded + 0 rejected
`);
  });

  it('table: kappas print with two places and the band of the figure printed (41/200 is 0.21, fair; -1/200 is -0.01, poor)', () => {
    const text = compareTable(
      { ...COMPARE, n: 40, kappa: 41 / 200, kappaBand: 'slight', weightedKappa: -1 / 200, weightedKappaBand: 'slight' },
      { paint: paint(false) },
    );
    // The model's bands are ignored: the band follows the printed figure, rounded half away from zero.
    expect(text).toContain("Cohen's kappa            0.21 (fair)\n");
    expect(text).toContain('Weighted kappa (linear)  -0.01 (poor)\n');
  });

  it('table: under 10 cases a kappa has its count and "too few cases to tell", never a band', () => {
    const text = compareTable({ ...COMPARE, kappa: 0.4333, kappaBand: 'moderate' }, { paint: paint(false) });
    expect(text).toContain("Cohen's kappa            0.43 (4 cases: too few cases to tell)\n");
    expect(text).not.toContain('moderate');
  });

  it('markdown', () => {
    expect(compareMarkdown(COMPARE)).toBe(`## Self-assessment compared: Testshire Police and HMIC

4 cases graded by both. Rows: the force's grade; columns: HMIC's grade.

| Force \\\\ HMIC | Good | Requiring improvement | Inadequate | Total |
| --- | ---: | ---: | ---: | ---: |
| Good | 1 | 2 | 1 | 4 |
| Requiring improvement | 0 | 0 | 0 | 0 |
| Inadequate | 0 | 0 | 0 | 0 |
| Total | 1 | 2 | 1 | 4 |

| Measure | Value |
| --- | --- |
| Exact agreement | 1 of 4 (25.0%) |
| Cohen's kappa | n/a |
| Weighted kappa (linear) | n/a |
| Force graded higher | 3 |
| Force graded lower | 0 |
| Two grades apart | 1 |

Higher / lower: the force graded the case higher / lower than HMIC; two grades apart: Good against Inadequate. Kappa corrects agreement for chance (n/a where undefined, e.g. every case in one grade); bands after Landis & Koch (1977).

Bias and chance-corrected agreement: 4 cases graded by both, too few cases to tell.

### By case type

| Case type | Cases | Agreed | Higher | Lower | 2 apart |
| --- | ---: | ---: | ---: | ---: | ---: |
| alpha | 4 | 1 of 4 (25%) | 3 | 0 | 1 |
| gamma | 0 | n/a | 0 | 0 | 0 |

4 read = 4 graded + 0 ungraded + 0 rejected
`);
  });

  it('csv', () => {
    expect(compareCsv(COMPARE)).toBe(
      crlf(`section,case_type,row,column,value
matrix,all,good,good,1
matrix,all,good,requires_improvement,2
matrix,all,good,inadequate,1
matrix,all,requires_improvement,good,0
matrix,all,requires_improvement,requires_improvement,0
matrix,all,requires_improvement,inadequate,0
matrix,all,inadequate,good,0
matrix,all,inadequate,requires_improvement,0
matrix,all,inadequate,inadequate,0
statistic,all,n,,4
statistic,all,agreed,,1
statistic,all,exact_agreement,,0.25
statistic,all,self_higher,,3
statistic,all,self_lower,,0
statistic,all,two_apart,,1
statistic,all,kappa,,
statistic,all,weighted_kappa_linear,,
${figureRows('all')}statistic,alpha,n,,4
statistic,alpha,agreed,,1
statistic,alpha,exact_agreement,,0.25
statistic,alpha,self_higher,,3
statistic,alpha,self_lower,,0
statistic,alpha,two_apart,,1
statistic,alpha,kappa,,
${figureRows('alpha')}statistic,gamma,n,,0
statistic,gamma,agreed,,0
statistic,gamma,exact_agreement,,
statistic,gamma,self_higher,,0
statistic,gamma,self_lower,,0
statistic,gamma,two_apart,,0
statistic,gamma,kappa,,
${figureRows('gamma')}`),
    );
  });

  it('json: the contract keys in order, kappa null where undefined, then the extras', () => {
    const json = JSON.parse(compareJsonText(COMPARE)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'n',
      'matrix',
      'exactAgreement',
      'kappa',
      'weightedKappa',
      'selfHigher',
      'selfLower',
      'byType',
      'criteriaSet',
      'bias',
      'marginalHomogeneity',
      'symmetry',
      'kappaInterval',
      'weightedKappaInterval',
      'ac1',
      'brennanPrediger',
      'ac2',
      'prevalenceBias',
      'undefinedBecause',
      'force',
      'inspectorate',
      'agreed',
      'twoApart',
      'kappaBand',
      'weights',
      'weightedKappaBand',
      'selfTotals',
      'independentTotals',
      'totals',
    ]);
    expect([json.n, json.exactAgreement, json.kappa, json.weightedKappa]).toEqual([4, 0.25, null, null]);
    const none = { bias: null, marginalHomogeneity: null, symmetry: null, kappaInterval: null, weightedKappaInterval: null };
    const more = { ac1: null, brennanPrediger: null, ac2: null, prevalenceBias: null, undefinedBecause: {} };
    expect(json.byType).toEqual([
      { type: 'alpha', n: 4, exactAgreement: 0.25, selfHigher: 3, selfLower: 0, agreed: 1, twoApart: 1, kappa: null, ...none, ...more },
      { type: 'gamma', n: 0, exactAgreement: null, selfHigher: 0, selfLower: 0, agreed: 0, twoApart: 0, kappa: null, ...none, ...more },
    ]);
  });
});
