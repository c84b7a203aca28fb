// A stray quote spoils one row, not the file (issue 15, item 18): the row is rejected at its first
// line and reading goes on at the next line, whatever the chunking and line endings; only a quote
// that is never closed stops the file, saying which lines were not read.
import { describe, expect, it } from 'vitest';
import { afterBreaks } from '../../src/load/csv/csv-resume.js';
import { positions } from '../helpers/chunked.js';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempFiles } from '../helpers/tmp.js';

const events = positions;

// 3: a quote inside an unquoted field; 5: text after a closing quote; 6-7: a quoted note over two
// lines with text after its closing quote; 9: a quote never closed (10 and 11 are not read).
const rows = (eol: string) =>
  [
    'case_id,case_type,notes,PP1',
    'A1,pp,,y',
    'A2,pp,X has "quote" inside,y',
    'A3,pp,,y',
    'A4,pp,"closed"x,y',
    `A5,pp,"two${eol}lines" and more,y`,
    'A6,pp,,y',
    'A7,pp,"open,y',
    'A8,pp,,y',
    'A9,pp,,y',
  ].join(eol);

const EXPECTED = ['A1@2', 'csv-syntax@3', 'A3@4', 'csv-syntax@5', 'csv-syntax@6', 'A6@8', 'unclosed-quote@9'];

describe('a bad row is skipped and the file read on', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s line endings, any chunk size', async (_name, eol) => {
    for (const size of [0, 1, 2, 3, 5, 7, 64]) {
      expect(await events(rows(eol), size), `chunks of ${size}`).toEqual(EXPECTED);
      expect(await events(`${rows(eol)}${eol}`, size), `chunks of ${size}, final break`).toEqual(EXPECTED);
    }
  });

  it('a bad last row, with or without a final line break', async () => {
    for (const size of [0, 1, 4]) {
      expect(await events('case_id,case_type,PP1\nB1,pp,y\nB2,pp,"x"y', size)).toEqual(['B1@2', 'csv-syntax@3']);
      expect(await events('case_id,case_type,PP1\nB1,pp,y\nB2,pp,x"y"\n', size)).toEqual(['B1@2', 'csv-syntax@3']);
    }
  });

  it('counts every later row, and says where reading went on and which lines an unclosed quote left unread', async () => {
    const file = tempFiles();
    const lines = [DA_HEADER, ...Array.from({ length: 7 }, (_, i) => daRow(`P${i + 1}`))];
    lines.push('P8,domestic-abuse,good,,,no,X has "quote" inside,y,y,y,y,y,y,y,y');
    lines.push(...Array.from({ length: 5 }, (_, i) => daRow(`P${i + 9}`)));
    const path = file('quote.csv', `${lines.join('\n')}\n`);
    const r = await runCli(['score', '--format', 'json', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${path}:9: a quote appears inside an unquoted field; quote the whole field and double any quote inside it (""); this row was skipped and reading goes on at line 10`,
    );
    expect(r.stderr).not.toContain('X has');
    expect(r.stderr).toContain('13 read = 12 graded + 0 ungraded + 1 rejected');
    const open = file('open.csv', `${DA_HEADER}\n${daRow('Q1')}\nQ2,da,,,,no,"open,y,y,y,y,y,y,y,y\n${daRow('Q3')}\n${daRow('Q4')}\n`);
    const o = await runCli(['score', '--format', 'json', open]);
    expect(o.stderr).toContain(
      `${open}:3: a quoted field opened in the record starting here is never closed; the rest of the file was not read (lines 3 to 5;`,
    );
    const crlf = file('open-crlf.csv', `${DA_HEADER}\r\nQ2,da,,,,no,"open,y,y,y,y,y,y,y,y\r\n${daRow('Q3')}\r\n\r\n${daRow('Q4')}\r\n`);
    expect((await runCli(['score', crlf])).stderr).toContain(
      `${crlf}:2: a quoted field opened in the record starting here is never closed; the rest of the file was not read (lines 2 to 5;`,
    );
  });
});

describe('afterBreaks', () => {
  it.each([
    ['a\nb\nc', 1, 2],
    ['a\r\nb', 1, 3],
    ['a\rb', 1, 2],
    ['a\r\n\rb', 2, 4],
    ['a\r', 1, -1],
    ['a', 1, -1],
    ['a\nb', 2, -1],
  ])('%j after %i breaks is %i', (text, n, at) => expect(afterBreaks(text, 0, n)).toBe(at));
});
