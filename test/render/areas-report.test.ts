// `report`'s evidence by area in every format, run through the CLI on the constructed programme of
// test/helpers/areas.ts. The figures are worked by hand there and in test/summarise/areas.test.ts:
// responding 9 applied, 4 unmet, 1 partly, 4/9 = 44% (Wilson 18.9%-73.3%), 2 serious cases;
// assessing 5, 2, 2, 40% (11.8%-76.9%), 1; partners nothing applied. The bundled programme, which
// declares no areas, shows none of it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { areasCsv, ROUND_ONE_ROWS, writeAreasCriteria } from '../helpers/areas.js';
import { tempDir } from '../helpers/tmp.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';

const dir = tempDir();
const criteria = writeAreasCriteria(dir);
const cases = join(dir, 'round-one.csv');
writeFileSync(cases, areasCsv(ROUND_ONE_ROWS));
const report = (...more: string[]) => runCli(['report', '-c', criteria, cases, '--force-name', 'Testshire Police', ...more]);

/** The lines from `first` up to (not including) the first line that starts with `end`. */
function section(text: string, first: string, end: string): string {
  const lines = text.split(/\r?\n/);
  const from = lines.indexOf(first);
  expect(from).toBeGreaterThanOrEqual(0);
  const to = lines.findIndex((l, i) => i > from && l.startsWith(end));
  return lines.slice(from, to).join('\n');
}

const LEAD_WORDS =
  'Applied, the findings where its criteria applied (not applicable left out); Unmet and Partly, those unmet and partly met; Share unmet, unmet of applied with its 95% interval (Wilson); Serious, the cases with a serious criterion of the area unmet.';

