// The process boundary of --output and stdout (issue 15 items 16, 17 and 24), which only a real
// process has: a stdout on a full disk, and the signals that end a run while it writes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture } from '../helpers/cli.js';
import { blankSelfWarning2017 } from '../helpers/fixture-2017.js';
import { DA_HEADER, daRow, tempDir } from '../helpers/tmp.js';

const tmp = tempDir();
const GC = fixture('gloucestershire-2017.csv');

describe('the process boundary', () => {
  it('stdout on a full disk: a write error, exit 2, not "internal error: ENOSPC"', () => {
    const r = spawnSync(process.execPath, [BIN, 'report', GC], { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8' });
    expect(r.status).toBe(2);
    // The fixture's Table 2 cases are named first (issue 16, item 5), then the write error.
    expect(r.stderr).toBe(`${blankSelfWarning2017(GC)}case-audit: cannot write to stdout: no space left on the device\n`);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s during a streamed --output removes the temporary file, exit %i', async (signal, code) => {
    const dir = join(tmp, `signal-${signal}`);
    mkdirSync(dir);
    const child = spawn(process.execPath, [BIN, 'score', '-f', 'csv', '-', '-o', join(dir, 'out.csv')], {
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    // More than one 64 KB batch, so the temporary file exists; stdin stays open, so the run waits.
    child.stdin.write(`${DA_HEADER}\n${Array.from({ length: 3000 }, (_, i) => daRow(`S-${i}`)).join('\n')}\n`);
    for (let i = 0; i < 300 && readdirSync(dir).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir)[0]).toMatch(/^\.out\.csv\.\d+\.\d+\.tmp$/);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(readdirSync(dir)).toEqual([]);
    child.stdin.destroy();
  });
});
