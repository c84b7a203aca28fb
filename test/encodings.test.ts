// The 2017 fixture re-encoded the ways spreadsheets and editors save it gives exactly the report of
// the plain UTF-8 comma file: every encoding, line ending, delimiter and quoting in the contract.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayPath } from '../src/render/diagnostics.js';
import { fixture, runCli } from './helpers/cli.js';
import { blankSelfWarning2017 } from './helpers/fixture-2017.js';
import { tempDir } from './helpers/tmp.js';

const tmp = tempDir();
const rows = readFileSync(fixture('gloucestershire-2017.csv'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(','));
const NOTES = rows[0]!.indexOf('notes');

const BOM = '\ufeff';
/** Stderr with the file's name taken out, to compare runs on differently named copies. */
const named = (stderr: string, file: string) => stderr.replaceAll(`${displayPath(file, process.cwd())}:`, 'FILE:');
const join_ = (sep: string, eol: string, cells: (row: string[], i: number) => string[] = (r) => r) =>
  rows.map((r, i) => cells(r, i).join(sep)).join(eol) + eol;
const quoteAll = (r: string[]) => r.map((c) => `"${c.replaceAll('"', '""')}"`);
// A note with a delimiter, a quote and line breaks inside (notes are never printed, so the output is unchanged).
const withNote = (r: string[], i: number) => (i === 0 ? r : r.map((c, j) => (j === NOTES ? `Seen at home; said "ok",\nthen\r\nleft` : c)));
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

const VARIANTS: Array<[string, string, () => string | Buffer]> = [
  ['UTF-8 with BOM', 'bom.csv', () => BOM + join_(',', '\n')],
  ['CRLF', 'crlf.csv', () => join_(',', '\r\n')],
  ['bare CR (old Mac Excel)', 'cr.csv', () => join_(',', '\r')],
  ['semicolon delimiter', 'semicolon.csv', () => join_(';', '\n')],
  ['tab delimiter', 'tab.tsv', () => join_('\t', '\n')],
  ["Excel's sep=; line", 'sep.csv', () => `sep=;\r\n${join_(';', '\r\n')}`],
  ['every field quoted', 'quoted.csv', () => join_(',', '\n', quoteAll)],
  ['notes with embedded newlines, quotes and delimiters', 'notes.csv', () => join_(',', '\r\n', (r, i) => quoteAll(withNote(r, i)))],
  ['UTF-16 LE with BOM, tabs (Excel "Unicode text")', 'unicode-le.txt', () => Buffer.from(BOM + join_('\t', '\r\n'), 'utf16le')],
  ['UTF-16 BE with BOM, tabs', 'unicode-be.txt', () => utf16be(BOM + join_('\t', '\r\n'))],
  [
    'UTF-16 LE with BOM, quoted notes',
    'unicode-notes.txt',
    () => Buffer.from(BOM + join_('\t', '\r\n', (r, i) => quoteAll(withNote(r, i))), 'utf16le'),
  ],
  [
    'BOM, sep=; line, CRLF and quoted notes together',
    'all.csv',
    () => `${BOM}sep=;\r\n${join_(';', '\r\n', (r, i) => quoteAll(withNote(r, i)))}`,
  ],
];

describe('encodings and layouts give exactly the report of the plain file', () => {
  let plain: { stdout: string; stderr: string };
  beforeAll(async () => {
    plain = await runCli(['score', '--format', 'json', fixture('gloucestershire-2017.csv')]);
    expect(plain.stderr).toBe(
      `${blankSelfWarning2017(fixture('gloucestershire-2017.csv'))}89 read = 89 graded + 0 ungraded + 0 rejected\n`,
    );
    plain.stderr = named(plain.stderr, fixture('gloucestershire-2017.csv'));
  });

  it.each(VARIANTS)('%s', async (_name, file, make) => {
    const path = join(tmp, file);
    writeFileSync(path, make());
    const r = await runCli(['score', '--format', 'json', path]);
    expect(named(r.stderr, path)).toBe(plain.stderr);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
  });

  it('the same file read from stdin (-) as UTF-16 LE', async () => {
    const r = await runCli(['score', '--format', 'json', '-'], { stdin: Buffer.from(BOM + join_('\t', '\r\n'), 'utf16le') });
    expect([r.code, named(r.stderr, '<stdin>')]).toEqual([0, plain.stderr]);
    expect(r.stdout).toBe(plain.stdout);
  });

  it('--delimiter overrides detection', async () => {
    // A header with more commas than semicolons in its names would fool detection; --delimiter settles it.
    const path = join(tmp, 'forced.csv');
    writeFileSync(path, join_(';', '\n'));
    const r = await runCli(['score', '--format', 'json', '--delimiter', ';', path]);
    expect([r.code, r.stdout]).toEqual([0, plain.stdout]);
  });
});