describe('report: evidence by area', () => {
  it('table: after the case-type tables, one row per area with its criteria, figures and share', async () => {
    const r = await report();
    expect(r.code).toBe(0);
    expect(section(r.stdout, 'Evidence by area', 'Annex A')).toBe(`Evidence by area
Per area, over the graded cases' independent assessments: Applied, the findings
where its criteria applied (not applicable left out); Unmet and Partly, those
unmet and partly met; Share unmet, unmet of applied with its 95% interval
(Wilson); Serious, the cases with a serious criterion of the area unmet.
┌─────────────────────────┬─────────┬───────┬────────┬───────────────┬─────────┐
│ Area (its criteria)     │ Applied │ Unmet │ Partly │   Share unmet │ Serious │
├─────────────────────────┼─────────┼───────┼────────┼───────────────┼─────────┤
│ Responding to children  │       9 │     4 │      1 │ 44% (19%-73%) │       2 │
│ at risk (N1, N3, E2)    │         │       │        │               │         │
├─────────────────────────┼─────────┼───────┼────────┼───────────────┼─────────┤
│ Assessing risk (N2, E1) │       5 │     2 │      2 │ 40% (12%-77%) │       1 │
├─────────────────────────┼─────────┼───────┼────────┼───────────────┼─────────┤
│ Working with partners   │       0 │     0 │      0 │           n/a │       0 │
│ (E3)                    │         │       │        │               │         │
└─────────────────────────┴─────────┴───────┴────────┴───────────────┴─────────┘
`);
    expect(r.stdout).toContain('7 read = 6 graded + 1 ungraded + 0 rejected');
  });

  it('markdown: a heading, the lead and a table', async () => {
    const r = await report('-f', 'markdown');
    expect(section(r.stdout, '### Evidence by area', '### Annex A')).toBe(`### Evidence by area

Per area, over the graded cases' independent assessments: ${LEAD_WORDS}

| Area (its criteria) | Applied | Unmet | Partly | Share unmet | Serious |
| --- | ---: | ---: | ---: | ---: | ---: |
| Responding to children at risk (N1, N3, E2) | 9 | 4 | 1 | 44% (19%-73%) | 2 |
| Assessing risk (N2, E1) | 5 | 2 | 2 | 40% (12%-77%) | 1 |
| Working with partners (E3) | 0 | 0 | 0 | n/a | 0 |
`);
  });

  it('csv: a block of its own, last, one row per area with the unrounded share and interval', async () => {
    const r = await report('-f', 'csv');
    const block = r.stdout.slice(r.stdout.indexOf('section,area,')).split('\r\n');
    expect(block[0]).toBe('section,area,title,criteria,applied,unmet,partly,share,interval_low,interval_high,serious_cases');
    const row = (i: number) => block[i]!.split(',');
    expect(row(1).slice(0, 7)).toEqual(['areas', 'responding', 'Responding to children at risk', 'N1 N3 E2', '9', '4', '1']);
    expect(row(1).slice(7, 10).map(Number)).toEqual([
      4 / 9,
      expect.closeTo(0.18877852109766458, 12),
      expect.closeTo(0.733348706504507, 12),
    ]);
    expect(row(1)[10]).toBe('2');
    expect(row(2).slice(0, 7)).toEqual(['areas', 'assessing', 'Assessing risk', 'N2 E1', '5', '2', '2']);
    expect(row(2).slice(7, 10).map(Number)).toEqual([0.4, expect.closeTo(0.11762077423264788, 12), expect.closeTo(0.7692757187239871, 12)]);
    expect(block.slice(3)).toEqual(['areas,partners,Working with partners,E3,0,0,0,,,,0', '']);
  });

  it('json: `areas` as the contract gives it', async () => {
    const r = await report('-f', 'json');
    const json = JSON.parse(r.stdout) as { areas: unknown[] };
    expect(json.areas).toEqual([
      {
        area: 'responding',
        title: 'Responding to children at risk',
        criteria: ['N1', 'N3', 'E2'],
        applied: 9,
        unmet: 4,
        partly: 1,
        share: 4 / 9,
        interval: [expect.closeTo(0.18877852109766458, 12), expect.closeTo(0.733348706504507, 12)],
        seriousCases: 2,
      },
      {
        area: 'assessing',
        title: 'Assessing risk',
        criteria: ['N2', 'E1'],
        applied: 5,
        unmet: 2,
        partly: 2,
        share: 0.4,
        interval: [expect.closeTo(0.11762077423264788, 12), expect.closeTo(0.7692757187239871, 12)],
        seriousCases: 1,
      },
      {
        area: 'partners',
        title: 'Working with partners',
        criteria: ['E3'],
        applied: 0,
        unmet: 0,
        partly: 0,
        share: null,
        interval: null,
        seriousCases: 0,
      },
    ]);
    // Its keys in the contract's order.
    expect(Object.keys(json.areas[0]!)).toEqual([
      'area',
      'title',
      'criteria',
      'applied',
      'unmet',
      'partly',
      'share',
      'interval',
      'seriousCases',
    ]);
  });

  it('html: a data table with row headers, before Annex A', async () => {
    const r = await report('-f', 'html');
    const at = r.stdout.indexOf('<caption>Evidence by area</caption>');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(r.stdout.indexOf('<caption>Annex A'));
    const table = r.stdout.slice(at, r.stdout.indexOf('</table>', at));
    const num = (...cells: string[]) => cells.map((c) => `<td class="num">${c}</td>`).join('');
    expect(table).toContain(
      `<th scope="row">Responding to children at risk (N1, N3, E2)</th>${num('9', '4', '1', '44% (19%-73%)', '2')}</tr>`,
    );
    expect(table).toContain(`<th scope="row">Assessing risk (N2, E1)</th>${num('5', '2', '2', '40% (12%-77%)', '1')}</tr>`);
    expect(table).toContain(`<th scope="row">Working with partners (E3)</th>${num('0', '0', '0', 'n/a', '0')}</tr>`);
    expect(r.stdout).toContain(`<p class="note">Per area, over the graded cases&#39; independent assessments: ${LEAD_WORDS}</p>`);
  });

  it('xlsx: a sheet of numbers, shares and intervals as fractions', async () => {
    const out = join(dir, 'report.xlsx');
    const r = await report('-f', 'xlsx', '-o', out);
    expect(r.code).toBe(0);
    const book = await readBook(out);
    const values = sheetValues(book.getWorksheet('Evidence by area')!);
    expect(values[0]).toEqual([
      'Area',
      'Criteria',
      'Applied',
      'Unmet',
      'Partly met',
      'Share unmet',
      '95% low',
      '95% high',
      'Cases with a serious criterion unmet',
    ]);
    expect(values[1]).toEqual([
      'Responding to children at risk',
      'N1, N3, E2',
      9,
      4,
      1,
      expect.closeTo(4 / 9, 12),
      expect.closeTo(0.18877852109766458, 12),
      expect.closeTo(0.733348706504507, 12),
      2,
    ]);
    expect(values[2]).toEqual([
      'Assessing risk',
      'N2, E1',
      5,
      2,
      2,
      0.4,
      expect.closeTo(0.1176207742, 9),
      expect.closeTo(0.7692757187, 9),
      1,
    ]);
    // Nothing applied: the share and interval cells are empty, not 0.
    expect(values[3]).toEqual(['Working with partners', 'E3', 0, 0, 0, undefined, undefined, undefined, 0]);
    expect(book.getWorksheet('Evidence by area')!.getCell('F2').numFmt).toBe('0.0%');
  });

  it('the bundled programme declares no areas: no area table, key, block or sheet', async () => {
    const csv = fixture('gloucestershire-2017.csv');
    const [table, json, csvOut] = await Promise.all(['table', 'json', 'csv'].map((f) => runCli(['report', csv, '-f', f])));
    expect(table!.stdout).toContain('Table 10:');
    expect(table!.stdout).not.toContain('Evidence by area');
    expect(JSON.parse(json!.stdout)).not.toHaveProperty('areas');
    expect(csvOut!.stdout).not.toContain('section,area');
  });
});
