// Many inputs are opened one at a time (issue 15 item 21): 1,100 files read under a limit of 128 open
// files. The limit belongs to a process (`ulimit -n`, which needs a shell: bash is checked for, and
// the case skipped, saying so, without it).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempDir } from '../helpers/tmp.js';
import { hasTool } from '../helpers/tools.js';

describe('many inputs', () => {
  it.skipIf(!hasTool('bash'))('1,100 files under a limit of 128 open files are all read (needs bash for ulimit)', () => {
    const many = tempDir();
    for (let i = 0; i < 1100; i++) writeFileSync(join(many, `f${String(i).padStart(4, '0')}.csv`), `${DA_HEADER}\n${daRow(`M-${i}`)}\n`);
    const r = spawnSync('bash', ['-c', 'ulimit -n 128 && exec "$1" "$2" validate "$3/*.csv"', 'sh', process.execPath, BIN, many], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).not.toMatch(/EMFILE|ENFILE/);
    expect(r.stdout).toBe('1,100 read = 1,100 graded + 0 ungraded + 0 rejected: valid\n');
    expect(r.status).toBe(0);
  });
});
