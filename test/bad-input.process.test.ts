// The bad-input cases where a real process is the point (the rest run in-process, bad-input.test.ts):
// a heap limit only a new process can have, permissions as another user than root, and Node's own
// warnings, which only the process prints.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BadCase, expectBadInput, ids, score } from './helpers/bad-input.js';
import { BIN, spawnCli } from './helpers/cli.js';
import { DA_HEADER, daRow, tempDir } from './helpers/tmp.js';

const tmp = tempDir();
const made = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('bad input in a process of its own', () => {
  it.each<BadCase & { nodeArgs: string[] }>([
    {
      name: 'a 10 MB field: rejected quickly, in bounded memory',
      args: () =>
        score(
          made('huge-field.csv', `${DA_HEADER}\n${daRow('H-1')}\n${daRow('H-2', `"${'x'.repeat(10 * 1024 * 1024)}"`)}\n${daRow('H-3')}\n`),
        ),
      nodeArgs: ['--max-old-space-size=96'],
      code: 1,
      lines: [[`${tmp}/huge-field.csv:3`, 'record larger than 1,000,000 characters; the rest of the file was not read']],
      // Bounded memory is what --max-old-space-size=96 asserts; the row before is still scored.
      check: (r) => expect(ids(r.stdout)).toEqual(['H-1']),
    },
    {
      name: "the yaml library's own warnings never reach the terminal",
      args: () => score(made('collection-key.yaml', 'cases:\n  - id: X\n    type: domestic-abuse\n    ? [a, b]\n    : x\n')),
      nodeArgs: [],
      code: 0,
      lines: [],
      check: (r) => expect(r.stderr).not.toMatch(/\(node:\d+\)|stringified/),
    },
  ])('$name', (c) => expectBadInput(c, spawnCli(c.args(), { nodeArgs: c.nodeArgs })));
});

// Root reads anything: the permission cases run the CLI as nobody instead, where nobody can reach
// the checkout. A checkout under a 0700 folder (root's home in a container) is out of nobody's reach:
// those cases are then skipped, and test/load/permissions.mock.test.ts covers the messages in-process.
const asRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const nobodyReaches =
  !asRoot ||
  spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1], 4)', BIN], { ...NOBODY, stdio: 'ignore' }).status === 0;

describe(`permissions, as uid 65534 when root${
  nobodyReaches
    ? ''
    : ' (skipped: uid 65534 cannot reach this checkout, e.g. under a 0700 folder; permissions.mock.test.ts covers the messages)'
}`, () => {
  it.skipIf(!nobodyReaches).each<BadCase>([
    {
      name: 'unreadable file',
      args: () => {
        const path = made('unreadable.csv', `${DA_HEADER}\n`);
        chmodSync(path, 0o000);
        return score(path);
      },
      code: 2,
      lines: [[`${tmp}/unreadable.csv`, 'cannot open: permission denied']],
    },
    {
      name: '--output in a folder that is not writable',
      args: () => {
        const dir = join(tmp, 'read-only');
        mkdirSync(dir, { recursive: true });
        chmodSync(dir, 0o555);
        return ['score', '--output', join(dir, 'out.json'), 'fixtures/gloucestershire-2017.csv'];
      },
      code: 2,
      lines: [[`${tmp}/read-only/out.json`, 'is not writable (permission denied)']],
    },
  ])('$name (skipped when nobody cannot reach the checkout)', (c) => expectBadInput(c, spawnCli(c.args(), asRoot ? { user: NOBODY } : {})));
});
