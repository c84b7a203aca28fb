// --output never destroys data (issue 15 items 16, 17 and 24): never an input, devices and FIFOs
// written in place, symlinks kept, modes kept, read-only files refused (a full stdout and temp files
// removed on signals, which need a real process: output-target.process.test.ts).
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempDir } from '../helpers/tmp.js';
import { hasTool } from '../helpers/tools.js';

const tmp = tempDir();
const GC = fixture('gloucestershire-2017.csv');
const ORIGINAL = readFileSync(GC, 'utf8');

function copyOfInput(name: string): string {
  const path = join(tmp, name);
  copyFileSync(GC, path);
  return path;
}

describe('an output that is an input is refused before any work', () => {
  it.each([
    ['the same path', (input: string) => input],
    ['another spelling of the path', (input: string) => join(tmp, '.', 'x', '..', input.split('/').pop()!)],
    ['a symlink to it', (input: string) => (symlinkSync(input, `${input}.link`), `${input}.link`)],
    ['a hard link to it', (input: string) => (linkSync(input, `${input}.hard`), `${input}.hard`)],
  ])('%s (report, score and sample)', async (_name, outputFor) => {
    const input = copyOfInput(`in-${_name.replaceAll(' ', '-')}.csv`);
    mkdirSync(join(tmp, 'x'), { recursive: true });
    const output = outputFor(input);
    for (const args of [['report'], ['score', '-f', 'csv'], ['sample', '--size', '3', '--seed', '1']]) {
      const r = await runCli([...args, input, '-o', output]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${output}: cannot write: it is the input ${input}; choose another --output`);
      expect(readFileSync(input, 'utf8')).toBe(ORIGINAL);
    }
  });

  it('an --exclude file is an input too', async () => {
    const register = copyOfInput('register.csv');
    const done = copyOfInput('done.csv');
    const r = await runCli(['sample', register, '--size', '2', '--seed', '1', '-o', done, '--exclude', done]);
    expect(r.code).toBe(2);
    expect(readFileSync(done, 'utf8')).toBe(ORIGINAL);
  });
});

describe('what is at the output path is respected', () => {
  it('a device is written into, never replaced by a regular file', async () => {
    const r = await runCli(['report', GC, '-o', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a device that fails (/dev/full) is a write error in words, exit 2', async () => {
    const r = await runCli(['report', GC, '-o', '/dev/full']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/full: cannot write: no space left on the device');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it.skipIf(!hasTool('mkfifo') || !hasTool('cat'))('a FIFO is written into, and stays a FIFO (needs mkfifo and cat)', async () => {
    const fifo = join(tmp, 'out.fifo');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const r = await runCli(['compare', '-f', 'json', GC, '-o', fifo]);
    await closed;
    expect(r.code).toBe(0);
    expect(JSON.parse(read).n).toBe(33);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a symlink is followed: its target is replaced and the link kept', async () => {
    const target = join(tmp, 'target.json');
    writeFileSync(target, 'OLD');
    const link = join(tmp, 'link.json');
    symlinkSync(target, link);
    const r = await runCli(['report', '-f', 'json', GC, '-o', link]);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(JSON.parse(readFileSync(target, 'utf8')).totals.read).toBe(89);
  });

  it("an existing file's mode is kept (0600 stays private)", async () => {
    const out = join(tmp, 'private.json');
    writeFileSync(out, 'OLD');
    chmodSync(out, 0o600);
    expect((await runCli(['report', '-f', 'json', GC, '-o', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain('"read": 89');
  });

  it('a read-only file is refused, unchanged', async () => {
    const out = join(tmp, 'read-only.json');
    writeFileSync(out, 'OLD');
    chmodSync(out, 0o444);
    const r = await runCli(['report', '-f', 'json', GC, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out}: cannot write: the file is read-only`);
    expect(readFileSync(out, 'utf8')).toBe('OLD');
  });

  it('a name of 255 bytes is written (the temporary name is shortened to fit)', async () => {
    const out = join(tmp, `${'n'.repeat(250)}.json`);
    const r = await runCli(['score', '-f', 'json', GC, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(89);
  });

  it('a name longer than 255 bytes is refused before any work', async () => {
    const out = join(tmp, `${'é'.repeat(128)}.json`);
    const r = await runCli(['score', '-f', 'json', GC, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write: file name longer than 255 bytes');
    expect(r.stderr).not.toContain('read =');
  });
});

describe('stdin', () => {
  it('report - - is a usage error (stdin read once)', async () => {
    const r = await runCli(['report', '-', '-'], { stdin: `${DA_HEADER}\n${daRow('S-1')}\n` });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('case-audit: stdin (-) can be read only once; name it once (see case-audit --help)\n');
  });
});
