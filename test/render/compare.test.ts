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
Higher / lower: the force graded the case higher / lower than the inspectorate;
two grades apart: Good against Inadequate. Kappa corrects agreement for chance
(n/a where undefined, e.g. every case in one grade); bands after Landis & Koch
(1977).

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

  it('table: kappas print with two places and their band', () => {
    const text = compareTable(
      { ...COMPARE, kappa: 0.4333, kappaBand: 'moderate', weightedKappa: -0.001, weightedKappaBand: 'slight' },
      { paint: paint(false) },
    );
    expect(text).toContain("Cohen's kappa            0.43 (moderate)\n");
    expect(text).toContain('Weighted kappa (linear)  0.00 (slight)\n');
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

Higher / lower: the force graded the case higher / lower than the inspectorate; two grades apart: Good against Inadequate. Kappa corrects agreement for chance (n/a where undefined, e.g. every case in one grade); bands after Landis & Koch (1977).

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
statistic,alpha,n,,4
statistic,alpha,agreed,,1
statistic,alpha,exact_agreement,,0.25
statistic,alpha,self_higher,,3
statistic,alpha,self_lower,,0
statistic,alpha,two_apart,,1
statistic,gamma,n,,0
statistic,gamma,agreed,,0
statistic,gamma,exact_agreement,,
statistic,gamma,self_higher,,0
statistic,gamma,self_lower,,0
statistic,gamma,two_apart,,0
`),
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
    expect(json.byType).toEqual([
      { type: 'alpha', n: 4, exactAgreement: 0.25, selfHigher: 3, selfLower: 0, agreed: 1, twoApart: 1 },
      { type: 'gamma', n: 0, exactAgreement: null, selfHigher: 0, selfLower: 0, agreed: 0, twoApart: 0 },
    ]);
  });
});
