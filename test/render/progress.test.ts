// The progress line, driven by a fake clock on a fake terminal: what is drawn, when, and when not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inputSizes } from '../../src/load/inputs/input.js';
import { makeProgress, progressText, Progress, PROGRESS_MIN_BYTES } from '../../src/render/progress.js';
import { runCli } from '../helpers/cli.js';

class FakeTty extends Writable {
  writes: string[] = [];
  isTTY = true;
  columns = 100;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.writes.push(chunk.toString());
    done();
  }
}

const MB = 2 ** 20;

describe('progressText', () => {
  it.each([
    {
      state: { file: 'big.csv', rows: 1234567, bytes: 31.5 * MB, total: 63 * MB, elapsedMs: 2000 },
      text: 'reading big.csv: 1,234,567 rows, 31.5 of 63.0 MB (50%), 617,284 rows/s',
    },
    {
      state: { file: '<stdin>', rows: 10, bytes: 6 * MB, total: undefined, elapsedMs: 0 },
      text: 'reading <stdin>: 10 rows, 6.0 MB, 0 rows/s',
    },
    {
      state: { file: 'a\u001b[31m.csv', rows: 0, bytes: 0, total: 10 * MB, elapsedMs: 5 },
      text: 'reading a\\x1b[31m.csv: 0 rows, 0.0 of 10.0 MB (0%), 0 rows/s',
    },
    {
      state: { file: 'big.csv', rows: 500, bytes: 6 * MB, total: 12 * MB, elapsedMs: 1000, again: 'to check the case ids' },
      text: 'reading big.csv again, to check the case ids: 500 rows, 6.0 of 12.0 MB (50%), 500 rows/s',
    },
  ])('$text', ({ state, text }) => expect(progressText({ ...state, cwd: process.cwd() })).toBe(text));
});

describe('Progress', () => {
  it('draws one line in place, at most every 100 ms, and clears it', () => {
    const tty = new FakeTty();
    let now = 0;
    const progress = new Progress(tty, { total: 20 * MB, cwd: process.cwd(), now: () => now });
    const at = (ms: number, bytes: number, rows: number) => {
      now = ms;
      progress.update({ file: 'big.csv', bytes, rows });
    };
    at(0, 1 * MB, 100);
    at(50, 2 * MB, 200); // too soon
    at(100, 3 * MB, 300);
    at(150, 4 * MB, 400); // too soon
    progress.clear();
    progress.clear(); // nothing left to clear
    expect(tty.writes).toEqual([
      '\rreading big.csv: 100 rows, 1.0 of 20.0 MB (5%), 0 rows/s\x1b[K',
      '\rreading big.csv: 300 rows, 3.0 of 20.0 MB (15%), 3,000 rows/s\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('a pty that reports 0 columns gets a full 79-column line, not a 20-column stub', () => {
    const tty = new FakeTty();
    tty.columns = 0;
    const progress = new Progress(tty, { total: 20 * MB, cwd: process.cwd(), now: () => 0 });
    progress.update({ file: 'a-rather-long-register-name.csv', bytes: 10 * MB, rows: 5 });
    const line = 'reading a-rather-long-register-name.csv: 5 rows, 10.0 of 20.0 MB (50%), 0 rows/s';
    expect(tty.writes[0]).toBe(`\r${line.slice(0, 79)}\x1b[K`);
  });

  it('counts bytes across files and cuts the line to the terminal width', () => {
    const tty = new FakeTty();
    tty.columns = 40;
    let now = 0;
    const progress = new Progress(tty, { total: 20 * MB, cwd: process.cwd(), now: () => now });
    progress.update({ file: 'a.csv', bytes: 10 * MB, rows: 5 });
    now = 200;
    progress.update({ file: 'b.csv', bytes: 5 * MB, rows: 9 });
    expect(tty.writes[1]).toBe(`\r${'reading b.csv: 9 rows, 15.0 of 20.0 MB (75%), 45 rows/s'.slice(0, 39)}\x1b[K`);
  });

  it('stays silent while a stream of unknown size is small', () => {
    const tty = new FakeTty();
    const progress = new Progress(tty, { total: undefined, cwd: process.cwd(), now: () => 0 });
    progress.update({ file: '<stdin>', bytes: PROGRESS_MIN_BYTES - 1, rows: 5 });
    expect(tty.writes).toEqual([]);
    progress.update({ file: '<stdin>', bytes: PROGRESS_MIN_BYTES + 1, rows: 6 });
    expect(tty.writes).toHaveLength(1);
  });
});

describe('makeProgress', () => {
  const dir = mkdtempSync(join(tmpdir(), 'case-audit-progress-'));
  const big = join(dir, 'big.csv');
  writeFileSync(big, Buffer.alloc(PROGRESS_MIN_BYTES + 1, 'a'));

  it.each([
    { name: 'a terminal', tty: true, env: {}, quiet: false, shown: true },
    { name: 'not a terminal', tty: false, env: {}, quiet: false, shown: false },
    { name: '--quiet', tty: true, env: {}, quiet: true, shown: false },
    { name: 'CI', tty: true, env: { CI: 'true' }, quiet: false, shown: false },
  ])('$name', ({ tty, env, quiet, shown }) => {
    const stream = new FakeTty();
    stream.isTTY = tty;
    const progress = makeProgress(stream, { env, quiet }, { total: inputSizes([big]), cwd: process.cwd(), now: () => 0 });
    progress?.update({ file: big, bytes: 1, rows: 1 });
    expect(stream.writes.length > 0).toBe(shown);
  });

  it('a small file on a terminal shows nothing', () => {
    const small = join(dir, 'small.csv');
    writeFileSync(small, 'case_id,case_type\n');
    const stream = new FakeTty();
    makeProgress(stream, { env: {}, quiet: false }, { total: inputSizes([small]), cwd: process.cwd(), now: () => 0 })?.update({
      file: small,
      bytes: 18,
      rows: 0,
    });
    expect(stream.writes).toEqual([]);
  });

  it('a piped run prints no progress', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `C${i},pp,${'y,'.repeat(6)}y,${'x'.repeat(40)}`).join('\n');
    const { stderr } = await runCli(['validate', '-'], { stdin: `case_id,case_type,PP1,PP2,PP3,PP4,PP5,PP6,PP7,notes\n${rows}\n` });
    expect(stderr).toBe('');
  });
});
