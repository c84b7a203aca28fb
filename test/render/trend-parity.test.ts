// Every section `trend` gives in one format it gives in the others (issue 29, item 4, for trend):
// the sections of the CSV (its `section` column) = the sheets of the workbook (after the front
// sheet) = the h2 headings of the HTML. Run through the CLI on three shapes of input: everything
// (areas, three rounds, --between), two rounds of the bundled programme, and one round.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { ROUND_ONE_ROWS, ROUND_TWO_ROWS, roundCsv, writeAreasCriteria } from '../helpers/areas.js';
import { tempDir } from '../helpers/tmp.js';
import { readBook } from '../helpers/xlsx.js';

/** Each section's name in the CSV, the workbook and the HTML, written out here (not read from the code). */
const SECTIONS: ReadonlyArray<readonly [csv: string, sheet: string, heading: string]> = [
  ['round', 'Rounds', 'Rounds'],
  ['change', 'Changes', 'Changes from the round before'],
  ['first_last', 'First round against last', 'First round against last'],
  ['trend_test', 'Trend tests', 'Trend across all rounds'],
  ['table', 'By table', 'By report table'],
  ['criterion', 'Criteria', 'Criteria'],
  ['area', 'Evidence by area', 'Evidence by area'],
  ['area_change', 'Area changes', 'Areas: changes from the round before'],
  ['gap', 'Gap', 'Between'],
];

const dir = tempDir();

/** The sections each format gives, each named by its CSV name, sorted. */
async function sections(args: string[]): Promise<{ csv: string[]; xlsx: string[]; html: string[] }> {
  const csv = await runCli(['trend', ...args, '-f', 'csv']);
  expect(csv.code, csv.stderr).toBe(0);
  const csvSections = new Set(
    csv.stdout
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[0]!),
  );
  const out = join(dir, `trend-${Math.random().toString(36).slice(2)}.xlsx`);
  expect((await runCli(['trend', ...args, '-o', out])).code).toBe(0);
  const sheets = (await readBook(out)).worksheets.map((w) => w.name);
  expect(sheets[0]).toBe('Summary');
  const html = await runCli(['trend', ...args, '-f', 'html']);
  const headings = [...html.stdout.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]!);
  const byName = (column: 1 | 2, names: string[]) =>
    names.map((name) => SECTIONS.find((s) => s[column] === name)?.[0] ?? `(unknown: ${name})`).sort();
  return { csv: [...csvSections].sort(), xlsx: byName(1, sheets.slice(1)), html: byName(2, headings) };
}

describe('trend: the same sections in the CSV, the workbook and the HTML', () => {
  it('everything: areas, three rounds, --between', async () => {
    const criteria = writeAreasCriteria(dir);
    const files = [
      [ROUND_ONE_ROWS, '2026-Q1'],
      [ROUND_TWO_ROWS, '2026-Q2'],
      [ROUND_TWO_ROWS, '2026-Q3'],
    ].map(([rows, round], i) => {
      const path = join(dir, `round-${i}.csv`);
      writeFileSync(path, roundCsv(rows as string[], round as string));
      return path;
    });
    const found = await sections(['-c', criteria, ...files, '--between', 'self,independent']);
    const all = SECTIONS.map((s) => s[0]).sort();
    expect(found).toEqual({ csv: all, xlsx: all, html: all });
  });

  it('two rounds of the bundled programme: no first against last, trend test, area or gap in any format', async () => {
    const found = await sections([fixture('rounds/2025-q1.yaml'), fixture('rounds/2025-q2.yaml')]);
    const expected = ['change', 'criterion', 'round', 'table'];
    expect(found).toEqual({ csv: expected, xlsx: expected, html: expected });
  });

  it('one round: no changes in any format', async () => {
    const found = await sections([fixture('gloucestershire-2017.csv')]);
    const expected = ['criterion', 'round', 'table'];
    expect(found).toEqual({ csv: expected, xlsx: expected, html: expected });
  });
});
