// The streaming CSV path: positions are first lines whatever the chunking, and a file made of many
// copies of the 2017 fixture scores as those copies do one by one.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { chunked, positions } from '../helpers/chunked.js';
import { fixture, runCli } from '../helpers/cli.js';

// Line 1 header; 3-4 a quoted note over two lines; 5 blank; 6 a bad grade; 7-9 a note over three
// lines; 10 spaces only; 11 the last case, with no line break at the end.
const rows = (eol: string, inner: string) =>
  [
    'case_id,case_type,self_grade,notes,PP1',
    'A1,police-protection,good,plain,y',
    `A2,police-protection,good,"two${inner}lines",y`,
    '',
    'A3,police-protection,excellent,,y',
    `A4,police-protection,,"a${inner}b${inner}c",n`,
    '   ',
    'A5,police-protection,,,y',
  ].join(eol);

// A4 and A5 have no self grade while A1 and A2 do: one warning for the file, after its rows.
const EXPECTED = ['A1@2', 'A2@3', 'invalid-grade@6', 'A4@7', 'A5@11', 'blank-self-grade@0'];

describe('CSV positions are first lines, whatever the chunk size', () => {
  it.each([
    { name: 'LF rows, LF inside quotes', text: rows('\n', '\n') },
    { name: 'CRLF rows, LF inside quotes (Excel)', text: rows('\r\n', '\n') },
    { name: 'CRLF rows, CRLF inside quotes', text: rows('\r\n', '\r\n') },
    { name: 'CR rows, CR inside quotes (old Mac)', text: rows('\r', '\r') },
  ])('$name', async ({ text }) => {
    for (const size of [0, 1, 2, 3, 5, 64]) expect(await positions(text, size), `chunks of ${size}`).toEqual(EXPECTED);
  });

  it('counts the sep= line and blank lines before the header', async () => {
    const text = 'sep=;\n\n\ncase_id;case_type;notes;PP1\nB1;pp;;y\n\nB2;pp;"x\ny";y\n"B3";pp;"unclosed\n';
    for (const size of [0, 1, 4]) {
      expect(await positions(text, size), `chunks of ${size}`).toEqual(['B1@5', 'B2@7', 'unclosed-quote@9']);
    }
  });

  it('places a multi-byte character split across chunks', async () => {
    const text = 'case_id,case_type,notes,PP1\nÉ1,pp,"déjà\nvu",y\nÉ2,pp,naïve,y\n';
    for (const size of [1, 2, 3]) expect(await positions(text, size), `chunks of ${size}`).toEqual(['É1@2', 'É2@4']);
  });
});

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('many copies of the 2017 fixture, streamed in small chunks', () => {
  const COPIES = 40;
  const [header, ...body] = readFileSync(fixture('gloucestershire-2017.csv'), 'utf8').trimEnd().split('\n');
  const copies = [header, ...Array.from({ length: COPIES }, (_, k) => body.map((line) => `R${k}-${line}`)).flat()].join('\n');

  it('scores every copy as the fixture alone is scored', async () => {
    const single = JSON.parse((await runCli(['score', '--format', 'json', fixture('gloucestershire-2017.csv')])).stdout) as Array<{
      caseId: string;
    }>;
    const stdout = new Capture();
    const stderr = new Capture();
    const stdin = chunked(Buffer.from(copies), 997);
    const code = await run(['score', '--format', 'json', '-'], { stdout, stderr, stdin, env: { NO_COLOR: '1' }, cwd: process.cwd() });
    expect(code).toBe(0);
    const n = (89 * COPIES).toLocaleString('en-GB');
    expect(stderr.text).toContain(`${n} read = ${n} graded + 0 ungraded + 0 rejected`);
    const expected = Array.from({ length: COPIES }, (_, k) => single.map((row) => ({ ...row, caseId: `R${k}-${row.caseId}` }))).flat();
    expect(JSON.parse(stdout.text)).toEqual(expected);
  });

  it('validate gives proportional totals and finds a repeated copy', async () => {
    const repeated = `${copies}\n${body
      .slice(0, 3)
      .map((line) => `R7-${line}`)
      .join('\n')}\n`;
    const { code, stdout } = await runCli(['validate', '--format', 'json', '-'], { stdin: repeated });
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as { totals: object; rejected: Array<{ line: number; message: string }> };
    expect(result.totals).toEqual({ read: 89 * COPIES + 3, graded: 89 * COPIES, ungraded: 0, rejected: 3 });
    const firstLine = 2 + 7 * 89;
    expect(result.rejected.map((r) => [r.line, r.message.match(/at (.*)$/)?.[1]])).toEqual([
      [2 + 89 * COPIES, `<stdin>:${firstLine}; case ids must be unique across all inputs`],
      [3 + 89 * COPIES, `<stdin>:${firstLine + 1}; case ids must be unique across all inputs`],
      [4 + 89 * COPIES, `<stdin>:${firstLine + 2}; case ids must be unique across all inputs`],
    ]);
  });
});
