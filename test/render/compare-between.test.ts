// compare --between in every format, from five cases folded inline (test/render/between-cases.ts).
// Figures worked by hand:
// - A1: both met 2 (c1, c3), A met/B unmet 1 (c2), A unmet/B met 1 (c4), n 4. A met 3 / unmet 1, B met 3 / unmet 1:
//   pe = (9 + 1)/16, po = 8/16, kappa = (8 - 10)/(16 - 10) = -1/3.
// - A2: 1, 2, 0, 1: A met 3 / unmet 1, B met 1 / unmet 3: pe = 6/16, kappa = (8 - 6)/(16 - 6) = 0.2.
// - A3: c1 met/met, c2 unmet/unmet (c3 na, c4 blank left out): kappa (1 - 1/2)/(1 - 1/2) = 1. B1, B2: 1 met/met, kappa undefined.
// - Auditor X (c1-c3): (G,RI) (G,I) (RI,RI): 1 of 3, 2 higher. Rows G 2, RI 1; columns RI 2, I 1: pe = 2/9, po = 3/9,
//   kappa = 1/7 = 0.14. Wilson 1/3: 0.0615 to 0.7923. Auditor Y (c4, c5): (G,G) twice: 2 of 2, kappa undefined,
//   Wilson 2/(2 + z^2) = 0.3424 to 1. X's upper end is lower, so X comes first.
// - All five: (G,RI) (G,I) (RI,RI) (G,G) (G,G): 3 of 5, rows G 4 RI 1, columns G 2 RI 2 I 1: kappa (15 - 10)/(25 - 10) = 1/3.
import { describe, expect, it } from 'vitest';
import { compareCsv } from '../../src/render/compare/compare-csv.js';
import { compareJson } from '../../src/render/compare/compare-json.js';

const compareJsonText = (m: Parameters<typeof compareJson>[0]) => [...compareJson(m)].join('');
import { compareMarkdown } from '../../src/render/compare/compare-markdown.js';
import { compareTable } from '../../src/render/compare/compare-table.js';
import { agreementWithInterval, rankedLists } from '../../src/render/compare/between-layout.js';
import { paint } from '../../src/render/terminal/paint.js';
import { Z95 } from '../../src/statistics/wilson.js';
import { BetweenFold } from '../../src/summarise/compare/between-fold.js';
import { smallCriteria } from '../helpers/criteria.js';
import { betweenModel } from './between-cases.js';
import { NO_FIGURES } from './models.js';

const after = (text: string, marker: string) => text.slice(text.indexOf(marker));

