// Exact strings per renderer from the inline model in ./models.ts (colour off, 80 columns).
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { paint } from '../../src/render/terminal/paint.js';
import { reportCsv } from '../../src/render/report/report-csv.js';
import { reportJson } from '../../src/render/report/report-json.js';
import { reportMarkdown } from '../../src/render/report/report-markdown.js';
import { reportTable } from '../../src/render/report/report-table.js';
import { REPORT } from './models.js';

const crlf = (s: string) => `\ufeff${s.replaceAll('\n', '\r\n')}`;

describe('report renderers', () => {
  it('table', () => {
    expect(reportTable(REPORT, { paint: paint(false) })).toBe(`Small programme: case file analysis

Summary one. Summary two.

Table 1: Cases assessed by both Testshire Police and HMIC
┌──────────────────┬──────┬───────────────────────┬────────────┐
│                  │ Good │ Requiring improvement │ Inadequate │
├──────────────────┼──────┼───────────────────────┼────────────┤
│ Force assessment │    2 │                     0 │          0 │
├──────────────────┼──────┼───────────────────────┼────────────┤
│ HMIC assessment  │    1 │                     0 │          1 │
└──────────────────┴──────┴───────────────────────┴────────────┘

Table 2: Additional cases assessed only by HMIC
┌─────────────────┬──────┬───────────────────────┬────────────┐
│                 │ Good │ Requiring improvement │ Inadequate │
├─────────────────┼──────┼───────────────────────┼────────────┤
│ HMIC assessment │    0 │                     3 │          0 │
└─────────────────┴──────┴───────────────────────┴────────────┘

HMIC referred 1 case back to Testshire Police.
Referred back (1): a1
Suggested for referral by the criteria, not recorded as referred back (1): =a2

Breakdown of case file audit results by area of child protection

Table 3: Cases assessed involving alpha
┌──────────────────────┬──────┬───────────────────────┬────────────┐
│ Case type            │ Good │ Requiring improvement │ Inadequate │
├──────────────────────┼──────┼───────────────────────┼────────────┤
│ Alpha and beta cases │    1 │                     3 │          1 │
└──────────────────────┴──────┴───────────────────────┴────────────┘
Common themes (the criteria most often unmet):
- A2 The plan was recorded: unmet in 3 of the 4 cases it applied to (75%)
- A1 The child was seen: unmet in the one case it applied to (100%)

Table 4: Cases assessed involving gamma
No graded cases.

Annex A: breakdown of the type of self-assessed cases examined in Testshire
Police
┌──────────────┬─────────────────┐
│ Type of case │ Number of cases │
├──────────────┼─────────────────┤
│ Alpha <b>    │               2 │
├──────────────┼─────────────────┤
│ Gamma        │               0 │
└──────────────┴─────────────────┘

Overrides: the recorded independent grade differs from the criteria's (1):
  b2: derived Good, recorded Requiring improvement

Ungraded, not counted in any table (1):
  g1: missing G1, G2

Rejected rows, not counted (1):
  cases.csv:9: case "x": self_grade is not a grade

7 read = 5 graded + 1 ungraded + 1 rejected
`);
  });

  it('table: colour only through paint, and the same text once the escapes are stripped', () => {
    const coloured = reportTable(REPORT, { paint: paint(true) });
    expect(coloured).toContain('\x1b[');
    expect(stripVTControlCharacters(coloured)).toBe(reportTable(REPORT, { paint: paint(false) }));
  });

  it('table: fits the width it is given', () => {
    for (const width of [60, 80]) {
      for (const line of reportTable(REPORT, { paint: paint(false), width }).split('\n'))
        expect(line.length, line).toBeLessThanOrEqual(width);
    }
  });

  it('markdown', () => {
    expect(reportMarkdown(REPORT)).toBe(`## Small programme: case file analysis

Summary one. Summary two.

### Table 1: Cases assessed by both Testshire Police and HMIC

|  | Good | Requiring improvement | Inadequate |
| --- | ---: | ---: | ---: |
| Force assessment | 2 | 0 | 0 |
| HMIC assessment | 1 | 0 | 1 |

### Table 2: Additional cases assessed only by HMIC

|  | Good | Requiring improvement | Inadequate |
| --- | ---: | ---: | ---: |
| HMIC assessment | 0 | 3 | 0 |

### Cases referred back

HMIC referred 1 case back to Testshire Police.

Referred back (1): a1

Suggested for referral by the criteria, not recorded as referred back (1): \\=a2

## Breakdown of case file audit results by area of child protection

### Table 3: Cases assessed involving alpha

| Case type | Good | Requiring improvement | Inadequate |
| --- | ---: | ---: | ---: |
| Alpha and beta cases | 1 | 3 | 1 |

Common themes (the criteria most often unmet):

- A2 The plan was recorded: unmet in 3 of the 4 cases it applied to (75%)
- A1 The child was seen: unmet in the one case it applied to (100%)

### Table 4: Cases assessed involving gamma

No graded cases.

### Annex A: breakdown of the type of self-assessed cases examined in Testshire Police

| Type of case | Number of cases |
| --- | ---: |
| Alpha \\<b\\> | 2 |
| Gamma | 0 |

### Overrides

Overrides: the recorded independent grade differs from the criteria's (1).

| Case | Derived grade | Recorded grade |
| --- | --- | --- |
| b2 | Good | Requiring improvement |

### Accounting

7 read = 5 graded + 1 ungraded + 1 rejected

Ungraded, not counted in any table (1):

- g1: missing G1, G2

Rejected rows, not counted (1):

- cases.csv:9: case "x": self\\_grade is not a grade
`);
  });

  it('csv: every section, one block each with a `section` column; the counts in tidy long form, BOM and CRLF', () => {
    expect(reportCsv(REPORT)).toBe(
      crlf(`section,table,caption,row,grade,count
both_assessed,1,Cases assessed by both Testshire Police and HMIC,Force assessment,good,2
both_assessed,1,Cases assessed by both Testshire Police and HMIC,Force assessment,requires_improvement,0
both_assessed,1,Cases assessed by both Testshire Police and HMIC,Force assessment,inadequate,0
both_assessed,1,Cases assessed by both Testshire Police and HMIC,HMIC assessment,good,1
both_assessed,1,Cases assessed by both Testshire Police and HMIC,HMIC assessment,requires_improvement,0
both_assessed,1,Cases assessed by both Testshire Police and HMIC,HMIC assessment,inadequate,1
independent_only,2,Additional cases assessed only by HMIC,HMIC assessment,good,0
independent_only,2,Additional cases assessed only by HMIC,HMIC assessment,requires_improvement,3
independent_only,2,Additional cases assessed only by HMIC,HMIC assessment,inadequate,0
by_table,3,Cases assessed involving alpha,Alpha and beta cases,good,1
by_table,3,Cases assessed involving alpha,Alpha and beta cases,requires_improvement,3
by_table,3,Cases assessed involving alpha,Alpha and beta cases,inadequate,1
by_table,4,Cases assessed involving gamma,Gamma cases,good,0
by_table,4,Cases assessed involving gamma,Gamma cases,requires_improvement,0
by_table,4,Cases assessed involving gamma,Gamma cases,inadequate,0
totals,,,read,,7
totals,,,graded,,5
totals,,,ungraded,,1
totals,,,rejected,,1
referrals,,,referred_back,,1
referrals,,,referral_suggested,,1
overrides,,,overrides,,1

section,text
summary,Summary one.
summary,Summary two.
referred_back_text,HMIC referred 1 case back to Testshire Police.

section,case_id
referred_back,a1
referral_suggested,'=a2

section,table,criterion,text,unmet,applied,share
themes,3,A2,The plan was recorded,3,4,0.75
themes,3,A1,The child was seen,1,1,1

section,type,title,count
self_assessed_by_type,alpha,Alpha <b>,2
self_assessed_by_type,gamma,Gamma,0

section,case_id,derived_grade,recorded_grade
overrides,b2,good,requires_improvement

section,case_id,missing
ungraded,g1,G1 G2

section,file,line,message
rejected,cases.csv,9,"case ""x"": self_grade is not a grade"
`),
    );
  });

  it('csv: text cells that look like formulas are neutralised, numbers never', () => {
    const csv = reportCsv({ ...REPORT, byTable: [{ ...REPORT.byTable[0]!, label: '=HYPERLINK("x")', caption: '-caption' }] });
    expect(csv).toContain(`by_table,3,'-caption,"'=HYPERLINK(""x"")",good,1\r\n`);
  });

  it('json: the contract keys in order, then the extras; never an override reason', () => {
    const json = JSON.parse([...reportJson(REPORT)].join('')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'force',
      'inspectorate',
      'totals',
      'bothAssessed',
      'independentOnly',
      'byTable',
      'referredBack',
      'ungraded',
      'rejected',
      'referralSuggested',
      'criteriaSet',
      'criteria',
      'programme',
      'table1Caption',
      'table2Caption',
      'overrides',
      'summary',
      'referredBackText',
      'selfAssessedByType',
      'selfLabel',
      'independentLabel',
    ]);
    expect(json.byTable).toEqual([
      {
        table: 3,
        label: 'Alpha and beta cases',
        caption: 'Cases assessed involving alpha',
        types: ['alpha', 'beta'],
        counts: { good: 1, requires_improvement: 3, inadequate: 1 },
        graded: 5,
        themes: [
          { criterion: 'A2', text: 'The plan was recorded', unmet: 3, applied: 4, share: 0.75 },
          { criterion: 'A1', text: 'The child was seen', unmet: 1, applied: 1, share: 1 },
        ],
      },
      {
        table: 4,
        label: 'Gamma cases',
        caption: 'Cases assessed involving gamma',
        types: ['gamma'],
        counts: { good: 0, requires_improvement: 0, inadequate: 0 },
        graded: 0,
        themes: [],
      },
    ]);
    expect(json.overrides).toEqual([{ caseId: 'b2', derived: 'good', recorded: 'requires_improvement' }]);
    expect(json.rejected).toEqual([{ file: 'cases.csv', line: 9, message: 'case "x": self_grade is not a grade' }]);
  });

  it('table and markdown escape control characters in ids', () => {
    const model = { ...REPORT, referredBack: ['a\x1b[31m1'] };
    expect(reportTable(model, { paint: paint(false) })).toContain('Referred back (1): a\\x1b[31m1');
    expect(reportMarkdown(model)).toContain('Referred back (1): a\\\\x1b\\[31m1');
  });
});
