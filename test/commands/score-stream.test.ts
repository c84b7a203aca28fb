// `score --format csv|json` writes rows as cases are scored: the text must be exactly what the
// buffered renderers give, on stdout and through --output.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/text/csv.js';
import type { CaseRow } from '../../src/summarise/score/score-listing.js';
import {
  scoreCsvListing,
  scoreCsvRow,
  scoreCsvRowText,
  scoreJsonListing,
  scoreJsonRow,
  type StreamedListing,
} from '../../src/render/score/score-rows.js';
import { blankSelfWarning2017 } from '../helpers/fixture-2017.js';
import { fixture, runCli } from '../helpers/cli.js';

/** The listing of these rows, all at once. */
function listing(format: StreamedListing, rows: readonly CaseRow[]): string {
  let text = format.start;
  rows.forEach((r, i) => (text += format.row(r, i)));
  return text + format.end(rows.length);
}

describe('the streamed listings', () => {
  it.each([0, 1, 3])('json with %i rows is JSON.stringify(rows, null, 2)', (n) => {
    const rows: CaseRow[] = Array.from({ length: n }, (_, i) => ({
      caseId: `C${i}`,
      caseType: 'police-protection',
      selfGrade: null,
      grade: 'inadequate',
      derivedGrade: 'inadequate',
      gradeSource: 'derived',
      override: false,
      unmet: ['PP2', 'PP3'],
      missing: [],
      referredBack: false,
      referralSuggested: true,
    }));
    let text = scoreJsonListing.start;
    rows.forEach((r, i) => (text += scoreJsonListing.row(r, i)));
    text += scoreJsonListing.end(n);
    expect(text).toBe(`${JSON.stringify(rows.map(scoreJsonRow), null, 2)}\n`);
  });

  it('json rows written field by field are JSON.stringify(rows, null, 2), whatever the ids, grades and lists', () => {
    const grades = [null, 'good', 'requires_improvement', 'inadequate'] as const;
    const ids = ['C1', 'é"quoted"\\back', '\u2028line', 'tab\there', '😀'];
    const rows: CaseRow[] = Array.from({ length: 60 }, (_, i) => ({
      caseId: ids[i % ids.length]! + String(i),
      caseType: i % 2 ? 'police-protection' : 'domestic-abuse',
      selfGrade: grades[i % 4]!,
      grade: grades[(i + 1) % 4]!,
      derivedGrade: grades[(i + 2) % 4]!,
      gradeSource: (['none', 'derived', 'recorded', 'override'] as const)[i % 4]!,
      override: i % 3 === 0,
      unmet: ['PP2', 'PP3', 'DA"1'].slice(0, i % 4),
      missing: ['DA4', 'MC1'].slice(0, (i + 1) % 3),
      referredBack: i % 5 === 0,
      referralSuggested: i % 7 === 0,
    }));
    expect(listing(scoreJsonListing, rows)).toBe(`${JSON.stringify(rows.map(scoreJsonRow), null, 2)}\n`);
    // With carried columns: each row's own, as JSON.stringify orders them.
    let text = scoreJsonListing.start;
    rows.forEach(
      (r, i) =>
        (text += scoreJsonListing.row(r, i, [
          ['team', `t${i}`],
          ['2024', 'x'],
        ])),
    );
    text += scoreJsonListing.end(rows.length);
    const carried = rows.map((r, i) => ({ ...scoreJsonRow(r), carried: { team: `t${i}`, 2024: 'x' } }));
    expect(text).toBe(`${JSON.stringify(carried, null, 2)}\n`);
  });

  it('rows written from kept cells are what the general writer gives, on random rows (quoting, accents, formulas, shared and fresh lists)', () => {
    // Lists as grading hands them on: the same list object for every case with the same findings, and now and then a fresh one.
    const shared = [[], ['PP1'], ['PP2', 'PP3'], ['DA"1', 'DA,2'], ['=DA3'], ['é1', 'MC 4']];
    const list = fc.oneof(fc.constantFrom(...shared), fc.array(fc.constantFrom('PP1', 'x;y', 'a\nb', '+1', 'ü'), { maxLength: 3 }));
    const text = fc.oneof(
      fc.constantFrom(
        'C1',
        'GL18-0000001',
        'a,b',
        'say "hi"',
        'two\nlines',
        'cr\r',
        'semi;colon',
        'tab\tx',
        '=1+1',
        '+44',
        '-3',
        '@SUM',
        "'=x",
        "'plain",
      ),
      fc.constantFrom('é', 'Zoë', '😀', '\u2028', 'back\\slash', '\u0007bell', '\ud800'),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const grade = fc.constantFrom(null, 'good', 'requires_improvement', 'inadequate', 'a,b', '=bad');
    const row: fc.Arbitrary<CaseRow> = fc.record({
      caseId: text,
      caseType: fc.oneof(fc.constantFrom('police-protection', 'domestic-abuse'), text),
      selfGrade: grade,
      grade,
      derivedGrade: grade,
      gradeSource: fc.constantFrom('none', 'derived', 'recorded', 'override'),
      override: fc.boolean(),
      unmet: list,
      missing: list,
      referredBack: fc.boolean(),
      referralSuggested: fc.boolean(),
    }) as fc.Arbitrary<CaseRow>;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        // One writer for all the rows: later rows meet the cells an earlier one kept.
        const fast = scoreCsvRowText();
        for (const r of rows) expect(fast(r)).toBe(csvLine(scoreCsvRow(r)));
        expect(listing(scoreJsonListing, rows)).toBe(`${JSON.stringify(rows.map(scoreJsonRow), null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('an empty csv listing is the header alone', () => {
    expect(scoreCsvListing.start + scoreCsvListing.end(0)).toBe(
      '\ufeffcase_id,case_type,self_grade,grade,derived_grade,grade_source,override,unmet,missing,referred_back,referral_suggested\r\n',
    );
  });
});

describe('score streams csv and json', () => {
  it('json on stdout parses back to the rows that render the same csv', async () => {
    const json = await runCli(['score', '--format', 'json', fixture('gloucestershire-2017.csv')]);
    const csv = await runCli(['score', '--format', 'csv', fixture('gloucestershire-2017.csv')]);
    expect([json.code, csv.code]).toEqual([0, 0]);
    const rows = JSON.parse(json.stdout) as CaseRow[];
    expect(rows).toHaveLength(89);
    expect(json.stdout).toBe(`${JSON.stringify(rows, null, 2)}\n`);
    expect(json.stdout).toBe(listing(scoreJsonListing, rows));
    expect(csv.stdout).toBe(listing(scoreCsvListing, rows));
    expect(csv.stderr).toBe(`${blankSelfWarning2017(fixture('gloucestershire-2017.csv'))}89 read = 89 graded + 0 ungraded + 0 rejected\n`);
  });

  it('--output gets the same bytes, renamed into place with no temporary file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'case-audit-score-'));
    const stdout = (await runCli(['score', '--format', 'csv', fixture('gloucestershire-2017.csv')])).stdout;
    const written = await runCli(['score', '--format', 'csv', '--output', join(dir, 'scores.csv'), fixture('gloucestershire-2017.csv')]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(join(dir, 'scores.csv'), 'utf8')).toBe(stdout);
    expect(readdirSync(dir)).toEqual(['scores.csv']);
  });

  it('rejected rows still leave the valid rows and exit 1', async () => {
    const { code, stdout, stderr } = await runCli(['score', '--format', 'json', '-'], {
      stdin: 'case_id,case_type,PP1,PP2,PP3,PP4,PP5,PP6,PP7\nA,pp,y,y,y,y,y,y,y\nB,nope,y,y,y,y,y,y,y\n',
    });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as CaseRow[]).map((r) => [r.caseId, r.grade])).toEqual([['A', 'good']]);
    expect(stderr).toContain('<stdin>:3:2: case "B": unknown case_type');
  });
});
