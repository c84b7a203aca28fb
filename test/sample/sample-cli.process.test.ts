// A draw depends on the register and the seed only: a fresh process of the built binary draws the
// form an in-process run draws (sample-cli.test.ts checks repeated runs in one process).
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const TYPES = ['section-47', 'domestic-abuse', 'general-concern'];
const rows = Array.from({ length: 90 }, (_, i) => `GL-${String((i * 37) % 1000).padStart(4, '0')},${TYPES[i % 3]},North`);
const register = tempFiles()('register.csv', `case_id,case_type,team\n${rows.join('\n')}\n`);

describe('sample in a process of its own', () => {
  it('--size 20 --seed 42 draws the same form as in-process', async () => {
    const args = ['sample', register, '--size', '20', '--seed', '42'];
    const inProcess = await runCli(args);
    expect(inProcess.code, inProcess.stderr).toBe(0);
    expect(inProcess.stdout.trim().split('\n')).toHaveLength(21);
    const spawned = spawnCli(args);
    expect([spawned.code, spawned.stdout, spawned.stderr]).toEqual([0, inProcess.stdout, inProcess.stderr]);
  });
});
