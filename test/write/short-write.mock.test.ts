// A full disk never costs the existing --output file (issue 23 item 1), shown with writeSync and
// fsyncSync replaced: a disk that takes only `room` bytes answers as Linux does, a short count
// first (what fitted), then ENOSPC. Every command and every format it writes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectFullDisk, OUTPUT_RUNS } from '../helpers/outputs.js';
import { quickOr } from '../helpers/quick.js';
import { tempDir } from '../helpers/tmp.js';

const disk = vi.hoisted(() => ({
  /** Bytes the disk still takes; Infinity: not full. */
  room: Infinity,
  /** An error code fsyncSync fails with, if any. */
  fsyncFails: undefined as string | undefined,
  /** The calls that decide what reaches the disk, in order. */
  calls: [] as string[],
  /** Bytes the run asked to write, whether or not they fitted. */
  asked: 0,
}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const failure = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  const writeSync = (fd: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]): number => {
    disk.calls.push('write');
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const [offset = 0, length = bytes.length - (offset as number)] = typeof data === 'string' ? [] : (rest as number[]);
    disk.asked += length;
    if (disk.room <= 0) throw failure('ENOSPC');
    const n = Math.min(length, disk.room);
    disk.room -= n;
    return fs.writeSync(fd, bytes, offset, n);
  };
  const fsyncSync = (fd: number) => {
    disk.calls.push('fsync');
    if (disk.fsyncFails) throw failure(disk.fsyncFails);
    fs.fsyncSync(fd);
  };
  const renameSync = (from: string, to: string) => {
    disk.calls.push('rename');
    fs.renameSync(from, to);
  };
  const mocked = { ...fs, writeSync, fsyncSync, renameSync };
  return { ...mocked, default: mocked };
});

const OLD = Buffer.from('the report as it was before this run\n'.repeat(20));
/** Fewer bytes than any output (validate's table of a clean file is the smallest, 53). */
const ROOM = 16;

/**
 * Every command and format in `npm test`; in the fast loop (test/helpers/quick.ts) one of each way to
 * the disk: a file streamed while it is read, a workbook, a model written whole, the smallest output.
 */
const RUNS = quickOr(
  OUTPUT_RUNS.filter(([name]) => ['score, 5,000 cases -f csv', 'score -f xlsx', 'report -f json', 'validate -f table'].includes(name)),
  OUTPUT_RUNS,
);

beforeEach(() => {
  disk.room = Infinity;
  disk.fsyncFails = undefined;
  disk.calls = [];
  disk.asked = 0;
});

function existingOutput(): { dir: string; out: string } {
  const dir = tempDir();
  const out = join(dir, 'kept');
  writeFileSync(out, OLD);
  return { dir, out };
}

describe('a disk that fills up during the write', () => {
  it.each(RUNS)('%s: exit 2, the old file byte for byte, no temporary file, one line naming the file', async (_name, argv) => {
    const { out } = existingOutput();
    disk.room = ROOM;
    expectFullDisk(await runCli([...argv, '--output', out]), out, OLD, ['kept']);
    // The output did not fit: the disk ran out part-way, not before a write that would have fitted.
    expect(disk.asked).toBeGreaterThan(ROOM);
  });

  it('a new file is not left behind either, and the message says nothing was written', async () => {
    const dir = tempDir();
    const out = join(dir, 'new.json');
    disk.room = ROOM;
    const r = await runCli(['report', '--format', 'json', '--output', out, ...OUTPUT_RUNS[0]![1].slice(1, 2)]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(r.stderr).toContain(`${out}: cannot write: no space left on the device; no file was written\n`);
  });
});

describe('fsync before the rename', () => {
  it('the data is flushed to the disk before the file is renamed into place', async () => {
    const { out } = existingOutput();
    const r = await runCli(['report', '--format', 'csv', '--output', out, ...OUTPUT_RUNS[0]![1].slice(1, 2)]);
    expect(r.code).toBe(0);
    expect(disk.calls.filter((c) => c !== 'write')).toEqual(['fsync', 'rename']);
  });

  it('an fsync that fails (EIO) keeps the old file: exit 2, no temporary file', async () => {
    const { dir, out } = existingOutput();
    disk.fsyncFails = 'EIO';
    const r = await runCli(['score', '--format', 'xlsx', '--output', out, ...OUTPUT_RUNS[0]![1].slice(1, 2)]);
    expect(r.code).toBe(2);
    expect(readFileSync(out)).toEqual(OLD);
    expect(readdirSync(dir)).toEqual(['kept']);
    expect(r.stderr).toContain(`${out}: cannot write: input/output error; the existing file is unchanged\n`);
    expect(disk.calls).not.toContain('rename');
  });
});