describe('compare --between renderers', () => {
  it('a criterion with one case is "1 of 1 case", singular', () => {
    const b = betweenModel().between!;
    const a2 = b.calibration.criteria.find((c) => c.criterion === 'A2')!;
    const one = { ...a2, n: 1, bothMet: 0, aMetBUnmet: 1, aUnmetBMet: 0, bothUnmet: 0 };
    const [aList] = rankedLists({ ...b, calibration: { ...b.calibration, aMoreGenerous: [one] } });
    expect(aList!.items).toEqual(['A2 (alpha): 1 of 1 case. A2 text']);
  });

  it('table: the 2017 wording above, then the calibration, the ranked lists and agreement by auditor', () => {
    const text = compareTable(betweenModel(), { paint: paint(false) });
    expect(
      text.startsWith(
        "Self-assessment compared: Testshire Police and HMIC\n\n5 cases graded by both. Rows: the force's grade; columns: HMIC's grade.",
      ),
    ).toBe(true);
    // 5 cases: the kappa with its count, no band (issue 26).
    expect(text).toContain("Cohen's kappa            0.33 (5 cases: too few cases to tell)\n");
    expect(after(text, 'Criterion calibration')).toBe(`Criterion calibration: Testshire Police (A) and HMIC (B)
Per criterion, the cases where both marked it met or unmet: both met, A met and
B unmet, A unmet and B met, both unmet. Agreement is shown as a count under 10
cases; kappa corrects it for chance (n/a where undefined).
┌───────────┬───────┬────────┬─────────┬─────────┬─────────┬───────────┬───────┐
│ Criterion │ Cases │   Both │  A met, │       A │    Both │ Agreement │ Kappa │
│           │       │    met │ B unmet │  unmet, │   unmet │           │       │
│           │       │        │         │   B met │         │           │       │
├───────────┼───────┼────────┼─────────┼─────────┼─────────┼───────────┼───────┤
│ A1        │     4 │      2 │       1 │       1 │       0 │    2 of 4 │ -0.33 │
├───────────┼───────┼────────┼─────────┼─────────┼─────────┼───────────┼───────┤
│ A2        │     4 │      1 │       2 │       0 │       1 │    2 of 4 │  0.20 │
├───────────┼───────┼────────┼─────────┼─────────┼─────────┼───────────┼───────┤
│ A3        │     2 │      1 │       0 │       0 │       1 │    2 of 2 │  1.00 │
├───────────┼───────┼────────┼─────────┼─────────┼─────────┼───────────┼───────┤
│ B1        │     1 │      1 │       0 │       0 │       0 │    1 of 1 │   n/a │
├───────────┼───────┼────────┼─────────┼─────────┼─────────┼───────────┼───────┤
│ B2        │     1 │      1 │       0 │       0 │       0 │    1 of 1 │   n/a │
└───────────┴───────┴────────┴─────────┴─────────┴─────────┴───────────┴───────┘

Testshire Police marked met, HMIC marked unmet (where Testshire Police is more
generous), most often first:
- A2 (alpha): 2 of 4 cases. A2 text
- A1 (alpha): 1 of 4 cases. A1 text

Testshire Police marked unmet, HMIC marked met (where HMIC is more generous),
most often first:
- A1 (alpha): 1 of 4 cases. A1 text

Agreement by auditor: Testshire Police against HMIC
┌─────────┬───────┬─────────────┬────────┬───────┬──────────────┬──────────────┐
│ Auditor │ Cases │   Agreement │ Higher │ Lower │        Kappa │     Net (95% │
│         │       │        (95% │        │       │              │    interval) │
│         │       │   interval) │        │       │              │              │
├─────────┼───────┼─────────────┼────────┼───────┼──────────────┼──────────────┤
│ X       │     3 │      1 of 3 │      2 │     0 │    0.14 (too │      too few │
│         │       │     (6-79%) │        │       │ few cases to │     cases to │
│         │       │             │        │       │        tell) │         tell │
├─────────┼───────┼─────────────┼────────┼───────┼──────────────┼──────────────┤
│ Y       │     2 │      2 of 2 │      0 │     0 │          n/a │      too few │
│         │       │   (34-100%) │        │       │              │     cases to │
│         │       │             │        │       │              │         tell │
└─────────┴───────┴─────────────┴────────┴───────┴──────────────┴──────────────┘
X differs most from HMIC on A2 (2 of 3), A1 (1 of 3).
Y differs most from HMIC on A1 (1 of 1).
No auditor stands out on this evidence.
Auditors of Testshire Police. Higher / lower: the auditor graded the case higher
/ lower than HMIC. Furthest from agreement first (by the upper end of the 95%
Wilson interval). Under 10 cases agreement is a count and its interval only. Net
higher: the share graded higher less the share graded lower, with Tango's 95%
interval. Differs most on: the criteria where the auditor's findings and HMIC's
differ most often (cases differing of cases both marked). An auditor is named
for review only where the net interval excludes 0 or the agreement interval lies
wholly below that of the rest of the pool.

5 read = 5 graded + 0 ungraded + 0 rejected
`);
  });

  it('markdown', () => {
    expect(after(compareMarkdown(betweenModel()), '### Criterion calibration'))
      .toBe(`### Criterion calibration: Testshire Police (A) and HMIC (B)

Per criterion, the cases where both marked it met or unmet: both met, A met and B unmet, A unmet and B met, both unmet. Agreement is shown as a count under 10 cases; kappa corrects it for chance (n/a where undefined).

| Criterion | Cases | Both met | A met, B unmet | A unmet, B met | Both unmet | Agreement | Kappa |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| A1 | 4 | 2 | 1 | 1 | 0 | 2 of 4 | \\-0.33 |
| A2 | 4 | 1 | 2 | 0 | 1 | 2 of 4 | 0.20 |
| A3 | 2 | 1 | 0 | 0 | 1 | 2 of 2 | 1.00 |
| B1 | 1 | 1 | 0 | 0 | 0 | 1 of 1 | n/a |
| B2 | 1 | 1 | 0 | 0 | 0 | 1 of 1 | n/a |

Testshire Police marked met, HMIC marked unmet (where Testshire Police is more generous), most often first:

- A2 (alpha): 2 of 4 cases. A2 text
- A1 (alpha): 1 of 4 cases. A1 text

Testshire Police marked unmet, HMIC marked met (where HMIC is more generous), most often first:

- A1 (alpha): 1 of 4 cases. A1 text

### Agreement by auditor: Testshire Police against HMIC

| Auditor | Cases | Agreement (95% interval) | Higher | Lower | Kappa | Net (95% interval) | Differs most on |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| X | 3 | 1 of 3 (6-79%) | 2 | 0 | 0.14 (too few cases to tell) | too few cases to tell | A2 (2 of 3), A1 (1 of 3) |
| Y | 2 | 2 of 2 (34-100%) | 0 | 0 | n/a | too few cases to tell | A1 (1 of 1) |

No auditor stands out on this evidence.

Auditors of Testshire Police. Higher / lower: the auditor graded the case higher / lower than HMIC. Furthest from agreement first (by the upper end of the 95% Wilson interval). Under 10 cases agreement is a count and its interval only. Net higher: the share graded higher less the share graded lower, with Tango's 95% interval. Differs most on: the criteria where the auditor's findings and HMIC's differ most often (cases differing of cases both marked). An auditor is named for review only where the net interval excludes 0 or the agreement interval lies wholly below that of the rest of the pool.

5 read = 5 graded + 0 ungraded + 0 rejected
`);
  });

  it('csv: the rows of today, then the roles, higher and lower, each criterion and each auditor', () => {
    const lines = compareCsv(betweenModel()).split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['\ufeffsection,case_type,row,column,value', 'matrix,all,good,good,2']);
    const rest = lines.slice(lines.indexOf('between,all,a,,self'));
    expect(rest.slice(0, 11)).toEqual([
      'between,all,a,,self',
      'between,all,b,,independent',
      'statistic,all,higher,,2',
      'statistic,all,lower,,0',
      'calibration,alpha,A1,n,4',
      'calibration,alpha,A1,both_met,2',
      'calibration,alpha,A1,a_met_b_unmet,1',
      'calibration,alpha,A1,a_unmet_b_met,1',
      'calibration,alpha,A1,both_unmet,0',
      'calibration,alpha,A1,agreement,0.5',
      `calibration,alpha,A1,kappa,${-1 / 3}`,
    ]);
    expect(rest).toContain('calibration,alpha,A2,kappa,0.2');
    expect(rest).toContain('calibration,beta,B1,kappa,');
    const x = rest.filter((l) => l.startsWith('by_auditor,all,X,')).map((l) => l.split(',').slice(3));
    // Today's eight, then issue 26's figures (net first) and the criteria the auditor differs most on.
    expect(x.map(([k]) => k).slice(0, 11)).toEqual([
      'n',
      'agreed',
      'exact_agreement',
      'agreement_lo',
      'agreement_hi',
      'higher',
      'lower',
      'kappa',
      'net',
      'net_lo',
      'net_hi',
    ]);
    expect(x.map(([k]) => k).filter((k) => k!.startsWith('differ_most'))).toEqual(['differ_most_1', 'differ_most_2']);
    const v = Object.fromEntries(x.map(([k, val]) => [k, Number(val)]));
    expect([v.n, v.agreed, v.exact_agreement, v.higher, v.lower]).toEqual([3, 1, 1 / 3, 2, 0]);
    expect(v.agreement_lo).toBeCloseTo(0.0615, 4);
    expect(v.agreement_hi).toBeCloseTo(0.7923, 4);
    expect(v.kappa).toBeCloseTo(1 / 7, 12);
    expect(rest.indexOf('by_auditor,all,X,n,3')).toBeLessThan(rest.indexOf('by_auditor,all,Y,n,2'));
    expect(rest).toContain('by_auditor,all,Y,kappa,');
    // Y: 2 of 2 agreed, so no net either way: net 0 with Tango's interval around it.
    expect(rest).toContain('by_auditor,all,Y,net,0');
    expect(rest.at(-2)).toBe('by_auditor,all,Y,differ_most_1,A1 (alpha): 1 of 1');
  });

  it('json: the contract keys with the figures worked by hand', () => {
    const json = JSON.parse(compareJsonText(betweenModel()));
    expect(json.between).toEqual(['self', 'independent']);
    expect([json.higher, json.lower, json.selfHigher, json.selfLower]).toEqual([2, 0, 2, 0]);
    expect(json.kappa).toBeCloseTo(1 / 3, 12);
    expect(json.criteria.map((c: Record<string, unknown>) => Object.keys(c))[0]).toEqual([
      'criterion',
      'type',
      'n',
      'bothMet',
      'aMetBUnmet',
      'aUnmetBMet',
      'bothUnmet',
      'agreement',
      'kappa',
    ]);
    expect(
      json.criteria.map((c: Record<string, number>) => [
        c.criterion,
        c.type,
        c.n,
        c.bothMet,
        c.aMetBUnmet,
        c.aUnmetBMet,
        c.bothUnmet,
        c.agreement,
      ]),
    ).toEqual([
      ['A1', 'alpha', 4, 2, 1, 1, 0, 0.5],
      ['A2', 'alpha', 4, 1, 2, 0, 1, 0.5],
      ['A3', 'alpha', 2, 1, 0, 0, 1, 1],
      ['B1', 'beta', 1, 1, 0, 0, 0, 1],
      ['B2', 'beta', 1, 1, 0, 0, 0, 1],
    ]);
    expect(json.criteria.map((c: { kappa: number | null }) => c.kappa)).toEqual([
      expect.closeTo(-1 / 3, 12),
      expect.closeTo(0.2, 12),
      1,
      null,
      null,
    ]);
    const [x, y] = json.byAuditor;
    expect(Object.keys(x).slice(0, 7)).toEqual(['auditor', 'n', 'exactAgreement', 'agreementInterval', 'higher', 'lower', 'kappa']);
    expect([x.auditor, x.n, x.exactAgreement, x.higher, x.lower]).toEqual(['X', 3, 1 / 3, 2, 0]);
    expect(x.agreementInterval).toEqual([expect.closeTo(0.0615, 4), expect.closeTo(0.7923, 4)]);
    expect(x.kappa).toBeCloseTo(1 / 7, 12);
    expect([y.auditor, y.n, y.exactAgreement, y.kappa]).toEqual(['Y', 2, 1, null]);
    expect(y.agreementInterval).toEqual([expect.closeTo(2 / (2 + Z95 ** 2), 12), 1]);
    expect([json.aMoreGenerous, json.bMoreGenerous, json.recordedNoFindings]).toEqual([['A2', 'A1'], ['A1'], []]);
  });

  it('json: no byAuditor key without --by auditor', () => {
    const m = betweenModel();
    expect(Object.keys(JSON.parse(compareJsonText({ ...m, between: { ...m.between!, byAuditor: null } })))).not.toContain('byAuditor');
  });

  it('names other roles by their labels', () => {
    const text = compareTable(betweenModel('moderator', 'self', { a: 'Moderator', b: 'Testshire Police' }), { paint: paint(false) });
    expect(text).toContain(
      "Assessments compared: Moderator and Testshire Police\n\n5 cases graded by both. Rows: Moderator's grade; columns: Testshire Police's\ngrade.",
    );
    expect(text).toContain('Moderator graded higher  2\n');
    expect(text).toContain('Criterion calibration: Moderator (A) and Testshire Police (B)');
    expect(text).toContain('Agreement by auditor: Moderator against Testshire Police');
  });

  it('says in one line that a side recorded no findings, instead of an empty table, in every format', () => {
    const m = betweenModel();
    const calibration = { criteria: [], aMoreGenerous: [], bMoreGenerous: [], aRecordedNoFindings: true, bRecordedNoFindings: false };
    const gradesOnly = { ...m, between: { ...m.between!, calibration, byAuditor: null } };
    const line = 'Testshire Police recorded no findings on these cases (grades only), so there is no criterion calibration.';
    expect(after(compareTable(gradesOnly, { paint: paint(false), width: 200 }), 'Criterion calibration')).toBe(
      `Criterion calibration: Testshire Police (A) and HMIC (B)\n${line}\n\n5 read = 5 graded + 0 ungraded + 0 rejected\n`,
    );
    expect(compareMarkdown(gradesOnly)).toContain(`### Criterion calibration: Testshire Police (A) and HMIC (B)\n\n${line}\n`);
    expect(compareCsv(gradesOnly)).toContain('calibration,all,no_findings,,self\r\n');
    expect(JSON.parse(compareJsonText(gradesOnly)).recordedNoFindings).toEqual(['self']);
  });
});

