// A real full disk (issue 23 item 1): a 1 MB tmpfs holding an existing output file, filled so that
// the new output does not fit. The kernel writes what fits (a short count), then says ENOSPC.
// A *.process test because it mounts a file system (root's `mount`); the CLI itself runs in-process.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectFullDisk, OUTPUT_RUNS } from '../helpers/outputs.js';
import { tempDir } from '../helpers/tmp.js';

const PAGE = 4096;
const MOUNT = mkdtempSync(join(tmpdir(), 'case-audit-full-'));
// Mounting needs root (or CAP_SYS_ADMIN); elsewhere these tests are skipped, the mocked ones in
// short-write.mock.test.ts still run.
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', MOUNT]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', [MOUNT]);
  rmSync(MOUNT, { recursive: true, force: true });
});

const kept = join(MOUNT, 'kept');
const filler = join(MOUNT, 'filler');
const OLD = Buffer.from('an output written before the disk filled up\n'.repeat(1500));
const free = () => {
  const s = statfsSync(MOUNT);
  return s.bavail * s.bsize;
};

/** Fills the disk, then frees `room` bytes (whole pages: tmpfs counts pages). */
function fillLeaving(room: number): void {
  rmSync(filler, { force: true });
  const fd = openSync(filler, 'w');
  const page = Buffer.alloc(PAGE, 1);
  try {
    for (;;) writeSync(fd, page);
  } catch (e) {
    expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
  }
  const size = statSync(filler).size;
  ftruncateSync(fd, size - room);
  closeSync(fd);
  expect(free()).toBe(room);
}

describe.skipIf(!mounted)('a full tmpfs (needs root to mount one)', () => {
  const elsewhere = tempDir();
  let shortWrites = 0;

  it.each(OUTPUT_RUNS)('%s: exit 2, the old file byte for byte, no temporary file, one line naming the file', async (name, argv) => {
    const whole = join(elsewhere, name.replaceAll(' ', '_'));
    expect((await runCli([...argv, '--output', whole])).code).toBeLessThan(2);
    const size = statSync(whole).size;
    writeFileSync(kept, OLD);
    // A page of room for an output over a page (a short write, then ENOSPC); none for a smaller one.
    const room = size > PAGE ? PAGE : 0;
    if (room) shortWrites++;
    fillLeaving(room);

    expectFullDisk(await runCli([...argv, '--output', kept]), kept, OLD, ['filler', 'kept']);
    expect(free()).toBe(room);
  });

  it('most runs met a short write first (a page written, then ENOSPC), not only an ENOSPC', () => {
    expect(shortWrites).toBeGreaterThan(OUTPUT_RUNS.length / 2);
  });

  it('with room again, the same run replaces the file', async () => {
    unlinkSync(filler);
    const r = await runCli(['report', ...OUTPUT_RUNS.find(([n]) => n === 'report -f xlsx')![1].slice(1), '--output', kept]);
    expect(r.code).toBe(0);
    expect(readFileSync(kept).subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
  });
});
