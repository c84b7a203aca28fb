// A test file's name says how it runs (vitest.config.ts, docs/testing.md): the unit files share one
// module graph and never start the binary, so a file that replaces a module (vi.mock) must be a
// *.mock.test.ts, which gets a fresh graph, and one that spawns bin/ a *.process.test.ts, which
// runs on a fresh build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const files = readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.test.ts') && f !== 'test-layout.test.ts',
);
const using = (pattern: RegExp) => files.filter((f) => pattern.test(readFileSync(join(ROOT, 'test', f), 'utf8')));

describe('test files are named for how they run', () => {
  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(90);
  });

  it('a file that replaces a module with vi.mock is a *.mock.test.ts', () => {
    const mocking = using(/\bvi\.(do)?[mM]ock\(/);
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((f) => !f.endsWith('.mock.test.ts'))).toEqual([]);
  });

  it('a file that spawns bin/ is a *.process.test.ts', () => {
    const spawning = using(/\bspawnCli\(|\bBIN\b|bin\/case-audit\.js/);
    expect(spawning.length).toBeGreaterThan(0);
    expect(spawning.filter((f) => !f.endsWith('.process.test.ts'))).toEqual([]);
  });
});