describe('agreement with its interval', () => {
  const row = (agreed: number, n: number, interval: [number, number]) => ({
    auditor: 'A',
    n,
    agreed,
    exactAgreement: agreed / n,
    agreementInterval: interval,
    higher: 0,
    lower: 0,
    twoApart: 0,
    apart: {},
    kappa: null,
    kappaBand: null,
    differMost: [],
    ...NO_FIGURES,
  });
  it('is a count and an interval under 10 cases, never a bare percentage', () => {
    expect(agreementWithInterval(row(9, 9, [0.7008, 1]))).toBe('9 of 9 (70-100%)');
  });
  it('adds the percentage from 10 cases (15 of 20: Wilson 0.5313 to 0.8881)', () => {
    expect(agreementWithInterval(row(15, 20, [0.5313, 0.8881]))).toBe('15 of 20: 75% (53-89%)');
  });
});

describe('compare --between with no case graded by both', () => {
  it('says so once, with no empty calibration or auditor tables', () => {
    const m = new BetweenFold(smallCriteria(), { a: 'moderator', b: 'self', byAuditor: true, weights: 'linear' }).finish(
      { read: 0, graded: 0, ungraded: 0, rejected: 0 },
      { force: 'Testshire Police', inspectorate: 'HMIC' },
      { a: 'Moderator', b: 'Testshire Police' },
    );
    const text = compareTable(m, { paint: paint(false), width: 200 });
    expect(text).toContain('No case has a grade from both Moderator and Testshire Police, so there is nothing to compare.');
    expect(text).not.toContain('Criterion calibration');
    expect(text).not.toContain('Agreement by auditor');
    expect(compareMarkdown(m)).not.toContain('Criterion calibration');
    expect(JSON.parse(compareJsonText(m))).toMatchObject({ n: 0, criteria: [], byAuditor: [] });
  });
});
